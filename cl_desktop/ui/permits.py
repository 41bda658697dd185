"""A disabled action says why: the role that may do it, or what has to happen first.

``allow(widget, allowed, why)`` enables or disables a button, field or menu action and puts the reason
in its tooltip (after the tooltip it had, which comes back when it is enabled again); ``permit`` does
it for a permission of the signed-in user's role.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cl_desktop.security.roles import PERMISSIONS, Role
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("Permits", "clerk"),
    "coordinator": QT_TRANSLATE_NOOP("Permits", "coordinator"),
    "admin": QT_TRANSLATE_NOOP("Permits", "administrator"),
}


# Texts put together at run time: listed here for lupdate.
TEXTS = (
    QT_TRANSLATE_NOOP("Permits", "an administrator"),
    QT_TRANSLATE_NOOP("Permits", "a coordinator or an administrator"),
    QT_TRANSLATE_NOOP("Permits", "Not with your role ({role}): ask {who}."),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Permits", text)


def permission_reason(ctx: Any, permission: str) -> str:
    """Why the signed-in user may not do it ('' when they may): their role and who can."""
    if ctx.actor.can(permission):
        return ""
    roles = PERMISSIONS.get(permission, frozenset())
    who = _tr("an administrator") if roles == {Role.ADMIN} else _tr("a coordinator or an administrator")
    role = _tr(ROLE_NAMES.get(ctx.actor.role.value, ctx.actor.role.value))
    return _tr("Not with your role ({role}): ask {who}.").format(role=role, who=who)


def allow(widget: Any, allowed: bool, why: str) -> None:
    """Enable ``widget`` (a widget or a QAction), or disable it with ``why`` in its tooltip."""
    base = widget.property("base_tooltip")
    if base is None:
        base = widget.toolTip()
        if hasattr(widget, "text") and base == widget.text().replace("&", ""):
            base = ""  # a QAction's default tooltip is its own text
        widget.setProperty("base_tooltip", base)
    widget.setEnabled(allowed)
    if allowed or not why:
        widget.setToolTip(str(base))
    else:
        widget.setToolTip(f"{base}\n{why}" if base else why)


def permit(widget: Any, ctx: Any, permission: str, also: tuple[bool, str] | None = None) -> None:
    """``allow`` by the role's permission, then by ``also`` (a condition and its reason) when given."""
    reason = permission_reason(ctx, permission)
    if reason:
        allow(widget, False, reason)
    elif also is not None:
        allow(widget, also[0], also[1])
    else:
        allow(widget, True, "")


__all__ = ["allow", "permission_reason", "permit"]

"""No two controls one can see at once share an Alt+letter, in any form, in English, Khmer or Russian.

Walks every kind of form (new, and an existing record where the form differs), with each language's
catalogue installed, and reads the mnemonic of every visible button, check box, buddy label, group box
and tab: the letter after a single "&".
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from cl_desktop.ui import i18n
from cl_desktop.ui.forms import KINDS, create_form

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts of the visible controls that take it."""
    taken: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        found = MNEMONIC.search(text.replace("&&", ""))
        if found:
            taken[found.group(1).lower()].append(text)

    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QAbstractButton) or (
            isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisibleTo(window)
        ):
            add(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i))
    return taken


def _records(ctx: Any, project: Any, programme: Any) -> dict[str, dict[str, Any]]:
    """Presets for the forms that need one, and the existing records whose form differs from a new one."""
    from factories import intake

    from cl_desktop.services.children import Children
    from cl_desktop.services.directory import Organisations
    from cl_desktop.services.reference import location_id
    from cl_desktop.services.referrals import Referrals

    child = Children(ctx).register(intake(project, programme, location_id("KH-8")))
    Organisations(ctx).create(
        {
            "code": "SW-1",
            "name": "Social welfare",
            "organisation_type": "social_welfare",
            "services_offered": ["counselling"],
        }
    )
    referral = Referrals(ctx).create(
        {
            "case_number": child["case_number"],
            "organisation": "SW-1",
            "service_type": "counselling",
            "consent_to_share": "yes",
            "referral_date": "2010-03-03",
        }
    )
    return {
        "child": {},
        "child (existing)": {"kind": "child", "record_id": child["id"]},
        "service": {"child_ids": [child["id"]]},
        "follow_up": {"child_id": child["id"]},
        "referral": {"child_id": child["id"]},
        "referral (existing)": {"kind": "referral", "record_id": referral["id"]},
    }


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_no_two_visible_controls_share_a_mnemonic(
    qtbot: Any, qapp: Any, ctx: Any, bus: Any, project: Any, programme: Any, lang: str
) -> None:
    records = _records(ctx, project, programme)
    clashes: list[str] = []
    i18n.install(qapp, lang)
    try:
        for name in [*KINDS, *(k for k in records if " " in k)]:
            preset = dict(records.get(name, {}))
            kind = preset.pop("kind", name)
            form = create_form(kind, ctx, bus, **preset)
            qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "dirty", False))
            form.show()
            for letter, texts in mnemonics(form).items():
                if len(texts) > 1:
                    clashes.append(f"{name}: Alt+{letter.upper()} on {' / '.join(texts)}")
            form.dirty = False
            form.close()
    finally:
        i18n.install(qapp, "en", khmer_digits=False)
    assert not clashes, "\n".join(clashes)

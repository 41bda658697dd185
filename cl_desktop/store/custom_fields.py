"""Reading a project's extra-field definitions (``custom_fields``), for every layer that shows or checks them."""

from __future__ import annotations

from typing import Any

from cl_desktop.domain.custom_fields import FieldDef


def definitions(db: Any, project_id: str | None, form: str, *, retired: bool = True) -> list[FieldDef]:
    """A project's fields on one form, in their order (retired ones too unless ``retired=False``)."""
    if not project_id:
        return []
    sql = "SELECT * FROM custom_fields WHERE project_id = ? AND form = ? AND deleted = 0"
    if not retired:
        sql += " AND retired = 0"
    return [FieldDef.from_row(r) for r in db.query(sql + " ORDER BY sort, code", [project_id, form])]


def all_definitions(db: Any, form: str | None = None) -> list[FieldDef]:
    """Every project's fields (of one form), for lists, exports and ``check``."""
    sql = "SELECT * FROM custom_fields WHERE deleted = 0"
    params: list[Any] = []
    if form:
        sql += " AND form = ?"
        params.append(form)
    return [FieldDef.from_row(r) for r in db.query(sql + " ORDER BY project_id, form, sort, code", params)]

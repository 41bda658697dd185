"""The questions a project adds to its forms: defined at headquarters, answered with each record.

Headquarters' administrator defines, changes and retires the fields (``project.write``); an office
receives them in its setup file and return bundles and cannot change them (``store.authority``).
A field is never deleted: retiring hides it from new entry and keeps every value recorded with it.
Its code, form and type are fixed once defined (the values are stored under the code, as the type
wrote them), and its choices can be added and relabelled but not taken away.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from typing import Any

from cl_desktop.domain.custom_fields import (
    DEFINITION_LABELS,
    FORMS,
    MAX_FIELDS,
    PREFIX,
    FieldDef,
    check_definition,
    parse_choices,
)
from cl_desktop.domain.validation import FieldError, Invalid
from cl_desktop.errors import NotFound, RefusedInput
from cl_desktop.figures.current import writing
from cl_desktop.services.context import Context
from cl_desktop.store import records
from cl_desktop.store.custom_fields import all_definitions, definitions
from cl_desktop.store.custom_indexes import refresh_custom_indexes
from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES

__all__ = ["CustomFields", "all_definitions", "definitions", "given_values"]

FIXED = ("project_id", "form", "code", "kind")
EDITABLE = (
    "label_en",
    "label_km",
    "label_ru",
    "help_en",
    "help_km",
    "help_ru",
    "required",
    "minimum",
    "maximum",
    "choices",
    "section",
    "section_km",
    "section_ru",
    "in_lists",
    "show_when",
    "sort",
)


def given_values(values: Mapping[str, Any]) -> dict[str, Any] | None:
    """The extra fields a form or an import gives: ``custom`` (code -> value) and ``custom.CODE`` keys;
    None when it gives none (the stored values stay as they are)."""
    given: dict[str, Any] = {}
    nested = values.get("custom")
    if isinstance(nested, Mapping):
        given.update(nested)
    elif isinstance(nested, str) and nested.strip():
        try:
            decoded = json.loads(nested)
        except ValueError:
            raise Invalid([FieldError("custom", "bad_amount", {"value": nested[:40]})]) from None
        if isinstance(decoded, dict):
            given.update(decoded)
    for key, value in values.items():
        if key.startswith(PREFIX):
            given[key[len(PREFIX) :]] = value
    if not given and "custom" not in values:
        return None
    return given


class CustomFields:
    """Defining, changing, retiring and reading a project's extra fields."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db

    # -- reading -----------------------------------------------------------------------------------
    def list(self, project_id: str | None = None, *, retired: bool = True) -> list[dict[str, Any]]:
        sql = (
            "SELECT f.*, p.code AS project_code FROM custom_fields f JOIN projects p ON p.id = f.project_id "
            "WHERE f.deleted = 0"
        )
        params: list[Any] = []
        if project_id:
            sql += " AND f.project_id = ?"
            params.append(project_id)
        if not retired:
            sql += " AND f.retired = 0"
        return list(self.db.query(sql + " ORDER BY p.code, f.form, f.sort, f.code", params))

    def get(self, field_id: str) -> dict[str, Any]:
        row = records.get_row(self.db, "custom_fields", field_id)
        if row["deleted"]:
            raise NotFound(f"There is no extra field {field_id}.")
        return row

    def find(self, project_code: str, form: str, code: str) -> dict[str, Any]:
        rows = list(
            self.db.query(
                "SELECT f.* FROM custom_fields f JOIN projects p ON p.id = f.project_id "
                "WHERE p.code = ? AND f.form = ? AND f.code = ? AND f.deleted = 0",
                [project_code, form, code],
            )
        )
        if not rows:
            raise NotFound(f"The project {project_code} has no extra field {code} on its {form} form.")
        return rows[0]

    def definitions(self, project_id: str | None, form: str, *, retired: bool = True) -> builtins.list[FieldDef]:
        return definitions(self.db, project_id, form, retired=retired)

    # -- changing ----------------------------------------------------------------------------------
    def _require(self) -> None:
        self.ctx.require("project.write")
        if not self.ctx.is_hq and self.ctx.meta("setup_from", ""):
            raise RefusedInput(
                "Only headquarters defines a project's extra fields; this office receives them from headquarters."
            )

    def define(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A new field on one form of one project."""
        self._require()
        form = str(values.get("form") or "")
        project_id = str(values.get("project_id") or "")
        if (
            project_id
            and not self.db.execute("SELECT 1 FROM projects WHERE id = ? AND deleted = 0", [project_id]).fetchone()
        ):
            raise Invalid([FieldError("project_id", "not_found", {"value": project_id})], DEFINITION_LABELS)
        others = definitions(self.db, project_id, form) if form in FORMS else []
        if len(others) >= MAX_FIELDS:
            raise RefusedInput(f"A form holds at most {MAX_FIELDS} extra fields.")
        clean = check_definition({"sort": (max((o.sort for o in others), default=0) + 10), **values}, others=others)
        clean["retired"] = 0
        with writing(self.db):
            row = records.insert(self.db, "custom_fields", clean, self.ctx.author())
            refresh_custom_indexes(self.db)
            return row

    def update(self, field_id: str, values: Mapping[str, Any], *, base_version: int | None = None) -> dict[str, Any]:
        """Labels, help, required, range, choices (added or relabelled), section, lists, condition, order."""
        self._require()
        existing = self.get(field_id)
        fixed = [k for k in FIXED if k in values and str(values[k]) != str(existing[k])]
        if fixed:
            raise RefusedInput(
                "A field's project, form, code and type cannot change once defined (its values are kept under "
                "them); retire it and define a new one."
            )
        unknown = [k for k in values if k not in EDITABLE and k not in FIXED]
        if unknown:
            raise RefusedInput(f"An extra field has no setting {unknown[0]}.")
        others = [d for d in definitions(self.db, existing["project_id"], existing["form"]) if d.id != field_id]
        clean = check_definition({**existing, **values}, others=others)
        old_codes = [c["code"] for c in parse_choices(existing["choices"]) or []]
        new_codes = [c["code"] for c in json.loads(clean["choices"])]
        dropped = [c for c in old_codes if c not in new_codes]
        if dropped:
            raise Invalid(
                [FieldError("choices", "not_found", {"value": ", ".join(dropped)})],
                {"choices": "Choices (a choice in use cannot be removed)"},
            )
        changes = {k: clean[k] for k in EDITABLE if k in clean and clean[k] != existing[k]}
        with writing(self.db):
            row = records.update(
                self.db, "custom_fields", field_id, changes, self.ctx.author(), base_version=base_version
            )
            if "in_lists" in changes:
                refresh_custom_indexes(self.db)
            return row

    def retire(self, field_id: str, *, retired: bool = True) -> dict[str, Any]:
        """Hide a field from new entry (its values stay with their records), or bring it back."""
        self._require()
        self.get(field_id)
        with writing(self.db):
            return records.update(self.db, "custom_fields", field_id, {"retired": int(retired)}, self.ctx.author())

    def values_in_use(self, field_id: str) -> int:
        """How many live records hold a value for the field."""
        f = self.get(field_id)
        table = CUSTOM_TABLES[f["form"]]
        row = self.db.execute(
            f"SELECT count(*) FROM [{table}] WHERE deleted = 0 AND json_extract(custom, ?) IS NOT NULL",
            [f"$.{f['code']}"],
        ).fetchone()
        return int(row[0])

"""Spreadsheet import: every row validated by the services, all rows in one transaction.

The import runs inside one transaction (``figures.current.writing``: the derived figures are
current when it commits); each row gets its own
savepoint so a refused row leaves no trace while the others are still checked.
If any row is invalid the whole transaction is rolled back and every error is
reported with its row number and column, so the clerk fixes the file once.
A dry run (the dialog's preview) does the same and always rolls back.

Rows whose values equal the stored record are not sent to the services at all:
re-importing an unchanged export writes nothing and adds no audit entry.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.custom_fields import PREFIX, decode
from cl_desktop.domain.rules import MAX_ESTIMATED_AGE, estimated_birth_date
from cl_desktop.domain.validation import FieldError, Invalid, humanize
from cl_desktop.errors import DatabaseError, KnownError, RefusedInput
from cl_desktop.figures import duplicate_queue
from cl_desktop.figures.current import writing
from cl_desktop.services.children import LABELS, Children
from cl_desktop.services.context import Context
from cl_desktop.store.records import Author
from cl_desktop.tabular.columns import KIND_ALIASES, Col, columns, columns_for, label_of_field
from cl_desktop.tabular.readers import TableReader, open_table
from cl_desktop.tabular.values import CellError, Lookups, custom_cell, from_cell, same

log = logging.getLogger("cl_desktop.tabular")

KINDS: tuple[str, ...] = ("children", "households", "services", "follow_ups")
MAX_ERRORS = 10_000
# Where each list's identity lives: the column matched against existing records.
IDENTITY = {"children": "case_number", "households": "code", "services": "id", "follow_ups": "id"}
PERMISSION = {
    "children": "child.write",
    "households": "household.write",
    "services": "service.write",
    "follow_ups": "followup.write",
}
TABLES = {"children": "children", "households": "households", "services": "services", "follow_ups": "follow_ups"}

Progress = Callable[[int], None]


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column “{self.column}”" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    kind: str
    file: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    more_errors: int = 0
    dry_run: bool = False
    preview: list[list[Any]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            total = len(self.errors) + self.more_errors
            return f"{self.file}: {total} error(s) in {self.rows} row(s); nothing was imported."
        verb = "would be" if self.dry_run else "were"
        return (
            f"{self.file}: {self.rows} row(s) — {self.added} {verb} added, {self.updated} {verb} updated, "
            f"{self.unchanged} unchanged."
        )


class ImportRefused(RefusedInput):
    """Some rows are invalid; nothing was imported. ``result.errors`` lists each one."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        super().__init__(result.summary())


class _Rollback(Exception):
    """Raised inside the transaction to undo a dry run or a refused import."""


class ImportContext(Context):
    """The user's context, with audit entries marked as coming from an import."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx.db, ctx.actor)

    def author(self, source: str = "import") -> Author:
        return super().author("import" if source == "form" else source)


def normalise_kind(kind: str) -> str:
    kind = KIND_ALIASES.get(kind, kind)
    if kind not in KINDS:
        raise RefusedInput(f"Cannot import {kind}: choose one of children, households, services, followups.")
    return kind


def import_file(
    ctx: Context,
    kind: str,
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    preview_rows: int = 0,
) -> ImportResult:
    """Import ``path`` into list ``kind``; raises ``ImportRefused`` (nothing written) when any row is invalid.

    With ``dry_run`` every row is checked the same way and everything is rolled
    back; the result then says what would happen, and carries any errors
    instead of raising, for a preview.
    """
    kind = normalise_kind(kind)
    ctx.require(PERMISSION[kind])  # once, rather than the same refusal on every row
    path = Path(path)
    result = ImportResult(kind, path.name, dry_run=dry_run)
    with open_table(path) as reader:
        mapping = _map_header(kind, reader, result, ctx.db)
        result.header = list(reader.header)
        if result.errors:
            if dry_run:
                return result
            raise ImportRefused(result)
        importer = _RowImporter(ImportContext(ctx), kind, mapping)
        try:
            with writing(ctx.db):
                for number, cells in _rows(reader, result, preview_rows):
                    result.rows += 1
                    try:
                        outcome = importer.row(number, cells)
                    except _RowFailed as failed:
                        _add_errors(result, failed.errors)
                    else:
                        setattr(result, outcome, getattr(result, outcome) + 1)
                    if progress and result.rows % 100 == 0:
                        progress(result.rows)
                if result.rows == 0:
                    raise RefusedInput(f"{path.name} has a header but no rows to import.")
                if result.errors or dry_run:
                    raise _Rollback
                # every child added or changed, compared at once (one scan beyond a few thousand, not a
                # look-up per row), in the import's transaction
                duplicate_queue.check_children(ctx.db, importer.children.compared_later or [], key_first=True)
        except _Rollback:
            pass
    if progress:
        progress(result.rows)
    if result.errors and not dry_run:
        raise ImportRefused(result)
    log.info("%s", result.summary())
    return result


def _rows(reader: TableReader, result: ImportResult, preview_rows: int) -> Iterator[tuple[int, list[Any]]]:
    for number, cells in reader.rows():
        if len(result.preview) < preview_rows:
            result.preview.append([number, *cells[: len(reader.header)]])
        yield number, cells


def _add_errors(result: ImportResult, errors: list[RowError]) -> None:
    room = MAX_ERRORS - len(result.errors)
    result.errors += errors[: max(room, 0)]
    result.more_errors += max(len(errors) - max(room, 0), 0)


def _map_header(kind: str, reader: TableReader, result: ImportResult, db: Any = None) -> list[tuple[int, Col]]:
    """Column index → definition for each editable column (a project's extra fields by their code);
    unknown or repeated headers are errors."""
    known: dict[str, Col] = {}
    for definition in columns_for(db, kind) if db is not None else columns(kind):
        known[" ".join(definition.label.split()).casefold()] = definition
        known[definition.key.casefold()] = definition
    mapping: list[tuple[int, Col]] = []
    seen: set[str] = set()
    for index, header in enumerate(reader.header):
        if not header:
            continue
        col = known.get(header.casefold())
        if col is None:
            result.errors.append(
                RowError(1, header, f"this is not a column of the {kind.replace('_', '-')} list; remove it.")
            )
            continue
        if col.key in seen:
            result.errors.append(RowError(1, header, "this column appears twice."))
            continue
        seen.add(col.key)
        if col.field:
            mapping.append((index, col))
    if not result.errors and not mapping:
        result.errors.append(
            RowError(1, "", f"none of the columns of the {kind.replace('_', '-')} list is in the first row.")
        )
    return mapping


def _cell_text(value: Any) -> str:
    """An extra field's cell as text, to tell an edited value from the one exported."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().casefold()


class _Problem(Exception):
    """A row problem the services have no message code for."""

    def __init__(self, field_name: str, message: str) -> None:
        self.field = field_name
        super().__init__(message)


class _RowFailed(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors


class _RowImporter:
    """Turns one row into a service call: register, update, or nothing when unchanged."""

    def __init__(self, ctx: Context, kind: str, mapping: list[tuple[int, Col]]) -> None:
        self.ctx = ctx
        self.db: Database = ctx.db
        self.kind = kind
        self.mapping = mapping
        self.by_field = {col.field: col for _, col in mapping}
        self.labels = {**LABELS, **label_of_field(kind, ctx.db)}
        self.lookups = Lookups(ctx.db)
        self.children = Children(ctx)
        self.children.compared_later = []  # the rows' children are compared for duplicates after the last row
        self.seen: dict[str, int] = {}

    # -- one row ---------------------------------------------------------
    def row(self, number: int, cells: list[Any]) -> str:
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        for index, col in self.mapping:
            raw = cells[index] if index < len(cells) else None
            try:
                values[col.field] = from_cell(col, raw, self.lookups)
            except CellError as exc:
                errors.append(RowError(number, col.label, f"{col.label}: {exc}"))
        identity = self._identity(number, values, errors)
        failed_columns = {e.column for e in errors}
        if self.kind == "children" and not self._estimate_birth_date(number, values, errors):
            failed_columns |= {errors[-1].column, self._column("birth_date")}  # one sentence for the missing date
        key_label = self.by_field[IDENTITY[self.kind]].label if IDENTITY[self.kind] in self.by_field else ""
        stoppers = {c.label for c in columns(self.kind) if c.type in ("child", "household", "id", "project")}
        if failed_columns & (stoppers | {key_label}):
            raise _RowFailed(errors)
        for col_field in [f for f, c in self.by_field.items() if c.label in failed_columns]:
            values.pop(col_field, None)
        try:
            with self.db.atomic():
                outcome = self._apply(identity, values)
        except Invalid as exc:
            errors += [
                self._field_error(number, e) for e in exc.field_errors if self._column(e.field) not in failed_columns
            ]
            raise _RowFailed(errors) from None
        except _Problem as exc:
            label = self._column(exc.field)
            errors.append(RowError(number, label, f"{label}: {exc}"))
            raise _RowFailed(errors) from None
        except DatabaseError:
            raise  # the file cannot take the import (disk full, locked, I/O error): stop, say it once
        except KnownError as exc:
            errors.append(RowError(number, "", str(exc)))
            raise _RowFailed(errors) from None
        except sqlite3.IntegrityError as exc:  # a constraint the services do not check first (a unique code)
            errors.append(RowError(number, "", f"the database refused this row ({exc})."))
            raise _RowFailed(errors) from None
        if errors:
            raise _RowFailed(errors)
        return outcome

    def _estimate_birth_date(self, number: int, values: dict[str, Any], errors: list[RowError]) -> bool:
        """An age at intake given without a birth date stands for an estimated birth date, as on the form.

        The age is never stored as typed (it is derived from the birth date); with a birth
        date in the row, the age column is ignored.
        """
        if "age_at_intake" not in values:
            return True
        age = values.pop("age_at_intake")
        if age is None or (values.get("birth_date") or "") != "":
            return True
        label = self.by_field["age_at_intake"].label
        intake = values.get("intake_date")
        if not isinstance(intake, date):
            try:
                intake = date.fromisoformat(str(intake or "")[:10])
            except ValueError:
                return True  # no birth date and no intake date: the service says which is missing
        if not isinstance(age, int) or not 0 <= age <= MAX_ESTIMATED_AGE:
            message = f"{label}: write a whole number of years from 0 to {MAX_ESTIMATED_AGE}."
            errors.append(RowError(number, label, message))
            return False
        values["birth_date"] = estimated_birth_date(age, intake).isoformat()
        values["birth_date_estimated"] = True
        return True

    def _identity(self, number: int, values: dict[str, Any], errors: list[RowError]) -> dict[str, Any] | None:
        """The existing record this row names, if any; a name used twice in the file is an error."""
        key_field = IDENTITY[self.kind]
        typed = str(values.get(key_field) or "").strip()
        key = typed if key_field == "id" else typed.upper()
        if not key:
            return None
        col = self.by_field[key_field]
        if key in self.seen:
            errors.append(RowError(number, col.label, f"{col.label}: “{typed}” is also in row {self.seen[key]}."))
            return None
        self.seen[key] = number
        table = TABLES[self.kind]
        column = {"children": "case_number", "households": "code"}.get(self.kind, "id")
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE deleted = 0 AND {column} IN (?, ?)", [typed, key]))
        if rows:
            return rows[0]
        if key_field == "id":
            errors.append(RowError(number, col.label, f"{col.label}: there is no record “{key}” in this database."))
        return None

    def _apply(self, existing: dict[str, Any] | None, values: dict[str, Any]) -> str:
        if existing is not None:
            changed = self._changes(existing, values)
            if not changed:
                return "unchanged"
            before = existing["version"]
            after = self._update(existing, changed)
            return "updated" if after != before else "unchanged"
        self._create(values)
        return "added"

    def _changes(self, existing: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        changed: dict[str, Any] = {}
        for name, value in values.items():
            col = self.by_field.get(name)
            if col is not None and col.type == "custom":
                stored = custom_cell(col.custom, decode(existing.get("custom")).get(name[len(PREFIX) :]))
                if _cell_text(value) != _cell_text(stored):
                    changed[name] = value
                continue
            if name == "id" or name not in existing:
                continue
            if not same(self.by_field[name], value, existing[name]):
                changed[name] = value
        return changed

    def _update(self, existing: dict[str, Any], changed: dict[str, Any]) -> int:
        kind = self.kind
        if kind == "children":
            return int(self.children.update(existing["id"], changed)["version"])
        if kind == "households":
            return int(self.children.update_household(existing["id"], changed)["version"])
        for parent in ("child_id", "household_id"):
            if parent in changed:
                raise _Problem(parent, "a record cannot be moved to another child or household; add a new one.")
        if kind == "services":
            return int(self.children.update_service(existing["id"], changed)["version"])
        return int(self.children.update_follow_up(existing["id"], changed)["version"])

    def _create(self, values: dict[str, Any]) -> None:
        values = {k: v for k, v in values.items() if k != "id"}
        kind = self.kind
        if kind == "children":
            self.children.register(values)
        elif kind == "households":
            self.children.register_household(values)
        elif kind == "services":
            child = values.pop("child_id", "")
            household = values.pop("household_id", "")
            if child and household:
                raise _Problem("household_id", "give either a child case number or a household code, not both.")
            if child:
                self.children.record_services(values, [child])
            elif household:
                self.children.record_household_service(values, [household])
            else:
                raise Invalid([FieldError("child_id", "required")], {})
        else:
            child = values.pop("child_id", "")
            if not child:
                raise Invalid([FieldError("child_id", "required")], {})
            self.children.record_follow_up(child, values)

    # -- messages --------------------------------------------------------
    def _column(self, name: str) -> str:
        col = self.by_field.get(name)
        if col is not None:
            return col.label
        return label_of_field(self.kind).get(name) or self.labels.get(name) or humanize(name)

    def _field_error(self, number: int, error: FieldError) -> RowError:
        label = self._column(error.field)
        return RowError(number, label, error.message(label))

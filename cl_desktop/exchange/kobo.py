"""Submissions exported from Kobo or ODK Central become children or follow-up visits.

The export is the server's CSV or XLSX (one row per submission, XML values and headers; a group's
name before a ``/`` in a header is ignored). Each submission is keyed by its instance id
(``meta/instanceID``, ``instanceID``, Briefcase's ``KEY`` or Kobo's ``_uuid``): one already imported,
here or at another office whose records arrived by sync, is left alone, so importing the same export
again changes nothing. Every row goes through the same services and rules as the intake and
follow-up forms (validation, classification, outcomes). A new child who resembles an existing one
is recorded and put in the duplicates queue for review (Sync → Duplicates), where the two are merged
or told apart, never counted twice once reviewed. All rows or none: any invalid row and nothing is
imported; each error names its row and column.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cl_desktop.domain.validation import FieldError, Invalid
from cl_desktop.errors import KnownError, RefusedInput
from cl_desktop.figures.duplicates import NAME_THRESHOLD, candidates
from cl_desktop.ids import utc_now, uuid7
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.store import records
from cl_desktop.tabular.readers import open_table

FORMS = ("intake", "followup")
ID_COLUMNS = ("meta/instanceid", "instanceid", "key", "_uuid")
MAX_ERRORS = 200
# A server's export is read row by row through the spreadsheet reader's limits (line, cell, row,
# zip member); on top of those an export holds at most MAX_SUBMISSIONS rows (the ids seen so far
# are kept to catch a submission twice in one file) and a submission id is a few dozen characters.
MAX_SUBMISSIONS = 200_000
MAX_KEY_CHARS = 100
SHOWN_CHARS = 60  # a value quoted in an error is cut to this
INTAKE_FIELDS = (
    "intake_date",
    "name",
    "name_latin",
    "sex",
    "birth_date",
    "birth_date_estimated",
    "programme",
    "village",
    "guardian_name",
    "guardian_relation",
    "consent",
    "consent_date",
    "working",
    "work_activities",
    "sector",
    "hours_per_week",
    "hazards",
    "age_started_work",
    "school_status",
    "risk_factors",
    "notes",
)
FOLLOWUP_FIELDS = (
    "child",
    "visit_date",
    "working",
    "hours_per_week",
    "hazards",
    "school_status",
    "attendance_percent",
    "visited_by",
    "notes",
)
REQUIRED = {
    "intake": ("name", "sex", "birth_date", "programme", "village", "intake_date"),
    "followup": ("child", "visit_date"),
}
# Service field -> the form's field, to name the column an error belongs to.
FIELD_COLUMN = {"project_id": "programme", "programme_id": "programme", "location_id": "village", "child_id": "child"}


@dataclass
class KoboResult:
    form: str
    file: str
    rows: int = 0
    added: int = 0
    unchanged: int = 0
    held: int = 0
    errors: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        what = "child(ren)" if self.form == "intake" else "follow-up visit(s)"
        verb = "would be" if self.dry_run else "were"
        held = f"; {self.held} resemble an existing child and {verb} put in the duplicates queue" if self.held else ""
        return (
            f"{self.file}: {self.rows} submission(s) — {self.added} new {what} {verb} added, "
            f"{self.unchanged} already imported{held}."
        )


class KoboRefused(RefusedInput):
    def __init__(self, result: KoboResult, errors: list[str]) -> None:
        self.result = result
        self.errors = errors
        super().__init__(f"{result.file}: {len(errors)} error(s); nothing was imported.")


class _Rollback(Exception):
    pass


class _RowError(Exception):
    """Every problem of one row: (column, message) pairs."""

    def __init__(self, column: str, message: str, more: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = [(column, message), *(more or [])]

    @classmethod
    def of(cls, problems: list[tuple[str, str]]) -> _RowError:
        return cls(problems[0][0], problems[0][1], problems[1:])


def _field_problems(exc: Invalid, skip: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    problems = []
    for e in exc.field_errors:
        e = FieldError(e.field, e.code, {k: _shown(v) if isinstance(v, str) else v for k, v in e.params.items()})
        column = FIELD_COLUMN.get(e.field, e.field)
        if column not in skip:
            problems.append((column, e.message(column)))
    return problems


def _shown(value: str) -> str:
    """A value as an error quotes it: a cell of any length makes a message of a readable length."""
    return value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"


def _header(cell: str) -> str:
    text = str(cell or "").strip()
    lower = text.lower()
    if lower in ID_COLUMNS:
        return lower
    return text.rsplit("/", 1)[-1] if "/" in text else text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _text(value)
    return text[:10] if len(text) >= 10 and text[4:5] == "-" else text or None


def _bool(value: Any) -> Any:
    text = _text(value).lower()
    if text in ("yes", "1", "true"):
        return True
    if text in ("no", "0", "false", ""):
        return False
    return text  # the service's check names it


def _int(value: Any) -> Any:
    text = _text(value)
    return text or None


def _many(value: Any) -> list[str]:
    return _text(value).split()


CONVERT: dict[str, Callable[[Any], Any]] = {
    "intake_date": _date,
    "birth_date": _date,
    "consent_date": _date,
    "visit_date": _date,
    "birth_date_estimated": _bool,
    "consent": _bool,
    "working": _bool,
    "hours_per_week": _int,
    "age_started_work": _int,
    "attendance_percent": _int,
    "hazards": _many,
    "risk_factors": _many,
}


def _convert(name: str, value: Any) -> Any:
    convert = CONVERT.get(name)
    return convert(value) if convert is not None else _text(value)


def submission_key(value: Any) -> str:
    text = _text(value)
    return text[5:] if text.lower().startswith("uuid:") else text


def import_file(
    ctx: Context,
    form: str,
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> KoboResult:
    """Import a Kobo/ODK export; raises :class:`KoboRefused` (nothing written) when any row is invalid."""
    if form not in FORMS:
        raise RefusedInput("The form is intake or followup.")
    ctx.require("child.write" if form == "intake" else "followup.write")
    path = Path(path)
    result = KoboResult(form, path.name, dry_run=dry_run)
    errors: list[str] = []
    with open_table(path) as reader:
        header = [_header(h) for h in reader.header]
        id_column = next((c for c in ID_COLUMNS if c in header), None)
        if id_column is None:
            raise RefusedInput(
                f"{path.name} has no submission id column (meta/instanceID, instanceID, KEY or _uuid); "
                "export the submissions from Kobo or ODK Central with their metadata."
            )
        wanted = INTAKE_FIELDS if form == "intake" else FOLLOWUP_FIELDS
        missing = [f for f in REQUIRED[form] if f not in header]
        if missing:
            raise RefusedInput(
                f"{path.name} is not an export of the {form} form: it lacks the column(s) {', '.join(missing)}."
            )
        at = {name: header.index(name) for name in wanted if name in header}
        importer = _Importer(ctx, form)
        seen: dict[str, int] = {}
        try:
            with ctx.db.atomic():
                for number, cells in reader.rows():
                    result.rows += 1
                    if result.rows > MAX_SUBMISSIONS:
                        raise RefusedInput(
                            f"{path.name} holds more than {MAX_SUBMISSIONS:,} submissions; "
                            "export them in parts (by submission date) and import each."
                        )
                    if progress and result.rows % 100 == 0:
                        progress(result.rows)
                    key = submission_key(cells[header.index(id_column)])
                    try:
                        if not key:
                            raise _RowError(id_column, "the submission has no id.")
                        if len(key) > MAX_KEY_CHARS:
                            raise _RowError(id_column, f"the submission id is longer than {MAX_KEY_CHARS} characters.")
                        if key in seen:
                            raise _RowError(id_column, f"the submission {key} is also in row {seen[key]}.")
                        seen[key] = number
                        raw = {name: cells[i] if i < len(cells) else None for name, i in at.items()}
                        outcome = importer.row(key, raw)
                    except _RowError as exc:
                        for column, message in exc.problems:
                            if len(errors) < MAX_ERRORS:
                                errors.append(f"row {number}, column “{column}”: {message}")
                        continue
                    setattr(result, outcome, getattr(result, outcome) + 1)
                    if outcome == "added" and importer.last_held:
                        result.held += 1
                if result.rows == 0:
                    raise RefusedInput(f"{path.name} has a header but no submissions.")
                if errors or dry_run:
                    raise _Rollback
        except _Rollback:
            pass
    if errors:
        raise KoboRefused(result, errors)
    return result


class _Importer:
    def __init__(self, ctx: Context, form: str) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.form = form
        self.children = Children(ctx)
        self.last_held = False

    def _done(self, key: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM form_submissions WHERE submission_id = ? AND form = ? AND deleted = 0", [key, self.form]
            ).fetchone()
            is not None
        )

    def row(self, key: str, raw: dict[str, Any]) -> str:
        self.last_held = False
        if self._done(key):
            return "unchanged"
        values = {name: _convert(name, value) for name, value in raw.items()}
        try:
            with self.db.atomic():
                if self.form == "intake":
                    table, record_id = "children", self._intake(values)
                else:
                    table, record_id = "follow_ups", self._followup(values)
                records.insert(
                    self.db,
                    "form_submissions",
                    {"submission_id": key, "form": self.form, "record_table": table, "record_id": record_id},
                    self.ctx.author("import"),
                )
        except Invalid as exc:
            raise _RowError.of(_field_problems(exc)) from None
        except KnownError as exc:
            raise _RowError("", str(exc)) from None
        return "added"

    def _lookup(self, sql: str, args: list[Any], column: str, value: str) -> str:
        row = self.db.execute(sql, args).fetchone()
        if row is None:
            raise _RowError(column, f"{column}: “{_shown(value)}” does not exist in this database.")
        return str(row[0])

    def _codes(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        """Programme and village codes to ids in ``values``; the problems with them, if any."""
        problems: list[tuple[str, str]] = []
        programme = values.pop("programme", "") or ""
        village = values.pop("village", "") or ""
        found = self.db.execute(
            "SELECT id, project_id FROM action_programmes WHERE code = ? AND deleted = 0", [programme]
        ).fetchone()
        if found is None:
            problems.append(
                (
                    "programme",
                    f"programme: “{_shown(programme)}” does not exist in this database."
                    if programme
                    else "programme is required.",
                )
            )
        else:
            values["programme_id"], values["project_id"] = found
        location = self.db.execute("SELECT id FROM locations WHERE code = ? AND deleted = 0", [village]).fetchone()
        if location is None:
            problems.append(
                (
                    "village",
                    f"village: “{_shown(village)}” does not exist in this database."
                    if village
                    else "village is required.",
                )
            )
        else:
            values["location_id"] = location[0]
        return problems

    def _intake(self, values: dict[str, Any]) -> str:
        problems = self._codes(values)
        if problems:  # the other fields' problems too, so one pass over the file shows them all
            try:
                self.children.validate(values)
            except Invalid as exc:
                problems += _field_problems(exc, skip=frozenset(column for column, _m in problems))
            raise _RowError.of(problems)
        child = self.children.register(values)
        similar = [
            c
            for c in candidates(
                self.db,
                name=child["name"],
                sex=child["sex"],
                birth_date=child["birth_date"],
                location_id=child["location_id"],
                name_latin=child.get("name_latin") or "",
                exclude_id=child["id"],
            )
            if c.score >= NAME_THRESHOLD
        ]
        for cand in similar:
            first, second = sorted((child["id"], cand.child_id))
            self.db.execute(
                "INSERT OR IGNORE INTO sync_duplicates(id, child_a, child_b, score, reasons, found_at, bundle_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [uuid7(), first, second, cand.score, json.dumps(list(cand.reasons)), utc_now(), "kobo"],
            )
        self.last_held = bool(similar)
        return str(child["id"])

    def _followup(self, values: dict[str, Any]) -> str:
        case = (values.pop("child", "") or "").upper()
        if not case:
            raise _RowError("child", "child is required.")
        child_id = self._lookup("SELECT id FROM children WHERE case_number = ? AND deleted = 0", [case], "child", case)
        return str(self.children.record_follow_up(child_id, values)["id"])

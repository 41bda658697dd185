"""Submissions exported from Kobo or ODK Central become children or follow-up visits.

The export is the server's CSV or XLSX (one row per submission, XML values and headers; a group's
name before a ``/`` in a header is ignored). Each submission is keyed by its instance id
(``meta/instanceID``, ``instanceID``, Briefcase's ``KEY`` or Kobo's ``_uuid``): one already imported,
here or at another office whose records arrived by sync, is left alone, so importing the same export
again changes nothing. Every row goes through the same services and rules as the intake and
follow-up forms (validation, classification, outcomes). A submission that resembles a child
already recorded is *held for review*: nothing is inserted for it until someone says, in the Kobo/ODK
import dialog, that it is a new child (it is registered then) or the child already recorded (nothing
is added, and the submission counts as imported). All rows or none: any invalid row and nothing is
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
from cl_desktop.figures.current import writing
from cl_desktop.figures.duplicates import NAME_THRESHOLD, candidates
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
    "job_to_return",
    "chores_hours_per_week",
    "household_hazards",
    "head_relation",
    "location",
    "notes",
)
FOLLOWUP_FIELDS = (
    "child",
    "visit_date",
    "working",
    "hours_per_week",
    "hazards",
    "chores_hours_per_week",
    "household_hazards",
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


# What a row can be refused for, beside the intake and follow-up forms' own validation messages
# (``domain.validation.MESSAGES``). English here and on the command line; the window shows them in
# the user's language (``ui/catalogue.py`` marks each for translation, a test checks none is missing).
MESSAGES: dict[str, str] = {
    "no_id": "the submission has no id.",
    "long_id": "the submission id is longer than {maximum} characters.",
    "twice": "the submission {key} is also in row {other}.",
    "unknown": "{column}: “{value}” does not exist in this database.",
    "required": "{column} is required.",
    "other": "{text}",  # a refusal from the services, in English only
}
# Why a whole file is refused (nothing read past the header, or too much of it).
FILE_MESSAGES: dict[str, str] = {
    "no_id_column": "{file} has no submission id column (meta/instanceID, instanceID, KEY or _uuid); "
    "export the submissions from Kobo or ODK Central with their metadata.",
    "not_form": "{file} is not an export of the {form} form: it lacks the column(s) {columns}.",
    "empty": "{file} has a header but no submissions.",
    "too_many": "{file} holds more than {maximum} submissions; export them in parts (by submission date) "
    "and import each.",
    "refused": "{file}: {count} error(s); nothing was imported.",
}


@dataclass(frozen=True)
class Problem:
    """One problem of one row: a message of ``MESSAGES`` or a form's validation error."""

    row: int
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    field_error: FieldError | None = None

    def message(self) -> str:
        if self.field_error is not None:
            return self.field_error.message(self.column)
        return MESSAGES[self.code].format(**self.params)

    def __str__(self) -> str:
        return f"row {self.row}, column “{self.column}”: {self.message()}"


class KoboFileRefused(RefusedInput):
    """The whole file refused before any row: ``code`` names the sentence in ``FILE_MESSAGES``."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(FILE_MESSAGES[code].format(**params))


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
        held = f"; {self.held} resemble a child already recorded and {verb} held for review" if self.held else ""
        return (
            f"{self.file}: {self.rows} submission(s) — {self.added} new {what} {verb} added, "
            f"{self.unchanged} already imported{held}."
        )


class KoboRefused(KoboFileRefused):
    """Rows were refused: ``problems`` says which and why, ``errors`` the same in English."""

    def __init__(self, result: KoboResult, problems: list[Problem]) -> None:
        self.result = result
        self.problems = problems
        self.errors = [str(p) for p in problems]
        super().__init__("refused", file=result.file, count=len(problems))


class _Rollback(Exception):
    pass


# A row's problem before its row number is known: (column, code, params, validation error).
_Found = tuple[str, str, dict[str, Any], FieldError | None]


class _RowError(Exception):
    """Every problem of one row."""

    def __init__(self, column: str, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.problems: list[_Found] = [(column, code, params, None)]

    @classmethod
    def of(cls, problems: list[_Found]) -> _RowError:
        error = cls("", "other", text="")
        error.problems = problems
        return error


def _field_problems(exc: Invalid, skip: frozenset[str] = frozenset()) -> list[_Found]:
    problems: list[_Found] = []
    for e in exc.field_errors:
        e = FieldError(e.field, e.code, {k: _shown(v) if isinstance(v, str) else v for k, v in e.params.items()})
        column = FIELD_COLUMN.get(e.field, e.field)
        if column.startswith("custom."):
            column = CUSTOM_PREFIX + column[len("custom.") :]
        if column not in skip:
            problems.append((column, "field", {}, e))
    return problems


def _shown(value: str) -> str:
    """A value as an error quotes it: a cell of any length makes a message of a readable length."""
    return value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"


def _missing(column: str, value: str) -> _Found:
    """A code the database does not hold, or none given."""
    if value:
        return (column, "unknown", {"column": column, "value": _shown(value)}, None)
    return (column, "required", {"column": column}, None)


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


def _maybe(value: Any) -> Any:
    """Yes, no, or not asked (blank)."""
    return None if _text(value) == "" else _bool(value)


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
    "household_hazards": _many,
    "chores_hours_per_week": _int,
    "job_to_return": _maybe,
}
CUSTOM_PREFIX = "cf_"  # an extra field's question (``xlsform.CUSTOM_PREFIX``)


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
    errors: list[Problem] = []
    with open_table(path) as reader:
        header = [_header(h) for h in reader.header]
        id_column = next((c for c in ID_COLUMNS if c in header), None)
        if id_column is None:
            raise KoboFileRefused("no_id_column", file=path.name)
        wanted = INTAKE_FIELDS if form == "intake" else FOLLOWUP_FIELDS
        missing = [f for f in REQUIRED[form] if f not in header]
        if missing:
            raise KoboFileRefused("not_form", file=path.name, form=form, columns=", ".join(missing))
        at = {name: header.index(name) for name in wanted if name in header}
        at.update({name: i for i, name in enumerate(header) if name.startswith(CUSTOM_PREFIX)})
        importer = _Importer(ctx, form)
        seen: dict[str, int] = {}
        try:
            with ctx.db.atomic():
                for number, cells in reader.rows():
                    result.rows += 1
                    if result.rows > MAX_SUBMISSIONS:
                        raise KoboFileRefused("too_many", file=path.name, maximum=f"{MAX_SUBMISSIONS:,}")
                    if progress and result.rows % 100 == 0:
                        progress(result.rows)
                    key = submission_key(cells[header.index(id_column)])
                    try:
                        if not key:
                            raise _RowError(id_column, "no_id")
                        if len(key) > MAX_KEY_CHARS:
                            raise _RowError(id_column, "long_id", maximum=MAX_KEY_CHARS)
                        if key in seen:
                            raise _RowError(id_column, "twice", key=key, other=seen[key])
                        seen[key] = number
                        raw = {name: cells[i] if i < len(cells) else None for name, i in at.items()}
                        outcome = importer.row(key, raw)
                    except _RowError as exc:
                        for column, code, params, field_error in exc.problems:
                            if len(errors) < MAX_ERRORS:
                                errors.append(Problem(number, column, code, params, field_error))
                        continue
                    setattr(result, outcome, getattr(result, outcome) + 1)
                if result.rows == 0:
                    raise KoboFileRefused("empty", file=path.name)
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

    def _done(self, key: str) -> bool:
        """Imported before (here or at an office whose records arrived), or held for review here."""
        return (
            self.db.execute(
                "SELECT 1 FROM form_submissions WHERE submission_id = ? AND form = ? AND deleted = 0 "
                "UNION ALL SELECT 1 FROM form_held WHERE submission_id = ? AND form = ? AND deleted = 0",
                [key, self.form, key, self.form],
            ).fetchone()
            is not None
        )

    def row(self, key: str, raw: dict[str, Any]) -> str:
        """``added``, ``held`` (resembles a child already recorded) or ``unchanged`` (seen before)."""
        if self._done(key):
            return "unchanged"
        values = {name: _convert(name, value) for name, value in raw.items() if not name.startswith(CUSTOM_PREFIX)}
        point = values.pop("location", "") or ""
        if point:
            # a geopoint: "latitude longitude altitude accuracy"; the service checks the ranges
            parts = str(point).split()
            values["latitude"] = parts[0]
            values["longitude"] = parts[1] if len(parts) > 1 else ""
        custom = {
            name[len(CUSTOM_PREFIX) :]: _date(value) if isinstance(value, (date, datetime)) else _text(value)
            for name, value in raw.items()
            if name.startswith(CUSTOM_PREFIX)
        }
        if custom:
            values["custom"] = custom
        try:
            with self.db.atomic():
                if self.form == "intake":
                    record_id = self._intake(key, values)
                    if record_id is None:
                        return "held"
                    table = "children"
                else:
                    table, record_id = "follow_ups", self._followup(values)
                _record_submission(self.ctx, key, self.form, table, record_id)
        except Invalid as exc:
            raise _RowError.of(_field_problems(exc)) from None
        except KnownError as exc:
            raise _RowError("", "other", text=str(exc)) from None
        return "added"

    def _lookup(self, sql: str, args: list[Any], column: str, value: str) -> str:
        row = self.db.execute(sql, args).fetchone()
        if row is None:
            raise _RowError(column, "unknown", column=column, value=_shown(value))
        return str(row[0])

    def _codes(self, values: dict[str, Any]) -> list[_Found]:
        """Programme and village codes to ids in ``values``; the problems with them, if any."""
        problems: list[_Found] = []
        programme = values.pop("programme", "") or ""
        village = values.pop("village", "") or ""
        found = self.db.execute(
            "SELECT id, project_id FROM action_programmes WHERE code = ? AND deleted = 0", [programme]
        ).fetchone()
        if found is None:
            problems.append(_missing("programme", programme))
        else:
            values["programme_id"], values["project_id"] = found
        location = self.db.execute("SELECT id FROM locations WHERE code = ? AND deleted = 0", [village]).fetchone()
        if location is None:
            problems.append(_missing("village", village))
        else:
            values["location_id"] = location[0]
        return problems

    def _intake(self, key: str, values: dict[str, Any]) -> str | None:
        """The new child's id; None when the submission resembles a child already recorded and is
        held for review instead (nothing inserted for it but the held row)."""
        problems = self._codes(values)
        if problems:  # the other fields' problems too, so one pass over the file shows them all
            try:
                self.children.validate(values)
            except Invalid as exc:
                problems += _field_problems(exc, skip=frozenset(found[0] for found in problems))
            raise _RowError.of(problems)
        clean = self.children.validate(values)
        similar = [
            c
            for c in candidates(
                self.db,
                name=clean["name"],
                sex=clean["sex"],
                birth_date=clean["birth_date"],
                location_id=clean["location_id"],
                name_latin=clean.get("name_latin") or "",
            )
            if c.score >= NAME_THRESHOLD
        ]
        if similar:
            records.insert(
                self.db,
                "form_held",
                {
                    "submission_id": key,
                    "form": "intake",
                    "submission_values": json.dumps(values, ensure_ascii=False, sort_keys=True),
                    "candidates": json.dumps(
                        [[c.child_id, round(c.score, 3), list(c.reasons)] for c in similar], ensure_ascii=False
                    ),
                },
                self.ctx.author("import"),
            )
            return None
        return str(self.children.register(values)["id"])

    def _followup(self, values: dict[str, Any]) -> str:
        case = (values.pop("child", "") or "").upper()
        if not case:
            raise _RowError("child", "required", column="child")
        child_id = self._lookup("SELECT id FROM children WHERE case_number = ? AND deleted = 0", [case], "child", case)
        return str(self.children.record_follow_up(child_id, values)["id"])


def _record_submission(ctx: Context, key: str, form: str, table: str, record_id: str) -> None:
    records.insert(
        ctx.db,
        "form_submissions",
        {"submission_id": key, "form": form, "record_table": table, "record_id": record_id},
        ctx.author("import"),
    )


# -- held for review ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Resemblance:
    child_id: str
    case_number: str
    name: str
    sex: str
    birth_date: str
    score: float


@dataclass(frozen=True)
class Held:
    """A submission held for review and the children it resembles, likeliest first."""

    id: str
    submission_id: str
    values: dict[str, Any]
    village: dict[str, str]  # its name in English, in the local language and in Russian ("en", "local", "ru")
    resembles: tuple[Resemblance, ...]


def held(ctx: Context) -> list[Held]:
    """The submissions waiting for someone to say whether each is a new child, oldest first."""
    ctx.require("data.read")
    out: list[Held] = []
    for row in ctx.db.query(
        "SELECT h.id, h.submission_id, h.submission_values, h.candidates, l.name_en, l.name_local, l.name_ru "
        "FROM form_held h LEFT JOIN locations l ON l.id = json_extract(h.submission_values, '$.location_id') "
        "WHERE h.status = 'open' AND h.deleted = 0 ORDER BY h.created_at, h.id"
    ):
        resembles = []
        for child_id, score, _reasons in json.loads(row["candidates"]):
            child = ctx.db.execute(
                "SELECT case_number, name, sex, birth_date FROM children WHERE id = ? AND deleted = 0", [child_id]
            ).fetchone()
            if child is not None:
                case, name, sex, born = (str(v or "") for v in child)
                resembles.append(Resemblance(child_id, case, name, sex, born, float(score)))
        out.append(
            Held(
                row["id"],
                row["submission_id"],
                json.loads(row["submission_values"]),
                {"en": row["name_en"] or "", "local": row["name_local"] or "", "ru": row["name_ru"] or ""},
                tuple(resembles),
            )
        )
    return out


def _open_held(ctx: Context, held_id: str) -> dict[str, Any]:
    row = ctx.db.execute(
        "SELECT id, submission_id, form, submission_values, candidates, status, version FROM form_held "
        "WHERE id = ? AND deleted = 0",
        [held_id],
    ).fetchone()
    if row is None:
        raise RefusedInput("There is no such submission held for review.")
    keys = ("id", "submission_id", "form", "submission_values", "candidates", "status", "version")
    found = dict(zip(keys, row, strict=True))
    if found["status"] != "open":
        raise RefusedInput("This submission has already been reviewed.")
    return found


def add_held(ctx: Context, held_id: str) -> str:
    """The reviewer says the held submission is a new child: it is registered; returns its id."""
    ctx.require("child.write")
    with writing(ctx.db):
        row = _open_held(ctx, held_id)
        child = Children(ctx).register(json.loads(row["submission_values"]))
        _record_submission(ctx, row["submission_id"], row["form"], "children", str(child["id"]))
        records.update(
            ctx.db,
            "form_held",
            held_id,
            {"status": "added", "record_id": child["id"]},
            ctx.author("form"),
            base_version=row["version"],
        )
    return str(child["id"])


def same_child(ctx: Context, held_id: str, child_id: str) -> None:
    """The reviewer says the held submission is a child already recorded: nothing is added, and the
    submission counts as imported (as that child) so the export can be imported again unchanged."""
    ctx.require("child.write")
    with writing(ctx.db):
        row = _open_held(ctx, held_id)
        if child_id not in {c[0] for c in json.loads(row["candidates"])}:
            raise RefusedInput("That child is not one the submission resembles.")
        _record_submission(ctx, row["submission_id"], row["form"], "children", child_id)
        records.update(
            ctx.db,
            "form_held",
            held_id,
            {"status": "same", "record_id": child_id},
            ctx.author("form"),
            base_version=row["version"],
        )

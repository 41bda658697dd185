"""A project's extra fields at scale: five on every child, then intake, list, filter, search and export.

Runs on a copy of the data set (the cached one stays as generated): headquarters defines five
extra fields (yes/no, number, one choice, several choices, date) shown in lists on every project's
intake, and every child gets an answer to each in one statement (timed, in the note).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import Measure, timed

FIELDS = (
    {"code": "debt", "kind": "yes_no", "label_en": "Family in debt"},
    {"code": "debt_usd", "kind": "number", "label_en": "Debt (USD)", "minimum": 0, "maximum": 100000},
    {"code": "lender", "kind": "choice", "label_en": "Lender", "choices": "boss=Employer;kin=Relative;bank=Bank"},
    {
        "code": "tasks",
        "kind": "choices",
        "label_en": "Night tasks",
        "choices": "nets=Nets;sort=Sorting;haul=Hauling;lamp=Lamps",
    },
    {"code": "seen", "kind": "date", "label_en": "First seen at work"},
)
# Every child's answers, varied by rowid so filters select a share of the rows (the lender "bank" and the night
# task "lamp" are rare: one child in a thousand, where a filter without an index reads every row to fill its
# first page).
FILL = """UPDATE children SET custom = json_object(
    'debt', rowid % 2,
    'debt_usd', (rowid * 37) % 5000,
    'lender', CASE WHEN rowid % 1000 = 5 THEN 'bank' WHEN rowid % 3 = 1 THEN 'kin' ELSE 'boss' END,
    'tasks', json(CASE WHEN rowid % 1000 = 7 THEN '["haul","lamp"]' ELSE CASE rowid % 4
                  WHEN 0 THEN '["nets"]' WHEN 1 THEN '["nets","sort"]' WHEN 2 THEN '["haul"]'
                  ELSE '["sort","haul"]' END END),
    'seen', date('2009-01-01', '+' || (rowid % 700) || ' days'))"""


def measure_fields(path: Path, runs: int) -> list[Measure]:
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services import lists
    from cl_desktop.services.children import Children
    from cl_desktop.services.context import Context
    from cl_desktop.services.custom_fields import CustomFields
    from cl_desktop.services.lists import ListQuery
    from cl_desktop.store import open_database
    from cl_desktop.tabular.exporter import export_list

    out: list[Measure] = []
    with tempfile.TemporaryDirectory(prefix="cl-bench-fields-") as folder:
        copy = Path(folder) / "fields.sqlite"
        shutil.copyfile(path, copy)
        db = open_database(copy, create=False, check=False)
        ctx = Context(db, system_actor(db, "bench"))
        service = CustomFields(ctx)
        projects = [r[0] for r in db.execute("SELECT id FROM projects WHERE deleted = 0")]
        for project in projects:
            for spec in FIELDS:
                service.define({**spec, "project_id": project, "form": "intake", "in_lists": True})
        fill = timed(lambda: db.execute(FILL), 1)[0]
        db.conn.commit()
        n = db.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]
        note = f"five extra fields on each of {n:,} children (filled in {fill:.1f} s by one UPDATE)"

        child = next(
            db.query(
                "SELECT c.* FROM children c WHERE c.deleted = 0 AND c.programme_id IS NOT NULL ORDER BY c.rowid DESC "
                "LIMIT 1"
            )
        )
        children = Children(ctx)
        values = {
            k: child[k]
            for k in (
                "project_id", "programme_id", "location_id", "intake_date", "birth_date", "sex", "guardian_name",
                "guardian_relation", "consent_date", "school_status", "working", "sector", "hours_per_week",
            )
        }  # fmt: skip
        values.update(consent=True, name="Bench Child", name_latin="Bench Child")
        values["custom"] = {
            "debt": "yes",
            "debt_usd": "250",
            "lender": "kin",
            "tasks": "nets,sort",
            "seen": "2010-01-02",
        }
        m = Measure("fields_intake", "Intake save with five extra fields", "ms", target=200)
        m.runs = [t * 1000 for t in timed(lambda: children.register(values), runs + 2, m.cpu_runs)]
        m.cpu_runs = [t * 1000 for t in m.cpu_runs]
        m.note = note
        out.append(m)

        m = Measure("fields_first_page", "Children list first page with five extra-field columns", "ms", target=50)
        m.runs = [
            t * 1000 for t in timed(lambda: lists.page(db, "children", ListQuery(), 0, 200), runs + 2, m.cpu_runs)
        ]
        m.cpu_runs = [t * 1000 for t in m.cpu_runs]
        m.note = f"{len(lists.columns('children', db))} columns, 200 rows"
        out.append(m)

        query = ListQuery(filters={"custom.lender": "kin"})
        m = Measure("fields_filter", "Filter the children list by an extra field: first page + capped count", "ms")
        m.runs = [
            t * 1000
            for t in timed(
                lambda: (lists.page(db, "children", query, 0, 200), lists.count(db, "children", query, cap=10_000)),
                runs + 2,
                m.cpu_runs,
            )
        ]
        m.cpu_runs = [t * 1000 for t in m.cpu_runs]
        indexed = "an index on the field's value" if _indexed(db, "lender") else "no index: each row's JSON is read"
        m.note = f"lender = Relative (a third of the children); {indexed}"
        out.append(m)

        rare = ListQuery(filters={"custom.lender": "bank"})
        m = Measure(
            "fields_filter_rare",
            "Filter the children list by a rare extra-field value: first page + capped count",
            "ms",
            target=100,
        )
        m.runs = [
            t * 1000
            for t in timed(
                lambda: (lists.page(db, "children", rare, 0, 200), lists.count(db, "children", rare, cap=10_000)),
                runs + 2,
                m.cpu_runs,
            )
        ]
        m.cpu_runs = [t * 1000 for t in m.cpu_runs]
        m.note = f"lender = Bank (one child in a thousand); {indexed}"
        out.append(m)

        out += _filters(
            db,
            runs,
            (
                (
                    "fields_filter_choices",
                    "Filter the children list by one of several choices: first page + capped count",
                    {"custom.tasks": "haul"},
                    "night tasks include Hauling (half the children)",
                    None,
                ),
                (
                    "fields_filter_choices_rare",
                    "Filter the children list by a rare one of several choices: first page + capped count",
                    {"custom.tasks": "lamp"},
                    "night tasks include Lamps (one child in a thousand)",
                    100,
                ),
                (
                    "fields_filter_range",
                    "Filter the children list by a range of an extra number: first page + capped count",
                    {"custom.debt_usd": "..2499"},
                    "debt from 0 to 2,499 USD (half the children)",
                    None,
                ),
                (
                    "fields_filter_range_narrow",
                    "Filter the children list by a narrow range of an extra number: first page + capped count",
                    {"custom.debt_usd": "100..119"},
                    "debt from 100 to 119 USD (one child in 250)",
                    100,
                ),
            ),
        )

        term = str(child["case_number"])
        m = Measure("fields_search", "Search by case number with five extra-field columns", "ms", target=50)
        search = ListQuery(search=term)
        m.runs = [t * 1000 for t in timed(lambda: lists.page(db, "children", search, 0, 100), runs + 2, m.cpu_runs)]
        m.cpu_runs = [t * 1000 for t in m.cpu_runs]
        out.append(m)

        m = Measure("fields_register", "Beneficiary register PDF with five extra fields, 2,000 children", "s")
        m.runs = timed(lambda: _register(db, Path(folder) / "register.pdf"), max(1, runs - 1), m.cpu_runs)
        m.note = "the first 2,000 children of project KH-WFCL; five fields shown in reports: a landscape page"
        out.append(m)

        target = Path(folder) / "children.csv"
        m = Measure("fields_export", "Export the children list with five extra-field columns (CSV)", "rows/s")
        m.target_kind = "min"
        seconds = timed(lambda: export_list(db, "children", target, ListQuery()), max(1, runs - 1), m.cpu_runs)
        m.runs = [n / s for s in seconds]
        m.cpu_runs = [n / s for s in m.cpu_runs]
        m.note = f"{n:,} rows in a median {statistics.median(seconds):.1f} s"
        out.append(m)
        db.close()
    return out


def _filters(
    db: Any, runs: int, specs: tuple[tuple[str, str, dict[str, str], str, float | None], ...]
) -> list[Measure]:
    """First page and capped count of the children list under each filter, with how the filter is read."""
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery

    out = []
    for key, label, filters, note, target in specs:
        query = ListQuery(filters=filters)
        m = Measure(key, label, "ms", target=target)
        m.runs = [
            t * 1000
            for t in timed(
                lambda query=query: (
                    lists.page(db, "children", query, 0, 200),
                    lists.count(db, "children", query, cap=10_000),
                ),
                runs + 2,
                m.cpu_runs,
            )
        ]
        m.cpu_runs = [t * 1000 for t in m.cpu_runs]
        plan = " / ".join(lists.explain(db, "children", query, 200))
        m.note = f"{note}; plan: {plan[:160]}"
        out.append(m)
    return out


def _indexed(db: object, code: str) -> bool:
    """Whether the children's extra field ``code`` has its value index (``store.custom_indexes``)."""
    row = db.execute(  # type: ignore[attr-defined]
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND tbl_name = 'children' AND name = ?",
        [f"custom_value_children_{code}"],
    ).fetchone()
    return row is not None


def _register(db: object, out: Path) -> int:
    """The register of one project's first 2,000 children, as ``cl-desktop report register`` lays it out."""
    from cl_desktop.reports import register
    from cl_desktop.reports.data import RegisterFilter
    from cl_desktop.reports.layout import PageHeader, build_pdf

    row = db.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()  # type: ignore[attr-defined]
    selection = RegisterFilter(project_id=row[0], limit=2000)
    layout = register.extra_layout(register.extra_fields(db, selection))  # type: ignore[arg-type]
    return build_pdf(
        out,
        register.story(db, selection, [], "en"),  # type: ignore[arg-type]
        header=PageHeader("Beneficiary register"),
        orientation=layout.orientation,
    )

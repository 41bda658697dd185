"""One pseudonymisation for every output: no name, no exact birth date or age, no village, dates to the month."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.i18n.formats import MONTHS
from cl_desktop.reports import catalogue
from cl_desktop.reports.common import BuildOptions
from cl_desktop.tabular.exporter import build_query, export_list

PagesText = Callable[[Path], list[str]]
# A day before a month in a table may be the previous cell's figure ("85" % attendance, then "August
# 2006"): the PDF checks look for the child's own dates written out in full instead.
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _child(db: Any) -> dict[str, Any]:
    """A withdrawn child with services and visits in a village, whose facts the outputs must hide."""
    row = db.execute(
        "SELECT c.case_number, c.name, c.name_latin, c.birth_date, c.age_at_intake, c.intake_date, l.name_en, "
        "c.guardian_name, ap.code, c.id FROM children c JOIN locations l ON l.id = c.location_id "
        "JOIN action_programmes ap ON ap.id = c.programme_id "
        "WHERE c.outcome = 'withdrawn' AND c.case_number LIKE 'KG-%' ORDER BY c.case_number LIMIT 1"
    ).fetchone()
    keys = ("case", "name", "latin", "birth", "age", "intake", "village", "guardian", "programme", "id")
    child = dict(zip(keys, row, strict=True))
    days = {child["intake"], child["birth"]}
    for table, column in (("services", "start_date"), ("follow_ups", "visit_date")):
        days.update(d for (d,) in db.execute(f"SELECT {column} FROM {table} WHERE child_id = ?", [child["id"]]) if d)
    child["days"] = sorted(days)
    return child


def _assert_hidden(text: str, child: dict[str, Any], *, pdf: bool) -> None:
    flat = " ".join(text.split())
    assert child["case"] in flat
    for secret in (child["name"], child["latin"], child["guardian"]):
        assert secret and secret not in flat
    assert not re.search(rf"\b{re.escape(child['village'])}\b", flat), child["village"]
    assert child["birth"] not in flat
    if pdf:
        for day in child["days"]:
            y, m, d = (int(part) for part in day[:10].split("-"))
            written = f"{d} {MONTHS['en'][m - 1]} {y}"
            assert not re.search(rf"(?<![\d/]){written}", flat), written
    else:
        assert not ISO_DAY.search(flat), ISO_DAY.search(flat)


def test_the_pseudonymised_register(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    child = _child(demo_db)
    out = tmp_path / "register.pdf"
    catalogue.build_report("register", demo_db, out, BuildOptions(programme=child["programme"], pseudonymise=True))
    text = " ".join(pdf_pages_text(out))
    _assert_hidden(text, child, pdf=True)
    line = re.search(rf"{child['case']} {child['case']} [FM] (\S+)", " ".join(text.split()))
    assert line and line.group(1) in ("5-8", "9-11", "12-14", "15-17")  # an age group, not the age


def test_the_pseudonymised_child_profile(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    child = _child(demo_db)
    out = tmp_path / "child.pdf"
    catalogue.build_report("child", demo_db, out, BuildOptions(child=child["case"], pseudonymise=True))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    _assert_hidden(text, child, pdf=True)
    assert f"age {child['age']}," not in text and f"Age {child['age']} " not in text
    year, month = child["intake"][:4], int(child["intake"][5:7])
    assert f"{MONTHS['en'][month - 1]} {year}" in text  # the intake date, to the month


@pytest.mark.parametrize("kind", ["children", "services", "followups", "households"])
def test_every_pseudonymised_export(demo_db: Any, tmp_path: Path, kind: str) -> None:
    child = _child(demo_db)
    out = tmp_path / f"{kind}.csv"
    query, project = build_query(demo_db, kind, project="CAR-WFCL", search=None, filters=[])
    export_list(demo_db, kind, out, query, project=project, pseudonymise=True)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    text = "\n".join(",".join(r) for r in rows)
    assert len(rows) > 1
    for secret in (child["name"], child["latin"], child["guardian"]):
        assert secret not in text
    assert not ISO_DAY.search(text), ISO_DAY.search(text)
    header = [h.lower() for h in rows[0]]
    assert not any(h.startswith(("village", "age at intake")) or h == "date of birth" for h in header), header


@pytest.mark.parametrize("kind", ["children", "followups"])
def test_a_recorded_location_is_printed_and_exported_but_never_pseudonymised(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, kind: str
) -> None:
    child = _child(demo_db)
    demo_db.execute("UPDATE children SET latitude = 42.874621, longitude = 74.569762 WHERE id = ?", [child["id"]])
    demo_db.execute(
        "UPDATE follow_ups SET latitude = 42.874621, longitude = 74.569762 WHERE child_id = ?", [child["id"]]
    )
    point = "42.874621"
    profile = tmp_path / "child.pdf"
    catalogue.build_report("child", demo_db, profile, BuildOptions(child=child["case"]))
    assert f"{point}, 74.569762" in " ".join(pdf_pages_text(profile))  # shown when the child is named
    catalogue.build_report("child", demo_db, profile, BuildOptions(child=child["case"], pseudonymise=True))
    assert point not in " ".join(pdf_pages_text(profile))
    for pseudonymise in (False, True):
        out = tmp_path / f"{kind}-{pseudonymise}.csv"
        query, project = build_query(demo_db, kind, project="CAR-WFCL", search=None, filters=[])
        export_list(demo_db, kind, out, query, project=project, pseudonymise=pseudonymise)
        text = out.read_text(encoding="utf-8-sig")
        assert (point in text) is not pseudonymise, (kind, pseudonymise)

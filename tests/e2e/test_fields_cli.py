"""``cl-desktop fields``: headquarters defines, lists and retires a project's extra fields; ``check``
reports stored values that do not fit their definition."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from test_cli import cli


def test_fields_are_defined_listed_and_retired_from_the_command_line(demo_path: Path) -> None:
    db = str(demo_path)
    ok = cli(
        "fields",
        "define",
        "--db",
        db,
        "--project",
        "KH-WFCL",
        "--form",
        "intake",
        "--code",
        "debt_bondage",
        "--type",
        "yes_no",
        "--label",
        "Family in debt to the employer",
        "--label-km",
        "គ្រួសារជំពាក់បំណុលនិយោជក",
        "--label-ru",
        "Семья в долгу у работодателя",
        "--in-lists",
    )
    assert ok.returncode == 0, ok.stderr
    assert "Defined debt_bondage on the intake form of KH-WFCL." in ok.stdout
    ok = cli(
        "fields",
        "define",
        "--db",
        db,
        "--project",
        "KH-WFCL",
        "--form",
        "intake",
        "--code",
        "lender",
        "--type",
        "choice",
        "--label",
        "Lender",
        "--choices",
        "employer=Employer|និយោជក|Работодатель;kin=Kin",
        "--show-when",
        "debt_bondage",
    )
    assert ok.returncode == 0, ok.stderr
    listed = json.loads(cli("fields", "list", "--db", db, "--project", "KH-WFCL", "--json").stdout)
    assert [(f["code"], f["kind"], f["show_when"]) for f in listed] == [
        ("debt_bondage", "yes_no", ""),
        ("lender", "choice", "debt_bondage"),
    ]
    assert listed[1]["choices"][0] == {
        "code": "employer",
        "label_en": "Employer",
        "label_km": "និយោជក",
        "label_ru": "Работодатель",
    }
    bad = cli(
        "fields",
        "define",
        "--db",
        db,
        "--project",
        "KH-WFCL",
        "--form",
        "intake",
        "--code",
        "lender",
        "--type",
        "text",
        "--label",
        "Again",
    )
    assert bad.returncode == 1 and "already used" in bad.stderr and bad.stdout == ""
    retired = cli("fields", "retire", "--db", db, "--project", "KH-WFCL", "--form", "intake", "lender")
    assert retired.returncode == 0 and "values of 0 records are kept" in retired.stdout
    text = cli("fields", "list", "--db", db).stdout
    assert "lender" in text and "[retired]" in text
    unknown = cli("fields", "retire", "--db", db, "--project", "KH-WFCL", "--form", "intake", "nothing")
    assert unknown.returncode == 1 and "has no extra field nothing" in unknown.stderr


def test_check_reports_an_extra_field_value_of_the_wrong_type_or_choice(demo_path: Path) -> None:
    db = str(demo_path)
    cli(
        "fields",
        "define",
        "--db",
        db,
        "--project",
        "KH-WFCL",
        "--form",
        "intake",
        "--code",
        "debt_usd",
        "--type",
        "number",
        "--min",
        "0",
        "--max",
        "5000",
        "--label",
        "Debt",
    )
    cli(
        "fields",
        "define",
        "--db",
        db,
        "--project",
        "KH-WFCL",
        "--form",
        "intake",
        "--code",
        "lender",
        "--type",
        "choice",
        "--label",
        "Lender",
        "--choices",
        "employer=Employer;kin=Kin",
    )
    assert "Extra field" not in cli("check", "--db", db).stdout
    conn = sqlite3.connect(demo_path)
    first, second = (
        r[0]
        for r in conn.execute(
            "SELECT c.id FROM children c JOIN projects p ON p.id = c.project_id WHERE p.code = 'KH-WFCL' "
            "ORDER BY c.rowid LIMIT 2"
        )
    )
    # as a file edited outside the application
    conn.execute("""UPDATE children SET custom = '{"debt_usd":"lots"}' WHERE id = ?""", [first])
    conn.execute("""UPDATE children SET custom = '{"lender":"bank","debt_usd":9000}' WHERE id = ?""", [second])
    conn.commit()
    conn.close()
    result = cli("check", "--db", db)
    assert result.returncode == 1
    assert f"Extra field: children row {first}: debt_usd: 'lots' is not a valid number value." in result.stdout
    assert (
        f"Extra field: children row {second}: debt_usd: 9000 is not a valid number value; "
        "lender: 'bank' is not a valid choice value." in result.stdout
    )


def test_the_children_export_filters_by_a_range_a_text_and_one_of_several_choices(
    demo_path: Path, tmp_path: Path
) -> None:
    db = str(demo_path)
    for code, kind, extra in (
        ("debt_usd", "number", ()),
        ("seen", "date", ()),
        ("boat", "text", ()),
        ("tasks", "choices", ("--choices", "nets=Nets;haul=Hauling")),
    ):
        ok = cli("fields", "define", "--db", db, "--project", "KH-WFCL", "--form", "intake", "--code", code,
                 "--type", kind, "--label", code.title(), "--in-lists", *extra)  # fmt: skip
        assert ok.returncode == 0, ok.stderr
    conn = sqlite3.connect(demo_path)
    cases = [
        r[0]
        for r in conn.execute(
            "SELECT c.case_number FROM children c JOIN projects p ON p.id = c.project_id WHERE p.code = 'KH-WFCL' "
            "AND c.deleted = 0 ORDER BY c.case_number LIMIT 3"
        )
    ]
    answers = (
        {"debt_usd": 9, "seen": "2010-01-05", "boat": "Mekong Star", "tasks": ["nets"]},
        {"debt_usd": 10, "seen": "2010-03-01", "boat": "River Queen", "tasks": ["nets", "haul"]},
        {"debt_usd": 250, "seen": "2011-07-30", "tasks": ["haul"]},
    )
    with conn:
        for case, custom in zip(cases, answers, strict=True):
            conn.execute("UPDATE children SET custom = ? WHERE case_number = ?", [json.dumps(custom), case])
    conn.close()

    def exported(*filters: str) -> list[str]:
        out = tmp_path / "children.csv"
        args = [a for f in filters for a in ("--filter", f)]
        done = cli("export", "children", "--db", db, "-o", str(out), "--project", "KH-WFCL", *args)
        assert done.returncode == 0, done.stderr
        lines = out.read_text(encoding="utf-8-sig").splitlines()[1:]
        return sorted(line.split(",")[0] for line in lines)

    assert exported("custom.debt_usd=10..") == cases[1:]
    assert exported("custom.seen=..31/12/2010") == cases[:2]
    assert exported("custom.boat=river") == cases[1:2]
    assert exported("custom.tasks=haul", "custom.debt_usd=..100") == cases[1:2]
    bad = cli("export", "children", "--db", db, "-o", str(tmp_path / "bad.csv"), "--filter", "custom.seen=31/02/2010..")
    assert bad.returncode == 2 and bad.stdout == ""
    assert "Seen: “31/02/2010” is not a date (write it as DD/MM/YYYY or YYYY-MM-DD)." in bad.stderr
    assert not (tmp_path / "bad.csv").exists()


def test_check_reports_a_several_choices_table_out_of_step_with_the_records(demo_path: Path) -> None:
    db = str(demo_path)
    ok = cli("fields", "define", "--db", db, "--project", "KH-WFCL", "--form", "intake", "--code", "tasks",
             "--type", "choices", "--label", "Tasks", "--choices", "nets=Nets;haul=Hauling", "--in-lists")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute(
            'UPDATE children SET custom = \'{"tasks": ["nets", "haul"]}\' WHERE rowid IN '
            "(SELECT rowid FROM children ORDER BY rowid LIMIT 2)"
        )
    assert "several-choices table" not in cli("check", "--db", db).stdout
    with conn:
        conn.execute("DROP TRIGGER custom_choice_values_children_update")  # written around its trigger
        conn.execute("UPDATE children SET custom = '{\"tasks\": [\"nets\"]}' WHERE rowid IN "
                     "(SELECT rowid FROM children ORDER BY rowid LIMIT 1)")  # fmt: skip
    conn.close()
    checked = cli("check", "--db", db)
    assert checked.returncode == 1
    assert (
        "Extra field: 1 entry of the several-choices table the list filters read disagrees with the records"
        in checked.stdout
    )

"""``cl-desktop fields define --section-km/--section-ru``: a section named in Khmer and Russian, as labels are."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import cli


def test_a_section_is_named_in_three_languages(demo_path: Path) -> None:
    db = str(demo_path)
    base = ("fields", "define", "--db", db, "--project", "KH-WFCL", "--form", "intake")
    ok = cli(*base, "--code", "night", "--type", "yes_no", "--label", "Works at night", "--section", "Work at sea",
             "--section-km", "ការងារនៅសមុទ្រ", "--section-ru", "Работа в море")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    listed = json.loads(cli("fields", "list", "--db", db, "--project", "KH-WFCL", "--json").stdout)
    assert [(f["section"], f["section_km"], f["section_ru"]) for f in listed] == [
        ("Work at sea", "ការងារនៅសមុទ្រ", "Работа в море")
    ]
    long = cli(*base, "--code", "boat", "--type", "text", "--label", "Boat", "--section-ru", "Р" * 101)
    assert long.returncode != 0 and len(long.stderr.strip().splitlines()) == 1, long.stderr
    assert "Section (Russian)" in long.stderr

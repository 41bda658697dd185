"""Any text a user can type goes into storage and comes back exactly (less surrounding blanks)."""

from __future__ import annotations

from typing import Any

from factories import ctx_for, intake
from fuzz_world import FUZZ
from hypothesis import example, given
from hypothesis import strategies as st

from cl_desktop.services.children import Children

# Text a keyboard can produce: any script, emoji, right-to-left marks, combining marks; no NUL or
# lone surrogates (neither can be typed, and Python cannot encode the latter to UTF-8).
TYPED = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=200,
).filter(lambda s: s.strip() != "")

SAMPLES = [
    "សុខ ស្រីមុំ",  # Khmer with stacked consonants
    "Гульнара Абдуллаева",  # Cyrillic
    "ابراهيم‎ محمد",  # right-to-left with a mark
    "👩🏽‍🌾 Mom",  # emoji ZWJ sequence
    "O'Brien; DROP TABLE children;--",
    '=HYPERLINK("http://x")',
]


@FUZZ
@given(name=TYPED, notes=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
@example(name=SAMPLES[0], notes="ក" * 10_000)
@example(name=SAMPLES[1], notes="Ж" * 10_000)
@example(name=SAMPLES[2], notes=SAMPLES[3] * 1000)
@example(name=SAMPLES[4], notes=SAMPLES[5])
def test_any_typed_name_and_long_notes_are_stored_as_typed(office: dict[str, Any], name: str, notes: str) -> None:
    children = Children(ctx_for(office["db"]))
    child = children.register(
        intake(
            office["project"],
            office["programme"],
            office["village"],
            name=name,
            name_latin=name,
            notes=notes,
            guardian_name=name,
        )
    )
    again = children.get(child["id"])
    assert again["name"] == name.strip() and again["name_latin"] == name.strip()
    assert again["guardian_name"] == name.strip() and again["notes"] == notes.strip()
    # the list's search finds it by its case number and the row reads back through a query
    found = list(office["db"].query("SELECT name FROM children WHERE case_number = ?", [child["case_number"]]))
    assert found == [{"name": name.strip()}]

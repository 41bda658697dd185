"""A project's extra fields in print: the child profile shows the answers, the blank forms ask the questions,
in each language (pypdf reads the labels back)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.reports import catalogue
from cl_desktop.reports.common import BuildOptions
from cl_desktop.services.children import Children
from cl_desktop.services.custom_fields import CustomFields

PagesText = Callable[[Path], list[str]]
LABELS = {
    "boat": {"en": "Boat used", "km": "ទូក", "ru": "Лодка"},
    "nights": {"en": "Nights at sea", "km": "យប់", "ru": "Ночей в море"},
    "skipper": {"en": "Skipper's name", "km": "ឈ្មោះ", "ru": "Имя шкипера"},
}
# The section in each language: its English name, its Russian one; the Khmer one (which pypdf reads back as
# private-use code points) shows as the English name being gone.
SECTION_SEEN: dict[str, Callable[[str], bool]] = {
    "en": lambda text: "Work at sea" in text,
    "ru": lambda text: "Работа в море" in text and "Work at sea" not in text,
    "km": lambda text: "Work at sea" not in text,
}


@pytest.fixture
def fields(demo_db: Any) -> dict[str, Any]:
    ctx = ctx_for(demo_db)
    project = demo_db.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()[0]
    service = CustomFields(ctx)
    base = {"project_id": project, "section": "Work at sea"}

    def labels(code: str) -> dict[str, str]:
        return {f"label_{lang}": text for lang, text in LABELS[code].items()}

    for form in ("intake", "followup"):
        choices = "own=Family boat|ទូកគ្រួសារ|Семейная лодка;hired=Hired boat|ទូកជួល|Чужая лодка"
        # the section's Khmer and Russian names come with one of its fields: they name the whole section
        service.define({**base, "form": form, "code": "boat", "kind": "choice", **labels("boat"), "choices": choices,
                        "section_km": "ការងារនៅសមុទ្រ", "section_ru": "Работа в море"})  # fmt: skip
        service.define({**base, "form": form, "code": "nights", "kind": "number", **labels("nights"), "minimum": 0,
                        "maximum": 7, "show_when": "boat"})  # fmt: skip
        service.define({**base, "form": form, "code": "skipper", "kind": "text", **labels("skipper")})
    child = demo_db.execute(
        "SELECT id, case_number FROM children WHERE project_id = ? AND deleted = 0 ORDER BY case_number LIMIT 1",
        [project],
    ).fetchone()
    Children(ctx).update(child[0], {"custom": {"boat": "hired", "nights": "5", "skipper": "Sok Chea"}})
    return {"case": child[1]}


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_the_child_profile_prints_the_answers(
    demo_db: Any, fields: dict[str, Any], tmp_path: Path, pdf_pages_text: PagesText, lang: str
) -> None:
    out = tmp_path / "child.pdf"
    catalogue.build_report("child", demo_db, out, BuildOptions(child=fields["case"], lang=lang))  # type: ignore[arg-type]
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    assert SECTION_SEEN[lang](text) and "Sok Chea" in text and " 5 " in f" {text} "
    if lang != "km":  # shaped Khmer comes back from pypdf as private-use code points
        assert LABELS["boat"][lang] in text and LABELS["nights"][lang] in text
        assert {"en": "Hired boat", "ru": "Чужая лодка"}[lang] in text


def test_a_pseudonymised_profile_leaves_out_extra_free_text(
    demo_db: Any, fields: dict[str, Any], tmp_path: Path, pdf_pages_text: PagesText
) -> None:
    out = tmp_path / "child.pdf"
    catalogue.build_report("child", demo_db, out, BuildOptions(child=fields["case"], pseudonymise=True))
    text = " ".join(pdf_pages_text(out))
    assert "Hired boat" in text and "Sok Chea" not in text


@pytest.mark.parametrize("kind", ["intake-form", "followup-form"])
@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_the_blank_forms_ask_the_project_questions(
    demo_db: Any, fields: dict[str, Any], tmp_path: Path, pdf_pages_text: PagesText, kind: str, lang: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    catalogue.build_report(kind, demo_db, out, BuildOptions(project="KH-WFCL", lang=lang))  # type: ignore[arg-type]
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    assert SECTION_SEEN[lang](text) and "0" in text and "7" in text
    if lang != "km":
        for code in LABELS:
            assert LABELS[code][lang] in text, code
        assert {"en": "Family boat", "ru": "Семейная лодка"}[lang] in text
        assert {"en": "only if “Boat used” is answered", "ru": "только если есть ответ на «Лодка»"}[lang] in text
    other = tmp_path / "other.pdf"
    catalogue.build_report(kind, demo_db, other, BuildOptions(project="CAR-WFCL", lang=lang))  # type: ignore[arg-type]
    assert "Work at sea" not in " ".join(pdf_pages_text(other))  # another project's form has its own questions


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_blank_intake_asks_the_households_questions_in_its_household_part(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, lang: str
) -> None:
    project = demo_db.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()[0]
    CustomFields(ctx_for(demo_db)).define(
        {
            "project_id": project,
            "form": "household",
            "code": "land",
            "kind": "yes_no",
            "label_en": "Owns land",
            "label_ru": "Владеет землёй",
        }
    )
    out = tmp_path / "intake.pdf"
    catalogue.build_report("intake-form", demo_db, out, BuildOptions(project="KH-WFCL", lang=lang))  # type: ignore[arg-type]
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    question = {"en": "Owns land", "ru": "Владеет землёй"}[lang]
    heading = {"en": "Household information — Project questions", "ru": "Сведения о домохозяйстве — Вопросы"}[lang]
    assert question in text and heading in text
    # asked with the household, before the questions about work
    work = {"en": "Work", "ru": "Сведения о работе"}[lang]
    assert text.index(heading) < text.index(question) < text.index(work, text.index(heading))

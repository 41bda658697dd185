"""Every interface string is translated into Khmer and Russian, with the same placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d|%n")
KHMER = re.compile("[\u1780-\u17ff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"cl_desktop_{lang}.ts").getroot()
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))  # type: ignore[misc]
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def texts(element: ET.Element) -> list[str]:
    forms = element.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [element.text or ""]


@pytest.mark.parametrize("lang", ["km", "ru"])
def test_every_message_is_translated(lang: str) -> None:
    missing = [
        f"{ctx}: {source}"
        for ctx, source, tr in messages(lang)
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts(tr))
    ]
    assert missing == []


@pytest.mark.parametrize("lang", ["km", "ru"])
def test_placeholders_and_shortcuts_match_the_source(lang: str) -> None:
    wrong = []
    for ctx, source, tr in messages(lang):
        for text in texts(tr):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{ctx}: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append(f"{ctx}: shortcut {source!r} -> {text!r}")
    assert wrong == []


@pytest.mark.parametrize(("lang", "script"), [("km", KHMER), ("ru", CYRILLIC)])
def test_translations_are_in_the_language_s_script(lang: str, script: re.Pattern[str]) -> None:
    """Catch a file filled with English: nearly every message that has letters must use the script."""
    with_letters = [texts(tr)[0] for _, source, tr in messages(lang) if re.search("[A-Za-z]{3}", source)]
    in_script = [t for t in with_letters if script.search(t)]
    assert len(in_script) >= 0.9 * len(with_letters)


def _core_labels() -> set[str]:
    """English strings the core defines and the interface shows: list columns and filters, field names."""
    import ast

    from cl_desktop.domain import custom_fields
    from cl_desktop.services import children, projects

    tree = ast.parse((Path(__file__).resolve().parents[3] / "cl_desktop" / "services" / "lists.py").read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        call = isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("Column", "Filter")
        if call and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
            found.add(node.args[1].value)
        labels = isinstance(node, ast.Assign) and any(getattr(t, "id", "").endswith("_LABELS") for t in node.targets)
        if labels and isinstance(node.value, ast.Dict):
            found |= {v.value for v in node.value.values if isinstance(v, ast.Constant)}
    for labels in (
        children.LABELS,
        projects.PROJECT_LABELS,
        projects.PROGRAMME_LABELS,
        projects.INDICATOR_LABELS,
        projects.ACTIVITY_LABELS,
        custom_fields.DEFINITION_LABELS,  # the field editor's messages name them
    ):
        found |= set(labels.values())
    return found


def test_the_catalogue_marks_every_core_string_for_translation() -> None:
    from cl_desktop.domain.validation import MESSAGES
    from cl_desktop.ui import catalogue

    marked = set(catalogue.LISTS) | set(catalogue.FIELDS)
    assert _core_labels() - marked == set()
    assert set(MESSAGES.values()) <= set(catalogue.VALIDATION)


def test_the_catalogue_marks_every_kobo_import_message_for_translation() -> None:
    from cl_desktop.exchange import kobo
    from cl_desktop.ui import catalogue

    shown = {m for code, m in kobo.MESSAGES.items() if code != "other"} | set(kobo.FILE_MESSAGES.values())
    assert shown - set(catalogue.KOBO) == set()


def test_the_catalogue_marks_every_spreadsheet_refusal_and_export_check_sentence_for_translation() -> None:
    from cl_desktop.exchange import values
    from cl_desktop.tabular import readers
    from cl_desktop.ui import catalogue

    assert set(readers.MESSAGES.values()) - set(catalogue.TABULAR) == set()
    assert {*values.ISSUES.values(), *values.REPORT.values()} - set(catalogue.DHIS2_CHECK) == set()

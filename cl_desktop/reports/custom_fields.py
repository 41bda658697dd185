"""A project's extra fields in print: their answers on the child profile, their questions on blank forms."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Flowable
from sqlite_utils import Database

from cl_desktop.domain.custom_fields import FieldDef, blank, decode, display, section_names
from cl_desktop.i18n.labels import label
from cl_desktop.reports.styles import Lang
from cl_desktop.store.custom_fields import definitions


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def answered(
    db: Database, project_id: str | None, form: str, stored: Any, lang: Lang, *, pseudonymise: bool = False
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The record's answers by section: (section title, [(label, value)]), retired fields with a value too.
    A pseudonymised print leaves out answers of free text, which may name someone."""
    values = decode(stored)
    sections: dict[str, list[tuple[str, str]]] = {}
    yes_no = (label("yes", lang), label("no", lang))
    fields = definitions(db, project_id, form)
    names = section_names(fields, lang)
    for f in fields:
        value = values.get(f.code)
        if (f.retired and blank(value)) or (pseudonymise and f.kind == "text"):
            continue
        title = names[f.section] or label("project_questions", lang)
        sections.setdefault(title, []).append((f.label(lang), display(f, value, lang, yes_no)))
    return list(sections.items())


def question_text(field: FieldDef, fields: list[FieldDef], lang: Lang) -> str:
    """The question as printed: its label, its range, and when it is asked."""
    text = field.label(lang) + (" *" if field.required else "")
    if field.kind == "number" and field.minimum is not None and field.maximum is not None:
        text += f" ({label('range', lang, low=_plain(field.minimum), high=_plain(field.maximum))})"
    if field.show_when:
        other = next((f.label(lang) for f in fields if f.code == field.show_when), field.show_when)
        text += f" — {label('only_if', lang, other=other)}"
    return text


def blank_questions(
    db: Database, project_id: str | None, form: str, lang: Lang, *, within: str = ""
) -> Iterator[Flowable]:
    """The project's extra questions of a form, by section: write-in boxes and tick boxes. ``within`` names
    the part of another form they sit in (the household's questions on the intake form)."""
    from cl_desktop.reports.blank_forms import _section, choices, write_in

    fields = [f for f in definitions(db, project_id, form) if not f.retired]
    names = section_names(fields, lang)
    sections: dict[str, list[FieldDef]] = {}
    for f in fields:
        sections.setdefault(names[f.section] or label("project_questions", lang), []).append(f)
    for title, members in sections.items():
        yield _section(f"{within} — {title}" if within else title, lang)
        boxes: list[str] = []
        for f in members:
            question = question_text(f, fields, lang)
            if f.kind in ("text", "number", "date"):
                boxes.append(question)
                continue
            if boxes:
                yield write_in(boxes, lang)
                boxes = []
            if f.kind == "yes_no":
                yield from choices(question, [label("yes", lang), label("no", lang)], lang, columns=4)
            else:
                note = label("tick_all_that_apply", lang) if f.kind == "choices" else ""
                yield from choices(question, [c.label(lang) for c in f.choices], lang, note=note)
        if boxes:
            yield write_in(boxes, lang)

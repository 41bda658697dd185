"""A text that both a screen and a printed report show is translated once, in the reports' catalogue."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cl_desktop.i18n import labels, shared

TS = Path(__file__).resolve().parents[3] / "resources" / "translations"


def messages(lang: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished, non-plural message."""
    out = []
    for context in ET.parse(TS / f"cl_desktop_{lang}.ts").getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if message.get("numerus") or translation is None or translation.get("type"):
                continue
            out.append((name, message.findtext("source") or "", translation.text or ""))
    return out


@pytest.mark.parametrize("lang", ["km", "ru"])
def test_no_text_is_translated_one_way_on_screen_and_another_on_paper(lang: str) -> None:
    differ, shared_texts = [], 0
    for context, source, translation in messages(lang):
        wanted = shared.shared_translation(context, source, lang)
        if wanted is None:
            continue
        shared_texts += 1
        if translation != wanted:
            differ.append(f"{context}: {source!r} is {translation!r} on screen, {wanted!r} on paper")
    assert differ == []
    assert shared_texts >= 50  # "Village", "Withdrawn", "Sex", "Intake date"... all checked, not none


def test_each_exception_is_a_text_the_screens_use() -> None:
    sources = {(c, s) for c, s, _t in messages("ru")}
    for context, source in shared.HOMONYMS:
        assert any(s == source and context in (shared.ANY, c) for c, s in sources), (context, source)
        assert source in labels.EN.values(), source  # else it is not shared and needs no exception


def test_sync_sets_a_drifted_translation_back_to_the_catalogues(tmp_path: Path) -> None:
    ts = tmp_path / "cl_desktop_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU">\n'
        "<context>\n    <name>KoboDialog</name>\n"
        "    <message>\n        <source>Village</source>\n        <translation>Деревня</translation>\n"
        "    </message>\n"
        "    <message>\n        <source>Name</source>\n        <translation>Имя</translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    assert shared.sync_ts(ts, "ru") == 1
    text = ts.read_text(encoding="utf-8")
    assert f"<translation>{labels.label('village', 'ru')}</translation>" in text
    assert "<translation>Имя</translation>" in text  # a homonym keeps its own
    assert shared.sync_ts(ts, "ru") == 0

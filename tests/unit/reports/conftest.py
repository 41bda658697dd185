"""Helpers for the PDF tests: read text back and walk content streams."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from cl_desktop.reports import fonts


@dataclass(frozen=True)
class TextShow:
    """One Tj/TJ operator: which font, at which rise, how many glyph codes."""

    font: str
    rise: float
    glyphs: int


def _base_fonts(resources: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    font_dict = resources.get("/Font") if resources else None
    if font_dict:
        for name, ref in font_dict.items():
            found[str(name)] = str(ref.get_object()["/BaseFont"])
    return found


def _glyph_count(operands: list[Any], op: bytes) -> int:
    if op == b"Tj":
        return len(operands[0])
    return sum(len(item) for item in operands[0] if isinstance(item, str | bytes))


def walk_text_shows(reader: PdfReader, page_index: int) -> list[TextShow]:
    """Every text show of a page's own content, with the rise in force (q/Q aware)."""
    page = reader.pages[page_index]
    names = _base_fonts(page.get("/Resources"))
    content = ContentStream(page.get_contents(), reader)
    shows: list[TextShow] = []
    rise = 0.0
    font = ""
    stack: list[tuple[float, str]] = []
    for operands, op in content.operations:
        if op == b"q":
            stack.append((rise, font))
        elif op == b"Q" and stack:
            rise, font = stack.pop()
        elif op == b"Ts":
            rise = float(operands[0])
        elif op == b"Tf":
            font = names.get(str(operands[0]), str(operands[0]))
        elif op in (b"Tj", b"TJ"):
            shows.append(TextShow(font, rise, _glyph_count(operands, op)))
    return shows


@pytest.fixture(scope="session", autouse=True)
def _report_fonts() -> None:
    fonts.register_fonts()


@pytest.fixture
def text_shows() -> Callable[[PdfReader, int], list[TextShow]]:
    """``walk_text_shows`` as a fixture (test modules cannot import this conftest)."""
    return walk_text_shows


@pytest.fixture
def pdf_pages_text() -> Callable[[Path], list[str]]:
    """Extracted text per page (footers live in form XObjects; pypdf follows them)."""

    def read(path: Path) -> list[str]:
        reader = PdfReader(str(path))
        return [page.extract_text() or "" for page in reader.pages]

    return read

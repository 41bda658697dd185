"""One Alt+letter per control in a window: the mnemonics a translation or a new field made collide are moved.

Translators and form authors pick a letter per text ("&Start date", "ស្ថានភាពសិក្សា (&S)"); put together
in one window, two of them may take the same letter, and Alt+letter then only cycles between them. ``settle``
keeps the letter of the first control that takes it (the dialog's own buttons first, then the others in the
order they were made) and gives each later one a letter still free: another letter of its own text, or,
for a text that names its letter in brackets (Khmer), the first free Latin letter. A text with no free
letter left loses its mnemonic rather than share one.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

_AMP = re.compile(r"(?<!&)&(?!&)")
_BRACKETED = re.compile(r"\s*\(&([^&\s])\)")


def letter(text: str) -> str | None:
    """The mnemonic letter of ``text`` (lower case), or None."""
    found = _AMP.search(text)
    if not found or found.end() >= len(text):
        return None
    return text[found.end()].lower()


def _without(text: str) -> str:
    bracketed = _BRACKETED.search(text)
    if bracketed:
        return text[: bracketed.start()] + text[bracketed.end() :]
    return _AMP.sub("", text, count=1)


def _moved(text: str, used: set[str]) -> str:
    """``text`` with its mnemonic on a letter not in ``used`` (or without one)."""
    bracketed = _BRACKETED.search(text)
    if bracketed:
        free = next((c for c in string.ascii_lowercase if c not in used), None)
        if free is None:
            return _without(text)
        return text[: bracketed.start(1)] + free.upper() + text[bracketed.end(1) :]
    plain = _AMP.sub("", text, count=1)
    for i, ch in enumerate(plain):
        if ch.lower() != ch.upper() and ch.lower() not in used:  # a cased letter: Latin, Cyrillic
            return plain[:i] + "&" + plain[i:]
    return plain


def _controls(
    window: QWidget, first: Iterable[QWidget]
) -> list[tuple[QWidget, Callable[[], str], Callable[[str], None]]]:
    leading = list(first)
    ordered = [*leading, *(w for w in window.findChildren(QWidget) if w not in leading)]
    out: list[tuple[QWidget, Callable[[], str], Callable[[str], None]]] = []
    for w in ordered:
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            out.append((w, w.text, w.setText))
        elif isinstance(w, QGroupBox) and w.isCheckable():
            out.append((w, w.title, w.setTitle))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out.append((w, partial(w.tabText, i), partial(w.setTabText, i)))
    return out


def settle(window: QWidget, first: Iterable[QWidget] = ()) -> int:
    """Give every control of ``window`` its own mnemonic (``first`` keep theirs); returns how many moved."""
    used: set[str] = set()
    moved = 0
    for _widget, get, put in _controls(window, list(first)):
        text = get()
        taken = letter(text)
        if taken is None:
            continue
        if taken not in used:
            used.add(taken)
            continue
        new = _moved(text, used)
        put(new)
        moved += 1
        now = letter(new)
        if now is not None:
            used.add(now)
    return moved


__all__ = ["letter", "settle"]

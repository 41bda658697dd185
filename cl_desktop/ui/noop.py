"""Qt's translation marker with a type: PySide6 declares ``QT_TRANSLATE_NOOP`` as returning ``object``.

lupdate finds the marked texts by the call's name, whichever module it comes from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, which lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged (translated where shown)."""
    return text

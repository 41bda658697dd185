"""No user-visible text in the GUI code outside the translation system.

Scans ``cl_desktop/ui`` for string literals (and f-strings) handed to the calls that
put text on screen — ``setText``, ``setWindowTitle``, ``QLabel(...)``, ``addTab``,
``QMessageBox.warning`` ... — that are not wrapped in ``tr()``/``translate()``.
Text without words (punctuation, numbers, placeholders only) and proper names of
the languages themselves pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "cl_desktop" / "ui"

# method name -> which positional arguments are shown to the user
METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setFormat": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setTabText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addRow": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "setItemText": (1,),
    "showMessage": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setButtonText": (1,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getOpenFileName": (1,),
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
}
# constructors whose first argument is shown
CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "QMenu",
    "QCommandLinkButton",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QTreeWidgetItem",
}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_tr", "tr_"}
# Not words of any language: the product name, the headquarters office code, language names in their own script.
ALLOWED = {"CL Desktop", "HQ", "English"}  # the languages' own names come from i18n.languages
WORD = re.compile(r"[^\W\d_]{2,}")
# Placeholders, HTML markup and entities, key names in shortcuts: none of them is read as a word.
NOT_WORDS = re.compile(r"\{[^}]*\}|%\d|%n|<[^>]*>|&\w+;|&(?=\w)|\b(?:Ctrl|Alt|Shift|Esc|F\d+)\b")


def _is_wordless(text: str) -> bool:
    return not WORD.search(NOT_WORDS.sub("", text))


def _literal_text(node: ast.AST) -> str | None:
    """The visible text of a literal or f-string argument (None when it is not a literal)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        if left is None and right is None:
            return None
        return (left or "") + " " + (right or "")
    if isinstance(node, ast.IfExp):
        texts = [t for t in (_literal_text(node.body), _literal_text(node.orelse)) if t is not None]
        return " ".join(texts) if texts else None
    if isinstance(node, ast.List | ast.Tuple):
        texts = [t for t in (_literal_text(e) for e in node.elts) if t is not None]
        return " ".join(texts) if texts else None
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(source: str, filename: str = "<ui>") -> list[tuple[int, str]]:
    """(line, text) of every visible literal not passed through the translation functions."""
    hits: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TRANSLATORS:
            continue
        positions: tuple[int, ...] = ()
        if name in METHODS:
            positions = METHODS[name]
        elif name in CONSTRUCTORS:
            positions = (0,)
        args = [node.args[i] for i in positions if i < len(node.args)]
        args += [kw.value for kw in node.keywords if kw.arg in ("text", "title", "windowTitle", "toolTip")]
        for arg in args:
            text = _literal_text(arg)
            if text is None or text.strip() in ALLOWED or _is_wordless(text):
                continue
            hits.append((arg.lineno, text))
    return hits


def tr_in_fstrings(source: str, filename: str = "<ui>") -> list[int]:
    """Lines where tr() sits inside an f-string: lupdate does not look there, so the text is never translated."""
    lines = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.FormattedValue):
            for inner in ast.walk(node.value):
                if isinstance(inner, ast.Call) and _name(inner.func) in TRANSLATORS:
                    lines.append(inner.lineno)
    return lines


def test_no_tr_inside_fstrings() -> None:
    assert tr_in_fstrings("x = f\"{n} {self.tr('members')}\"\ny = self.tr('{n} members').format(n=n)\n") == [1]
    found = [
        f"{path.relative_to(UI.parent.parent)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in tr_in_fstrings(path.read_text(encoding="utf-8"), str(path))
    ]
    assert not found, "tr() inside an f-string (put a {placeholder} in the translated text):\n" + "\n".join(found)


def test_the_scanner_finds_literals_and_lets_tr_pass() -> None:
    source = (
        "label.setText('Save the record')\n"
        "label.setText(self.tr('Save the record'))\n"
        "QLabel(f'{n} children')\n"
        "box.addTab(page, 'Users')\n"
        "QMessageBox.warning(self, APP_NAME, 'Not saved')\n"
        "label.setText('—')\n"
        "label.setText(f'{a} – {b}')\n"
        "QPushButton(QCoreApplication.translate('x', 'OK'))\n"
    )
    assert [line for line, _ in untranslated(source)] == [1, 3, 4, 5]


def test_no_user_visible_literal_outside_tr() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for line, text in untranslated(path.read_text(encoding="utf-8"), str(path)):
            found.append(f"{path.relative_to(UI.parent.parent)}:{line}: {text!r}")
    assert not found, "untranslated text on screen:\n" + "\n".join(found)

"""The core never imports Qt: only cl_desktop/ui/ and the entry point may."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "cl_desktop"
ALLOWED = {"ui", "__main__.py", "app.py", "main.py"}


def qt_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] in ("PySide6", "shiboken6") for a in node.names):
            lines.append(node.lineno)
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("PySide6", "shiboken6"):
            lines.append(node.lineno)
    return lines


def test_no_module_outside_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in ALLOWED:
            continue
        offenders += [f"{rel}:{line}" for line in qt_imports(path)]
    assert offenders == []


def test_the_check_itself_catches_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport PySide6.QtWidgets\n")
    assert qt_imports(bad) == [1, 2]


def test_views_hold_no_sql() -> None:
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM")
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {k.strip()}" for k in keywords if k in text]
    assert offenders == []


def imported_modules(path: Path, package: tuple[str, ...] | None = None) -> list[tuple[int, str]]:
    """(line, module) of every import in a file, inside functions too; relative ones resolved
    against ``package`` (by default the file's own package under cl_desktop/)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if package is None:
        package = ("cl_desktop", *path.relative_to(PACKAGE).parent.parts)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            # "from cl_desktop import figures" imports the package figures
            found += [(node.lineno, f"{module}.{a.name}" if module == "cl_desktop" else module) for a in node.names]
    return sorted(found)


ABOVE_STORE = (
    "services", "figures", "sync", "reports", "ui", "tabular", "commands", "demo", "bench", "security", "exchange",
)


def test_store_and_its_migrations_import_nothing_above_them() -> None:
    """A released migration must do the same thing next year: it may not call the code above the store."""
    offenders = []
    for path in (PACKAGE / "store").rglob("*.py"):
        for line, module in imported_modules(path):
            parts = module.split(".")
            if parts[0] == "cl_desktop" and len(parts) > 1 and parts[1] in ABOVE_STORE:
                offenders.append(f"store/{path.relative_to(PACKAGE / 'store')}:{line} imports {module}")
    assert offenders == []


def test_the_import_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    bad = tmp_path / "migrations_bad.py"
    bad.write_text(
        "def f():\n    from cl_desktop.figures.outcomes import rebuild_summary\n"
        "from cl_desktop import services\nfrom ..sync import engine\nfrom . import schema\n"
    )
    assert imported_modules(bad, ("cl_desktop", "store")) == [
        (2, "cl_desktop.figures.outcomes"),
        (3, "cl_desktop.services"),
        (4, "cl_desktop.sync"),
        (5, "cl_desktop.store"),
    ]

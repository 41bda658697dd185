"""Layers: the core never imports Qt (only cl_desktop/ui/ and the entry point may), views hold no
SQL, the store and its migrations import nothing above them, and every package imports only the
layers below it, with no cycle between packages."""

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
    "services",
    "figures",
    "sync",
    "reports",
    "ui",
    "tabular",
    "commands",
    "demo",
    "bench",
    "security",
    "exchange",
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


# The packages (and top-level modules) from the bottom up: each may import those in the layers below
# it, never one beside or above it. The screens and the CLI drive the services; the services the
# sync engine and the figures; everything derived from the records lives in figures, over the store.
# tabular and exchange turn spreadsheets and other systems' files into service calls (every row is
# validated by the services), so they sit above the services, with demo, which registers through them.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cl_desktop", "errors"),  # the package's own name and version, the errors every layer raises
    ("ids", "paths", "atomic", "resources"),  # low-level helpers
    ("domain", "i18n"),  # rules and words, no storage
    ("store",),
    ("security",),  # roles, passwords, keys at rest, backups: over the store, under everything else
    ("figures",),
    ("sync", "reports"),
    ("services",),
    ("tabular",),
    ("exchange", "demo"),
    ("ui",),
    ("commands", "bench"),  # the CLI (cli.py and __main__.py belong to it) and the benchmarks
)
# Modules at the top of cl_desktop/ that belong to a package's layer.
PART_OF = {"__init__": "cl_desktop", "cli": "commands", "__main__": "commands"}


def unit_of(name: str) -> str:
    """The package or top-level module ``name`` (a part of ``cl_desktop.``) belongs to."""
    name = PART_OF.get(name, name)
    return name if (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").exists() else "cl_desktop"


def package_imports(root: Path = PACKAGE) -> dict[tuple[str, str], list[str]]:
    """(importer, imported) between different packages, with where each import is."""
    edges: dict[tuple[str, str], list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        source = unit_of(rel.parts[0] if len(rel.parts) > 1 else rel.stem)
        for line, module in imported_modules(path, ("cl_desktop", *rel.parent.parts)):
            parts = module.split(".")
            if parts[0] != "cl_desktop":
                continue
            target = unit_of(parts[1]) if len(parts) > 1 else "cl_desktop"
            if target != source:
                edges.setdefault((source, target), []).append(f"{rel}:{line}")
    return edges


def cycles(edges: set[tuple[str, str]]) -> list[list[str]]:
    """Every strongly connected group of more than one package (Tarjan), each sorted."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_every_package_has_a_layer() -> None:
    placed = [name for layer in LAYERS for name in layer]
    assert len(placed) == len(set(placed))
    present = {unit_of(p.stem if p.is_file() else p.name) for p in PACKAGE.iterdir() if p.suffix == ".py" or p.is_dir()}
    present -= {"__pycache__"}
    assert sorted(present - set(placed)) == [], "place the new package in LAYERS"


def test_every_package_imports_only_the_layers_below_it() -> None:
    rank = {name: level for level, layer in enumerate(LAYERS) for name in layer}
    offenders = [
        f"{a} imports {b} ({', '.join(where[:3])})"
        for (a, b), where in sorted(package_imports().items())
        if rank[a] <= rank[b]
    ]
    assert offenders == []


def test_no_cycle_between_packages() -> None:
    assert cycles(set(package_imports())) == []


def test_the_checks_find_an_upward_import_and_a_cycle(tmp_path: Path) -> None:
    root = tmp_path / "cl_desktop"
    for name, text in {
        "store/database.py": "from cl_desktop.services.children import Children\n",
        "services/children.py": "def f():\n    from ..sync import engine\n",
        "sync/engine.py": "from cl_desktop import store\n",
        "figures/outcomes.py": "from cl_desktop.store import database\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    edges = package_imports(root)
    assert sorted(edges) == [
        ("figures", "store"),
        ("services", "sync"),
        ("store", "services"),
        ("sync", "store"),
    ]
    assert edges[("services", "sync")] == ["services/children.py:2"]
    assert cycles(set(edges)) == [["services", "store", "sync"]]
    assert cycles({("a", "b"), ("b", "c")}) == []


# The self-test drives the bundle container itself, on keys and files of its own: a diagnostic of the
# component, not a way to reach a database's sync.
SYNC_THROUGH_SERVICES_EXCEPT = {"commands/selftest.py"}


def test_screens_and_commands_reach_sync_only_through_services() -> None:
    """The role layer (services/sync.py) decides who may sync; screens and commands hold no checks of their own."""
    offenders = []
    for folder in ("ui", "commands"):
        for path in (PACKAGE / folder).rglob("*.py"):
            rel = str(path.relative_to(PACKAGE))
            if rel in SYNC_THROUGH_SERVICES_EXCEPT:
                continue
            for line, module in imported_modules(path):
                if module == "cl_desktop.sync" or module.startswith("cl_desktop.sync."):
                    offenders.append(f"{rel}:{line} imports {module}")
    for rel in ("ui/pages/sync.py", "commands/sync.py"):
        text = (PACKAGE / rel).read_text(encoding="utf-8")
        if ".require(" in text or "import_permission" in text:
            offenders.append(f"{rel} checks roles itself")
    assert offenders == []

"""The layering rules of architecture.md, checked on the source tree.

Every rule names the folders it checks; a folder that is missing or renamed fails the test
instead of letting it pass with nothing to look at.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FOLDERS = (
    "db",
    "db/store",
    "db/safety",
    "db/search",
    "db/features",
    "desktop",
    "desktop/ui",
    "desktop/briefing",
    "desktop/ingest",
    "desktop/compare",
    "desktop/commands",
)
FRONT_DOORS = {"db", "db.search"}
"""All that desktop/ may import of the store: db/__init__.py and db/search/__init__.py."""


def sources(folder: str) -> list[Path]:
    """The folder's Python files; fails if it is gone (so no rule passes vacuously)."""
    found = sorted((ROOT / folder).rglob("*.py"))
    assert found, f"{folder}/ is missing or holds no Python: update the architecture rules"
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(nodes: list[ast.stmt], top_level: bool) -> list[ast.Import | ast.ImportFrom]:
    """Import statements; with ``top_level``, only those run when the module is imported
    (not inside functions or classes, not under ``if TYPE_CHECKING``)."""
    if not top_level:
        return [
            n
            for tree in nodes
            for n in ast.walk(tree)
            if isinstance(n, ast.Import | ast.ImportFrom)
        ]
    found: list[ast.Import | ast.ImportFrom] = []
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            found += _imports(node.body, True) + _imports(node.orelse, True)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                found += _imports(block, True)
    return found


def imported(path: Path, top_level: bool = False) -> set[str]:
    """Full names of the modules ``path`` imports (``from a.b import c`` gives ``a.b.c`` when
    that is a module of ours, else ``a.b``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in _imports(tree.body, top_level):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                below = ROOT / full.replace(".", "/")
                is_module = below.with_suffix(".py").exists() or (below / "__init__.py").exists()
                names.add(full if is_module else node.module)
    return names


def top(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_checked_folder_exists(folder: str) -> None:
    sources(folder)


def test_import_graph_of_db_and_desktop_is_acyclic() -> None:
    graph = {
        module_name(path): {
            name
            for name in imported(path, top_level=True)
            if name.split(".")[0] in ("db", "desktop")
        }
        for folder in ("db", "desktop")
        for path in sources(folder)
    }
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                cycle = [*trail[trail.index(target) :], target]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if target in graph and not state.get(target):
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(graph):
        if not state.get(module):
            visit(module, [module])


def test_desktop_imports_only_the_front_door_of_the_store() -> None:
    for path in sources("desktop"):
        store = {name for name in imported(path) if top({name}) == {"db"}}
        assert store <= FRONT_DOORS, f"{path}: {sorted(store - FRONT_DOORS)}"


def test_db_imports_no_qt_reportlab_or_desktop() -> None:
    for path in sources("db"):
        assert not top(imported(path)) & {"PySide6", "reportlab", "desktop"}, path


def test_search_never_imports_the_catalogue() -> None:
    for path in sources("db/search"):
        assert not imported(path) & {"db.catalog", "db.opener", "db"}, path


@pytest.mark.parametrize(
    "folder", ["desktop/briefing", "desktop/ingest", "desktop/compare", "desktop/commands"]
)
def test_briefing_ingest_compare_and_commands_import_no_qt(folder: str) -> None:
    for path in sources(folder):
        assert "PySide6" not in top(imported(path)), path


def test_qt_only_in_desktop_ui() -> None:
    for folder in ("db", "desktop"):
        for path in sources(folder):
            if "PySide6" in top(imported(path)):
                assert path.is_relative_to(ROOT / "desktop" / "ui"), path


def test_no_sql_outside_db() -> None:
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM)\b")
    for path in sources("desktop"):
        assert not sql.search(path.read_text(encoding="utf-8")), path

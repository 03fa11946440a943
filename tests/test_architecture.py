"""The layering rules of architecture.md, checked on the source tree."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(folder: str) -> dict[Path, set[str]]:
    found = {}
    for path in (ROOT / folder).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[path] = names
    return found


def test_db_imports_no_qt_reportlab_or_desktop() -> None:
    for path, names in imported_modules("db").items():
        assert not names & {"PySide6", "reportlab", "desktop"}, path


def test_briefing_ingest_and_compare_import_no_qt() -> None:
    for folder in ("desktop/briefing", "desktop/ingest", "desktop/compare", "desktop/commands"):
        if (ROOT / folder).exists():
            for path, names in imported_modules(folder).items():
                assert "PySide6" not in names, path


def test_qt_only_in_desktop_ui() -> None:
    for path, names in imported_modules("desktop").items():
        if "PySide6" in names:
            assert "ui" in path.relative_to(ROOT / "desktop").parts, path


def test_no_sql_outside_db() -> None:
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM)\b")
    for path in (ROOT / "desktop").rglob("*.py"):
        assert not sql.search(path.read_text(encoding="utf-8")), path

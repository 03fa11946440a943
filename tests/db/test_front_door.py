"""Catalog's facades over db.features and db.search give what the functions behind them give;
the front door loads each name only when it is used."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

from db import Catalog, MatrixAxis, Side, open_catalog, versions
from db.features.matrix import matrix_counts
from db.search import search
from db.store.schema import MIGRATION_NAMES


def test_search_reindex_versions_and_matrix_match_their_functions(demo: Catalog) -> None:
    assert demo.search("Литва").hits == search(demo, "Литва").hits
    assert demo.reindex() == demo.count()
    assert demo.versions(1) == versions(demo, 1)
    for axis in MatrixAxis:
        assert demo.matrix(axis) == matrix_counts(demo, axis)
    assert demo.schema_version() == MIGRATION_NAMES


def test_merge_and_undo_merge_through_the_catalogue(demo: Catalog) -> None:
    keep, other = demo.get(1), demo.get(2)
    result = demo.merge(keep, other, {"title": Side.RIGHT})
    assert demo.get(2).deleted_at is not None
    assert demo.get(1).title == other.title
    kept, removed = demo.undo_merge(result)
    assert removed.deleted_at is None and kept.title == keep.title


def test_check_export_and_import_through_the_catalogue(demo: Catalog, tmp_path: Path) -> None:
    assert not demo.check().problems
    report = demo.export_file(tmp_path / "all.json")
    assert report.written == demo.count()
    with open_catalog(None) as empty:
        assert empty.import_file(tmp_path / "all.json").added == demo.count()


def test_the_lazy_table_names_what_type_checkers_read() -> None:
    """db/__init__.py loads each name on first use from ``_WHERE``; its imports under
    TYPE_CHECKING, which mypy reads, must say the same, name for name."""
    import ast

    import db

    tree = ast.parse(Path(db.__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If))
    imported = {
        alias.asname or alias.name: (node.module, alias.name)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == db._WHERE
    assert set(imported) == set(db.__all__)
    for name, (module, attribute) in imported.items():
        assert getattr(db, name) is getattr(importlib.import_module(module), attribute), name


def test_importing_the_front_door_loads_nothing_behind_it() -> None:
    """``import db`` costs nothing: a command pays only for the names it uses."""
    code = (
        "import sys, db; from db import Kind; "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('db.'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    loaded = set(done.stdout.split())
    assert "db.store.model" in loaded
    assert not loaded & {"db.catalog", "db.search", "db.features.interchange", "db.opener"}

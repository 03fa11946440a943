"""Catalog's facades over db.features and db.search give what the functions behind them give."""

from __future__ import annotations

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

"""The full check: counts on a healthy catalogue, findings in the search index and foreign
keys, and registered checks of derived structures."""

from __future__ import annotations

from pathlib import Path

from db import open_catalog
from db.safety.check import INDEXES, IndexCheck, check_path, register_index
from db.search import rebuild
from tests.db.safety_helpers import build


def test_search_index_is_checked_against_the_records(tmp_path: Path) -> None:
    path = build(tmp_path / "work.pactum", 30)
    assert check_path(path).ok
    with open_catalog(path) as catalog, catalog.writing() as conn:
        conn.execute("UPDATE agreements SET title = 'changed behind its back' WHERE id = 6")
    problems = check_path(path).problems
    assert problems[0] == "search index: 1 records are indexed with outdated text"
    with open_catalog(path) as catalog, catalog.writing() as conn:
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    problems = check_path(path).problems
    assert "search index: 30 agreements are not indexed" in problems
    with open_catalog(path) as catalog:
        rebuild(catalog)
    assert check_path(path).ok


def test_foreign_key_damage_is_reported(tmp_path: Path) -> None:
    path = build(tmp_path / "work.pactum", 5)
    with open_catalog(path) as catalog:
        catalog.conn.execute("PRAGMA foreign_keys = OFF")
        with catalog.writing() as conn:
            conn.execute("INSERT INTO notes (agreement_id, position, body) VALUES (99, 0, 'x')")
    problems = check_path(path).problems
    assert "notes row 6 points at a missing row of agreements" in problems


def test_a_registered_check_runs_and_a_failing_one_is_a_finding(tmp_path: Path) -> None:
    path = build(tmp_path / "work.pactum", 2)

    def broken(conn):
        return [f"derived: {conn.execute('SELECT count(*) FROM agreements').fetchone()[0]}"]

    register_index(IndexCheck("derived", broken))
    try:
        assert "derived: 2" in check_path(path).problems
    finally:
        del INDEXES["derived"]
    assert check_path(path).ok

"""The index follows every write, survives migration from a catalogue without it, and
can be rebuilt; saved searches live in the catalogue."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import Agreement, Catalog, Kind, Party, open_catalog
from db.features.interchange import export_records, import_data
from db.search import (
    delete_saved_search,
    reindex,
    save_search,
    saved_searches,
    search,
)
from db.search.index import fingerprint
from db.search.normalise import forms, lemmas, normalise, words
from db.store import schema
from db.store.codec import encode
from db.store.model import CONTENT_FIELDS
from db.store.progress import Cancelled
from resources import DEMO_CATALOGUE, resource_path

LITHUANIA = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01"


def index_rows(catalog: Catalog) -> list[tuple]:
    """Every (term, record, column, position) the index holds: its whole content."""
    catalog.conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
        "USING fts5vocab(main, search_index, instance)"
    )
    return catalog.conn.execute(
        "SELECT term, doc, col, offset FROM temp.search_vocab ORDER BY doc, col, offset, term"
    ).fetchall()


def rebuilt(catalog: Catalog) -> list[tuple]:
    with catalog.writing() as conn:
        reindex(conn)
    return index_rows(catalog)


def found(catalog: Catalog, query: str) -> list[str]:
    return [h.row.uuid for h in search(catalog, query).hits]


def test_normalise_keeps_words_in_order_then_every_other_form() -> None:
    assert lemmas("Литвою") == ("литва",)
    assert "київ" in lemmas("Києві")
    assert forms("обʼєкт".replace("ʼ", "'"))[0] == "обєкт"
    text = normalise("Шмигаль з Литвою, drones")
    assert text.split()[:4] == ["шмигаль", "з", "литвою", "drones"]
    assert {"литва", "lytva", "shmyhal", "drone"} <= set(text.split())
    assert words("Об’єкт ОБʼЄКТ") == ["об'єкт", "об'єкт"]


def test_update_reindexes_in_the_same_transaction(demo: Catalog) -> None:
    stored = demo.get(LITHUANIA)
    demo.update(dataclasses.replace(stored, title="Меморандум про кібербезпеку"))
    assert found(demo, "кібербезпеки") == [LITHUANIA]
    assert LITHUANIA not in found(demo, '"спільного виробництва оборонної продукції"')


def test_edits_remove_exactly_the_old_words(demo: Catalog) -> None:
    for n, subjects in enumerate((("Drones", "ҐРУНТ"), ("drones",), ())):
        stored = demo.get(LITHUANIA)
        demo.update(
            dataclasses.replace(
                stored, subjects=subjects, summary=f"Версія {n}", notes=(f"обʼєкт {n}",)
            )
        )
    after_edits = index_rows(demo)
    assert after_edits == rebuilt(demo)
    assert found(demo, "Версія") == [LITHUANIA] and found(demo, "розбудова") == []


def test_a_failed_write_leaves_the_index_as_it_was(demo: Catalog) -> None:
    before = index_rows(demo)
    stored = demo.get(LITHUANIA)
    with pytest.raises(RuntimeError), demo.writing() as conn:
        from db.store import records

        records.update_row(conn, stored.id, dataclasses.replace(stored, title="Зовсім інше"))
        raise RuntimeError("interrupted")
    assert index_rows(demo) == before


def test_delete_and_restore_keep_search_in_step(demo: Catalog) -> None:
    demo.delete(LITHUANIA)
    assert found(demo, "Литва") == []
    demo.restore(LITHUANIA)
    assert found(demo, "Литва") == [LITHUANIA]


def test_a_row_deleted_outright_never_lends_its_words_to_a_new_one(demo: Catalog) -> None:
    sweden = demo.get("6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03")
    with demo.writing() as conn:
        conn.execute("DELETE FROM agreements WHERE id = ?", (sweden.id,))
    assert found(demo, "Йонсон") == []
    new = demo.add(
        Agreement("Угода з Японією", Kind.AGREEMENT, (Party.state("UA"), Party.state("JP")))
    )
    assert new.id == sweden.id  # SQLite reused the id: the old words must be gone
    assert found(demo, "Йонсон") == [] and found(demo, "Японія") == [new.uuid]
    assert index_rows(demo) == rebuilt(demo)


def exported(catalog: Catalog) -> list[dict]:
    return [encode(a, ("uuid", *CONTENT_FIELDS)) for a in export_records(catalog)]


def test_import_indexes_and_matches_a_full_rebuild(demo: Catalog) -> None:
    records = exported(demo)
    with open_catalog(None) as other:
        import_data(
            other, {"format": "pactum-catalogue", "format_version": 1, "agreements": records}
        )
        assert found(other, "Литвою") == [LITHUANIA]
        assert index_rows(other) == rebuilt(other)


def test_replacing_import_reindexes(demo: Catalog) -> None:
    records = exported(demo)
    records[0] = {**records[0], "title": "Протокол про розмінування"}
    import_data(
        demo,
        {"format": "pactum-catalogue", "format_version": 1, "agreements": records},
        replace=True,
    )
    assert found(demo, "розмінування") == [LITHUANIA]


def test_reindex_reports_progress_and_cancels_cleanly(demo: Catalog) -> None:
    seen = []
    before = index_rows(demo)

    class Stop:
        def set(self, done: int, total: int) -> None:
            seen.append((done, total))

        def cancelled(self) -> bool:
            return len(seen) > 1

    with pytest.raises(Cancelled), demo.writing() as conn:
        reindex(conn, Stop(), chunk=1)
    assert seen[:2] == [(0, 3), (1, 3)]
    assert index_rows(demo) == before


def test_migration_2_indexes_a_catalogue_made_by_migration_1(tmp_path: Path) -> None:
    path = tmp_path / "old.pactum"
    with open_catalog(path, create=True) as catalog:
        from db.features.interchange import import_file

        import_file(catalog, resource_path(*DEMO_CATALOGUE))
    # Take it back to what the first release made: migration 1 only, no search tables.
    db = Database(sqlite3.connect(path))
    db.conn.execute("DROP TRIGGER agreements_search_orphan")
    for name in ("search_index", "search_names", "search_state", "saved_searches"):
        db.conn.execute(f"DROP TABLE {name}")
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_search_index'")
    db.conn.commit()
    db.close()

    with open_catalog(path) as catalog:
        assert "m002_search_index" in schema.MIGRATION_NAMES
        assert found(catalog, "Литвою") == [LITHUANIA]
        assert len({doc for _, doc, _, _ in index_rows(catalog)}) == 3


def test_an_index_made_by_other_libraries_is_rebuilt_on_open(demo_file: Path) -> None:
    with open_catalog(demo_file) as catalog, catalog.writing() as conn:
        conn.execute("UPDATE search_state SET value = 'older' WHERE key = 'normaliser'")
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    with open_catalog(demo_file) as catalog:
        assert found(catalog, "Литвою") == [LITHUANIA]
        state = catalog.conn.execute(
            "SELECT value FROM search_state WHERE key = 'normaliser'"
        ).fetchone()
        assert state[0] == fingerprint()


def test_the_file_stays_readable_by_plain_sqlite(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    rows = conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH 'литва'"
    ).fetchall()
    assert rows == [(1,)]
    conn.close()


def test_saved_searches(demo: Catalog) -> None:
    first = save_search(demo, "Lithuania", "partner:LT kind:loi")
    save_search(demo, "drones by date", "безпілотник", sort="date")
    assert [s.name for s in saved_searches(demo)] == ["drones by date", "Lithuania"]
    again = save_search(demo, "lithuania", "Литва")
    assert again.id == first.id and again.query == "Литва"
    assert delete_saved_search(demo, first.id)
    assert not delete_saved_search(demo, "no such")
    assert [s.name for s in saved_searches(demo)] == ["drones by date"]

"""Subjects as concepts: m006 converts an older catalogue's subjects to concept ids."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database, Migrations

from db import Filters, open_catalog
from db.store import schema
from db.store.thesaurus import thesaurus


def _catalogue_before_concepts(path) -> None:
    """A catalogue as the release before m006 made it, with subjects typed as labels."""
    before = Migrations(schema.MIGRATION_SET)
    for name in schema.MIGRATION_NAMES[: schema.MIGRATION_NAMES.index("m006_subject_concepts")]:
        before(name=name)(schema.MIGRATION_FUNCTIONS[name])
    db = Database(sqlite3.connect(path))
    before.apply(db)
    for n in (1, 2):
        db.conn.execute(
            "INSERT INTO agreements (uuid, kind, title, status, created_at, updated_at) "
            f"VALUES ('u-{n}', 'treaty', 'Treaty {n}', 'signed', '2025-01-01', '2025-01-01')"
        )
    db.conn.executemany(
        "INSERT INTO subjects (id, name) VALUES (?, ?)",
        [(1, "UAV"), (2, "дрони"), (3, "bee keeping"), (4, "ППО"), (5, "drones")],
    )
    db.conn.executemany(
        "INSERT INTO agreement_subjects (agreement_id, subject_id, position) VALUES (?, ?, ?)",
        [(1, 3, 0), (1, 1, 1), (1, 2, 2), (2, 2, 0), (2, 4, 1), (2, 5, 2)],
    )
    db.conn.commit()
    db.close()


def test_opening_an_older_catalogue_turns_its_subject_labels_into_concept_ids(tmp_path) -> None:
    path = tmp_path / "old.pactum"
    _catalogue_before_concepts(path)
    with open_catalog(path) as catalog:
        assert catalog.get("u-1").subjects == ("bee keeping", "drones")
        assert catalog.get("u-2").subjects == ("drones", "air defence")
        assert catalog.subjects() == ["air defence", "bee keeping", "drones"]
        assert catalog.count(Filters(subjects=("БпЛА",))) == 2
        setting = catalog.conn.execute(
            "SELECT value FROM catalog_settings WHERE key = 'thesaurus_version'"
        ).fetchone()
        assert setting == (str(thesaurus().version),)
        title = catalog.get("u-1").title_translation
    assert title == ""
    with open_catalog(path) as catalog:  # mapped once: the next open changes nothing
        assert catalog.get("u-1").subjects == ("bee keeping", "drones")


def test_a_local_subject_is_mapped_to_a_concept_on_every_record_with_history(catalog) -> None:
    from db import Agreement, Kind, Party, map_subject

    pair = (Party.state("UA"), Party.state("LT"))
    first = catalog.add(Agreement("A", Kind.AGREEMENT, pair, subjects=("бджоли", "UAV")))
    second = catalog.add(Agreement("B", Kind.AGREEMENT, pair, subjects=("Бджоли",)))
    catalog.delete(second.id)
    other = catalog.add(Agreement("C", Kind.AGREEMENT, pair, subjects=("ґрунт",)))
    assert map_subject(catalog, "бджоли", "безпілотники") == 2
    assert catalog.get(first.id).subjects == ("drones",)  # once, where it came first
    assert catalog.get(second.id).subjects == ("drones",)
    assert catalog.get(other.id).subjects == ("ґрунт",)
    assert [c.field for c in catalog.history(first.id)][-1] == "subjects"
    with pytest.raises(ValueError, match="no concept"):
        map_subject(catalog, "ґрунт", "soil")
    assert catalog.get(other.id).version == 1

"""Numbered migrations: a catalogue made by migration 1 opens in a version with more."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

from db import Filters, open_catalog
from db.store import schema


def test_every_migration_is_recorded(tmp_path) -> None:
    with open_catalog(tmp_path / "c.pactum", create=True) as catalog:
        applied = [
            r[0]
            for r in catalog.conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'pactum' ORDER BY id"
            )
        ]
    assert applied == schema.MIGRATION_NAMES
    assert applied[0] == "m001_agreements"


def test_catalogue_made_by_migration_1_opens_after_a_later_one(tmp_path, monkeypatch) -> None:
    path = tmp_path / "old.pactum"
    # A catalogue exactly as the first release made it: migration 1 only, with data.
    first = Migrations(schema.MIGRATION_SET)
    first(name="m001_agreements")(schema.m001_agreements)
    db = Database(sqlite3.connect(path))
    first.apply(db)
    db.conn.execute(
        "INSERT INTO agreements (uuid, kind, title, signed_on, signed_precision, status, "
        "created_at, updated_at) VALUES ('u-1', 'treaty', 'Old treaty', '1997-05', 'month', "
        "'in_force', '1997-06-01', '1997-06-01')"
    )
    db.conn.execute(
        "INSERT INTO parties (agreement_id, position, country_code, party_key) "
        "VALUES (1, 0, 'UA', 'UA'), (1, 1, 'PL', 'PL')"
    )
    db.conn.commit()
    db.close()

    # A later version adds a migration (on top of whatever the current set holds).
    later = Migrations(schema.MIGRATION_SET)
    for name in schema.MIGRATION_NAMES:
        later(name=name)(schema.MIGRATION_FUNCTIONS[name])

    @later(name="m900_add_ratified_on")
    def m900_add_ratified_on(db: Database) -> None:
        db["agreements"].add_column("ratified_on", str)

    monkeypatch.setattr(schema, "migrations", later)
    monkeypatch.setattr("db.opener.migrations", later)
    monkeypatch.setattr(
        schema, "MIGRATION_NAMES", [*schema.MIGRATION_NAMES, "m900_add_ratified_on"]
    )
    monkeypatch.setattr("db.safety.opening.MIGRATION_NAMES", schema.MIGRATION_NAMES)

    with open_catalog(path) as catalog:
        columns = [r[1] for r in catalog.conn.execute("PRAGMA table_info(agreements)")]
        assert "ratified_on" in columns
        old = catalog.get("u-1")
        assert old.title == "Old treaty" and str(old.signed_on) == "1997-05"
        assert [r.id for r in catalog.list(Filters(partners=("PL",)))] == [old.id]

"""Migration m008: what exchanging changes between workstations keeps in the catalogue.

Imported by ``db.store.schema`` at its end (see ``db.store.migrations``) and registered in
``db.store.migration_registry``. The SQL is
frozen here like every shipped migration: identity, the base snapshot the next package is
diffed against, the packages made and applied, and the conflicts waiting for a person.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.store.migration_registry import migration


@migration("m008_exchange")
def m008_exchange(db: Database) -> None:
    """Tables of ``db.features.exchange``; a catalogue gets its identity here, once."""
    for statement in _M008.split(";\n\n"):
        if statement.strip():
            db.execute(statement)


_M008 = """
CREATE TABLE exchange_identity (
    -- Who this copy is: 'catalogue_id' (shared by every copy made with `changes clone`),
    -- 'site_id' (this workstation's copy alone) and 'mac_key' (signs packages; never
    -- written into one, so only a copy of this catalogue can make a package it accepts).
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

INSERT INTO exchange_identity (key, value) VALUES
    ('catalogue_id', lower(hex(randomblob(16)))),
    ('site_id', lower(hex(randomblob(16)))),
    ('mac_key', lower(hex(randomblob(32))));

CREATE TABLE exchange_base (
    -- Each record as this workstation last exchanged it: the next package holds what
    -- differs from here (each exchanged field as canonical JSON).
    uuid           TEXT PRIMARY KEY,
    local_version  INTEGER NOT NULL,       -- agreements.version then (0: look again)
    fields         TEXT NOT NULL           -- JSON object: field -> canonical JSON value
) WITHOUT ROWID;

CREATE TABLE exchange_packages (
    -- Every package made here or applied here, in the order this catalogue took them;
    -- later packages carry them on, so a change reaches every copy, and applies once.
    seq            INTEGER PRIMARY KEY,
    package_id     TEXT NOT NULL UNIQUE,
    site_id        TEXT NOT NULL,          -- the workstation that made it
    made_by        TEXT NOT NULL DEFAULT '',
    made_at        TEXT NOT NULL,
    taken_at       TEXT NOT NULL,          -- when this catalogue made or applied it
    manifest       TEXT NOT NULL,          -- JSON, as in the package
    changeset      BLOB NOT NULL,          -- SQLite session changeset of the travel table
    mac            TEXT NOT NULL           -- HMAC-SHA256 of manifest and changeset
);

CREATE TABLE exchange_conflicts (
    -- A field changed here and in another copy: nothing is overwritten until a person
    -- chooses (values as canonical JSON; 'deleted' is the trash state).
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL,
    field          TEXT NOT NULL,
    base           TEXT,                   -- the value both started from (NULL: unknown)
    mine           TEXT,
    theirs         TEXT,
    from_site      TEXT NOT NULL,
    from_user      TEXT NOT NULL DEFAULT '',
    package_id     TEXT NOT NULL,
    found_at       TEXT NOT NULL,
    UNIQUE (uuid, field)
)
"""

"""The catalogue's schema, as numbered migrations applied on open.

Tables are written as plain SQL with comments because ``sqlite3 catalogue.db .schema``
prints them back verbatim: the file documents itself for anyone reading it with the
sqlite3 shell, sqlite-utils or Datasette. Never edit a migration that has shipped;
add the next number instead. A migration holds its SQL frozen and calls no live code
(``db.search`` included), so changing another module never changes a shipped migration.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

# Re-exported: importing them from here also registers every later migration (below).
from db.store.migration_registry import MIGRATION_FUNCTIONS as MIGRATION_FUNCTIONS
from db.store.migration_registry import MIGRATION_NAMES as MIGRATION_NAMES
from db.store.migration_registry import MIGRATION_SET as MIGRATION_SET
from db.store.migration_registry import migration as migration
from db.store.migration_registry import migrations as migrations

APPLICATION_ID = 0x5043544D
"""``PRAGMA application_id`` of a Pactum catalogue ("PCTM"), so `file` and we can tell."""


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """This catalogue's applied migrations, oldest first: its schema version, as Help › About
    and support questions need it (a catalogue opened by a newer Pactum has more)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            (MIGRATION_SET,),
        )
    ]


@migration("m001_agreements")
def m001_agreements(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _M001.split(";\n\n"):
        if statement.strip():
            db.execute(statement)


@migration("m002_search_index")
def m002_search_index(db: Database) -> None:
    """The search index, its name vocabulary and saved searches. The index is filled on
    open, straight after the migrations, by db.search.index.ensure_current: this table has
    no 'normaliser' row yet, so every record is indexed then (derived data, not schema)."""
    for statement in _M002.split(";\n\n"):
        if statement.strip():
            db.execute(statement)


_M001 = """
CREATE TABLE catalog_settings (
    -- Settings that belong to this catalogue, not to one user's window.
    key   TEXT PRIMARY KEY,   -- e.g. 'home_party'
    value TEXT NOT NULL
);

CREATE TABLE agreements (
    -- One catalogued document: letter of intent, agreement, memorandum, declaration...
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,    -- stable across export and import
    kind             TEXT NOT NULL CHECK (kind IN ('letter_of_intent', 'agreement',
                         'memorandum', 'joint_declaration', 'protocol', 'contract',
                         'treaty', 'other')),
    title            TEXT NOT NULL CHECK (trim(title) <> ''),
    signed_on        TEXT,                    -- ISO 8601, as known: 2025, 2025-08, 2025-08-25
    signed_precision TEXT CHECK (signed_precision IN ('year', 'month', 'day')),
    place            TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('announced', 'signed', 'ratified',
                         'in_force', 'expired', 'terminated', 'superseded')),
    version          INTEGER NOT NULL DEFAULT 1, -- +1 on every change; writers quote it back
    created_at       TEXT NOT NULL,           -- UTC, ISO 8601
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,                    -- set while the record is in the trash
    party_list       TEXT NOT NULL DEFAULT '[]', -- JSON copy of the parties' keys, in order,
    signatory_list   TEXT NOT NULL DEFAULT '[]', -- and of the signatories' names: kept by the
                                              -- store so listing and sorting need no join
    -- Long texts last, so listing never reads through them (SQLite stores columns in order).
    summary          TEXT NOT NULL DEFAULT '', -- the analyst's words
    full_text        TEXT NOT NULL DEFAULT '', -- the document or the article
    CHECK ((signed_on IS NULL) = (signed_precision IS NULL))
);

CREATE INDEX agreements_signed_on ON agreements (signed_on);

CREATE INDEX agreements_kind ON agreements (kind);

CREATE TABLE parties (
    -- Who is bound: a state by ISO 3166-1 alpha-2 code or an organisation by name.
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,           -- order as listed in the record
    country_code  TEXT CHECK (country_code GLOB '[A-Z][A-Z]'),
    organisation  TEXT,
    party_key     TEXT NOT NULL,              -- the code or the organisation name
    CHECK ((country_code IS NULL) <> (organisation IS NULL)),
    UNIQUE (agreement_id, party_key)
);

CREATE INDEX parties_party_key ON parties (party_key, agreement_id);

CREATE INDEX parties_agreement ON parties (agreement_id, position, party_key);

CREATE TABLE signatories (
    -- The people who signed, in what role, for which party (a parties.party_key).
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT '',
    party_key     TEXT NOT NULL DEFAULT ''
);

CREATE INDEX signatories_agreement ON signatories (agreement_id, position, name);

CREATE TABLE subjects (
    -- The shared vocabulary of topics, reused across records.
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE agreement_subjects (
    -- Which subjects each agreement concerns, in the record's order.
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    subject_id    INTEGER NOT NULL REFERENCES subjects (id),
    position      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, subject_id)
);

CREATE INDEX agreement_subjects_subject ON agreement_subjects (subject_id, agreement_id);

CREATE TABLE commitments (
    -- Who promises what, how much and until when.
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    party_key     TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL,
    amount        REAL,                       -- e.g. 0.25
    unit          TEXT NOT NULL DEFAULT '',   -- e.g. '% of GDP', 'EUR', 'units'
    until         TEXT                        -- partial ISO date, e.g. 2027
);

CREATE INDEX commitments_agreement ON commitments (agreement_id);

CREATE TABLE sources (
    -- Where the agreement was reported.
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    outlet        TEXT NOT NULL DEFAULT '',   -- outlet or channel
    url           TEXT NOT NULL DEFAULT '',
    published_on  TEXT,                       -- partial ISO date
    quotation     TEXT NOT NULL DEFAULT ''
);

CREATE INDEX sources_agreement ON sources (agreement_id);

CREATE TABLE relations (
    -- "This agreement <kind> that one": implements, amends, supersedes, follows up.
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('implements', 'amends', 'supersedes',
                      'follows_up')),
    target_id     INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    CHECK (target_id <> agreement_id)
);

CREATE INDEX relations_agreement ON relations (agreement_id);

CREATE INDEX relations_target ON relations (target_id);

CREATE TABLE notes (
    -- The analyst's free-text notes on an agreement.
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    body          TEXT NOT NULL
);

CREATE INDEX notes_agreement ON notes (agreement_id);

CREATE TABLE history (
    -- Every change of every field: who, when, the value before and after (JSON).
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,           -- the record's version after the change
    action        TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted',
                      'restored', 'imported', 'merged')),
    field         TEXT NOT NULL,              -- a field name, or '' for the whole record
    old_value     TEXT,                       -- JSON, NULL when there was none
    new_value     TEXT,                       -- JSON, NULL when there is none
    changed_at    TEXT NOT NULL,              -- UTC, ISO 8601
    changed_by    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX history_agreement ON history (agreement_id, id)
"""


_M002 = """
CREATE VIRTUAL TABLE search_index USING fts5(
    title, parties, people, subjects, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_index (search_index, rank)
VALUES ('rank', 'bm25(10.0, 6.0, 4.0, 4.0, 1.0)');

CREATE TABLE search_names (
    -- Latin spellings of people's and organisations' names, for fuzzy matching of queries.
    term  TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE search_state (
    -- What the index was built with ('normaliser': library versions), and ids of records
    -- deleted outright whose words the contentless index still holds ('orphan:<id>').
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TRIGGER agreements_search_orphan AFTER DELETE ON agreements BEGIN
    INSERT OR REPLACE INTO search_state (key, value) VALUES ('orphan:' || old.id, '');
END;

CREATE TABLE saved_searches (
    -- Smart views: a named query the window lists in its sidebar.
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query       TEXT NOT NULL,
    sort        TEXT NOT NULL DEFAULT 'rank' CHECK (sort IN ('rank', 'date')),
    created_at  TEXT NOT NULL
)
"""


@migration("m003_matrix_index")
def m003_matrix_index(db: Database) -> None:
    # The partnership matrix looks up deleted_at, kind and signed_on of ~85,000 records by
    # id; from this small index instead of the long rows it takes half the time.
    db.execute(
        "CREATE INDEX IF NOT EXISTS agreements_matrix "
        "ON agreements (id, deleted_at, kind, signed_on)"
    )


@migration("m004_listing_indexes")
def m004_listing_indexes(db: Database) -> None:
    """Covering indexes for the catalogue table: live (or trashed) records in each sort
    order, and their facet counts, read from the index alone, without the agreement rows."""
    for column in ("signed_on", "kind", "status", "title COLLATE NOCASE"):
        name = column.split()[0]
        db.execute(
            f"CREATE INDEX IF NOT EXISTS agreements_live_{name} "
            f"ON agreements (deleted_at, {column})"
        )


# Later migrations live in db/store/migrations/, a module each, named by number: imported
# in name order, they register after m001-m004 in number order.
from db.store.migrations import (  # noqa: E402, F401
    m005_summary_counts,
    m006_subject_concepts,
    m007_attachments,
    m008_exchange,
    m009_commitment_stages,
    m010_record_facts,
)

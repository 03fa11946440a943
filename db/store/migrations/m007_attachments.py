"""Migration m007_attachments: files kept with records.

Imported by ``db.store.schema`` at its end (see ``db.store.migrations``) and registered in
``db.store.migration_registry``; its SQL is frozen
here like every shipped migration's.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.store.migration_registry import migration


@migration("m007_attachments")
def m007_attachments(db: Database) -> None:
    """Files kept with records: stored once per content, in chunks, with their text and a
    search index of it, attachment_search (rowid: attachments.id; the file name as title,
    its text as body; search_index's columns, so one query expression fits both tables).
    The index is filled when a file is attached (derived, like search_index)."""
    for statement in _M007.split(";\n\n"):
        if statement.strip():
            db.execute(statement)


_M007 = """
CREATE TABLE attachment_files (
    -- A file's content, stored once however many records hold it (found by its SHA-256).
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size > 0),
    media_type  TEXT NOT NULL,                -- e.g. 'application/pdf'
    text_state  TEXT NOT NULL CHECK (text_state IN ('text', 'no_text', 'not_read')),
                                              -- no_text: a scan without a text layer
    text        TEXT NOT NULL DEFAULT ''      -- the text read from it, for search
);

CREATE TABLE attachment_chunks (
    -- A file's bytes in pieces of at most 1 MiB, in order: a large scan is never one value.
    id        INTEGER PRIMARY KEY,
    file_id   INTEGER NOT NULL REFERENCES attachment_files (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    data      BLOB NOT NULL,
    UNIQUE (file_id, position)
);

CREATE TABLE attachments (
    -- Which record holds which file, under which name, added by whom and when.
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    file_id       INTEGER NOT NULL REFERENCES attachment_files (id),
    name          TEXT NOT NULL CHECK (trim(name) <> ''),
    added_at      TEXT NOT NULL,              -- UTC, ISO 8601
    added_by      TEXT NOT NULL DEFAULT '',
    UNIQUE (agreement_id, name)
);

CREATE INDEX attachments_file ON attachments (file_id);

CREATE VIRTUAL TABLE attachment_search USING fts5(
    title, parties, people, subjects, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
)
"""

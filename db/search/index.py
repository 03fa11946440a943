"""The search index: one FTS5 row of normalised text per agreement, kept in step with it.

The table uses only the built-in ``unicode61`` tokenizer over text normalised in Python
(:mod:`db.search.normalise`), so the catalogue stays readable by the sqlite3 shell and
Datasette. Columns are separate so bm25 can weigh a match in the title or the parties above
one in the full text. Records are written through :mod:`db.store.records`, which calls
:func:`unindex_record` before and :func:`index_record` after changing one, inside the same
transaction; trashed records stay indexed and are filtered out by the query, so moving to
and from the trash needs no index write.

The index is contentless (``content=''``): storing the normalised text as well would more
than double the catalogue. Removing a row from such an index needs the exact text it was
given, which is recomputed from the record before it changes; that holds only while the
normalisation is the same, so :func:`ensure_current` rebuilds the index when the
libraries behind it (dictionaries, transliteration, stemmer, country names) change.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import metadata
from typing import TYPE_CHECKING

from db.safety.cipher import DATABASE_ERRORS, is_damage
from db.search import attachments as attached
from db.search.countries import party_text
from db.search.normalise import forms, normalise, words
from db.store import summaries
from db.store.model import Agreement
from db.store.progress import NoProgress, Progress, check

if TYPE_CHECKING:
    from db.store.access import Store

COLUMNS = ("title", "parties", "people", "subjects", "body")
WEIGHTS = (10.0, 6.0, 4.0, 4.0, 1.0)
"""bm25 weight of each column: a title or party match outranks a mention in the text."""

# The tables (search_index, search_names, search_state, saved_searches) are made by
# migration m002 in db.store.schema, whose SQL is frozen there: search_index.rowid is
# agreements.id, and it holds only the inverted index of normalised words (surface, lemmas,
# stems, transliterations): MATCH gives rowids, the text itself is in the agreements table.
# Its bm25 weights are WEIGHTS (m002 set them as the table's default rank).


@cache
def fingerprint() -> str:
    """The versions of everything that decides what the index holds for a text."""
    names = ("pymorphy3", "pymorphy3-dicts-uk", "translitua", "snowballstemmer", "pycountry")
    found = []
    for name in names:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=?")
    return ";".join([f"pactum-normalise={NORMALISER_VERSION}", *found])


NORMALISER_VERSION = 1
"""Raise whenever db.search.normalise or party_text changes what a text is indexed as."""


def texts(
    title: str,
    parties: Iterable[str],
    people: Iterable[str],
    subjects: Iterable[str],
    body: Iterable[str],
) -> tuple[str, str, str, str, str]:
    """The raw text of each column, from a record's fields (party keys, not names)."""
    return (
        title,
        "\n".join(party_text(key) for key in parties),
        "\n".join(t for t in people if t.strip()),
        "\n".join(subjects),
        "\n".join(t for t in body if t.strip()),
    )


def agreement_texts(
    a: Agreement, subjects: Sequence[str] | None = None
) -> tuple[str, str, str, str, str]:
    """Column texts of a record; ``subjects`` as stored, when they may be spelt otherwise."""
    return texts(
        a.title,
        a.party_keys,
        [a.place, *(f"{s.name} {s.role}" for s in a.signatories)],
        a.subjects if subjects is None else subjects,
        [
            a.summary,
            a.full_text,
            *a.notes,
            *(f"{s.outlet}\n{s.quotation}" for s in a.sources),
            *(f"{c.description} {c.unit}" for c in a.commitments),
        ],
    )


@lru_cache(maxsize=4096)
def _latin_names(text: str) -> frozenset[str]:
    """Latin forms of the words of names: what a fuzzy Latin query is compared against."""
    return frozenset(
        f for word in words(text) for f in forms(word) if f.isascii() and f.isalpha() and len(f) > 3
    )


def _write(
    conn: sqlite3.Connection, agreement_id: int, raw: tuple[str, ...], party_keys: Sequence[str]
) -> None:
    conn.execute(_INSERT, (agreement_id, *(normalise(text) for text in raw)))
    terms = _latin_names(raw[2]).union(*(_latin_names(k) for k in party_keys if len(k) != 2))
    conn.executemany("INSERT OR IGNORE INTO search_names (term) VALUES (?)", [(t,) for t in terms])


_INSERT = (
    "INSERT INTO search_index (rowid, title, parties, people, subjects, body) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_DELETE = (
    "INSERT INTO search_index (search_index, rowid, title, parties, people, subjects, body) "
    "VALUES ('delete', ?, ?, ?, ?, ?, ?)"
)


def index_record(conn: sqlite3.Connection, agreement_id: int, a: Agreement) -> None:
    """Index a record just written; call inside the transaction that writes it, after
    :func:`unindex_record` when the record was indexed before."""
    if conn.execute(
        "SELECT 1 FROM search_state WHERE key = ?", (f"orphan:{agreement_id}",)
    ).fetchone():
        # A record deleted outright left its words under this id; only a rebuild clears them.
        reindex(conn)
        return
    # Subjects are shared rows that may be spelt differently from the record (another case);
    # the index must hold exactly what unindex_record will recompute from the rows.
    stored = [
        r[0]
        for r in conn.execute(
            "SELECT s.name FROM agreement_subjects x JOIN subjects s ON s.id = x.subject_id "
            "WHERE x.agreement_id = ? ORDER BY x.position",
            (agreement_id,),
        )
    ]
    _write(conn, agreement_id, agreement_texts(a, stored), a.party_keys)


def unindex_record(conn: sqlite3.Connection, agreement_id: int) -> None:
    """Remove a record's words from the index, from the record as stored: call before
    changing or deleting it, in the same transaction."""
    for found_id, (raw, _) in stored_texts(conn, [agreement_id]).items():
        conn.execute(_DELETE, (found_id, *(normalise(text) for text in raw)))


_CHILD_TEXT = {
    "parties": "SELECT agreement_id, party_key FROM parties",
    "people": "SELECT agreement_id, name || ' ' || role FROM signatories",
    "subjects": "SELECT x.agreement_id, s.name FROM agreement_subjects x "
    "JOIN subjects s ON s.id = x.subject_id",
    "notes": "SELECT agreement_id, body FROM notes",
    "sources": "SELECT agreement_id, outlet || char(10) || quotation FROM sources",
    "commitments": "SELECT agreement_id, description || ' ' || unit FROM commitments",
}


def _plain(value: object) -> str:
    """A stored text as indexed: a value another program stored that is not text (a blob,
    text that is not UTF-8) counts as empty, as it reads in the record (db.store.stored)."""
    return value if type(value) is str else ""


def stored_texts(
    conn: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, tuple[tuple[str, str, str, str, str], list[str]]]:
    """Column texts for many records at once, in the same order as :func:`agreement_texts`."""
    marks = ",".join("?" * len(ids))
    children: dict[str, defaultdict[int, list[str]]] = {}
    for name, sql in _CHILD_TEXT.items():
        rows = defaultdict(list)
        column = "x.agreement_id" if name == "subjects" else "agreement_id"
        order = "x.position" if name == "subjects" else "position"
        for agreement_id, text in conn.execute(
            f"{sql} WHERE {column} IN ({marks}) ORDER BY {column}, {order}", ids
        ):
            rows[agreement_id].append(_plain(text))
        children[name] = rows
    found = {}
    for agreement_id, *stored in conn.execute(
        f"SELECT id, title, place, summary, full_text FROM agreements WHERE id IN ({marks})",
        ids,
    ):
        title, place, summary, full_text = map(_plain, stored)
        raw = texts(
            title,
            children["parties"][agreement_id],
            [place, *children["people"][agreement_id]],
            children["subjects"][agreement_id],
            [
                summary,
                full_text,
                *children["notes"][agreement_id],
                *children["sources"][agreement_id],
                *children["commitments"][agreement_id],
            ],
        )
        found[agreement_id] = (raw, children["parties"][agreement_id])
    return found


def reindex(conn: sqlite3.Connection, progress: Progress = NoProgress(), chunk: int = 500) -> int:
    """Rebuild the whole index from the records; returns how many were indexed.

    For migration and repair. Runs in the caller's transaction, so a cancelled or failed
    rebuild (Progress raising Cancelled) leaves the old index as it was.
    """
    ids = [r[0] for r in conn.execute("SELECT id FROM agreements ORDER BY id")]
    try:
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    except DATABASE_ERRORS as error:
        if not is_damage(error):
            raise
        _reopenable(conn)
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_names")
    conn.execute("DELETE FROM search_state")
    conn.execute("INSERT INTO search_state (key, value) VALUES ('normaliser', ?)", (fingerprint(),))
    total = len(ids)
    progress.set(0, total)
    for start in range(0, total, chunk):
        part = ids[start : start + chunk]
        for agreement_id, (raw, party_keys) in stored_texts(conn, part).items():
            _write(conn, agreement_id, raw, party_keys)
        check(progress, min(start + chunk, total), total, every=chunk)
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    attached.reindex(conn)  # the files' words, normalised the same way
    return total


def _reopenable(conn: sqlite3.Connection) -> None:
    """Make a damaged index openable again, so that 'delete-all' can start it afresh: FTS5
    refuses to open a table whose structure record is unreadable, so its shadow tables are
    emptied and given the empty records FTS5 itself writes for a new table (an averages
    record, and a structure of no levels, no segments, write counter 0)."""
    conn.execute("DELETE FROM search_index_data")
    conn.execute("DELETE FROM search_index_idx")
    conn.execute("DELETE FROM search_index_docsize")
    conn.execute(
        "INSERT INTO search_index_data (id, block) VALUES (1, x''), (10, x'00000000000000')"
    )


def _is_current(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM search_state WHERE key = 'normaliser'").fetchone()
    return row is not None and row[0] == fingerprint()


def ensure_current(conn: sqlite3.Connection, progress: Progress = NoProgress()) -> bool:
    """Rebuild the index if it was made by another normalisation; True if it did.

    Called when a catalogue is opened: without it, a changed dictionary would make the
    contentless index's deletions miss, and old records unfindable by new word forms. When
    another process holds the write lock (rebuilding, most likely), this one leaves it be.
    """
    if _is_current(conn):
        return False
    if conn.in_transaction:
        reindex(conn, progress)
        return True
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            return False
        raise
    try:
        rebuilt = not _is_current(conn)
        if rebuilt:
            reindex(conn, progress)
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")
    return rebuilt


def rebuild(catalog: Store, progress: Progress = NoProgress()) -> int:
    """Rebuild the catalogue's index, and the summary counts (db.store.summaries), in one
    write transaction (repair; ``pactum search --reindex``); returns how many records were
    indexed."""
    with catalog.writing() as conn:
        summaries.rebuild(conn)
        return reindex(conn, progress)

"""Search inside attached files: their words indexed like records', found with the same query.

Each attachment (a file on a record) has one row in ``attachment_search`` (migration m007),
rowid ``attachments.id``, with the same columns as ``search_index``: the file's name as
title and its text as body, normalised by :func:`db.search.normalise.normalise` exactly as
a record's text is, so a Ukrainian word form or an English spelling finds it the same way.
Having the same columns lets the engine run the MATCH expression it built for records over
this table unchanged (:func:`matching`); a hit says which file matched (:func:`snippets`:
the snippet's ``field`` is ``attachment:<name>``).

Like ``search_index`` the table is contentless: removing a row recomputes its text from
``attachment_files.text``, and the whole table is rebuilt with the records' index
(:func:`reindex`) when the normalisation changes.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from typing import Protocol

from db.search import snippet
from db.search.normalise import normalise
from db.store import queries
from db.store.model import Filters
from db.store.queries import SortKey

FIELD_PREFIX = "attachment:"
"""A snippet from an attachment names it: ``field`` is ``attachment:<file name>``."""

_INSERT = "INSERT INTO attachment_search (rowid, title, body) VALUES (?, ?, ?)"
_DELETE = (
    "INSERT INTO attachment_search (attachment_search, rowid, title, body) "
    "VALUES ('delete', ?, ?, ?)"
)
_STORED = (
    "SELECT a.id, a.name, f.text FROM attachments a JOIN attachment_files f ON f.id = a.file_id"
)


def _has_table(conn: sqlite3.Connection) -> bool:
    """False in a catalogue opened before its attachments migration ran (known_schema)."""
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'attachment_search'").fetchone()
        is not None
    )


def index_attachment(conn: sqlite3.Connection, attachment_id: int) -> None:
    """Index an attachment just written, in the transaction that writes it."""
    for found_id, name, text in conn.execute(f"{_STORED} WHERE a.id = ?", (attachment_id,)):
        conn.execute(_INSERT, (found_id, normalise(name), normalise(text)))


def unindex_attachment(conn: sqlite3.Connection, attachment_id: int) -> None:
    """Remove an attachment's words, before its row is deleted (same transaction)."""
    for found_id, name, text in conn.execute(f"{_STORED} WHERE a.id = ?", (attachment_id,)):
        conn.execute(_DELETE, (found_id, normalise(name), normalise(text)))


def reindex(conn: sqlite3.Connection) -> None:
    """Rebuild the attachments' index (with the records', when normalisation changed)."""
    if not _has_table(conn):
        return
    conn.execute("INSERT INTO attachment_search (attachment_search) VALUES ('delete-all')")
    for found_id, name, text in conn.execute(_STORED).fetchall():
        conn.execute(_INSERT, (found_id, normalise(name), normalise(text)))


def matching(
    conn: sqlite3.Connection, match: str, where: str, params: Sequence[object]
) -> list[tuple[int, float]]:
    """Records (id, score) holding a file that ``match`` finds, best first, among those
    passing ``where`` (over ``agreements a``, as the engine filters records)."""
    if not match or not _has_table(conn):
        return []
    sql = (
        "SELECT a.id, max(-attachment_search.rank) AS score FROM attachment_search "
        "JOIN attachments x ON x.id = attachment_search.rowid "
        "JOIN agreements a ON a.id = x.agreement_id "
        f"WHERE attachment_search MATCH ? AND {where} GROUP BY a.id ORDER BY score DESC"
    )
    return conn.execute(sql, [match, *params]).fetchall()


class Expression(Protocol):
    """What the engine built from a query: the MATCH for wanted and for excluded records."""

    match: str
    exclude: str


def widen(
    conn: sqlite3.Connection,
    found: list[tuple[int, float]],
    expression: Expression,
    filters: tuple[Filters, Filters],
    order: str,
    limit: int | None,
) -> list[tuple[int, float]]:
    """The engine's ``found`` (id, score) and, after them, the records found only through
    an attached file (a word in the record itself ranks above one in a file); by date,
    all of them newest first. ``filters`` are the query's own (its trash choice is the
    caller's) and the caller's."""
    match, exclude = expression.match, expression.exclude
    if not match:
        return found
    parsed, given = filters
    mine_filters = dataclasses.replace(parsed, trash=given.trash)
    (mine, mine_params), (theirs, their_params) = (queries.where(f) for f in (mine_filters, given))
    where = f"{mine} AND {theirs}"
    params: list[object] = [*mine_params, *their_params]
    if exclude:
        where += " AND a.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
        params.append(exclude)
    have = {i for i, _ in found}
    extra = [(i, score) for i, score in matching(conn, match, where, params) if i not in have]
    if not extra:
        return found
    merged = found + extra
    if order == "date":
        ids = [i for i, _ in merged]
        order = queries.order_by(SortKey.SIGNED_ON, True)
        merged = [
            (i, 0.0)
            for (i,) in conn.execute(
                f"SELECT a.id FROM agreements a WHERE a.id IN ({','.join('?' * len(ids))}) "
                f"ORDER BY {order}",
                ids,
            )
        ]
    return merged[:limit] if limit is not None else merged


def snippets(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    made: dict[int, snippet.Snippet],
    wanted: set[str] | frozenset[str],
    prefixes: tuple[str, ...],
    phrases: tuple[snippet.Phrase, ...] = (),
) -> dict[int, snippet.Snippet]:
    """``made`` with each record whose own text shows no match given the snippet of its
    first attached file that does, named ``attachment:<file name>``."""
    unmatched = [i for i in ids if i not in made or not any(m for _, m in made[i].parts)]
    if not unmatched or not (wanted or phrases) or not _has_table(conn):
        return made
    marks = ",".join("?" * len(unmatched))
    rows = conn.execute(
        "SELECT a.agreement_id, a.name, f.text FROM attachments a "
        f"JOIN attachment_files f ON f.id = a.file_id WHERE a.agreement_id IN ({marks}) "
        "AND f.text <> '' ORDER BY a.agreement_id, a.name",
        unmatched,
    ).fetchall()
    found = dict(made)
    for agreement_id, name, text in rows:
        if agreement_id in found and any(m for _, m in found[agreement_id].parts):
            continue
        made_here = snippet.make([(FIELD_PREFIX + name, text)], wanted, prefixes, phrases)
        if any(m for _, m in made_here.parts):
            found[agreement_id] = made_here
    return found

"""Listing the catalogue: filters turned into SQL, table rows, facets and partnerships.

Filtering and sorting happen in SQLite so a 100,000-record catalogue never has to be
loaded into Python to show one screen of it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from enum import StrEnum
from functools import lru_cache
from typing import Any

from db.store import stored
from db.store.model import AgreementRow, Filters, Kind, PartialDate, Partnership, Status
from db.store.thesaurus import subject_key


class SortKey(StrEnum):
    """Columns the catalogue can be sorted by."""

    SIGNED_ON = "signed_on"
    KIND = "kind"
    TITLE = "title"
    PARTIES = "parties"
    STATUS = "status"
    SIGNATORIES = "signatories"


_ORDER = {
    SortKey.SIGNED_ON: "a.signed_on",
    SortKey.KIND: "a.kind",
    SortKey.TITLE: "a.title COLLATE NOCASE",
    SortKey.PARTIES: "a.party_list",
    SortKey.STATUS: "a.status",
    SortKey.SIGNATORIES: "a.signatory_list",
}


RECORD_FACTS = "agreements_facts"
"""The covering index of a record's id, deleted_at, kind, status and signed_on (migration
m010): a statement reading only those of many records names it (``INDEXED BY``)."""

MANY_IDS = 500
"""More ids than this are passed to SQLite as one JSON array."""


def where(
    filters: Filters, common: frozenset[str] = frozenset(), ids_of: str = "a.id"
) -> tuple[str, list[object]]:
    """The WHERE clause (over alias ``a``) and its parameters for ``filters``.

    A partner in ``common`` (see :func:`common_partners`) is tested record by record while
    SQLite walks the index of the sort order, so the first rows come at once; a rarer one
    drives the query from its own few records. ``ids_of`` is the column the id sets (rare
    partners, subjects, ids) are tested on: a search names the index's rowid (unindexed,
    "+"), so a match outside the set is dropped before its record is read."""
    live = "a.deleted_at IS NOT NULL" if filters.trash else "a.deleted_at IS NULL"
    rare = [p for p in filters.partners if p not in common]
    if rare or filters.subjects or filters.ids is not None:
        # A selective id set drives the query; "+" keeps SQLite from walking a
        # (deleted_at, ...) index over every record to test each against that set.
        live = "+" + live
    clauses = [live]
    params: list[object] = []
    for partner in filters.partners:
        if partner in common:
            clauses.append(
                "EXISTS (SELECT 1 FROM parties WHERE agreement_id = a.id AND party_key = ?)"
            )
        else:
            clauses.append(f"{ids_of} IN (SELECT agreement_id FROM parties WHERE party_key = ?)")
        params.append(partner)

    def any_of(column: str, values: Sequence[object]) -> None:
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)

    any_of("a.kind", [str(k) for k in filters.kinds])
    any_of("a.status", [str(s) for s in filters.statuses])
    any_of("substr(a.signed_on, 1, 4)", [f"{y:04d}" for y in filters.years])
    if filters.subjects:
        marks = ",".join("?" * len(filters.subjects))
        # The few matching names first (the vocabulary is small), then their records
        # through the subject index: never a casefold of every record's every subject.
        clauses.append(
            f"{ids_of} IN (SELECT agreement_id FROM agreement_subjects WHERE subject_id IN "
            f"(SELECT id FROM subjects WHERE casefold(name) IN ({marks})))"
        )
        params.extend(subject_key(s) for s in filters.subjects)
    # A partial date is a span: keep it when the span may overlap the range.
    # Each also bounds signed_on itself (a range SQLite reads from its date index): a span
    # that may overlap starts no earlier than the since's year and no later than the until.
    if filters.since is not None:
        clauses.append("a.signed_on >= ? AND a.signed_on >= substr(?, 1, length(a.signed_on))")
        params.extend((f"{filters.since.year:04d}", filters.since.iso()))
    if filters.until is not None:
        # Both cut to the shorter precision: "2024-12-31" is within an until of "2024".
        clauses.append(
            "a.signed_on < ? AND substr(a.signed_on, 1, ?) <= substr(?, 1, length(a.signed_on))"
        )
        params.extend((filters.until.iso() + "~", len(filters.until.iso()), filters.until.iso()))
    if filters.ids is not None and len(filters.ids) > MANY_IDS:
        # One parameter however many: a search's every match may pass SQLite's limit.
        clauses.append(f"{ids_of} IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(filters.ids))
    elif filters.ids is not None:
        clauses.append(f"{ids_of} IN ({','.join('?' * len(filters.ids))})")
        params.extend(filters.ids)
    return " AND ".join(clauses), params


def order_by(key: SortKey, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    nulls = "NULLS LAST"
    return f"{_ORDER[key]} {direction} {nulls}, a.id {direction}"


COMMON = 0.02
"""A partner on at least this share of the live records is "common" (:func:`where`)."""


def common_partners(conn: sqlite3.Connection, filters: Filters) -> frozenset[str]:
    """The filter's partners on at least COMMON of the live records (summary counts)."""
    if not filters.partners or filters.trash:
        return frozenset()
    marks = ",".join("?" * len(filters.partners))
    found = conn.execute(
        "SELECT value, n FROM summary_facets WHERE facet = 'partner' AND trashed = 0 "
        f"AND value IN ({marks})",
        filters.partners,
    ).fetchall()
    total = _whole_count(conn, trash=False)
    return frozenset(value for value, n in found if n >= COMMON * total)


def _ordered_ids(
    conn: sqlite3.Connection, filters: Filters, sort: SortKey, descending: bool
) -> sqlite3.Cursor:
    clause, params = where(filters, common_partners(conn, filters))
    sql = f"SELECT a.id FROM agreements a WHERE {clause} ORDER BY {order_by(sort, descending)}"
    return conn.execute(sql, params)


def ids(
    conn: sqlite3.Connection,
    filters: Filters,
    sort: SortKey = SortKey.SIGNED_ON,
    descending: bool = True,
) -> list[int]:
    """Ids of every matching record in display order: small enough to hold for 100,000."""
    return [row[0] for row in _ordered_ids(conn, filters, sort, descending)]


def ids_in_chunks(
    conn: sqlite3.Connection,
    filters: Filters,
    sort: SortKey = SortKey.SIGNED_ON,
    descending: bool = True,
    first: int = 500,
    chunk: int = 50_000,
) -> Iterator[list[int]]:
    """The same ids as :func:`ids`, the first ``first`` at once and then ``chunk`` at a time
    from one statement (one snapshot): a table of a million rows shows its first screen
    without waiting for the rest, and reads the rest a bounded step at a time."""
    cursor = _ordered_ids(conn, filters, sort, descending)
    size = first
    while True:
        try:
            batch = cursor.fetchmany(size)
        except sqlite3.ProgrammingError:  # the catalogue was closed meanwhile: nobody reads
            return
        if not batch:
            return
        yield [row[0] for row in batch]
        size = chunk


def _whole_count(conn: sqlite3.Connection, trash: bool) -> int:
    """Live (or trashed) records, from the summary counts: every record has one kind."""
    found: int = conn.execute(
        "SELECT coalesce(sum(n), 0) FROM summary_facets WHERE facet = 'kind' AND trashed = ?",
        (trash,),
    ).fetchone()[0]
    return found


def count(conn: sqlite3.Connection, filters: Filters) -> int:
    """How many records match (the whole catalogue's, the trash's and a narrowing by one
    partner, kinds, statuses and years from the summary tables)."""
    if filters == Filters(trash=filters.trash):
        return _whole_count(conn, filters.trash)
    cube = _cube_cells(filters)
    if cube is not None:
        _, _, own, own_params = cube
        summed: int = conn.execute(
            f"SELECT coalesce(sum(c.n), 0) FROM summary_cube c WHERE {own}", own_params
        ).fetchone()[0]
        return summed
    clause, params = where(filters)
    found: int = conn.execute(
        f"SELECT count(*) FROM agreements a WHERE {clause}", params
    ).fetchone()[0]
    return found


_KINDS = {str(k): k for k in Kind}
_STATUSES = {str(s): s for s in Status}


@lru_cache(maxsize=65536)
def _date(text: str | None) -> PartialDate | None:
    # Dates repeat across a catalogue; parsing each distinct one once keeps listing fast.
    return PartialDate.parse(text) if text else None


_ROW_COLUMNS = (
    "a.id, a.uuid, a.signed_on, a.kind, a.title, a.party_list, a.status, a.signatory_list, "
    "a.deleted_at"
)


def _texts(text: str) -> tuple[str, ...]:
    """A stored JSON list of texts; raises (ValueError, TypeError) on anything else."""
    if type(text) is not str:
        raise TypeError("not text")
    value = json.loads(text)
    if type(value) is not list or not all(type(item) is str for item in value):
        raise ValueError("not a list of texts")
    return tuple(value)


# Party lists repeat (UA–LT, UA–PL...); decode each distinct one once.
_keys = lru_cache(maxsize=16384)(_texts)


def _row(r: tuple[Any, ...]) -> AgreementRow:
    """A table row: the fast way for values Pactum wrote, value by value (db.store.stored, which
    names the damage) for any other."""
    try:
        if type(r[1]) is str and type(r[4]) is str and (r[8] is None or type(r[8]) is str):
            return AgreementRow(
                r[0],
                r[1],
                _date(r[2]),
                _KINDS[r[3]],
                r[4],
                _keys(r[5]),
                _STATUSES[r[6]],
                _texts(r[7]),
                r[8],
            )
    except (KeyError, ValueError, TypeError, RecursionError):
        pass
    return stored.agreement_row(r)


def listing(
    conn: sqlite3.Connection,
    filters: Filters,
    sort: SortKey = SortKey.SIGNED_ON,
    descending: bool = True,
    limit: int | None = None,
) -> list[AgreementRow]:
    """Matching records as table rows, in display order: one query."""
    clause, params = where(filters, common_partners(conn, filters))
    sql = f"SELECT {_ROW_COLUMNS} FROM agreements a WHERE {clause} "
    sql += f"ORDER BY {order_by(sort, descending)}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_row(r) for r in conn.execute(sql, params)]


def rows(conn: sqlite3.Connection, agreement_ids: Sequence[int]) -> list[AgreementRow]:
    """Table rows for the given ids, in the same order."""
    found: dict[int, AgreementRow] = {}
    for start in range(0, len(agreement_ids), 5000):
        chunk = list(agreement_ids[start : start + 5000])
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_ROW_COLUMNS} FROM agreements a WHERE a.id IN ({marks})"
        for r in conn.execute(sql, chunk):
            found[r[0]] = _row(r)
    return [found[i] for i in agreement_ids if i in found]


def _cube_cells(filters: Filters) -> tuple[str, list[object], str, list[object]] | None:
    """For a narrowing by one partner, kinds, statuses and years of live records: the
    WHERE clause over summary_cube ``c`` (and its parameters) of the rows counting the
    records that share the partner (every record: ''), then that clause narrowed to the
    records' own rows (P, 'record', ''). None for other filters."""
    cube = Filters(filters.partners, filters.kinds, filters.statuses, years=filters.years)
    if filters != cube or len(filters.partners) > 1:
        return None
    party = filters.partners[0] if filters.partners else ""
    clauses = ["c.party = ?"]
    params: list[object] = [party]
    # Every kind and status named, so SQLite seeks each cell instead of reading them all.
    for column, values in (
        ("kind", [str(k) for k in filters.kinds or Kind]),
        ("status", [str(s) for s in filters.statuses or Status]),
        ("year", [f"{y:04d}" for y in filters.years]),
    ):
        if values:
            clauses.append(f"c.{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    cells = " AND ".join(clauses)
    return cells, params, f"{cells} AND c.facet = 'record'", params


def partnerships(conn: sqlite3.Connection, home: str) -> list[Partnership]:
    """Every counterpart of ``home``, with the number and span of shared agreements (from
    the summary tables, migration m005: one row per partner and kind)."""
    sql = (
        "SELECT partner, sum(n), min(first), max(latest) FROM summary_partners "
        "WHERE party = ? GROUP BY partner ORDER BY sum(n) DESC, partner"
    )
    return [
        Partnership(
            key,
            n,
            stored.date_or_none(first),
            stored.date_or_none(latest),
        )
        for key, n, first, latest in conn.execute(sql, (home,))
        if type(key) is str  # a party key another program stored as a blob names no one
    ]


def subjects(conn: sqlite3.Connection) -> list[str]:
    """The shared vocabulary, alphabetically."""
    return [r[0] for r in conn.execute("SELECT name FROM subjects ORDER BY name COLLATE NOCASE")]


def subjects_of(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Each record's subjects (concept ids) in its order, for listings that show them."""
    found: dict[int, list[str]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for agreement_id, name in conn.execute(
            "SELECT x.agreement_id, s.name FROM agreement_subjects x JOIN subjects s "
            f"ON s.id = x.subject_id WHERE x.agreement_id IN ({marks}) "
            "ORDER BY x.agreement_id, x.position",
            chunk,
        ):
            found[agreement_id].append(name)
    return {i: tuple(names) for i, names in found.items()}

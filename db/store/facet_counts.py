"""Facet counts: how many of the matching records have each partner, kind, status, year
and subject.

The whole catalogue's (and the trash's) come from the summary counts, a narrowing by one
partner, kinds, statuses and years from the summary cube (migration m005), so neither scans
the records. Narrowings the summary tables answer in part take that part from them and
count only the rest, over as few records as they can (at a million records every record
counted costs about 5 µs of index and row lookups):

- two partners: kind, status and year from the cube's rows of the one about the other,
  subjects from summary_partner_subjects; only third parties are counted, over the
  records the rarer partner shares with the other;
- one subject: kind, status, year, itself and the commonest partner from the cube; the
  other partners and subjects are counted over its records, from the subject index;
- a date range over a narrowing the cube answers: the years wholly inside it from the
  cube, and of each boundary year the side of the range with fewer records counted.

Live records are counted as all of them less the trashed ones (the trash is small) rather
than by looking up each record's deletion. Any other narrowing (a search's matches among
them) finds its records once and counts every facet over them in one statement.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from db.store.model import FacetCount, Filters, Kind, Status
from db.store.queries import (
    _KINDS,
    _STATUSES,
    RECORD_FACTS,
    _cube_cells,
    common_partners,
    count,
    where,
)
from db.store.thesaurus import subject_key

_FACETS = ("partner", "kind", "status", "year", "subject")

Row = tuple[str, Any, int]
"""A facet, one of its values and how many records have it (or, summed, add to it)."""

_PARTNERS = (
    "SELECT 'partner', p.party_key, count(*) FROM m CROSS JOIN parties p "
    "ON p.agreement_id = m.id{skip} GROUP BY 2"
)
_SUBJECTS = (
    "SELECT 'subject', s.name, g.n FROM (SELECT x.subject_id, count(*) AS n FROM m "
    "CROSS JOIN agreement_subjects x ON x.agreement_id = m.id{skip} GROUP BY 1) g "
    "JOIN subjects s ON s.id = g.subject_id"
)
_CELLS = "SELECT kind, status, year, count(*) AS n FROM m GROUP BY 1, 2, 3"
_OWN = (
    "SELECT 'kind', kind, sum(n) FROM cells GROUP BY 2 "
    "UNION ALL SELECT 'status', status, sum(n) FROM cells GROUP BY 2 "
    "UNION ALL SELECT 'year', year, sum(n) FROM cells WHERE year IS NOT NULL GROUP BY 2"
)
"""Facets of the records ``m`` (found once): partners and subjects through their
agreement_id indexes, one pass each (CROSS JOIN: SQLite would otherwise read every
record's subjects and look each up among the matches); kind, status and year grouped
once into ``cells`` (a few thousand at most), then summed per facet over the cells."""


_SKIPPED = {"partner": " AND p.party_key NOT IN ({})", "subject": " AND x.subject_id NOT IN ({})"}


def _counted(
    conn: sqlite3.Connection,
    matching: str,
    params: Sequence[object],
    counting: Collection[str] = ("partner", "subject", "own"),
    known: Mapping[str, Sequence[object]] = {},
) -> list[Row]:
    """The facets ``counting`` of the records ``matching`` (a SELECT of their ids, and for
    "own" of their kind, status and year): "partner", "subject", and "own" for kind,
    status and year; but the ``known`` values (party keys, subject ids), whose counts the
    caller has from the summary tables: fewer rows to sort into groups."""
    parts = {"partner": _PARTNERS, "subject": _SUBJECTS, "own": _OWN}
    if "own" in counting:  # reads the records' rows: once
        sql = f"WITH m AS MATERIALIZED ({matching}), cells AS MATERIALIZED ({_CELLS})"
    else:  # reads an index: again for each pass, cheaper than keeping it
        sql = f"WITH m AS NOT MATERIALIZED ({matching})"
    chosen = []
    values = list(params)
    for name in (name for name in parts if name in counting):
        skipped = known.get(name, ())
        skip = _SKIPPED[name].format(",".join("?" * len(skipped))) if skipped else ""
        chosen.append(parts[name].format(skip=skip) if name != "own" else parts[name])
        values += skipped
    found: list[Row] = conn.execute(f"{sql} {' UNION ALL '.join(chosen)}", values).fetchall()
    return found


def _live_counted(
    conn: sqlite3.Connection,
    every: str,
    trashed: str,
    params: Sequence[object],
    counting: Collection[str],
    known: Mapping[str, Sequence[object]],
) -> list[Row]:
    """Partners and subjects (as ``counting``, but the ``known``) of the live records
    among ``every`` (a SELECT of ids): those of them all less those of the ``trashed``
    ones (the same SELECT driven from the trash's index): cheaper than looking up each
    record's deletion when, as usual, the trash is small."""
    trash = [(f, v, -n) for f, v, n in _counted(conn, trashed, params, counting, known)]
    return _counted(conn, every, params, counting, known) + trash


_TRASHED = "SELECT t.id FROM agreements t INDEXED BY agreements_live_signed_on "
"""The trashed records (by the index whose first column is deleted_at), to be joined."""


_OWN_COLUMNS = "SELECT a.id, a.kind, a.status, substr(a.signed_on, 1, 4) AS year"


def _scanned(conn: sqlite3.Connection, filters: Filters) -> list[Row]:
    """Every facet of the records ``filters`` match."""
    if filters.ids is not None:
        return _counted(conn, *_given_records(conn, filters))
    clause, params = where(filters, common_partners(conn, filters))
    return _counted(conn, f"{_OWN_COLUMNS} FROM agreements a WHERE {clause}", params)


def _given_records(conn: sqlite3.Connection, filters: Filters) -> tuple[str, list[object]]:
    """The SELECT (and its parameters) of the given ids' records that match the rest of
    ``filters``, driven by the ids, each once, in ascending order: the records' rows,
    parties and subjects are then read in the order they are stored, and SQLite builds no
    set of the ids of its own (a search may pass hundreds of thousands). A record is read
    from the covering index of its facts (migration m010), not its row."""
    clause, params = where(replace(filters, ids=None), common_partners(conn, filters))
    driven = (
        f"{_OWN_COLUMNS} FROM json_each(?) j CROSS JOIN agreements a INDEXED BY {RECORD_FACTS} "
        "ON a.id = j.value "
        f"WHERE {clause}"
    )
    return driven, [json.dumps(sorted(set(filters.ids or ()))), *params]


def _usable(facet: str, value: object) -> bool:
    """Whether ``value`` can be ticked to filter by: a value another program stored that
    is no kind, status or year is left out of the facet (its record is listed damaged)."""
    if type(value) is not str or not value:
        return False
    match facet:
        case "kind":
            return value in _KINDS
        case "status":
            return value in _STATUSES
        case "year":
            return len(value) == 4 and value.isascii() and value.isdigit()
    return True


_WHOLE_FACETS = (
    "SELECT facet, value, n FROM summary_facets WHERE trashed = ? AND facet <> 'subject' "
    "UNION ALL SELECT 'subject', s.name, f.n FROM summary_facets f "
    "JOIN subjects s ON s.id = f.value WHERE f.facet = 'subject' AND f.trashed = ?"
)
"""The whole catalogue's (or trash's) facets, from the summary tables (migration m005)."""


def _cube_facets(conn: sqlite3.Connection, filters: Filters) -> list[Row] | None:
    """The facets of a narrowing :func:`_cube_cells` answers, as sums over summary_cube
    (migration m005); None for any other filter."""
    found = _cube_cells(filters)
    return None if found is None else _cube_sums(conn, *found)


def _cube_sums(
    conn: sqlite3.Connection, cells: str, params: list[object], own: str, own_params: list[object]
) -> list[Row]:
    """The facets summed over the cube's rows ``cells`` (partners and subjects) and
    ``own`` (the records' own rows: kind, status, year), as :func:`_cube_cells` gives them."""
    sql = (
        f"SELECT 'kind', c.kind, sum(c.n) FROM summary_cube c WHERE {own} GROUP BY 2 "
        f"UNION ALL SELECT 'status', c.status, sum(c.n) FROM summary_cube c WHERE {own} "
        "GROUP BY 2 "
        f"UNION ALL SELECT 'year', c.year, sum(c.n) FROM summary_cube c WHERE {own} "
        "AND c.year <> '' GROUP BY 2 "
        f"UNION ALL SELECT 'partner', c.value, sum(c.n) FROM summary_cube c WHERE {cells} "
        "AND c.facet = 'partner' GROUP BY 2 "
        "UNION ALL SELECT 'subject', s.name, g.n FROM (SELECT c.value AS subject_id, "
        f"sum(c.n) AS n FROM summary_cube c WHERE {cells} AND c.facet = 'subject' GROUP BY 1) g "
        "JOIN subjects s ON s.id = g.subject_id"
    )
    found: list[Row] = conn.execute(sql, [*own_params] * 3 + params * 2).fetchall()
    return found


def _whole_but_years(conn: sqlite3.Connection, years: Sequence[str]) -> list[Row]:
    """The live catalogue's facets less those of its records of ``years`` (as the cube
    has them: '' for undated): for a range over most years, far fewer rows to sum."""
    marks = ",".join("?" * len(years))
    kinds, statuses = [str(k) for k in Kind], [str(s) for s in Status]
    cells = (
        f"c.party = '' AND c.kind IN ({','.join('?' * len(kinds))}) "
        f"AND c.status IN ({','.join('?' * len(statuses))}) AND c.year IN ({marks})"
    )
    params: list[object] = [*kinds, *statuses, *years]
    left = _cube_sums(conn, cells, params, f"{cells} AND c.facet = 'record'", params)
    whole = conn.execute(_WHOLE_FACETS, (False, False)).fetchall()
    return whole + [(facet, value, -n) for facet, value, n in left]


def _cube_own(conn: sqlite3.Connection, party: str, facet: str, value: object) -> list[Row]:
    """Kind, status and year of the live records the cube's rows (``party``, ``facet``,
    ``value``) count: those of every record ('') or of a party's that have the value."""
    cells = conn.execute(
        "SELECT kind, status, year, sum(n) FROM summary_cube "
        "WHERE party = ? AND facet = ? AND value = ? GROUP BY 1, 2, 3",
        (party, facet, value),
    ).fetchall()
    rows: list[Row] = []
    for kind, status, year, n in cells:
        rows += [("kind", kind, n), ("status", status, n)]
        if year != "":  # undated
            rows.append(("year", year, n))
    return rows


def _partnership_facets(conn: sqlite3.Connection, filters: Filters) -> list[Row] | None:
    """The facets of the live records two partners share; None for any other filter.
    Most records are bilateral: only the third parties, if any, are counted."""
    if filters != Filters(partners=filters.partners) or len(set(filters.partners)) != 2:
        return None
    rarer, other = sorted(set(filters.partners), key=lambda p: _partner_count(conn, p))
    own = _cube_own(conn, rarer, "partner", other)
    shared = sum(n for facet, _, n in own if facet == "kind")
    subjects = conn.execute(
        "SELECT 'subject', s.name, g.n FROM summary_partner_subjects g "
        "JOIN subjects s ON s.id = g.subject_id WHERE g.party = ? AND g.partner = ?",
        (rarer, other),
    ).fetchall()
    every = (
        "SELECT r.agreement_id AS id FROM parties r CROSS JOIN parties o "
        "ON o.agreement_id = r.agreement_id AND o.party_key = ? WHERE r.party_key = ?"
    )
    trashed = (
        f"{_TRASHED} CROSS JOIN parties o ON o.agreement_id = t.id AND o.party_key = ? "
        "CROSS JOIN parties r ON r.agreement_id = t.id AND r.party_key = ? "
        "WHERE t.deleted_at IS NOT NULL"
    )
    known = {"partner": (rarer, other)}
    third = _live_counted(conn, every, trashed, [other, rarer], ("partner",), known)
    both: list[Row] = [("partner", rarer, shared), ("partner", other, shared)]
    return own + subjects + third + both


def _partner_count(conn: sqlite3.Connection, party: str) -> int:
    """The live records ``party`` is party to (summary counts)."""
    found = conn.execute(
        "SELECT n FROM summary_facets WHERE facet = 'partner' AND trashed = 0 AND value = ?",
        (party,),
    ).fetchone()
    return int(found[0]) if found else 0


def _subject_facets(conn: sqlite3.Connection, filters: Filters) -> list[Row] | None:
    """The facets of the live records of one subject; None for any other filter (and for
    a name several subjects fold to, whose records may have more than one of them).
    Kind, status, year, the subject itself and the commonest partner (the home party,
    on most records) come from the cube; the other partners and subjects are counted."""
    if filters != Filters(subjects=filters.subjects) or not filters.subjects:
        return None
    keys = {subject_key(s) for s in filters.subjects}
    found = conn.execute(
        f"SELECT id, name FROM subjects WHERE casefold(name) IN ({','.join('?' * len(keys))})",
        list(keys),
    ).fetchall()
    if len(found) != 1:
        return None
    subject, name = found[0]
    own = _cube_own(conn, "", "subject", subject)
    known: list[Row] = [("subject", name, sum(n for facet, _, n in own if facet == "kind"))]
    commonest = conn.execute(
        "SELECT value FROM summary_facets WHERE facet = 'partner' AND trashed = 0 "
        "ORDER BY n DESC LIMIT 1"
    ).fetchone()
    if commonest is not None:
        (with_subject,) = conn.execute(
            "SELECT coalesce(sum(n), 0) FROM summary_cube "
            "WHERE party = ? AND facet = 'subject' AND value = ?",
            (commonest[0], subject),
        ).fetchone()
        known.append(("partner", commonest[0], with_subject))
    every = "SELECT agreement_id AS id FROM agreement_subjects WHERE subject_id = ?"
    trashed = (
        f"{_TRASHED} CROSS JOIN agreement_subjects x ON x.agreement_id = t.id "
        "AND x.subject_id = ? WHERE t.deleted_at IS NOT NULL"
    )
    skip = {"subject": [subject], "partner": [value for facet, value, _ in known[1:]]}
    counted = _live_counted(conn, every, trashed, [subject], ("partner", "subject"), skip)
    return own + known + counted


def _dated_facets(conn: sqlite3.Connection, filters: Filters) -> list[Row] | None:
    """The facets of a date range over a narrowing the cube answers (live records): the
    years wholly inside the range summed from the cube; a boundary year's records counted,
    or, when fewer, the year's others counted and taken from its sum in the cube. None
    for any other filter, and when some live record's date starts with no year.

    Every date is text (the column's affinity turns a number another program writes into
    text), so a date starting with a year strictly between the range's ends is always in
    the range: the cube's count of that year is exactly the range's records of it."""
    undated = Filters(filters.partners, filters.kinds, filters.statuses, years=filters.years)
    dated = replace(undated, since=filters.since, until=filters.until)
    if filters == undated or filters != dated or _cube_cells(undated) is None:
        return None
    found = [y for (y,) in conn.execute(_LIVE_YEARS)]
    if not all(_usable("year", y) for y in found):  # a date another program stored:
        return None  # starting with no year, it may fall anywhere in the range
    low = filters.since.year if filters.since else 0
    high = filters.until.year if filters.until else 10_000
    years = [int(y) for y in found if low <= int(y) <= high]
    years = [y for y in years if not filters.years or y in filters.years]
    summed = [y for y in years if low < y < high]
    counted = [y for y in years if y in (low, high)]
    rows: list[Row] = []
    for year in list(counted):
        others = _others_of_year(conn, filters, year)
        if others is not None:
            summed.append(year)
            counted.remove(year)
            rows += [(facet, value, -n) for facet, value, n in others]
    if not summed:
        return None
    if undated == Filters() and len(summed) > len(found) - len(summed):
        rows += _whole_but_years(conn, ["", *(y for y in found if int(y) not in summed)])
    else:
        rows += _cube_facets(conn, replace(undated, years=tuple(summed))) or []
    for year in counted:
        rows += _year_counted(conn, filters, year)
    return rows


_LIVE_YEARS = "SELECT value FROM summary_facets WHERE facet = 'year' AND trashed = 0"


def _of_year(
    conn: sqlite3.Connection, filters: Filters, year: int
) -> tuple[str, str, list[object]]:
    """The table to read (``agreements a``, by the date index when no rare partner drives
    the query), the WHERE clause and its parameters of the records of ``year`` matching
    ``filters``: the year as a range of the date index, so that a count over one year
    never walks the dates of the years around it (nor SQLite every record of a kind)."""
    common = common_partners(conn, filters)
    clause, params = where(replace(filters, years=(year,)), common)
    text = f"{year:04d}"  # every text starting with it: up to "2025" ("9999": "999:")
    params += [text, text[:-1] + chr(ord(text[-1]) + 1)]
    by_date = all(p in common for p in filters.partners)
    table = "agreements a INDEXED BY agreements_live_signed_on" if by_date else "agreements a"
    return table, f"{clause} AND a.signed_on >= ? AND a.signed_on < ?", params


def _year_counted(conn: sqlite3.Connection, filters: Filters, year: int) -> list[Row]:
    """Every facet of the records of ``year`` that ``filters`` match."""
    table, clause, params = _of_year(conn, filters, year)
    return _counted(conn, f"{_OWN_COLUMNS} FROM {table} WHERE {clause}", params)


def _others_of_year(conn: sqlite3.Connection, filters: Filters, year: int) -> list[Row] | None:
    """The facets of the records of ``year`` (a boundary year of the date range) that
    the range leaves out, when they are fewer than those it keeps; else None. Which are
    fewer is judged by the dates alone, from the date index (the other criteria would
    read every record of the year to tell)."""
    dates = Filters(since=filters.since, until=filters.until)
    table, clause, params = _of_year(conn, dates, year)
    (kept,) = conn.execute(f"SELECT count(*) FROM {table} WHERE {clause}", params).fetchone()
    if count(conn, Filters(years=(year,))) - kept >= kept:  # the year's, from the cube
        return None
    _, kept_clause, kept_params = _of_year(conn, filters, year)
    undated = replace(filters, since=None, until=None)
    table, clause, params = _of_year(conn, undated, year)
    others = f"{_OWN_COLUMNS} FROM {table} WHERE {clause} AND NOT ({kept_clause})"
    return _counted(conn, others, [*params, *kept_params])


def _summed(conn: sqlite3.Connection, filters: Filters) -> Iterable[Row]:
    """The facet counts of ``filters`` (to be summed per value): from the summary tables
    as far as they answer, from the records for the rest."""
    if filters == Filters(trash=filters.trash):
        return conn.execute(_WHOLE_FACETS, (filters.trash, filters.trash)).fetchall()
    for partly_summed in (_cube_facets, _partnership_facets, _subject_facets, _dated_facets):
        found = partly_summed(conn, filters)
        if found is not None:
            return found
    return _scanned(conn, filters)


def facets(conn: sqlite3.Connection, filters: Filters) -> dict[str, list[FacetCount]]:
    """For each facet, its values and how many of the filtered records have each: from
    the summary tables wherever they answer, else (or for the rest) counted."""
    found: dict[str, Counter[Any]] = {name: Counter() for name in _FACETS}
    for name, value, n in _summed(conn, filters):
        found[name][value] += n
    return {
        name: sorted(
            (FacetCount(value, n) for value, n in counts.items() if n and _usable(name, value)),
            key=lambda f: (-f.count, f.value),
        )
        for name, counts in found.items()
    }

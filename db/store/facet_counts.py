"""Facet counts: how many of the matching records have each partner, kind, status, year
and subject.

The whole catalogue's (and the trash's) come from the summary counts, a narrowing by one
partner, kinds, statuses and years from the summary cube (migration m005), so neither scans
the records; any other narrowing (several partners, subjects, dates, a search's matches)
finds its records once and counts every facet over them in one statement.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from db.store.model import FacetCount, Filters
from db.store.queries import _KINDS, _STATUSES, _cube_cells, where

_FACETS = ("partner", "kind", "status", "year", "subject")

_SCANNED_FACETS = """
WITH m AS MATERIALIZED (
    SELECT a.id, a.kind, a.status, substr(a.signed_on, 1, 4) AS year FROM agreements a
    WHERE {where}
)
SELECT 'kind', kind, count(*) FROM m GROUP BY 2
UNION ALL SELECT 'status', status, count(*) FROM m GROUP BY 2
UNION ALL SELECT 'year', year, count(*) FROM m WHERE year IS NOT NULL GROUP BY 2
UNION ALL SELECT 'partner', p.party_key, count(*) FROM m JOIN parties p ON p.agreement_id = m.id
GROUP BY 2
UNION ALL SELECT 'subject', s.name, g.n FROM (
    SELECT x.subject_id, count(*) AS n FROM m
    JOIN agreement_subjects x ON x.agreement_id = m.id GROUP BY 1
) g JOIN subjects s ON s.id = g.subject_id
"""
"""Facets of any narrowing the summary tables do not answer: the matching records are
found once (materialised), then every facet is counted over them in the same statement."""


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


def _cube_facets(conn: sqlite3.Connection, filters: Filters) -> list[tuple[str, Any, int]] | None:
    """The facets of a narrowing :func:`_cube_cells` answers, as sums over summary_cube
    (migration m005); None for any other filter."""
    found = _cube_cells(filters)
    if found is None:
        return None
    cells, params, own, own_params = found
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
    return conn.execute(sql, [*own_params] * 3 + params * 2).fetchall()


def facets(conn: sqlite3.Connection, filters: Filters) -> dict[str, list[FacetCount]]:
    """For each facet, its values and how many of the filtered records have each: the
    whole catalogue's and common narrowings from the summary tables, others by a scan."""
    found: dict[str, list[tuple[Any, int]]] = {name: [] for name in _FACETS}
    summed = None
    if filters == Filters(trash=filters.trash):
        summed = conn.execute(_WHOLE_FACETS, (filters.trash, filters.trash)).fetchall()
    else:
        summed = _cube_facets(conn, filters)
    if summed is None:
        clause, params = where(filters)
        summed = conn.execute(_SCANNED_FACETS.format(where=clause), params).fetchall()
    for name, value, n in summed:
        found[name].append((value, n))
    return {
        name: sorted(
            (FacetCount(value, n) for value, n in counts if _usable(name, value)),
            key=lambda f: (-f.count, f.value),
        )
        for name, counts in found.items()
    }

"""Partnerships against each other: counts per partner and kind or subject, in one query.

The aggregate runs in SQLite (GROUP BY over the parties index) so a 100,000-record
catalogue gives its matrix without loading records into Python. Records are read through
the small ``agreements_matrix`` index (migration m003), never the long rows; the planner
prefers the rowid, hence INDEXED BY.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from db.store.model import Kind, PartialDate
from db.store.stored import date_or_none

if TYPE_CHECKING:
    from db.catalog import Catalog


class MatrixAxis(StrEnum):
    """What the matrix's columns are."""

    KIND = "kind"
    SUBJECT = "subject"


@dataclass(frozen=True)
class MatrixCount:
    """How many live records the home party shares with ``partner`` in ``column``."""

    partner: str
    column: str
    count: int
    latest: PartialDate | None


_SQL = {
    MatrixAxis.KIND: (
        "SELECT p.party_key, a.kind, count(*), max(a.signed_on) "
        "FROM parties h JOIN agreements a INDEXED BY agreements_matrix "
        "ON a.id = h.agreement_id "
        "JOIN parties p ON p.agreement_id = h.agreement_id AND p.party_key <> h.party_key "
        "WHERE h.party_key = ? AND a.deleted_at IS NULL GROUP BY p.party_key, a.kind"
    ),
    # Grouped by subject id, names looked up after: a name lookup per joined row costs
    # a fifth of the query at 100,000 records.
    MatrixAxis.SUBJECT: (
        "SELECT g.party_key, s.name, g.n, g.latest FROM ("
        "SELECT p.party_key, x.subject_id, count(*) AS n, max(a.signed_on) AS latest "
        "FROM parties h JOIN agreements a INDEXED BY agreements_matrix "
        "ON a.id = h.agreement_id "
        "JOIN parties p ON p.agreement_id = h.agreement_id AND p.party_key <> h.party_key "
        "JOIN agreement_subjects x ON x.agreement_id = h.agreement_id "
        "WHERE h.party_key = ? AND a.deleted_at IS NULL GROUP BY p.party_key, x.subject_id"
        ") g JOIN subjects s ON s.id = g.subject_id"
    ),
}


def matrix_counts(catalog: Catalog, axis: MatrixAxis, home: str | None = None) -> list[MatrixCount]:
    """Every non-empty (partner, kind|subject) cell of the home party's partnerships."""
    home = home or catalog.home_party
    return [
        MatrixCount(partner, column, n, date_or_none(latest))
        for partner, column, n, latest in catalog.conn.execute(_SQL[MatrixAxis(axis)], (home,))
        # Values another program stored that are no party or kind stay out of the matrix.
        if type(partner) is str
        and type(column) is str
        and (axis is MatrixAxis.SUBJECT or column in set(Kind))
    ]

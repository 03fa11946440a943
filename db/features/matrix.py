"""Partnerships against each other: counts per partner and kind or subject, in one query.

The counts are read from the summary tables the triggers of migration m005 keep (one row
per pair of parties and kind or subject), so the matrix costs the same at a million
records as at a hundred.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from db.store.model import Kind, PartialDate
from db.store.queries import _date as _parsed

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
    MatrixAxis.KIND: "SELECT partner, kind, n, latest FROM summary_partners WHERE party = ?",
    MatrixAxis.SUBJECT: (
        "SELECT g.partner, s.name, g.n, g.latest FROM summary_partner_subjects g "
        "JOIN subjects s ON s.id = g.subject_id WHERE g.party = ?"
    ),
}


_KINDS = frozenset(Kind)


def matrix_counts(catalog: Catalog, axis: MatrixAxis, home: str | None = None) -> list[MatrixCount]:
    """Every non-empty (partner, kind|subject) cell of the home party's partnerships."""
    home = home or catalog.home_party
    by_kind = MatrixAxis(axis) is MatrixAxis.KIND
    return [
        MatrixCount(partner, column, n, _date(latest) if type(latest) is str else None)
        for partner, column, n, latest in catalog.conn.execute(_SQL[MatrixAxis(axis)], (home,))
        # Values another program stored that are no party or kind stay out of the matrix.
        if type(partner) is str and type(column) is str and (not by_kind or column in _KINDS)
    ]


def _date(text: str) -> PartialDate | None:
    """A stored date (parsed once per distinct text), None when it is not one."""
    try:
        return _parsed(text)
    except ValueError:
        return None

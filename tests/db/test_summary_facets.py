"""Facets read from the summary tables equal the facets counted from the records, for the
whole catalogue, the trash and every narrowing the summary cube answers."""

from __future__ import annotations

import random

import pytest

from db import Catalog, Filters, Kind, Status
from db.store import queries
from tests.db.test_summaries import _write_at_random


def _counted(catalog: Catalog, filters: Filters) -> dict[str, list[object]]:
    """The facets as the scan of the records counts them."""
    clause, params = queries.where(filters)
    result = {}
    for name, sql in queries._FACETS.items():
        found = catalog.conn.execute(sql.format(where=clause), params).fetchall()
        result[name] = sorted(
            (queries.FacetCount(v, n) for v, n in found if queries._usable(name, v)),
            key=lambda f: (-f.count, f.value),
        )
    return result


NARROWINGS = [
    Filters(),
    Filters(trash=True),
    Filters(partners=("PL",)),
    Filters(partners=("UA",), kinds=(Kind.AGREEMENT, Kind.MEMORANDUM)),
    Filters(kinds=(Kind.TREATY,)),
    Filters(statuses=(Status.SIGNED,), years=(2020, 2024)),
    Filters(partners=("NATO",), statuses=(Status.SIGNED, Status.IN_FORCE), years=(2022,)),
    Filters(years=(1999,)),
]


@pytest.mark.parametrize("filters", NARROWINGS, ids=repr)
def test_summary_facets_equal_the_facets_counted_from_the_records(
    catalog: Catalog, filters: Filters
) -> None:
    _write_at_random(catalog, random.Random(7), 60)
    assert catalog.facets(filters) == _counted(catalog, filters)

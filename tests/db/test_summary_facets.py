"""Facets read from the summary tables equal the facets counted from the records, for the
whole catalogue, the trash and every narrowing the summary cube answers."""

from __future__ import annotations

import random

import pytest

from db import Catalog, Filters, Kind, PartialDate, Status
from db.store import facet_counts, queries
from tests.db.test_summaries import _write_at_random

# Each facet counted on its own, straight from the records (as Pactum did before m005).
ONE_BY_ONE = {
    "partner": "SELECT p.party_key, count(*) FROM parties p "
    "JOIN agreements a ON a.id = p.agreement_id WHERE {where} GROUP BY p.party_key",
    "kind": "SELECT a.kind, count(*) FROM agreements a WHERE {where} GROUP BY a.kind",
    "status": "SELECT a.status, count(*) FROM agreements a WHERE {where} GROUP BY a.status",
    "year": "SELECT substr(a.signed_on, 1, 4), count(*) FROM agreements a "
    "WHERE {where} AND a.signed_on IS NOT NULL GROUP BY 1",
    "subject": "SELECT s.name, count(*) FROM agreement_subjects x "
    "JOIN agreements a ON a.id = x.agreement_id "
    "JOIN subjects s ON s.id = x.subject_id WHERE {where} GROUP BY s.name",
}


def _counted(catalog: Catalog, filters: Filters) -> dict[str, list[object]]:
    """The facets as the scan of the records counts them."""
    clause, params = queries.where(filters)
    result = {}
    for name, sql in ONE_BY_ONE.items():
        found = catalog.conn.execute(sql.format(where=clause), params).fetchall()
        result[name] = sorted(
            (facet_counts.FacetCount(v, n) for v, n in found if facet_counts._usable(name, v)),
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
    # Answered by a scan of the matching records:
    Filters(subjects=("drones",)),
    Filters(partners=("UA", "PL")),
    Filters(since=PartialDate(2021, 6)),
    Filters(ids=(1, 2, 3, 5, 8, 13, 21, 34)),
    Filters(trash=True, kinds=(Kind.AGREEMENT,)),
]


@pytest.mark.parametrize("filters", NARROWINGS, ids=repr)
def test_summary_facets_equal_the_facets_counted_from_the_records(
    catalog: Catalog, filters: Filters
) -> None:
    _write_at_random(catalog, random.Random(7), 60)
    assert catalog.facets(filters) == _counted(catalog, filters)


def test_facets_of_more_ids_than_sqlite_takes_as_parameters(catalog: Catalog) -> None:
    _write_at_random(catalog, random.Random(8), 30)
    many = tuple(catalog.ids()) + tuple(range(10_000, 50_000))
    assert catalog.facets(Filters(ids=many)) == catalog.facets()
    assert catalog.count(Filters(ids=many)) == catalog.count()


@pytest.mark.parametrize("filters", NARROWINGS, ids=repr)
def test_counts_from_the_summary_tables_equal_the_records_counted(
    catalog: Catalog, filters: Filters
) -> None:
    _write_at_random(catalog, random.Random(9), 60)
    assert catalog.count(filters) == len(catalog.ids(filters))

"""The facets of narrowings the summary tables answer in part (two partners, one subject, a
date range) equal the facets counted from the records, record by record: with records in
the trash, undated ones, records of several partners and subjects, partial dates at either
end of a range, and dates another program stored as numbers or odd text."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from db import Agreement, Catalog, Filters, Kind, PartialDate, Party, Status
from db.store import facet_counts
from tests.db.test_summaries import _write_at_random
from tests.db.test_summary_facets import _counted

DATES = (None, "2021", "2021-12", "2022", "2022-05", "2022-06", "2022-06-01", "2022-06-30")
DATES += ("2022-07", "2023", "2023-01-01", "2024", "2024-06", "2024-06-15", "2024-12-31", "2025")
GROUPS = (("UA", "PL"), ("UA", "PL", "LT"), ("PL", "UA", "NATO", "DE"), ("LT", "DE"), ("UA", "LT"))
TOPICS = (("drones",), ("drones", "demining"), (), ("demining", "energy", "Місцева тема"))


def _party(key: str) -> Party:
    return Party.org(key) if key == "NATO" else Party.state(key)


@pytest.fixture
def varied(catalog: Catalog) -> Catalog:
    """Every date above with every group of parties and subjects (some records trashed),
    then random writes: edits, trash and restores, deletes, changes by another program."""
    rng = random.Random(14)
    for n, date in enumerate(DATES * 3):
        added = catalog.add(
            Agreement(
                title=f"record {n}",
                kind=rng.choice(list(Kind)),
                status=rng.choice(list(Status)),
                parties=tuple(_party(k) for k in GROUPS[n % len(GROUPS)]),
                signed_on=PartialDate.parse(date) if date else None,
                subjects=TOPICS[n % len(TOPICS)],
            )
        )
        if n % 4 == 0:
            catalog.delete(added.id or 0)
    _write_at_random(catalog, rng, 60)
    return catalog


PathCheck = Callable[[Catalog, Filters], object]

PARTNERSHIPS = [
    Filters(partners=("UA", "PL")),
    Filters(partners=("PL", "UA")),
    Filters(partners=("LT", "UA")),
    Filters(partners=("NATO", "DE")),
    Filters(partners=("UA", "SE")),  # a partner on no record
]
SUBJECTS = [
    Filters(subjects=("drones",)),
    Filters(subjects=("DEMINING",)),
    Filters(subjects=("Місцева тема",)),
    Filters(subjects=("drones", "Drones")),
]
DATED = [
    Filters(since=PartialDate(2022, 6)),
    Filters(since=PartialDate(2022)),
    Filters(since=PartialDate(2022, 6, 15)),
    Filters(since=PartialDate(2024, 12, 31)),
    Filters(until=PartialDate(2021, 1)),
    Filters(until=PartialDate(2024)),
    Filters(until=PartialDate(2024, 6)),
    Filters(until=PartialDate(2024, 6, 1)),
    Filters(since=PartialDate(2021, 12), until=PartialDate(2024, 6, 15)),
    Filters(since=PartialDate(2022, 6), partners=("UA",)),
    Filters(since=PartialDate(2021), kinds=(Kind.AGREEMENT, Kind.TREATY)),
    Filters(until=PartialDate(2025), statuses=(Status.SIGNED,), years=(2022, 2023)),
]


@pytest.mark.parametrize("filters", PARTNERSHIPS, ids=repr)
def test_two_partners_facets_from_the_summary_tables_equal_those_counted(
    varied: Catalog, filters: Filters
) -> None:
    assert facet_counts._partnership_facets(varied.conn, filters) is not None
    assert varied.facets(filters) == _counted(varied, filters)


@pytest.mark.parametrize("filters", SUBJECTS, ids=repr)
def test_one_subject_facets_from_the_summary_tables_equal_those_counted(
    varied: Catalog, filters: Filters
) -> None:
    assert facet_counts._subject_facets(varied.conn, filters) is not None
    assert varied.facets(filters) == _counted(varied, filters)


@pytest.mark.parametrize("filters", DATED, ids=repr)
def test_date_range_facets_from_whole_years_and_boundary_records_equal_those_counted(
    varied: Catalog, filters: Filters
) -> None:
    assert facet_counts._dated_facets(varied.conn, filters) is not None
    assert varied.facets(filters) == _counted(varied, filters)


def test_a_boundary_year_is_counted_on_the_side_of_the_range_with_fewer_records(
    varied: Catalog,
) -> None:
    # Live in 2022: 12 records dated June or later (or just "2022"), 2 before June.
    assert facet_counts._others_of_year(varied.conn, Filters(since=PartialDate(2022, 6)), 2022)
    # Live in 2021: 3 records dated just "2021", 6 dated May or December.
    kept = Filters(until=PartialDate(2021, 1))
    assert facet_counts._others_of_year(varied.conn, kept, 2021) is None


@pytest.mark.parametrize(
    "filters",
    [
        Filters(partners=("UA", "PL", "LT")),
        Filters(partners=("UA", "PL"), trash=True),
        Filters(partners=("UA", "PL"), kinds=(Kind.AGREEMENT,)),
        Filters(subjects=("drones", "demining")),
        Filters(subjects=("drones",), trash=True),
        Filters(since=PartialDate(2022, 6), trash=True),
        Filters(since=PartialDate(2022, 6), subjects=("drones",)),
        Filters(since=PartialDate(2022, 6), until=PartialDate(2022, 9)),
    ],
    ids=repr,
)
def test_narrowings_no_summary_answers_are_counted_from_the_records(
    varied: Catalog, filters: Filters
) -> None:
    assert varied.facets(filters) == _counted(varied, filters)


def test_facets_of_given_ids_equal_those_counted(varied: Catalog) -> None:
    """Ids repeated, of trashed records and of none, alone and with other narrowings."""
    every = [row[0] for row in varied.conn.execute("SELECT id FROM agreements")]
    ids = (*every[::2], *every[:5], 10**9, -1)
    for filters in (
        Filters(ids=ids),
        Filters(ids=ids, trash=True),
        Filters(ids=ids, subjects=("drones",)),
        Filters(ids=ids, since=PartialDate(2022, 6)),
        Filters(ids=ids, partners=("UA", "PL")),
        Filters(ids=()),
    ):
        assert varied.facets(filters) == _counted(varied, filters), filters


@pytest.mark.parametrize("stored", [20230, 2023.5, "2023x", "zzzz", ""])
@pytest.mark.parametrize("filters", DATED, ids=repr)
def test_date_range_facets_stay_exact_with_dates_another_program_stored(
    varied: Catalog, filters: Filters, stored: object
) -> None:
    with varied.writing() as conn:
        conn.execute(
            "UPDATE agreements SET signed_on = ? WHERE id IN "
            "(SELECT id FROM agreements WHERE deleted_at IS NULL AND signed_on IS NOT NULL "
            "ORDER BY id LIMIT 3)",
            (stored,),
        )
    assert varied.facets(filters) == _counted(varied, filters)

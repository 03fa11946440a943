"""Filters turned into SQL: a date range over records whose dates are known to the year,
the month or the day."""

from __future__ import annotations

import pytest

from db import Agreement, Catalog, Filters, Kind, PartialDate, Party


def _add(catalog: Catalog, signed_on: PartialDate) -> None:
    catalog.add(
        Agreement(
            title=f"signed {signed_on.iso()}",
            kind=Kind.AGREEMENT,
            parties=(Party.state("UA"), Party.state("LT")),
            signed_on=signed_on,
        )
    )


def _titles(catalog: Catalog, filters: Filters) -> set[str]:
    return {row.title.removeprefix("signed ") for row in catalog.list(filters)}


@pytest.fixture
def dated(catalog: Catalog) -> Catalog:
    for date in ("2024", "2024-03", "2024-03-15", "2024-12-31", "2025-01-01", "2023-12-31"):
        _add(catalog, PartialDate.parse(date))
    return catalog


@pytest.mark.parametrize(
    ("until", "expected"),
    [
        ("2024", {"2023-12-31", "2024", "2024-03", "2024-03-15", "2024-12-31"}),
        ("2024-03", {"2023-12-31", "2024", "2024-03", "2024-03-15"}),
        ("2024-03-14", {"2023-12-31", "2024", "2024-03"}),
        ("2024-03-15", {"2023-12-31", "2024", "2024-03", "2024-03-15"}),
    ],
)
def test_until_keeps_every_record_that_may_fall_on_or_before_its_span(
    dated: Catalog, until: str, expected: set[str]
) -> None:
    filters = Filters(until=PartialDate.parse(until))
    assert _titles(dated, filters) == expected
    assert dated.count(filters) == len(expected)


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        ("2024", {"2024", "2024-03", "2024-03-15", "2024-12-31", "2025-01-01"}),
        ("2024-03-15", {"2024", "2024-03", "2024-03-15", "2024-12-31", "2025-01-01"}),
        ("2024-04", {"2024", "2024-12-31", "2025-01-01"}),
    ],
)
def test_since_keeps_every_record_that_may_fall_on_or_after_its_span(
    dated: Catalog, since: str, expected: set[str]
) -> None:
    assert _titles(dated, Filters(since=PartialDate.parse(since))) == expected


def test_a_year_range_is_the_whole_year(dated: Catalog) -> None:
    year = PartialDate(2024)
    assert _titles(dated, Filters(since=year, until=year)) == {
        "2024",
        "2024-03",
        "2024-03-15",
        "2024-12-31",
    }


def test_subject_filter_ignores_case_in_any_script(catalog) -> None:
    from tests.db.test_records import make

    saved = catalog.add(make(subjects=("Дрони",)))
    assert [r.id for r in catalog.list(Filters(subjects=("дрони",)))] == [saved.id]
    assert [r.id for r in catalog.list(Filters(subjects=("ДРОНИ",)))] == [saved.id]

"""The overview's figures and the way dates and amounts are written, without a PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db import (
    Agreement,
    Catalog,
    Commitment,
    Kind,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Status,
)
from db.store.progress import NoProgress
from desktop.briefing.content import Part, Scope, gather, summarise
from desktop.briefing.text import amount, long_date, period, short_date


def lt_part(catalog: Catalog) -> Part:
    return gather(catalog, "UA", "LT", Scope(), NoProgress(), 0, 1)


def record(title: str, signed: PartialDate | None, *pledges: Commitment, **kw) -> Agreement:
    return Agreement(
        title=title,
        kind=kw.pop("kind", Kind.AGREEMENT),
        parties=(Party.state("UA"), Party.state("LT")),
        signed_on=signed,
        commitments=pledges,
        **kw,
    )


def test_commitment_open_until_its_end_and_ending_within_a_year(demo: Catalog) -> None:
    part = lt_part(demo)  # LT pledges 0.25% of GDP until 2027 (a year: ends 31 Dec 2027)
    assert len(summarise(part, dt.date(2025, 9, 1)).open_commitments) == 1
    assert summarise(part, dt.date(2025, 9, 1)).ending_soon == ()
    soon = summarise(part, dt.date(2027, 1, 1))
    assert [p.commitment.description for p in soon.ending_soon] == [
        "Виділяти 0,25% свого ВВП на військову допомогу Україні"
    ]
    assert summarise(part, dt.date(2028, 1, 1)).open_commitments == ()


def test_closed_documents_bind_no_one(catalog: Catalog) -> None:
    pledge = Commitment("LT", "supply", until=None)
    catalog.add(record("old", PartialDate(2020), pledge, status=Status.TERMINATED))
    catalog.add(record("live", PartialDate(2021), pledge))
    summary = summarise(lt_part(catalog), dt.date(2025, 1, 1))
    assert [p.agreement.title for p in summary.open_commitments] == ["live"]


def test_counts_first_latest_and_recurring_subjects(catalog: Catalog) -> None:
    catalog.add(record("b", PartialDate(2024, 5), subjects=("drones", "ammunition")))
    catalog.add(record("a", PartialDate(2023), subjects=("drones",), kind=Kind.MEMORANDUM))
    catalog.add(record("c", PartialDate(2025, 1, 2), subjects=("drones", "ammunition")))
    catalog.add(record("undated", None, subjects=("finance",)))
    summary = summarise(lt_part(catalog), dt.date(2025, 1, 1))
    assert dict(summary.by_kind) == {Kind.AGREEMENT: 3, Kind.MEMORANDUM: 1}
    assert summary.first.title == "a" and summary.latest.title == "c"
    assert summary.recurring_subjects == (("drones", 3), ("ammunition", 2))


def test_gather_is_chronological_and_names_relation_targets(demo: Catalog) -> None:
    ca = demo.get(demo.ids()[1])
    base = lt_part(demo).agreements[0]
    follow = demo.add(
        dataclasses.replace(
            record("follow-up", PartialDate(2026)),
            relations=(
                Relation(RelationKind.FOLLOWS_UP, base.uuid),
                Relation(RelationKind.AMENDS, ca.uuid),
            ),
        )
    )
    part = lt_part(demo)
    assert [a.title for a in part.agreements] == [base.title, follow.title]
    assert part.related[ca.uuid].title == ca.title
    assert part.related[base.uuid].signed_on == PartialDate(2025, 8, 25)


@pytest.mark.parametrize(
    ("date", "uk", "en", "uk_short"),
    [
        (PartialDate(2025, 8, 25), "25 серпня 2025", "25 August 2025", "25.08.2025"),
        (PartialDate(2025, 8), "серпень 2025", "August 2025", "08.2025"),
        (PartialDate(2025), "2025", "2025", "2025"),
        (None, "без дати", "undated", "—"),
    ],
)
def test_dates_show_their_precision(date, uk: str, en: str, uk_short: str) -> None:
    assert long_date(date, "uk") == uk
    assert long_date(date, "en") == en
    assert short_date(date, "uk") == uk_short


def test_periods_and_amounts() -> None:
    assert period(PartialDate(2024), None, "en") == "2024 – …"
    assert period(None, None, "uk") == "усі дати"
    assert period(PartialDate(2025, 8), PartialDate(2025, 8), "uk") == "серпень 2025"
    assert amount(0.25, "% of GDP", "uk") == "0,25 % of GDP"
    assert amount(1500000, "EUR", "en") == "1,500,000 EUR"
    assert amount(1500000.5, "EUR", "uk") == "1\u202f500\u202f000,5 EUR"

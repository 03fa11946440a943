"""Deadlines are exactly the open commitments whose latest possible due day falls in the
window; stages travel through the store, the history and the interchange format intact."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from db import (
    Agreement,
    Catalog,
    Commitment,
    GdpBasis,
    Kind,
    PartialDate,
    Party,
    Stage,
    StageStep,
    open_catalog,
    validation_problems,
)
from db.features.interchange import export_file, import_file

TODAY = dt.date(2026, 11, 29)

partial_dates = st.builds(
    lambda year, month, day, precision: PartialDate(
        year,
        month if precision != "year" else None,
        min(day, 28) if precision == "day" else None,
    ),
    st.integers(2024, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["year", "month", "day"]),
)


def record(*commitments: Commitment, partner: str = "LT") -> Agreement:
    return Agreement(
        title="Letter of intent",
        kind=Kind.LETTER_OF_INTENT,
        parties=(Party.state("UA"), Party.state(partner)),
        signed_on=PartialDate(2025, 8, 25),
        commitments=commitments,
    )


@settings(max_examples=30, deadline=None)
@given(
    dates=st.lists(partial_dates, min_size=1, max_size=6),
    within=st.integers(0, 2000),
    overdue=st.booleans(),
)
def test_deadlines_within_n_days_are_exactly_those_due_in_the_window(
    dates: list[PartialDate], within: int, overdue: bool
) -> None:
    with open_catalog(None, user="tester") as catalog:
        commitments = [Commitment("LT", f"promise {n}", until=d) for n, d in enumerate(dates)]
        catalog.add(record(*commitments))
        found = catalog.deadlines(today=TODAY, within=within, overdue=overdue)
    expected = sorted(
        (d.last_day(), f"promise {n}")
        for n, d in enumerate(dates)
        if (d.last_day() - TODAY).days <= within and (overdue or d.last_day() >= TODAY)
    )
    assert [(d.due, d.description) for d in found] == expected


def test_a_delivered_or_cancelled_commitment_is_no_deadline(catalog: Catalog) -> None:
    until = PartialDate(2027)
    catalog.add(
        record(
            Commitment("LT", "owed", until=until),
            Commitment("LT", "part", until=until, stages=(StageStep(Stage.DELIVERED_IN_PART),)),
            Commitment("LT", "done", until=until, stages=(StageStep(Stage.DELIVERED),)),
            Commitment("LT", "dropped", until=until, stages=(StageStep(Stage.CANCELLED),)),
        )
    )
    found = catalog.deadlines(today=TODAY, within=2000)
    assert [d.description for d in found] == ["owed", "part"]


def test_deadlines_of_one_partner_and_not_of_trashed_records(catalog: Catalog) -> None:
    lt = catalog.add(record(Commitment("LT", "lt", until=PartialDate(2027))))
    catalog.add(record(Commitment("PL", "pl", until=PartialDate(2027)), partner="PL"))
    assert [d.description for d in catalog.deadlines(today=TODAY, within=30, partner="PL")] == []
    assert [d.description for d in catalog.deadlines(today=TODAY, within=800, partner="PL")] == [
        "pl"
    ]
    assert lt.id is not None
    catalog.delete(lt.id)
    assert [d.description for d in catalog.deadlines(today=TODAY, within=800)] == ["pl"]


def test_a_commitments_stages_and_gdp_basis_round_trip_through_store_history_and_export(
    catalog: Catalog, tmp_path
) -> None:
    stages = (
        StageStep(Stage.ALLOCATED, PartialDate(2025, 10), 200_000_000.0, "Kiel tracker"),
        StageStep(Stage.DELIVERED_IN_PART, PartialDate(2026, 3, 1), 80_000_000.0, "MoD"),
    )
    pledged = Commitment(
        "LT",
        "0.25 % of GDP for Ukraine",
        0.25,
        "% of GDP",
        PartialDate(2027),
        gdp=GdpBasis(197_000_000.0, "EUR", 2024, "Eurostat"),
    )
    saved = catalog.add(record(pledged))
    assert catalog.get(saved.uuid).commitments[0].stage is Stage.PLEDGED
    moved = dataclasses.replace(pledged, stages=stages)
    updated = catalog.update(dataclasses.replace(saved, commitments=(moved,)))
    again = catalog.get(updated.uuid)
    assert again.commitments == (moved,) and again.commitments[0].stage is Stage.DELIVERED_IN_PART
    change = [c for c in catalog.history(saved.uuid) if c.field == "commitments"][-1]
    assert change.new[0]["stages"][1]["stage"] == "delivered_in_part"
    export_file(catalog, tmp_path / "out.json")
    with open_catalog(None, user="tester") as other:
        import_file(other, tmp_path / "out.json")
        assert other.get(saved.uuid).commitments == (moved,)


def test_a_stage_dated_in_the_future_is_refused_with_its_commitment(catalog: Catalog) -> None:
    ahead = dt.date.today().year + 2
    late = Commitment("LT", "x", stages=(StageStep(Stage.DELIVERED, PartialDate(ahead)),))
    problems = validation_problems(record(late))
    assert [(p.field, p.code) for p in problems] == [("commitments", "stage_in_future")]


def test_a_briefing_remembered_with_a_damaged_time_stamp_counts_as_none(catalog: Catalog) -> None:
    made = catalog.remember_briefing(["LT"], {}, {})
    with catalog.writing():
        catalog.conn.execute("UPDATE briefings SET made_at = 'yesterday' WHERE id = ?", (made.id,))
    assert catalog.last_briefing(["LT"]) is None


def test_a_deadline_on_the_last_day_a_date_can_name_is_listed(catalog: Catalog) -> None:
    catalog.add(record(Commitment("LT", "far", until=PartialDate(9999))))
    found = catalog.deadlines(today=TODAY, within=None)
    assert [d.due for d in found] == [dt.date(9999, 12, 31)]

"""Deadlines fall in the calendar's groups: overdue, this month, this quarter, later."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.deadlines.groups import When, when

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("due", "group"),
    [
        (dt.date(2026, 11, 28), When.OVERDUE),
        (dt.date(2025, 12, 31), When.OVERDUE),
        (dt.date(2026, 11, 29), When.THIS_MONTH),
        (dt.date(2026, 11, 30), When.THIS_MONTH),
        (dt.date(2026, 12, 31), When.THIS_QUARTER),
        (dt.date(2027, 1, 1), When.LATER),
        (dt.date(2027, 11, 29), When.LATER),
    ],
)
def test_a_due_day_falls_in_its_calendar_group(due: dt.date, group: When) -> None:
    assert when(due, TODAY) is group


def test_a_quarter_is_the_calendars_not_the_next_three_months() -> None:
    assert when(dt.date(2026, 3, 31), dt.date(2026, 1, 15)) is When.THIS_QUARTER
    assert when(dt.date(2026, 4, 1), dt.date(2026, 3, 30)) is When.LATER

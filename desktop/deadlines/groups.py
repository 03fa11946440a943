"""Deadlines grouped as an analyst plans: overdue, this month, this quarter, later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from db import Deadline


class When(StrEnum):
    OVERDUE = "overdue"
    THIS_MONTH = "this_month"
    THIS_QUARTER = "this_quarter"
    LATER = "later"


def when(due: dt.date, today: dt.date) -> When:
    """Which group a due day falls in, seen from ``today`` (calendar month and quarter)."""
    if due < today:
        return When.OVERDUE
    if (due.year, due.month) == (today.year, today.month):
        return When.THIS_MONTH
    if due.year == today.year and (due.month - 1) // 3 == (today.month - 1) // 3:
        return When.THIS_QUARTER
    return When.LATER


def grouped(deadlines: Sequence[Deadline], today: dt.date) -> dict[When, list[Deadline]]:
    """Every group, in order, with its deadlines nearest first (empty groups kept)."""
    groups: dict[When, list[Deadline]] = {group: [] for group in When}
    for deadline in sorted(deadlines, key=lambda d: d.due):
        groups[when(deadline.due, today)].append(deadline)
    return groups

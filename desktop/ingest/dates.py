"""Dates in Ukrainian and English news: absolute, day + month with the year implied, relative.

News items rarely repeat the year ("24 серпня", "on 24 August"): it comes from the
publication date, and a day-month later in the year than publication means last year's.
"Today", "yesterday" and weekday names count back from the publication date too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from db import PartialDate
from desktop.labels import MONTHS_EN

UK_MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("січня", "січні"),
            ("лютого", "лютому"),
            ("березня", "березні"),
            ("квітня", "квітні"),
            ("травня", "травні"),
            ("червня", "червні"),
            ("липня", "липні"),
            ("серпня", "серпні"),
            ("вересня", "вересні"),
            ("жовтня", "жовтні"),
            ("листопада", "листопаді"),
            ("грудня", "грудні"),
        ],
        1,
    )
    for m in names
}
EN_MONTHS = {name: n for n, full in enumerate(MONTHS_EN, 1) for name in (full, full[:3], full[:4])}
_UK_MONTH = "|".join(sorted(UK_MONTHS, key=len, reverse=True))
_EN_MONTH = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_YEAR = r"(?:(\d{4})\s*(?:року|р\.|р\b|рік)?)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dmy_num", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("uk", re.compile(rf"\b(\d{{1,2}})(?:-го)?\s+({_UK_MONTH})(?:\s+{_YEAR})?", re.IGNORECASE)),
    (
        "en_dm",
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN_MONTH})\.?(?:,?\s+(\d{{4}}))?\b"
        ),
    ),
    (
        "en_md",
        re.compile(rf"\b({_EN_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"),
    ),
    ("uk_month", re.compile(rf"\bу\s+({_UK_MONTH})\s+{_YEAR}", re.IGNORECASE)),
    ("en_month", re.compile(rf"\bin\s+({_EN_MONTH})\s+(\d{{4}})\b")),
]
_RELATIVE = [
    (re.compile(r"\b(сьогодні|today|this morning|this afternoon)\b", re.IGNORECASE), 0),
    (re.compile(r"\b(вчора|учора|yesterday)\b", re.IGNORECASE), 1),
    (re.compile(r"\b(позавчора)\b", re.IGNORECASE), 2),
]
_WEEKDAYS = {
    "понеділок": 0, "вівторок": 1, "середу": 2, "середа": 2, "четвер": 3, "п'ятницю": 4,
    "п'ятниця": 4, "суботу": 5, "субота": 5, "неділю": 6, "неділя": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_WEEKDAY = re.compile(r"\b(?:у|в|on|last)\s+(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


#: Times that name no day: a signing "last week" was not on the day of publication.
_VAGUE = re.compile(
    r"\b(?:last|earlier this|past) (?:week|month|year)\b|\brecently\b|\bearlier this\b|"
    r"минулого (?:тижня|місяця|року)|минулий (?:тиждень|місяць)|нещодавно|днями|"
    r"на початку (?:тижня|місяця)|цього місяця|"
    r"\b(?:у|в)\s+\d{4}\s*(?:році|р\.)|\bin\s+(?:19|20)\d{2}\b(?!\s*-)",
    re.IGNORECASE,
)


def vague(text: str) -> bool:
    """Whether ``text`` places something at a time without a day ("last week")."""
    return _VAGUE.search(text) is not None


@dataclass(frozen=True)
class DateMention:
    """A date the text states, where it stands in the sentence (characters)."""

    date: PartialDate
    start: int
    end: int
    #: Counted from the publication date ("yesterday", "on Tuesday"): a date the text also
    #: states outright ("в середу, 26 березня") is the surer one.
    relative: bool = False


def _day(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _implied_year(month: int, day: int, published: PartialDate | None) -> PartialDate | None:
    if published is None:
        return None
    found = _day(published.year, month, day)
    if (
        found is not None
        and published.day is not None
        and found.first_day() > (published.first_day() + dt.timedelta(days=7))
    ):
        found = _day(published.year - 1, month, day)
    return found


def find_dates(text: str, published: PartialDate | None) -> list[DateMention]:
    """Every date stated in ``text``, in order; years left implicit come from ``published``."""
    found: list[DateMention] = []
    # Characters already read as part of a date: checking a match costs its own length, not
    # the number of dates found so far (a line of a thousand dates).
    taken = bytearray(len(text))

    def add(date: PartialDate | None, match: re.Match[str], relative: bool = False) -> None:
        start, end = match.span()
        if date is None or taken.find(1, start, end) >= 0:
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(DateMention(date, start, end, relative))

    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            g = m.groups()
            if name == "iso":
                add(_day(int(g[0]), int(g[1]), int(g[2])), m)
            elif name == "dmy_num":
                add(_day(int(g[2]), int(g[1]), int(g[0])), m)
            elif name == "uk":
                month, day = UK_MONTHS[g[1].lower()], int(g[0])
                add(
                    _day(int(g[2]), month, day) if g[2] else _implied_year(month, day, published), m
                )
            elif name in ("en_dm", "en_md"):
                day_s, month_s = (g[0], g[1]) if name == "en_dm" else (g[1], g[0])
                month, day = EN_MONTHS[month_s], int(day_s)
                add(
                    _day(int(g[2]), month, day) if g[2] else _implied_year(month, day, published), m
                )
            elif name == "uk_month":
                add(PartialDate(int(g[1]), UK_MONTHS[g[0].lower()]), m)
            elif name == "en_month":
                add(PartialDate(int(g[1]), EN_MONTHS[g[0]]), m)
    if published is not None and published.day is not None:
        base = published.first_day()
        for pattern, back in _RELATIVE:
            for m in pattern.finditer(text):
                add(PartialDate.of(base - dt.timedelta(days=back)), m, relative=True)
        for m in _WEEKDAY.finditer(text):
            weekday = _WEEKDAYS[m.group(1).lower().replace("’", "'")]
            back = (base.weekday() - weekday) % 7
            add(PartialDate.of(base - dt.timedelta(days=back)), m, relative=True)
    found.sort(key=lambda d: d.start)
    return found

"""Dates as an analyst types or pastes them, read to the precision they carry.

The editor's date field and the spreadsheet importer both meet dates written by hand:
``2025-10-16``, ``16.10.2025``, ``16/10/2025``, ``16 жовтня 2025``, ``October 2025``,
``жовтень 2025``, ``2025-10``, ``2025``. Each becomes a :class:`db.PartialDate` known to the
day, the month or the year. A date that does not exist (month 13, day 40, 31 April) is an
error saying so, never clipped to a nearby date: a silently moved signing date is worse than
a refused one. Numeric dates are day first (``16/10/2025``), as written in Ukraine and Europe.

Errors are :class:`TypedDateError`, a ``ValueError`` with a ``code`` and ``params`` and its
text in English and Ukrainian (:meth:`TypedDateError.text`), so the window and the command
line can say what is wrong in the user's language without a Qt translation table.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from db import PartialDate
from desktop.labels import MONTHS_EN

_UK_STEMS = ("січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт")
_UK_ENDINGS = ("ень", "ня", "ні", "нем", "ню")
UK_MONTH_FORMS: dict[str, int] = {
    **{stem + end: n for n, stem in enumerate(_UK_STEMS, 1) for end in _UK_ENDINGS},
    # Лютий declines as an adjective, листопад has a hard stem, грудень drops its "е".
    **{"лют" + end: 2 for end in ("ий", "ого", "ому", "им", "ім")},
    **{"листопад" + end: 11 for end in ("", "а", "і", "у", "ом", "е")},
    **{"груд" + end: 12 for end in ("ень", "ня", "ні", "нем", "ню")},
}
"""Every case form of the Ukrainian month names (nominative жовтень, genitive жовтня, ...)."""

EN_MONTH_FORMS: dict[str, int] = {
    form: n
    for n, name in enumerate(MONTHS_EN, 1)
    for form in (name.lower(), name[:3].lower(), name[:4].lower())
}
"""English month names, full or cut to three or four letters (Sep, Sept)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "date_empty": ("no date given", "дату не вказано"),
    "date_unreadable": (
        "{text!r} is not a date (for example 2025-10-16, 16.10.2025, October 2025 or 2025)",
        "«{text}» — не дата (наприклад, 2025-10-16, 16.10.2025, жовтень 2025 або 2025)",
    ),
    "date_month": ("there is no month {month}", "місяця {month} не існує"),
    "date_day": ("there is no day {day} in any month", "дня {day} не буває в жодному місяці"),
    "date_day_in_month": (
        "{month_en} {year} has no day {day} (it has {last} days)",
        "{day} {month_uk} {year} року не буває (у цьому місяці {last} днів)",
    ),
    "date_year": ("year {year} is out of range (1-9999)", "рік {year} поза межами (1-9999)"),
}
"""English and Ukrainian text of each error code, formatted with the error's params."""

_UK_MONTH_GENITIVE = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)  # fmt: skip


class TypedDateError(ValueError):
    """A typed date that cannot be read or does not exist; ``code`` says which (a key of
    :data:`MESSAGES`), ``params`` hold the facts (the text, the month, the day)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        """What is wrong, in English (``en``) or Ukrainian (``uk``)."""
        english, ukrainian = MESSAGES[self.code]
        return (ukrainian if lang == "uk" else english).format(**self.params)


_YR = r"(?:\s*(?:року|рік|р\.?|year))?"
"""A year may be followed by its word (року, р., year)."""
_WORD = r"([^\W\d_]+)\.?"
_ORDINAL = r"(?:-?го|st|nd|rd|th)?"
_FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")),
    ("y", re.compile(rf"(\d{{4}}){_YR}")),
    ("dmy", re.compile(rf"(\d{{1,2}})\s*([./])\s*(\d{{1,2}})\s*\2\s*(\d{{4}}){_YR}")),
    ("my", re.compile(rf"(\d{{1,2}})\s*[./]\s*(\d{{4}}){_YR}")),
    ("d_word_y", re.compile(rf"(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_WORD},?\s+(\d{{4}}){_YR}")),
    ("word_d_y", re.compile(rf"{_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_YR}")),
    ("word_y", re.compile(rf"{_WORD},?\s+(\d{{4}}){_YR}")),
]  # fmt: skip


def _month_named(word: str, text: str) -> int:
    found = UK_MONTH_FORMS.get(word.lower()) or EN_MONTH_FORMS.get(word.lower())
    if found is None:
        raise TypedDateError("date_unreadable", text=text)
    return found


def _checked(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    """The date, or the error naming the part that does not exist (never a clipped date)."""
    if not 1 <= year <= 9999:
        raise TypedDateError("date_year", year=year)
    if month is not None and not 1 <= month <= 12:
        raise TypedDateError("date_month", month=month)
    if day is not None:
        if not 1 <= day <= 31:
            raise TypedDateError("date_day", day=day)
        assert month is not None
        last = calendar.monthrange(year, month)[1]
        if day > last:
            raise TypedDateError(
                "date_day_in_month",
                year=year,
                day=day,
                last=last,
                month_en=MONTHS_EN[month - 1],
                month_uk=_UK_MONTH_GENITIVE[month - 1],
            )
    return PartialDate(year, month, day)


def parse_typed_date(text: str) -> PartialDate:
    """Read a date as typed; raise :class:`TypedDateError` saying what is wrong."""
    cleaned = " ".join(text.replace("\u00a0", " ").split()).strip()
    if not cleaned:
        raise TypedDateError("date_empty")
    for name, pattern in _FORMS:
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        g = match.groups()
        if name == "ymd":
            return _checked(int(g[0]), int(g[1]), int(g[2]) if g[2] else None)
        if name == "y":
            return _checked(int(g[0]))
        if name == "dmy":
            return _checked(int(g[3]), int(g[2]), int(g[0]))
        if name == "my":
            return _checked(int(g[1]), int(g[0]))
        if name == "d_word_y":
            return _checked(int(g[2]), _month_named(g[1], text), int(g[0]))
        if name == "word_d_y":
            return _checked(int(g[2]), _month_named(g[0], text), int(g[1]))
        return _checked(int(g[1]), _month_named(g[0], text))
    raise TypedDateError("date_unreadable", text=text)

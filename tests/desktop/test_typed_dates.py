"""Dates as analysts type them: each form read to its precision, impossible dates refused."""

from __future__ import annotations

import pytest

from db import PartialDate, Precision
from desktop.typed_dates import UK_MONTH_FORMS, TypedDateError, parse_typed_date

READ = [
    ("2025-10-16", PartialDate(2025, 10, 16)),
    ("16.10.2025", PartialDate(2025, 10, 16)),
    ("16/10/2025", PartialDate(2025, 10, 16)),
    ("1.2.2025", PartialDate(2025, 2, 1)),
    ("16.10.2025 р.", PartialDate(2025, 10, 16)),
    ("16 жовтня 2025", PartialDate(2025, 10, 16)),
    ("16 Жовтня 2025 року", PartialDate(2025, 10, 16)),
    ("16 ЖОВТНЯ 2025", PartialDate(2025, 10, 16)),
    ("16 October 2025", PartialDate(2025, 10, 16)),
    ("October 16, 2025", PartialDate(2025, 10, 16)),
    ("16 Oct 2025", PartialDate(2025, 10, 16)),
    ("29 лютого 2024", PartialDate(2024, 2, 29)),
    ("October 2025", PartialDate(2025, 10)),
    ("жовтень 2025", PartialDate(2025, 10)),
    ("жовтні 2025", PartialDate(2025, 10)),
    ("листопад 2025", PartialDate(2025, 11)),
    ("грудня 2024 року", PartialDate(2024, 12)),
    ("2025-10", PartialDate(2025, 10)),
    ("10.2025", PartialDate(2025, 10)),
    ("2025", PartialDate(2025)),
    ("2025 рік", PartialDate(2025)),
    ("  2025-10-16\u00a0", PartialDate(2025, 10, 16)),
]


@pytest.mark.parametrize(("typed", "expected"), READ)
def test_each_typed_form_is_read_to_the_precision_it_carries(
    typed: str, expected: PartialDate
) -> None:
    found = parse_typed_date(typed)
    assert found == expected
    assert found.precision is expected.precision


REFUSED = [
    ("2025-13-01", "date_month"),
    ("16.13.2025", "date_month"),
    ("13/2025", "date_month"),
    ("40.10.2025", "date_day"),
    ("2025-10-40", "date_day"),
    ("31.04.2025", "date_day_in_month"),
    ("31 квітня 2025", "date_day_in_month"),
    ("29 February 2025", "date_day_in_month"),
    ("0000", "date_year"),
    ("", "date_empty"),
    ("   ", "date_empty"),
    ("next week", "date_unreadable"),
    ("16 жовтр 2025", "date_unreadable"),
    ("16-10-2025", "date_unreadable"),
    ("16.10/2025", "date_unreadable"),
    ("25", "date_unreadable"),
]


@pytest.mark.parametrize(("typed", "code"), REFUSED)
def test_a_date_that_does_not_exist_or_cannot_be_read_is_refused_with_its_code(
    typed: str, code: str
) -> None:
    with pytest.raises(TypedDateError) as caught:
        parse_typed_date(typed)
    assert caught.value.code == code


def test_every_case_form_of_october_names_the_tenth_month() -> None:
    for form in ("жовтень", "жовтня", "жовтні", "жовтнем", "жовтню"):
        assert UK_MONTH_FORMS[form] == 10
        assert parse_typed_date(f"{form} 2025") == PartialDate(2025, 10)


def test_the_error_says_what_is_wrong_in_either_language() -> None:
    with pytest.raises(TypedDateError) as caught:
        parse_typed_date("31 квітня 2025")
    assert str(caught.value) == "April 2025 has no day 31 (it has 30 days)"
    assert caught.value.text("uk") == "31 квітня 2025 року не буває (у цьому місяці 30 днів)"
    assert caught.value.params["day"] == 31


def test_an_error_is_a_value_error_so_existing_handlers_catch_it() -> None:
    with pytest.raises(ValueError):
        parse_typed_date("2025-02-30")


def test_a_day_date_reports_day_precision() -> None:
    assert parse_typed_date("16.10.2025").precision is Precision.DAY

"""Cells as analysts write them: parties, kinds, amounts, several values in one cell."""

from __future__ import annotations

import datetime as dt

import pytest

from db import Kind, PartialDate, Party, Status
from desktop.sheets.cells import (
    amount_of,
    date_of,
    kind_of,
    party_of,
    split_parties,
    split_values,
    status_of,
)
from desktop.sheets.problems import CellProblem


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("LT", Party.state("LT")),
        ("lt", Party.state("LT")),
        ("LTU", Party.state("LT")),
        ("Литва", Party.state("LT")),
        ("Литвою", Party.state("LT")),
        ("Lithuania", Party.state("LT")),
        ("США", Party.state("US")),
        ("USA", Party.state("US")),
        ("UK", Party.state("GB")),
        ("Велика Британія", Party.state("GB")),
        ("NATO", Party.org("NATO")),
        ("Європейський Союз", Party.org("Європейський Союз")),
    ],
)
def test_a_party_is_a_country_in_either_language_or_code_else_an_organisation(
    text: str, party: Party
) -> None:
    assert party_of(text) == party


def test_a_country_name_typed_with_a_latin_letter_is_a_problem_not_an_organisation() -> None:
    with pytest.raises(CellProblem) as caught:
        party_of("Литвa")  # the last letter is the Latin "a"
    assert caught.value.code == "mixed_script"
    assert caught.value.params["meant"] == "Литва"


def test_a_near_miss_of_a_country_name_is_a_problem_with_a_suggestion() -> None:
    with pytest.raises(CellProblem) as caught:
        party_of("Lithuanai")
    assert caught.value.code == "unknown_country"
    assert caught.value.params["meant"] == "Lithuania"


@pytest.mark.parametrize(
    ("text", "comma", "values"),
    [
        ("Литва; Польща", True, ["Литва", "Польща"]),
        ("Литва, Польща", True, ["Литва", "Польща"]),
        ("Литва, Польща", False, ["Литва, Польща"]),
        ("Литва\nПольща;", False, ["Литва", "Польща"]),
    ],
)
def test_several_values_share_a_cell_split_by_semicolon_newline_or_comma_when_allowed(
    text: str, comma: bool, values: list[str]
) -> None:
    assert split_values(text, comma) == values


def test_a_comma_joined_list_of_countries_is_split_even_where_the_comma_delimits() -> None:
    assert split_parties("Литва, Польща", comma=False) == ["Литва", "Польща"]
    assert split_parties("Bank of America, N.A.", comma=False) == ["Bank of America, N.A."]


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("1,5 млн євро", (1_500_000.0, "EUR")),
        ("$200,000", (200_000.0, "USD")),
        ("EUR 2.5bn", (2_500_000_000.0, "EUR")),
        ("1 500 000 грн", (1_500_000.0, "UAH")),
        ("1.234.567,89 EUR", (1_234_567.89, "EUR")),
        ("100 тис. USD", (100_000.0, "USD")),
        ("250000", (250_000.0, "")),
        (1200.5, (1200.5, "")),
    ],
)
def test_an_amount_is_read_with_its_scale_and_currency(
    cell: object, amount: tuple[float, str]
) -> None:
    assert amount_of(cell) == pytest.approx(amount)  # type: ignore[arg-type]


def test_an_amount_that_is_not_one_is_a_problem() -> None:
    with pytest.raises(CellProblem) as caught:
        amount_of("about a lot")
    assert caught.value.code == "bad_amount"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Меморандум", Kind.MEMORANDUM),
        ("memorandum of understanding", Kind.MEMORANDUM),
        ("MoU", Kind.MEMORANDUM),
        ("угода", Kind.AGREEMENT),
        ("Joint declaration", Kind.JOINT_DECLARATION),
        ("letter_of_intent", Kind.LETTER_OF_INTENT),
    ],
)
def test_a_kind_is_read_in_either_language(text: str, kind: Kind) -> None:
    assert kind_of(text) is kind


def test_a_status_is_read_in_either_language_and_an_unknown_one_is_a_problem() -> None:
    assert status_of("ратифіковано") is Status.RATIFIED
    assert status_of("in force") is Status.IN_FORCE
    with pytest.raises(CellProblem):
        status_of("maybe")


def test_a_workbook_date_cell_and_a_typed_date_both_become_dates() -> None:
    assert date_of(dt.datetime(2025, 10, 16, 0, 0)) == PartialDate(2025, 10, 16)
    assert date_of("жовтень 2025") == PartialDate(2025, 10)
    with pytest.raises(CellProblem) as caught:
        date_of("2025-13-01")
    assert caught.value.code == "date_month"

"""One sheet row to one agreement, with every problem found on the way.

A row is read field by field through :mod:`desktop.sheets.cells`; a cell that cannot be
read is a problem in that row and column, and the record is still built from the rest so
the preview can show it. The finished record is then held to the store's own rules
(``db.validation_problems``: a missing title, a date in the future, too few parties).
A row naming one party only is taken to be with the home party, as an analyst's list of
"Partner" agreements is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from db import (
    Agreement,
    Commitment,
    Kind,
    Party,
    Signatory,
    Status,
    is_country,
    validation_problems,
)
from desktop.sheets import cells
from desktop.sheets.mapping import Mapping
from desktop.sheets.problems import CellProblem, SheetProblem
from desktop.sheets.source import Cell

T = TypeVar("T")
_ROLE = re.compile(r"(?P<name>.+?)\s*\((?P<role>[^()]*)\)\s*")


@dataclass(frozen=True)
class RowContext:
    """What every row is read against: the mapping, the comma rule, the home party."""

    mapping: Mapping
    split_commas: bool
    home: str


@dataclass(frozen=True)
class ReadRow:
    """A sheet row as it would be stored, and what is wrong with it."""

    row: int
    agreement: Agreement
    problems: tuple[SheetProblem, ...]


class _Reader:
    def __init__(self, context: RowContext, number: int, row: Sequence[Cell]) -> None:
        self.context = context
        self.number = number
        self.row = row
        self.problems: list[SheetProblem] = []

    def _problem(self, column: int | None, problem: CellProblem) -> None:
        header = self.context.mapping.headers[column] if column is not None else ""
        self.problems.append(
            SheetProblem(self.number, column, header, problem.code, problem.params)
        )

    def cells(self, target: str) -> list[tuple[int, Cell]]:
        return [
            (c, self.row[c])
            for c in self.context.mapping.columns_of(target)
            if c < len(self.row) and cells.text_of(self.row[c])
        ]

    def one(self, target: str, read: Callable[[Cell], T | None]) -> T | None:
        for column, cell in self.cells(target):
            try:
                return read(cell)
            except CellProblem as problem:
                self._problem(column, problem)
        return None

    def many(self, target: str, read: Callable[[str], T]) -> list[T]:
        found: list[T] = []
        split = cells.split_parties if target == "parties" else cells.split_values
        for column, cell in self.cells(target):
            for value in split(cells.text_of(cell), self.context.split_commas):
                try:
                    found.append(read(value))
                except CellProblem as problem:
                    self._problem(column, problem)
        return found

    def text(self, target: str) -> str:
        return "\n\n".join(cells.text_of(cell) for _, cell in self.cells(target))


def _signatory(text: str) -> Signatory:
    match = _ROLE.fullmatch(text)
    return Signatory(match["name"], match["role"]) if match else Signatory(text)


def _home_party(home: str) -> Party:
    return Party.state(home) if len(home) == 2 and is_country(home) else Party.org(home)


def _parties(found: list[Party], home: str) -> tuple[Party, ...]:
    unique = tuple(dict.fromkeys(found))
    if len(unique) == 1 and unique[0].key != home:
        return (_home_party(home), *unique)
    return unique


def _commitments(reader: _Reader, parties: tuple[Party, ...]) -> tuple[Commitment, ...]:
    found = []
    home = reader.context.home
    giver = next((p.key for p in parties if p.key != home), None)
    for column, cell in reader.cells("amount"):
        try:
            amount = cells.amount_of(cell)
        except CellProblem as problem:
            reader._problem(column, problem)
            continue
        if amount is None:
            continue
        if giver is None:
            reader._problem(column, CellProblem("amount_without_party"))
            continue
        header = reader.context.mapping.headers[column]
        described = f"{header}: {cells.text_of(cell)}" if header else cells.text_of(cell)
        found.append(Commitment(giver, described, amount[0], amount[1]))
    return tuple(found)


def read_row(context: RowContext, number: int, row: Sequence[Cell]) -> ReadRow:
    """Row ``number`` (as the sheet numbers it) read into an agreement and its problems."""
    reader = _Reader(context, number, row)
    parties = _parties(reader.many("parties", cells.party_of), context.home)
    subjects = list(dict.fromkeys(reader.many("subjects", str)))
    agreement = Agreement(
        title=" ".join(reader.text("title").split()),
        kind=reader.one("kind", cells.kind_of) or Kind.OTHER,
        parties=parties,
        status=reader.one("status", cells.status_of) or Status.SIGNED,
        signed_on=reader.one("signed_on", cells.date_of),
        place=reader.text("place"),
        signatories=tuple(reader.many("signatories", _signatory)),
        subjects=tuple({s.casefold(): s for s in subjects}.values()),
        commitments=_commitments(reader, parties),
        summary=reader.text("summary"),
        full_text=reader.text("full_text"),
        sources=tuple(reader.many("sources", cells.source_of)),
        notes=tuple(cells.text_of(cell) for _, cell in reader.cells("notes")),
    )
    # A party left out for its own problem is not reported again as "too few parties".
    troubled = {p.column for p in reader.problems}
    for rule in validation_problems(agreement):
        columns = context.mapping.columns_of(rule.field)
        column = columns[0] if columns else None
        if column is None or column not in troubled:
            header = context.mapping.headers[column] if column is not None else ""
            reader.problems.append(
                SheetProblem(number, column, header, rule.code, dict(rule.params), rule)
            )
    return ReadRow(number, agreement, tuple(reader.problems))

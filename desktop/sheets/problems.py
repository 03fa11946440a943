"""What can be wrong with a sheet's cell or row, said in English and Ukrainian.

Each problem names its row (as the spreadsheet numbers it, the header being row 1) and its
column (letter and header), so the analyst can find the cell. A problem from the record
rules (``db.validation_problems``) keeps its ``FieldProblem``, which the window translates
with the store's other problems; the sheet's own problems carry their text here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db import FieldProblem
from desktop.typed_dates import MESSAGES as DATE_MESSAGES

MESSAGES: dict[str, tuple[str, str]] = {
    "mixed_script": (
        "{value!r} mixes Latin and Cyrillic letters{suggestion_en}",
        "«{value}» змішує латинські й кириличні літери{suggestion_uk}",
    ),
    "unknown_country": (
        "{value!r} is no country Pactum knows{suggestion_en}",
        "«{value}» — невідома країна{suggestion_uk}",
    ),
    "unknown_kind": (
        "{value!r} is not a kind (agreement, memorandum, treaty, ...)",
        "«{value}» — не вид документа (угода, меморандум, договір, ...)",
    ),
    "unknown_status": (
        "{value!r} is not a status (signed, ratified, in force, ...)",
        "«{value}» — не статус (підписано, ратифіковано, чинний, ...)",
    ),
    "bad_amount": (
        "{value!r} is not an amount (for example 1.5 млн EUR, $200,000)",
        "«{value}» — не сума (наприклад, 1,5 млн EUR, $200,000)",
    ),
    "amount_without_party": (
        "an amount needs a party other than the home party to commit it",
        "сумі потрібна сторона, що її зобов'язується надати (окрім власної)",
    ),
    "duplicate": (
        "looks like record {id} already in the catalogue (same parties and kind, "
        "signed within 3 days): {title!r}",
        "схоже на запис {id}, що вже є в каталозі (ті самі сторони й вид, підписано в "
        "межах 3 днів): «{title}»",
    ),
    "no_title_column": (
        "no column holds the title: map one (--mapping)",
        "жоден стовпець не містить назви: призначте його",
    ),
    "empty_sheet": ("the sheet has no header row", "аркуш не має рядка заголовків"),
}
"""The sheet's own problem codes and their English and Ukrainian text."""


class CellProblem(Exception):
    """A cell that cannot be read as its field: ``code`` (a key of :data:`MESSAGES` or of
    the typed dates' messages) and its facts."""

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params = params or {}


def _suggestion(params: dict[str, Any]) -> dict[str, str]:
    meant = params.get("meant")
    return {
        "suggestion_en": f" (did you mean {meant!r}?)" if meant else "",
        "suggestion_uk": f" (можливо, «{meant}»?)" if meant else "",
    }


@dataclass(frozen=True)
class SheetProblem:
    """One problem in one row (``row`` as numbered in the sheet; 0 for the whole sheet),
    in one column (``column`` index, None for the row as a whole)."""

    row: int
    column: int | None
    header: str
    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    rule: FieldProblem | None = None
    """The record rule this breaks, when it is one (the window translates it)."""

    def message(self, lang: str = "en") -> str:
        """What is wrong, in English or Ukrainian (a rule's problem in English)."""
        if self.rule is not None:
            return self.rule.message
        english, ukrainian = {**MESSAGES, **DATE_MESSAGES}[self.code]
        params = {**self.params, **_suggestion(self.params)}
        return (ukrainian if lang == "uk" else english).format(**params)

    def place(self, lang: str = "en") -> str:
        """Where it is: "row 5, column C (Сторони)"."""
        from desktop.sheets.mapping import column_name

        row = ("рядок" if lang == "uk" else "row") + f" {self.row}" if self.row else ""
        if self.column is None:
            return row
        column = ("стовпець" if lang == "uk" else "column") + f" {column_name(self.column)}"
        named = f"{column} ({self.header})" if self.header else column
        return f"{row}, {named}" if row else named

    def __str__(self) -> str:
        where = self.place()
        return f"{where}: {self.message()}" if where else self.message()

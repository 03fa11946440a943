"""Which column of a sheet fills which field: recognised from headers, or given as JSON.

Analysts head their columns in Ukrainian or English and in their own words ("Дата
підписання", "Signed", "Partner"); the common ones are recognised here. Any other layout is
described by a mapping file: ``pactum import SHEET --mapping-template map.json`` writes the
recognised mapping with every header, the user edits the targets, and ``--mapping map.json``
uses it. A column with no target is left out, and the preview says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping as MappingType
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import ImportFormatError, read_bounded

TARGETS: dict[str, tuple[str, str]] = {
    "signed_on": ("Date signed", "Дата підписання"),
    "kind": ("Kind", "Вид"),
    "title": ("Title", "Назва"),
    "parties": ("Parties", "Сторони"),
    "signatories": ("Signatories", "Підписанти"),
    "subjects": ("Subjects", "Теми"),
    "sources": ("Sources", "Джерела"),
    "notes": ("Notes", "Примітки"),
    "amount": ("Amount", "Сума"),
    "place": ("Place", "Місце"),
    "status": ("Status", "Статус"),
    "summary": ("Summary", "Короткий зміст"),
    "full_text": ("Full text", "Повний текст"),
}
"""Every field a column can fill, with its name in English and Ukrainian."""

LIST_TARGETS = frozenset({"parties", "signatories", "subjects", "sources"})
"""Fields that take several values from one cell (split by ``;``, ``,`` or new lines)."""

_HEADERS: dict[str, tuple[str, ...]] = {
    "signed_on": (
        "дата", "дата підписання", "підписано", "date", "signed", "signed on", "date signed",
        "signing date", "date of signing",
    ),
    "kind": ("вид", "тип", "вид документа", "тип документа", "kind", "type", "document type"),
    "title": ("назва", "заголовок", "назва документа", "title", "name", "document"),
    "parties": (
        "сторони", "сторона", "партнер", "партнери", "країна", "країни", "parties", "party",
        "partner", "partners", "country", "countries", "donor",
    ),
    "signatories": ("підписанти", "підписант", "signatories", "signatory", "signed by"),
    "subjects": ("теми", "тема", "сфера", "subjects", "subject", "topics", "topic", "sector"),
    "sources": ("джерело", "джерела", "посилання", "source", "sources", "url", "link"),
    "notes": ("примітки", "примітка", "нотатки", "коментар", "notes", "note", "comments"),
    "amount": ("сума", "обсяг", "amount", "value", "sum"),
    "place": ("місце", "місце підписання", "place", "location", "place signed"),
    "status": ("статус", "status", "stage"),
    "summary": ("короткий зміст", "зміст", "опис", "summary", "description"),
    "full_text": ("повний текст", "текст", "full text", "text"),
}  # fmt: skip
_BY_HEADER = {header: target for target, headers in _HEADERS.items() for header in headers}
_NOISE = re.compile(r"\(.*?\)|[*:#№.]")

FORMAT = "pactum-sheet-mapping"


def _normal(header: str) -> str:
    return " ".join(_NOISE.sub(" ", header.replace("_", " ")).casefold().split())


def recognise(header: str) -> str | None:
    """The field a column headed ``header`` fills, or None if the header is not known."""
    return _BY_HEADER.get(_normal(header))


@dataclass(frozen=True)
class Mapping:
    """The sheet's headers and, column by column, the field each fills (None: left out)."""

    headers: tuple[str, ...]
    targets: tuple[str | None, ...]

    @classmethod
    def recognised(cls, headers: Sequence[str]) -> Mapping:
        found: list[str | None] = []
        for header in headers:
            target = recognise(header)
            # A second column with a single-valued target would overwrite the first.
            taken = target in found and target not in LIST_TARGETS | {"notes"}
            found.append(None if taken else target)
        return cls(tuple(headers), tuple(found))

    def with_target(self, column: int, target: str | None) -> Mapping:
        """This mapping with column ``column`` filling ``target`` instead."""
        targets = list(self.targets)
        targets[column] = target
        return Mapping(self.headers, tuple(targets))

    def columns_of(self, target: str) -> list[int]:
        return [n for n, t in enumerate(self.targets) if t == target]

    def as_json(self, **layout: Any) -> dict[str, Any]:
        """The mapping as its file holds it (``--mapping-template``)."""
        return {
            "format": FORMAT,
            "columns": dict(zip(self.headers, self.targets, strict=True)),
            "targets": list(TARGETS),
            **{k: v for k, v in layout.items() if v is not None},
        }


def column_name(column: int) -> str:
    """A spreadsheet's letter for a column (0 → A, 26 → AA)."""
    name = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


@dataclass(frozen=True)
class MappingFile:
    """A mapping file's contents: targets by header, and the layout it may fix."""

    columns: MappingType[str, str | None]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    def apply(self, headers: Sequence[str]) -> Mapping:
        """The mapping for a sheet with ``headers``; headers the file does not name are
        recognised as usual."""
        recognised = Mapping.recognised(headers)
        return Mapping(
            tuple(headers),
            tuple(
                self.columns[h] if h in self.columns else recognised.targets[n]
                for n, h in enumerate(headers)
            ),
        )


def read_mapping(path: Path) -> MappingFile:
    """Read a mapping file; ImportFormatError naming what is wrong with it."""
    name = path.name
    try:
        data = json.loads(read_bounded(path, 1_000_000, "a mapping file").decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFormatError(f"{name}: not a JSON mapping file ({error})") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(f'{name}: not a mapping file (no "format": "{FORMAT}")')
    columns = data.get("columns")
    if not isinstance(columns, dict):
        raise ImportFormatError(f'{name}: "columns" must map headers to targets')
    for header, target in columns.items():
        if target is not None and (not isinstance(target, str) or target not in TARGETS):
            raise ImportFormatError(
                f"{name}: column {header!r} has an unknown target {target!r} "
                f"(known: {', '.join(TARGETS)}, or null to leave it out)"
            )
    layout = {k: data.get(k) for k in ("encoding", "delimiter", "sheet")}
    for key, value in layout.items():
        if value is not None and not isinstance(value, str):
            raise ImportFormatError(f'{name}: "{key}" must be text')
    return MappingFile(columns, **layout)

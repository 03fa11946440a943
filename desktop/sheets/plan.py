"""A whole sheet: read once, planned against a mapping and the catalogue, then imported.

Reading the file (:func:`read_sheet`) is apart from planning (:func:`plan_sheet`), so the
window can change a column's target and plan again without reading the file again. The plan
holds every row as it would be stored, every problem with its row and column, and the rows
that look like records already in the catalogue (same parties and kind, signed within three
days of each other). :func:`import_plan` writes it all or nothing, through the same
interchange import as a Pactum JSON file: one transaction, each record's history saying
"imported".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from db import (
    CONTENT_FIELDS,
    Agreement,
    Catalog,
    ImportFormatError,
    ImportReport,
    NoProgress,
    PartialDate,
    Progress,
    check_progress,
    encode,
    import_data,
)
from desktop.sheets.mapping import Mapping, MappingFile
from desktop.sheets.problems import SheetProblem
from desktop.sheets.rows import ReadRow, RowContext, read_row
from desktop.sheets.source import Cell, Layout, detect_layout, rows

NEAR_DAYS = 3
"""How far apart two signing dates may be for rows to look like the same agreement."""


@dataclass(frozen=True)
class RawSheet:
    """A sheet's header and rows as read, with the layout they were read in."""

    path: Path
    layout: Layout
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    """(row number as the sheet counts it, cells), blank rows left out."""
    sheet: str | None = None


def read_sheet(
    path: Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    progress: Progress = NoProgress(),
) -> RawSheet:
    """Read ``path`` (CSV or XLSX) row by row, the layout detected unless given."""
    layout = detect_layout(path, encoding, delimiter)
    found: list[tuple[int, tuple[Cell, ...]]] = []
    headers: tuple[str, ...] = ()
    with rows(path, layout, sheet) as source:
        for number, row in enumerate(source, 1):
            if number == 1:
                headers = tuple("" if c is None else str(c).strip() for c in row)
            elif any(c is not None and str(c).strip() for c in row):
                found.append((number, tuple(row)))
            check_progress(progress, number, 0, every=500)  # the total is not known yet
    return RawSheet(path, layout, headers, tuple(found), sheet)


@dataclass(frozen=True)
class Duplicate:
    """A sheet row that looks like a record already in the catalogue."""

    row: int
    record_id: int
    title: str


@dataclass(frozen=True)
class SheetPlan:
    """What importing the sheet would store, and everything that stands in its way."""

    sheet: RawSheet
    mapping: Mapping
    rows: tuple[ReadRow, ...]
    sheet_problems: tuple[SheetProblem, ...] = ()
    duplicates: tuple[Duplicate, ...] = field(default=())

    @property
    def problems(self) -> list[SheetProblem]:
        """Every problem, the sheet's own first, then row by row."""
        return [*self.sheet_problems, *(p for r in self.rows for p in r.problems)]

    @property
    def bad_rows(self) -> set[int]:
        return {r.row for r in self.rows if r.problems}

    def duplicate_rows(self) -> set[int]:
        return {d.row for d in self.duplicates}

    def to_store(self, *, skip_bad_rows: bool, keep_duplicates: bool) -> list[Agreement]:
        """The records an import would add; ImportFormatError when a problem forbids it."""
        name = self.sheet.path.name
        if self.sheet_problems:
            raise ImportFormatError(f"{name}: {self.sheet_problems[0].message()}")
        if self.bad_rows and not skip_bad_rows:
            first = self.problems[0]
            raise ImportFormatError(
                f"{name}: {len(self.problems)} problem(s) in {len(self.bad_rows)} row(s), "
                f"first {first}; nothing was imported (correct the sheet or the mapping, "
                "or skip the bad rows)"
            )
        skipped = self.bad_rows | (set() if keep_duplicates else self.duplicate_rows())
        return [r.agreement for r in self.rows if r.row not in skipped]


def _apart(a: PartialDate, b: PartialDate) -> int:
    """Days between two (possibly partial) dates' nearest possible days."""
    if a.last_day() < b.first_day():
        return (b.first_day() - a.last_day()).days
    if b.last_day() < a.first_day():
        return (a.first_day() - b.last_day()).days
    return 0


def _key(agreement: Agreement) -> tuple[str, frozenset[str]]:
    return str(agreement.kind), frozenset(agreement.party_keys)


def find_duplicates(catalog: Catalog, read: Sequence[ReadRow]) -> list[Duplicate]:
    """Rows whose parties and kind match a live record signed within :data:`NEAR_DAYS`."""
    wanted = {_key(r.agreement) for r in read if r.agreement.signed_on is not None}
    if not wanted:
        return []
    known: dict[tuple[str, frozenset[str]], list[tuple[PartialDate, int, str]]] = defaultdict(list)
    for row in catalog.list():
        key = (str(row.kind), frozenset(row.parties))
        if row.signed_on is not None and key in wanted:
            known[key].append((row.signed_on, row.id, row.title))
    found = []
    for r in read:
        signed = r.agreement.signed_on
        if signed is None:
            continue
        match = next(
            (
                (i, t)
                for d, i, t in known.get(_key(r.agreement), [])
                if _apart(d, signed) <= NEAR_DAYS
            ),
            None,
        )
        if match is not None:
            found.append(Duplicate(r.row, match[0], match[1]))
    return found


def plan_sheet(
    catalog: Catalog | None,
    sheet: RawSheet,
    mapping: Mapping | MappingFile | None = None,
    progress: Progress = NoProgress(),
) -> SheetPlan:
    """Read every row against ``mapping`` (recognised from the headers when None); with a
    ``catalog``, find the rows that look like its records and read the home party from it."""
    if isinstance(mapping, MappingFile):
        mapping = mapping.apply(sheet.headers)
    mapping = mapping or Mapping.recognised(sheet.headers)
    if not sheet.headers:
        problem = SheetProblem(0, None, "", "empty_sheet")
        return SheetPlan(sheet, mapping, (), (problem,))
    sheet_problems: tuple[SheetProblem, ...] = ()
    if not mapping.columns_of("title"):
        sheet_problems = (SheetProblem(0, None, "", "no_title_column"),)
    context = RowContext(
        mapping,
        split_commas=sheet.layout.delimiter != ",",
        home=catalog.home_party if catalog is not None else "UA",
    )
    read = []
    total = len(sheet.rows)
    for n, (number, row) in enumerate(sheet.rows, 1):
        read.append(read_row(context, number, row))
        check_progress(progress, n, total)
    duplicates = find_duplicates(catalog, read) if catalog is not None else []
    return SheetPlan(sheet, mapping, tuple(read), sheet_problems, tuple(duplicates))


def import_plan(
    catalog: Catalog,
    plan: SheetPlan,
    *,
    skip_bad_rows: bool = False,
    keep_duplicates: bool = False,
    progress: Progress = NoProgress(),
) -> ImportReport:
    """Add the plan's records in one transaction (all or nothing)."""
    chosen = plan.to_store(skip_bad_rows=skip_bad_rows, keep_duplicates=keep_duplicates)
    data = {
        "format": "pactum-catalogue",  # the interchange format (docs/interchange.md)
        "format_version": 1,
        "agreements": [encode(a, CONTENT_FIELDS) for a in chosen],
    }
    return import_data(catalog, data, progress=progress)

"""The CSV export: one row per live record, for a spreadsheet.

Lists are joined with "; " and any cell a spreadsheet would run as a formula is
neutralised. JSON (``db.features.interchange``) carries everything; CSV is for reading.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

from db.store.exportable import ExportReport, Unexportable, writable
from db.store.model import Agreement, Commitment, Filters
from db.store.progress import NoProgress, Progress
from db.store.thesaurus import thesaurus

if TYPE_CHECKING:
    from db.catalog import Catalog

_CSV_COLUMNS = (
    "uuid",
    "kind",
    "title",
    "title_translation",
    "parties",
    "signed_on",
    "signed_precision",
    "place",
    "status",
    "signatories",
    "subjects",
    "commitments",
    "summary",
    "summary_translation",
    "sources",
    "relations",
    "notes",
    "created_at",
    "updated_at",
)


def safe_cell(value: str) -> str:
    """Neutralise text a spreadsheet would run as a formula (``=cmd|...``, ``+``, ``@``)."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _csv_row(a: Agreement, language: str) -> list[str]:
    def join(items: Iterable[str]) -> str:
        return "; ".join(items)

    def amount(c: Commitment) -> str:
        return f" {c.amount:g} {c.unit}".rstrip() if c.amount is not None else ""

    row = {
        "uuid": a.uuid,
        "kind": str(a.kind),
        "title": a.title,
        "title_translation": a.title_translation,
        "parties": join(a.party_keys),
        "signed_on": a.signed_on.iso() if a.signed_on else "",
        "signed_precision": str(a.signed_on.precision) if a.signed_on else "",
        "place": a.place,
        "status": str(a.status),
        "signatories": join(
            f"{s.name} ({', '.join(x for x in (s.role, s.party) if x)})"
            if s.role or s.party
            else s.name
            for s in a.signatories
        ),
        "subjects": join(thesaurus().label(s, language) for s in a.subjects),
        "commitments": join(
            f"{c.party}: {c.description}{amount(c)}"
            + (f" until {c.until.iso()}" if c.until else "")
            for c in a.commitments
        ),
        "summary": a.summary,
        "summary_translation": a.summary_translation,
        "sources": join(s.url or s.outlet for s in a.sources),
        "relations": join(f"{r.kind} {r.target}" for r in a.relations),
        "notes": join(a.notes),
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }
    return [safe_cell(row[c]) for c in _CSV_COLUMNS]


def export_csv(
    catalog: Catalog,
    out: IO[str],
    filters: Filters | None = None,
    progress: Progress = NoProgress(),
    language: str = "en",
) -> ExportReport:
    """One row per live record, lists joined with "; " (open ``out`` with ``newline=''``),
    read in one transaction like :func:`export_json`; subjects named in ``language``."""
    writer = csv.writer(out)
    writer.writerow(_CSV_COLUMNS)
    left_out: list[Unexportable] = []
    count = 0
    with catalog.reading():
        for agreement, _ in writable(catalog.conn, filters or Filters(), progress, left_out):
            writer.writerow(_csv_row(agreement, language))
            count += 1
    return ExportReport(count, tuple(left_out))

"""Reading a sheet's rows, streamed: CSV with its encoding and delimiter found, or XLSX.

Analysts' CSV files come from Excel in a Ukrainian office as often as from a script: UTF-8
with or without a byte-order mark, or CP1251, separated by commas, semicolons (Excel's
choice where the comma is the decimal mark) or tabs. The encoding is found by reading the
start of the file (a BOM, else UTF-8 if it decodes, else CP1251); the delimiter by counting
the candidates on the header line. XLSX is read with openpyxl in read-only mode, one row at
a time, so a large workbook is never held whole in memory.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from db import InputFileError

Cell = str | int | float | dt.date | dt.datetime | None
"""A cell as the sheet holds it: CSV gives text, XLSX also numbers and dates."""

SHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")
ENCODINGS = ("utf-8-sig", "utf-8", "cp1251")
_SAMPLE = 256 * 1024
MAX_COLUMNS = 1024
"""The most columns a sheet may fill (a crafted workbook states a million rows of 16,384)."""
# What a damaged workbook raises while it is read (a cut or altered XML part or zip).
_BROKEN = (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, zlib.error, ParseError)


def is_sheet(path: Path) -> bool:
    """Whether ``path`` is read as a sheet (by its suffix) rather than Pactum's JSON."""
    return path.suffix.lower() in SHEET_SUFFIXES


def is_workbook(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Layout:
    """How a CSV file is written: its encoding and delimiter (None for a workbook)."""

    encoding: str | None = None
    delimiter: str | None = None


def _check_input(path: Path) -> None:
    if not path.exists():
        raise InputFileError(str(path), "no such file")
    if not path.is_file():
        raise InputFileError(str(path), "not a regular file (a folder?)")


def detect_encoding(sample: bytes) -> str:
    """``utf-8-sig`` for a BOM, ``utf-8`` when the sample decodes, else ``cp1251``."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        # Incremental: a sample cut inside a multi-byte character is not a wrong guess.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1251"
    return "utf-8"


def detect_delimiter(header_line: str) -> str:
    """The candidate that splits the header line most often (a comma on a tie)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _check_layout(path: Path, encoding: str, delimiter: str | None) -> None:
    """Refuse a layout no CSV file has: it may come from a mapping file, any text."""
    try:
        b"a".decode(encoding, errors="ignore")  # an empty input is not checked
    except LookupError as error:
        raise InputFileError(
            str(path), f"{encoding!r} is not a text encoding (utf-8, cp1251)"
        ) from error
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise InputFileError(str(path), f"{delimiter!r} is not a delimiter (, ; or tab)")


def detect_layout(path: Path, encoding: str | None = None, delimiter: str | None = None) -> Layout:
    """The CSV layout of ``path``: what is given, the rest detected from its start."""
    _check_input(path)
    if is_workbook(path):
        return Layout()
    with path.open("rb") as raw:
        sample = raw.read(_SAMPLE)
    encoding = encoding or detect_encoding(sample)
    _check_layout(path, encoding, delimiter)
    if delimiter is None:
        text = sample.decode(encoding, errors="ignore")
        delimiter = detect_delimiter(text.splitlines()[0] if text else "")
    return Layout(encoding, delimiter)


def _csv_rows(path: Path, layout: Layout) -> Iterator[list[Cell]]:
    assert layout.encoding is not None and layout.delimiter is not None
    try:
        with path.open(encoding=layout.encoding, newline="") as text:
            for row in csv.reader(text, delimiter=layout.delimiter):
                yield _bounded(path, row)
    except UnicodeError as error:
        raise InputFileError(
            str(path), f"is not {layout.encoding} text: give its encoding (cp1251, utf-8)"
        ) from error
    except csv.Error as error:
        raise InputFileError(str(path), f"not a readable CSV file ({error})") from error


def _workbook_rows(path: Path, sheet: str | None) -> Iterator[list[Cell]]:
    # Imported here: only workbooks need it, and it is slow to import.
    import openpyxl  # type: ignore[import-untyped]

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _BROKEN as error:
        raise InputFileError(str(path), f"not a readable XLSX workbook ({error})") from error
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputFileError(
                str(path), f"has no sheet {sheet!r} (it has {', '.join(book.sheetnames)})"
            )
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        # The size the sheet states is not trusted: openpyxl pads every row to it.
        worksheet.reset_dimensions()
        for row in worksheet.iter_rows(values_only=True):
            yield [
                c if isinstance(c, (str, int, float, dt.date)) else _text(c)
                for c in _bounded(path, row)
            ]
    except _BROKEN as error:
        raise InputFileError(str(path), f"not a readable XLSX workbook ({error})") from error
    finally:
        book.close()


def _bounded(path: Path, row: Sequence[Cell]) -> Sequence[Cell]:
    """The row, refused when it fills more than :data:`MAX_COLUMNS` columns."""
    if len(row) > MAX_COLUMNS:
        if any(c not in (None, "") for c in row[MAX_COLUMNS:]):
            raise InputFileError(
                str(path), f"has a row of more than {MAX_COLUMNS} columns: not a sheet to import"
            )
        return row[:MAX_COLUMNS]
    return row


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@contextmanager
def rows(path: Path, layout: Layout, sheet: str | None = None) -> Iterator[Iterator[list[Cell]]]:
    """The sheet's rows, header first, each a list of cells; closed when the block ends."""
    _check_input(path)
    source = _workbook_rows(path, sheet) if is_workbook(path) else _csv_rows(path, layout)
    try:
        yield source
    finally:
        if hasattr(source, "close"):
            source.close()

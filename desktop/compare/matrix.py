"""The partnership matrix: partners down, kinds or subjects across, count and latest date
in each cell, and the catalogue filter that shows a cell's records."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import Any, TextIO

from db import (
    Catalog,
    Filters,
    Kind,
    MatrixAxis,
    PartialDate,
    matrix_counts,
    party_label,
    safe_cell,
    subject_label,
)
from desktop.labels import kind_label


@dataclass(frozen=True)
class Cell:
    """One partner × column: ``filters`` reproduces exactly the ``count`` records."""

    partner: str
    column: str
    count: int
    latest: PartialDate | None
    filters: Filters


@dataclass(frozen=True)
class Matrix:
    """Rows (partners, most records first), columns, and the non-empty cells."""

    axis: MatrixAxis
    home: str
    partners: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[tuple[str, str], Cell]

    @classmethod
    def empty(cls, axis: MatrixAxis = MatrixAxis.KIND) -> Matrix:
        """No rows yet: what a view shows while the real matrix is being built."""
        return cls(axis, "", (), (), {})

    def cell(self, partner: str, column: str) -> Cell | None:
        return self.cells.get((partner, column))

    def column_label(self, column: str, lang: str = "en") -> str:
        """A column's heading: a kind's or a subject's name in ``lang``."""
        if self.axis is MatrixAxis.KIND:
            return kind_label(Kind(column), lang)
        return subject_label(column, lang)


def _filters(axis: MatrixAxis, home: str, partner: str, column: str) -> Filters:
    if axis is MatrixAxis.KIND:
        return Filters(partners=(home, partner), kinds=(Kind(column),))
    return Filters(partners=(home, partner), subjects=(column,))


def build_matrix(catalog: Catalog, axis: MatrixAxis | str, home: str | None = None) -> Matrix:
    """The home party's partnerships against each other by kind or by subject."""
    axis = MatrixAxis(axis)
    home = home or catalog.home_party
    counts = matrix_counts(catalog, axis, home)
    totals: dict[str, int] = {}
    column_totals: dict[str, int] = {}
    cells = {}
    for c in counts:
        totals[c.partner] = totals.get(c.partner, 0) + c.count
        column_totals[c.column] = column_totals.get(c.column, 0) + c.count
        filters = _filters(axis, home, c.partner, c.column)
        cells[(c.partner, c.column)] = Cell(c.partner, c.column, c.count, c.latest, filters)
    if axis is MatrixAxis.KIND:
        columns = tuple(str(k) for k in Kind if str(k) in column_totals)
    else:
        columns = tuple(sorted(column_totals, key=lambda s: (-column_totals[s], s.casefold())))
    partners = tuple(sorted(totals, key=lambda p: (-totals[p], p)))
    return Matrix(axis, home, partners, columns, cells)


def cell_text(cell: Cell | None) -> str:
    """``3 (2025-08-25)``: the count and the latest date; empty for no records."""
    if cell is None:
        return ""
    return f"{cell.count} ({cell.latest.iso()})" if cell.latest else str(cell.count)


def matrix_json(matrix: Matrix) -> dict[str, Any]:
    return {
        "axis": str(matrix.axis),
        "home": matrix.home,
        "columns": list(matrix.columns),
        "rows": [
            {
                "partner": p,
                "name": party_label(p),
                "cells": {
                    c: {"count": cell.count, "latest": cell.latest.iso() if cell.latest else None}
                    for c in matrix.columns
                    if (cell := matrix.cell(p, c)) is not None
                },
            }
            for p in matrix.partners
        ],
    }


_CSV_WORDS = {
    "en": ("partner", "name", "count", "latest"),
    "uk": ("партнер", "назва", "кількість", "останній"),
}


def write_matrix_csv(matrix: Matrix, out: TextIO, lang: str = "en") -> None:
    """A count column and a latest-date column per kind or subject (open ``newline=''``),
    headed in ``lang``."""
    writer = csv.writer(out)
    partner_word, name_word, count_word, latest_word = _CSV_WORDS.get(lang, _CSV_WORDS["en"])
    head = [partner_word, name_word]
    for column in matrix.columns:
        label = matrix.column_label(column, lang)
        head += [f"{label} {count_word}", f"{label} {latest_word}"]
    writer.writerow([safe_cell(h) for h in head])
    for partner in matrix.partners:
        row = [partner, party_label(partner, lang)]
        for column in matrix.columns:
            cell = matrix.cell(partner, column)
            row += [str(cell.count), cell.latest.iso() if cell.latest else ""] if cell else ["", ""]
        writer.writerow([safe_cell(v) for v in row])


def as_text(matrix: Matrix, lang: str = "en") -> str:
    """A plain table for the terminal: ``count (latest)`` per cell, blank where none."""
    labels = [matrix.column_label(c, lang) for c in matrix.columns]
    body = [[p] + [cell_text(matrix.cell(p, c)) for c in matrix.columns] for p in matrix.partners]
    table = [[_CSV_WORDS.get(lang, _CSV_WORDS["en"])[0], *labels], *body]
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    return "\n".join(
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in table
    )

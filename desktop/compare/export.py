"""A comparison as plain text (terminal), JSON and CSV: the same rows and marks everywhere."""

from __future__ import annotations

import csv
import textwrap
from typing import Any, TextIO

from db import safe_cell
from desktop.compare.sides import ABSENT, Comparison, Mark
from desktop.compare.textdiff import render
from desktop.labels import field_label

LEGEND = "= the same in all   + only in some (— where absent)   ≠ differs"
DIFF_LEGEND = "[-removed-]  {+added+}  {~same word, another form~}"


def _wrap(text: str, indent: int, width: int) -> list[str]:
    lines = textwrap.wrap(text, width - indent) or [""]
    return [lines[0]] + [" " * indent + line for line in lines[1:]]


def as_text(comparison: Comparison, width: int = 100) -> str:
    """Readable aligned text: one block per row, each document's value after its ``[n]``."""
    out = ["Comparing:"]
    for n, (name, doc) in enumerate(zip(comparison.headings, comparison.documents, strict=True), 1):
        out.append(f"  [{n}] {name}  {doc.title}")
    out += [f"Marks: {LEGEND}", ""]
    label_width = 14
    for row in comparison.rows:
        head = f"{row.mark} {row.label:<{label_width}}"
        indent = len(head) + 1
        if row.mark is Mark.SHARED:
            out.append(f"{head} " + "\n".join(_wrap(row.cells[0] or "", indent, width)))
            continue
        for n, cell in enumerate(row.cells, 1):
            prefix = f"[{n}] "
            body = _wrap(prefix + (cell if cell is not None else ABSENT), indent + 4, width)
            out.append(f"{head if n == 1 else ' ' * len(head)} " + "\n".join(body))
    if comparison.diffs:
        out += ["", f"Word differences ({DIFF_LEGEND}):"]
        for diff in comparison.diffs:
            out.append(f"{field_label(diff.field)}, [1] → [{diff.other + 1}]:")
            out += ["    " + line for line in textwrap.wrap(render(list(diff.segments)), width - 4)]
    return "\n".join(out)


def as_json(comparison: Comparison) -> dict[str, Any]:
    """Every row, mark and word diff as JSON-able values."""
    return {
        "documents": [
            {
                "column": n,
                "id": d.id,
                "uuid": d.uuid,
                "version": d.version,
                "heading": h,
                "title": d.title,
            }
            for n, (h, d) in enumerate(
                zip(comparison.headings, comparison.documents, strict=True), 1
            )
        ],
        "lemmas": comparison.lemmas,
        "legend": {str(m): m.name.lower() for m in Mark},
        "rows": [
            {"field": r.field, "label": r.label, "mark": str(r.mark), "cells": list(r.cells)}
            for r in comparison.rows
        ],
        "diffs": [
            {
                "field": d.field,
                "from_column": 1,
                "to_column": d.other + 1,
                "text": render(list(d.segments)),
                "segments": [{"op": str(s.op), "old": s.old, "new": s.new} for s in d.segments],
            }
            for d in comparison.diffs
        ],
    }


#: The mark column in CSV: words first, since a cell starting with "=" or "+" is a formula.
CSV_MARKS = {Mark.SHARED: "same (=)", Mark.SOME: "only in some (+)", Mark.DIFFERS: "differs (≠)"}


def write_csv(comparison: Comparison, out: TextIO) -> int:
    """Rows as ``mark, field, one column per document``; word diffs follow as extra rows
    (the diff sits in the column of the document compared with the first). Cells a
    spreadsheet would run as formulas are neutralised. Returns the rows written."""
    writer = csv.writer(out)
    writer.writerow(["mark", "field", *comparison.headings])
    count = 0
    for row in comparison.rows:
        cells = [c if c is not None else ABSENT for c in row.cells]
        writer.writerow([CSV_MARKS[row.mark], safe_cell(row.label), *map(safe_cell, cells)])
        count += 1
    for diff in comparison.diffs:
        cells = [""] * len(comparison.documents)
        cells[diff.other] = render(list(diff.segments))
        label = f"{field_label(diff.field)} (words, [1] → [{diff.other + 1}])"
        writer.writerow([CSV_MARKS[Mark.DIFFERS], label, *map(safe_cell, cells)])
        count += 1
    return count

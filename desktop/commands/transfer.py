"""``pactum import`` and ``pactum export``: the interchange formats on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import check_import, export_file, import_file, shown
from desktop.commands import sheets
from desktop.commands.common import add_filter_options, filters_from, open_for
from desktop.sheets import is_sheet


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="add the records of a Pactum JSON export or a spreadsheet (all or nothing)",
        description="Read the file a record at a time (any size), checking each, and add its "
        "records in one transaction: a record refused refuses the whole file. Records whose "
        "UUID is already in the catalogue are not duplicated. A .csv, .tsv or .xlsx sheet "
        "has one agreement per row, its columns recognised by their headers.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--replace",
        action="store_true",
        help="overwrite records whose UUID exists but whose content differs (kept otherwise)",
    )
    sheets.add_options(p)
    p.set_defaults(run=run_import)

    p = sub.add_parser(
        "export",
        help="write the catalogue to FILE (.json: everything; .csv: a row per agreement)",
        description="JSON carries every field, the trash and the history; CSV is for "
        "spreadsheets (live records only). Filters narrow what is written. Everything is "
        "read as one state of the catalogue. A record holding a value Pactum cannot read "
        "is left out and named; the file is still written, and the exit code is 3.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--no-attachments",
        action="store_true",
        help="leave the records' attached files out of a JSON export (base64 inside it)",
    )
    p.add_argument(
        "--lang", choices=("en", "uk"), default="en", help="language of CSV subjects (en)"
    )
    add_filter_options(p)
    p.set_defaults(run=run_export)


def run_import(args: argparse.Namespace, path: Path) -> int:
    if is_sheet(args.file):
        return sheets.run(args, path)
    check_import(args.file)  # before the catalogue is opened (or made): it may be refused
    progress = Percent()
    with open_for(path, create=True) as catalog:  # the day's backup, if due, comes after
        try:
            report = import_file(catalog, args.file, replace=args.replace, progress=progress)
        finally:
            progress.done()
        print(
            f"{shown(args.file.name)}: {report.added} added, {report.unchanged} already present"
            + (f", {report.replaced} replaced" if report.replaced else "")
            + (
                f", {report.kept} kept as they were (differ from the file; --replace)"
                if report.kept
                else ""
            ),
            file=sys.stderr,
        )
    return 0


class Percent:
    """Progress on a terminal as one line rewritten in place ("importing… 42%"); nothing
    when stderr is a file or a pipe."""

    def __init__(self) -> None:
        self.shown = -1
        self.terminal = sys.stderr.isatty()

    def set(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if self.terminal and percent != self.shown:
            self.shown = percent
            print(f"\rimporting… {percent}%", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.shown >= 0:
            print(file=sys.stderr)

    def cancelled(self) -> bool:
        return False


LEFT_OUT = 3
"""Exit code of an export that wrote its file but left records out (pactum check lists them)."""


def run_export(args: argparse.Namespace, path: Path) -> int:
    filtered = any((args.partner, args.kind, args.status, args.subject, args.since, args.until))
    with open_for(path) as catalog:
        chosen = filters_from(args) if filtered else None
        report = export_file(
            catalog,
            args.file,
            chosen,
            attachments=not args.no_attachments,
            language=args.lang,
        )
    print(f"{report.written} records written to {shown(args.file)}", file=sys.stderr)
    if not report.left_out:
        return 0
    print(
        f"{len(report.left_out)} left out: they hold values Pactum cannot read or break its "
        "rules (pactum check lists them; correct them, then export again):",
        file=sys.stderr,
    )
    for record in report.left_out:
        print(f"  {record}", file=sys.stderr)
    return LEFT_OUT

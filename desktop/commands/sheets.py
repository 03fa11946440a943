"""``pactum import SHEET.csv|SHEET.xlsx``: an analyst's spreadsheet, checked, then added.

``pactum import`` hands a file with a sheet's suffix here (``desktop.commands.transfer``).
``--dry-run`` prints the mapping, every row as it would be stored and every problem, and
writes nothing. Without it a sheet with any problem is refused whole, unless
``--skip-bad-rows``; rows that look like records already in the catalogue are skipped unless
``--keep-duplicates``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from db import ANY_NAME, Catalog, check_output_path, shown, write_text_output
from desktop.commands.common import open_for
from desktop.sheets import (
    TARGETS,
    SheetPlan,
    column_name,
    import_plan,
    plan_sheet,
    read_mapping,
    read_sheet,
)

_DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


def _delimiter(text: str) -> str:
    if text not in _DELIMITERS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a delimiter (, ; or tab)")
    return _DELIMITERS[text]


def _encoding(text: str) -> str:
    import codecs

    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an encoding (utf-8, cp1251)") from None


def add_options(parser: argparse.ArgumentParser) -> None:
    """The sheet options of ``pactum import``."""
    group = parser.add_argument_group("spreadsheets (.csv, .tsv, .xlsx)")
    group.add_argument("--mapping", type=Path, metavar="MAP.json", help="columns to fields")
    group.add_argument(
        "--mapping-template",
        type=Path,
        metavar="MAP.json",
        help="write the recognised mapping of FILE to MAP.json to edit, and import nothing",
    )
    group.add_argument(
        "--dry-run", action="store_true", help="show mapping, rows and problems; write nothing"
    )
    group.add_argument(
        "--skip-bad-rows", action="store_true", help="import the rows without problems"
    )
    group.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="also import rows that look like records already in the catalogue",
    )
    group.add_argument("--encoding", type=_encoding, help="CSV encoding (default: detected)")
    group.add_argument(
        "--delimiter", type=_delimiter, help="CSV delimiter: , ; or tab (default: detected)"
    )
    group.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: first)")


class _Progress:
    """Rows done, on stderr when it is a terminal."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.shown = sys.stderr.isatty()

    def set(self, done: int, total: int) -> None:
        if self.shown:
            of = f"/{total}" if total else ""
            end = "\n" if total and done == total else ""
            print(f"\r{self.what} {done}{of}", end=end, file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def _target(target: str | None) -> str:
    return f"{target} ({TARGETS[target][0]})" if target else "(left out)"


def print_plan(plan: SheetPlan) -> None:
    """The mapping, every row as it would be stored, every problem and duplicate."""
    layout = plan.sheet.layout
    about = f"{layout.encoding}, delimiter {layout.delimiter!r}, " if layout.encoding else ""
    print(f"{shown(plan.sheet.path.name)}: {about}{len(plan.rows)} rows")
    print("Mapping:")
    for n, (header, target) in enumerate(
        zip(plan.mapping.headers, plan.mapping.targets, strict=True)
    ):
        print(f"  {column_name(n):>3}  {shown(header)} -> {_target(target)}")
    print("Rows:")
    for row in plan.rows:
        a = row.agreement
        date = a.signed_on.iso() if a.signed_on else "-"
        parties = ", ".join(a.party_keys)
        mark = " !" if row.problems else ""
        print(f"  {row.row:>5}{mark} {date:<10} {a.kind:<17} {shown(parties)}: {shown(a.title)}")
    problems = plan.problems
    print(f"Problems: {len(problems) or 'none'}")
    for problem in problems:
        print(f"  {shown(str(problem))}")
    if plan.duplicates:
        print(f"Looks like records already in the catalogue: {len(plan.duplicates)}")
        for d in plan.duplicates:
            print(f"  row {d.row}: record {d.record_id} {shown(d.title)!r}")


def _write_template(args: argparse.Namespace, plan: SheetPlan) -> int:
    layout = plan.sheet.layout
    data = plan.mapping.as_json(
        encoding=layout.encoding, delimiter=layout.delimiter, sheet=args.sheet
    )
    target = check_output_path(args.mapping_template, None, ANY_NAME)
    write_text_output(target, lambda out: json.dump(data, out, ensure_ascii=False, indent=2))
    print(f"mapping written to {shown(args.mapping_template)}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace, path: Path) -> int:
    """Import (or with --dry-run, show) the sheet ``args.file`` into the catalogue at ``path``."""
    given = read_mapping(args.mapping) if args.mapping else None
    sheet = read_sheet(
        args.file,
        encoding=args.encoding or (given.encoding if given else None),
        delimiter=args.delimiter or (given.delimiter if given else None),
        sheet=args.sheet or (given.sheet if given else None),
    )
    if args.mapping_template:
        return _write_template(args, plan_sheet(None, sheet, given))
    if args.dry_run:
        if not path.exists():
            print_plan(plan_sheet(None, sheet, given))
            return 0
        with open_for(path) as catalog:
            print_plan(plan_sheet(catalog, sheet, given))
        return 0
    with open_for(path, create=True) as catalog:
        return _import(args, catalog, plan_sheet(catalog, sheet, given, _Progress("reading")))


def _import(args: argparse.Namespace, catalog: Catalog, plan: SheetPlan) -> int:
    for problem in [] if plan.sheet_problems else plan.problems:  # else one line says it
        print(f"{shown(str(problem))}", file=sys.stderr)
    if not args.keep_duplicates:
        for d in plan.duplicates:
            print(
                f"row {d.row}: looks like record {d.record_id} {shown(d.title)!r}; skipped",
                file=sys.stderr,
            )
    report = import_plan(
        catalog,
        plan,
        skip_bad_rows=args.skip_bad_rows,
        keep_duplicates=args.keep_duplicates,
        progress=_Progress("importing"),
    )
    skipped = len(plan.bad_rows)
    duplicates = 0 if args.keep_duplicates else len(plan.duplicate_rows() - plan.bad_rows)
    print(
        f"{shown(args.file.name)}: {report.added} added"
        + (f", {skipped} bad rows skipped" if skipped else "")
        + (
            f", {duplicates} rows skipped that look like records already there (--keep-duplicates)"
            if duplicates
            else ""
        ),
        file=sys.stderr,
    )
    return 0

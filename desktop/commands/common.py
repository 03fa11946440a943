"""What several subcommands share: opening the catalogue, filter options, output."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from db import (
    ANY_NAME,
    Catalog,
    Filters,
    Kind,
    PartialDate,
    Status,
    check_output_path,
    open_catalog,
)
from desktop.commands.passphrase import with_passphrase
from desktop.locations import default_catalog_path


@contextlib.contextmanager
def open_for(path: Path, *, create: bool = False) -> Iterator[Catalog]:
    """Open ``path``; the default catalogue (and, with ``create``, any new one) is made.
    Only the default one's folder is made too: a mistyped folder is refused, not created.

    Opening costs the same for any size of catalogue (issue 14): no command reads the whole
    file unless it is asked to. A command that changed the catalogue makes the day's backup
    once its own work is done, saying so on stderr (the copy is checked whole: a minute or
    more on a very large catalogue); one that only read it never does.
    """
    make = create or path == default_catalog_path()
    if path == default_catalog_path():
        path.parent.mkdir(parents=True, exist_ok=True)
    elif make and not path.exists():
        check_output_path(path, None, ANY_NAME)
    existed = path.exists()  # a new catalogue is plain: `pactum encrypt` makes one encrypted
    catalog = with_passphrase(
        lambda key: open_catalog(path, create=make, passphrase=key if existed else None)
    )
    with catalog:
        opened = catalog.conn.total_changes
        yield catalog
        if catalog.conn.total_changes != opened:
            problem = catalog.daily_backup(starting=_say_backup)
            if problem:
                print(f"pactum: today's backup failed: {problem}", file=sys.stderr)


def _say_backup() -> None:
    print(
        "pactum: making today's backup of the catalogue (once a day, after the first change)",
        file=sys.stderr,
        flush=True,
    )


def partial_date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from ``low`` to ``high``: a value outside them
    is refused in one line instead of failing deep inside (SQLite, dates) or, like a
    negative LIMIT, silently meaning something else."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is not between {low} and {high}")
        return value

    return parse


row_limit = whole_number(0, 2**63 - 1)
"""A --limit: a row count SQLite can take."""


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument(
        "--partner",
        action="append",
        default=[],
        metavar="CODE",
        help="a party (ISO country code or organisation name); repeat for all of several",
    )
    group.add_argument("--kind", action="append", default=[], choices=[str(k) for k in Kind])
    group.add_argument("--status", action="append", default=[], choices=[str(s) for s in Status])
    group.add_argument("--subject", action="append", default=[], metavar="SUBJECT")
    group.add_argument("--since", type=partial_date, metavar="DATE", help="signed on or after")
    group.add_argument("--until", type=partial_date, metavar="DATE", help="signed on or before")


def filters_from(args: argparse.Namespace, trash: bool = False) -> Filters:
    return Filters(
        partners=tuple(p.upper() if len(p) == 2 else p for p in args.partner),
        kinds=tuple(Kind(k) for k in args.kind),
        statuses=tuple(Status(s) for s in args.status),
        subjects=tuple(args.subject),
        since=args.since,
        until=args.until,
        trash=trash,
    )


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")

"""What several subcommands share: opening the catalogue, filter options, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
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


def open_for(path: Path, *, create: bool = False) -> Catalog:
    """Open ``path``; the default catalogue (and, with ``create``, any new one) is made.
    Only the default one's folder is made too: a mistyped folder is refused, not created."""
    make = create or path == default_catalog_path()
    if path == default_catalog_path():
        path.parent.mkdir(parents=True, exist_ok=True)
    elif make and not path.exists():
        check_output_path(path, None, ANY_NAME)
    existed = path.exists()  # a new catalogue is plain: `pactum encrypt` makes one encrypted
    return with_passphrase(
        lambda key: open_catalog(path, create=make, passphrase=key if existed else None)
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

"""``pactum changes clone|export|import|conflicts|resolve``: working as a team offline."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from db import (
    CONTENT_FIELDS,
    Conflict,
    ExchangeReport,
    clone_catalogue,
    export_changes,
    import_changes,
    open_conflicts,
    resolve_conflict,
    shown,
)
from desktop.commands.common import open_for, print_json

FIELDS = (*CONTENT_FIELDS, "deleted")
TEXTS = ("kind", "title", "place", "status", "summary", "full_text")
"""Fields whose --value is taken as plain text; the others are JSON."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "changes",
        help="exchange changes with copies of this catalogue on other workstations",
        description="Clone the catalogue for a colleague, then carry packages of changes "
        "between the copies (a USB stick will do). Edits to different fields merge; a "
        "field changed on both sides is kept as a conflict for a person to resolve.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = actions.add_parser("clone", help="copy the catalogue for another workstation")
    c.add_argument("file", type=Path, metavar="NEW.pactum")
    c.set_defaults(run=run_clone)
    e = actions.add_parser(
        "export",
        help="write a package of this copy's changes (encrypted like the catalogue)",
    )
    e.add_argument("file", type=Path, metavar="FILE")
    e.set_defaults(run=run_export)
    i = actions.add_parser(
        "import", help="apply another copy's package (all or nothing; conflicts are kept)"
    )
    i.add_argument("file", type=Path, metavar="FILE")
    i.set_defaults(run=run_import)
    k = actions.add_parser("conflicts", help="list the conflicts waiting for a decision")
    k.add_argument("--json", action="store_true", help="as JSON")
    k.set_defaults(run=run_conflicts)
    r = actions.add_parser("resolve", help="settle one conflict")
    r.add_argument("ref", metavar="ID", help="the record's id or UUID")
    r.add_argument("field", metavar="FIELD", choices=FIELDS)
    how = r.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", choices=("mine", "theirs"))
    how.add_argument(
        "--value",
        metavar="V",
        help="a value of your own (plain text for text fields; JSON for lists, dates and deleted)",
    )
    r.set_defaults(run=run_resolve)


def _counts(report: ExchangeReport) -> str:
    return (
        f"{report.added} added, {report.changed} changed, {report.conflicts} conflicts, "
        f"{report.packages} packages"
    )


def run_clone(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        target = clone_catalogue(catalog, args.file)
    print(f"copy written to {shown(target)}: give it to the other workstation", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        report = export_changes(catalog, args.file)
    print(f"{shown(args.file)}: {_counts(report)}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        report = import_changes(catalog, args.file)
    print(f"{shown(args.file)}: {_counts(report)}", file=sys.stderr)
    if report.conflicts:
        print("see them with `pactum changes conflicts`", file=sys.stderr)
    return 0


def _item(c: Conflict) -> dict[str, Any]:
    return {
        "record": c.agreement_id,
        "uuid": c.uuid,
        "title": c.title,
        "field": c.field,
        "base": c.base,
        "mine": c.mine,
        "theirs": c.theirs,
        "from": c.from_user,
        "found_at": c.found_at,
    }


def run_conflicts(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        found = open_conflicts(catalog)
    if args.json:
        print_json([_item(c) for c in found])
        return 0
    for c in found:
        print(f"{c.agreement_id}  {c.field}  {c.title}")
        for side in ("base", "mine", "theirs"):
            value = json.dumps(getattr(c, side), ensure_ascii=False)
            print(f"    {side:<6} {value[:200]}")
    print(f"{len(found)} open conflicts", file=sys.stderr)
    return 0


def _value(field: str, text: str) -> Any:
    if field in TEXTS:
        return text
    if field == "signed_on":
        return text or None
    try:
        return json.loads(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--value for {field} must be JSON") from None


def run_resolve(args: argparse.Namespace, path: Path) -> int:
    take = args.take or "value"
    try:
        value = _value(args.field, args.value) if args.value is not None else None
    except argparse.ArgumentTypeError as error:
        print(f"pactum: {error}", file=sys.stderr)
        return 2
    with open_for(path) as catalog:
        resolve_conflict(catalog, args.ref, args.field, take, value)
    print(f"{args.field} of {args.ref} resolved", file=sys.stderr)
    return 0

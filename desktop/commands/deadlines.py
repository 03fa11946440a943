"""``pactum deadlines``: commitments falling due, as lines, JSON or an iCalendar file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from db import ANY_NAME, Deadline, check_output_path, party_label, write_output
from desktop.commands.common import open_for, print_json, whole_number
from desktop.deadlines.ics import amount_text, calendar_bytes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deadlines",
        help="list commitments falling due (or write them as an iCalendar file)",
        description="Every open commitment (pledged, allocated or delivered in part) whose "
        "'until' falls within the next DAYS days, nearest first. A partial date falls due on "
        "its latest possible day: 'until 2027' on 31 December 2027.",
    )
    p.add_argument(
        "--within",
        type=whole_number(0, 100_000),
        default=30,
        metavar="DAYS",
        help="how many days ahead (default: 30)",
    )
    p.add_argument("--overdue", action="store_true", help="also those already past, unmet")
    p.add_argument("--partner", metavar="CODE", help="only records with this party")
    p.add_argument("--lang", choices=("uk", "en"), default="en", help="party names (default: en)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument(
        "--ics", type=Path, metavar="FILE", help="write an iCalendar file (.ics) instead"
    )
    p.set_defaults(run=run_deadlines)


def run_deadlines(args: argparse.Namespace, path: Path) -> int:
    partner = args.partner.upper() if args.partner and len(args.partner) == 2 else args.partner
    today = dt.date.today()
    with open_for(path) as catalog:
        if args.ics is not None:
            check_output_path(args.ics, catalog.path, ANY_NAME)
        found = catalog.deadlines(
            today=today, within=args.within, overdue=args.overdue, partner=partner
        )
    if args.ics is not None:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        write_output(args.ics, calendar_bytes(found, now, args.lang))
        print(f"{len(found)} deadline(s) written to {args.ics}")
    elif args.json:
        print_json([as_json(d, today) for d in found])
    else:
        for deadline in found:
            print(line(deadline, today, args.lang))
        if not found:
            print(f"no deadlines within {args.within} days")
    return 0


def line(deadline: Deadline, today: dt.date, lang: str) -> str:
    """One deadline as a line: due day, days left, who owes what, and the record."""
    left = deadline.days_left(today)
    when = f"{-left} days overdue" if left < 0 else f"in {left} days"
    who = party_label(deadline.party, lang) if deadline.party else ""
    what = " · ".join(p for p in (who, deadline.description, amount_text(deadline)) if p)
    return f"{deadline.due.isoformat()}  ({when})  {what}  — {deadline.title} [{deadline.uuid}]"


def as_json(deadline: Deadline, today: dt.date) -> dict[str, object]:
    return {
        "due": deadline.due.isoformat(),
        "until": deadline.until.iso(),
        "days_left": deadline.days_left(today),
        "uuid": deadline.uuid,
        "title": deadline.title,
        "kind": str(deadline.kind),
        "parties": list(deadline.parties),
        "party": deadline.party,
        "description": deadline.description,
        "amount": deadline.amount,
        "unit": deadline.unit,
        "stage": deadline.stage,
    }

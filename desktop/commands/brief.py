"""``pactum brief``: print-ready briefing PDFs of partnerships from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from db import Kind
from desktop.briefing import build_briefing
from desktop.commands.common import open_for, partial_date, whole_number


def typed_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "brief",
        help="write a briefing (A4 PDF or Word) of one or more partnerships",
        description="Write a briefing on the home party's partnership with each --partner: "
        "cover, key points, overview, timeline, list and every document. Several partners "
        "make one pack (one part each, shared contents); OUT ending in .docx is a Word "
        "document; an OUT that is a folder or ends in neither .pdf nor .docx gets a PDF per "
        "partnership instead. Each briefing is remembered in the catalogue, so the next one "
        "can say what changed since (--since-last).",
    )
    p.add_argument(
        "--partner",
        action="append",
        required=True,
        metavar="CODE",
        help="a partner (ISO country code or organisation name); repeat for a pack",
    )
    p.add_argument("--lang", choices=("uk", "en"), default="uk", help="labels (default: uk)")
    p.add_argument(
        "--marking", metavar="TEXT", help='handling marking, e.g. "FOR OFFICIAL USE ONLY"'
    )
    p.add_argument("--since", type=partial_date, metavar="DATE", help="signed on or after")
    p.add_argument("--until", type=partial_date, metavar="DATE", help="signed on or before")
    p.add_argument(
        "--subject", action="append", default=[], metavar="SUBJECT", help="any of these subjects"
    )
    p.add_argument("--kind", action="append", default=[], choices=[str(k) for k in Kind])
    p.add_argument("--full-texts", action="store_true", help="add an appendix of full texts")
    p.add_argument(
        "--since-last",
        action="store_true",
        help="add what changed since the last briefing of the same partners",
    )
    p.add_argument(
        "--changes-since",
        type=typed_day,
        metavar="DAY",
        help="add what changed since DAY (YYYY-MM-DD); --since filters by signature date",
    )
    p.add_argument(
        "--latest",
        type=whole_number(1, 10_000),
        metavar="N",
        help="a summary: only the latest N documents in full, the rest as a list",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="a .pdf or .docx (Word) file, or a folder for one PDF per partnership",
    )
    p.set_defaults(run=run_brief)


def run_brief(args: argparse.Namespace, path: Path) -> int:
    out: Path = args.output
    per_file = out.is_dir() or out.suffix.lower() not in (".pdf", ".docx")
    partners = [p.upper() if len(p) == 2 else p for p in args.partner]
    with open_for(path) as catalog:
        written = build_briefing(
            catalog,
            partners,
            out,
            lang=args.lang,
            marking=args.marking,
            since=args.since,
            until=args.until,
            subjects=args.subject,
            kinds=[Kind(k) for k in args.kind],
            full_texts=args.full_texts,
            per_file=per_file,
            since_last=args.since_last,
            changes_since=args.changes_since,
            latest=args.latest,
        )
    for file in written:
        print(file)
    return 0

"""``pactum extract FILE``: propose draft agreements from a news text, and accept them.

Without ``--accept`` nothing is written: the drafts are printed for review (with
``--json``, as interchange records plus the sentence behind each value). ``--accept`` adds
them in one transaction and refuses the whole step if a draft looks like a record already
in the catalogue, unless told to add it anyway or to add the article as its source.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from db import CONTENT_FIELDS, PartialDate, encode
from desktop.commands.common import open_for, partial_date, print_json
from desktop.commands.records import describe
from desktop.ingest import Decision, Draft, accept, load_article, possible_duplicates, read_article


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="propose draft agreements from a news text (.txt or .html)",
        description=(
            "Read a news text and propose one draft agreement per document it reports as "
            "signed. Prints the drafts; --accept adds them to the catalogue in one step."
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the article, .txt or .html")
    p.add_argument("--json", action="store_true", help="print interchange records as JSON")
    p.add_argument(
        "--date", type=partial_date, metavar="YYYY-MM-DD", help="publication date, if the "
        "text has no 'date YYYY-MM-DD' line"
    )  # fmt: skip
    p.add_argument("--url", default="", help="the article's address")
    p.add_argument("--outlet", default="", help="where the article was published")
    p.add_argument("--accept", action="store_true", help="add the drafts to the catalogue")
    dup = p.add_mutually_exclusive_group()
    dup.add_argument(
        "--allow-duplicates", action="store_true",
        help="with --accept, add drafts even when they look like records already there",
    )  # fmt: skip
    dup.add_argument(
        "--as-source", action="store_true",
        help="with --accept, add the article as a source of the matching existing record",
    )  # fmt: skip
    p.set_defaults(run=run_extract)


def _article(args: argparse.Namespace):
    article = load_article(args.file)
    if args.date is not None:
        article.published_on = args.date
    article.url = args.url or article.url
    article.outlet = args.outlet or article.outlet
    return article


def draft_json(draft: Draft, duplicates: list[int]) -> dict:
    """One draft as an interchange record plus, per field, the sentences behind it."""
    record = encode(draft.agreement, CONTENT_FIELDS)
    record["provenance"] = {
        name: [q.text for q in quotes] for name, quotes in draft.provenance.items()
    }
    record["possible_duplicates"] = duplicates
    return record


def _date_text(date: PartialDate | None) -> str:
    return date.iso() if date else "—"


def run_extract(args: argparse.Namespace, path: Path) -> int:
    article = _article(args)
    if not args.accept and not path.exists():
        # Reading needs no catalogue: without one there is just nothing to compare with.
        drafts = read_article(article)
        duplicates: list[list[int]] = [[] for _ in drafts]
    else:
        with open_for(path, create=args.accept) as catalog:
            drafts = read_article(
                article, home=catalog.home_party, known_subjects=catalog.subjects()
            )
            duplicates = [possible_duplicates(catalog, d) for d in drafts]
            if args.accept:
                return _accept(catalog, drafts, duplicates, args)
    if args.json:
        print_json([draft_json(d, dup) for d, dup in zip(drafts, duplicates, strict=True)])
        return 0
    for n, (draft, dup) in enumerate(zip(drafts, duplicates, strict=True), 1):
        a = draft.agreement
        print(f"Draft {n}: {a.kind} {'–'.join(a.party_keys)} {_date_text(a.signed_on)}")
        # The record's first block: without the article, which every draft carries whole.
        print(describe(dataclasses.replace(a, full_text="")).split("\n\n")[0])
        if dup:
            print(f"  looks like record {', '.join(map(str, dup))} already in the catalogue")
        print()
    print(f"{len(drafts)} draft{'s' if len(drafts) != 1 else ''}", file=sys.stderr)
    return 0


def _accept(catalog, drafts: list[Draft], duplicates: list[list[int]], args) -> int:
    decisions = []
    refused = []
    for draft, dup in zip(drafts, duplicates, strict=True):
        if dup and args.as_source:
            decisions.append(Decision(draft, source_of=dup[0]))
        elif dup and not args.allow_duplicates:
            refused.append((draft, dup))
        else:
            decisions.append(Decision(draft))
    if refused:  # one line, whatever the number of drafts
        seen = "; ".join(
            f"{d.agreement.kind} {'–'.join(d.agreement.party_keys)} "
            f"{_date_text(d.agreement.signed_on)} looks like record {', '.join(map(str, dup))}"
            for d, dup in refused
        )
        print(
            f"pactum: nothing added: {seen} (use --allow-duplicates or --as-source)",
            file=sys.stderr,
        )
        return 1
    done = accept(catalog, decisions)
    for record in done.added:
        print(f"added {record.id}: {record.title}")
    for record in done.updated:
        print(f"added the article as a source of {record.id}: {record.title}")
    return 0

"""``pactum search``: the catalogue's search on the command line, and saved searches.

``pactum search partner:LT kind:loi дрони`` prints the best matches with a snippet whose
matched words are in [brackets]; ``--json`` gives the same (with the query's chips) to
scripts. Saved searches are the window's smart views: ``--save NAME``, ``--views``,
``--view NAME``, ``--forget NAME``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import Catalog, Filters, shown
from db.search import (
    Chip,
    Hit,
    SearchResult,
    delete_saved_search,
    rebuild,
    save_search,
    saved_searches,
    search,
)
from desktop.commands.common import open_for, print_json, row_limit
from desktop.commands.records import row_json, row_line


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        help="find agreements by words, names and filters",
        description=(
            "Search the catalogue. Words match in any inflected form and in Latin or Cyrillic "
            "(Литвою, Lithuania, LT). Filters: partner:LT kind:loi status:signed "
            'after:2025-08-01 before:2025-12-31 year:2025 subject:drones; "exact phrase", '
            "-word to exclude, OR between alternatives."
        ),
    )
    p.add_argument("query", nargs="*", help="the query (quote it or not)")
    p.add_argument("--by", choices=("rank", "date"), default="rank", help="order (default rank)")
    p.add_argument(
        "--limit", type=row_limit, default=20, metavar="N", help="at most N (default 20)"
    )
    p.add_argument("--trash", action="store_true", help="search the trash instead")
    p.add_argument("--json", action="store_true", help="print JSON")
    views = p.add_argument_group("saved searches")
    views.add_argument("--save", metavar="NAME", help="save the query under NAME")
    views.add_argument("--views", action="store_true", help="list saved searches")
    views.add_argument("--view", metavar="NAME", help="run the saved search NAME")
    views.add_argument("--forget", metavar="NAME", help="delete the saved search NAME")
    p.add_argument("--reindex", action="store_true", help="rebuild the search index (repair)")
    p.set_defaults(run=run_search)


def chip_json(chip: Chip) -> dict:
    return {
        "kind": chip.kind,
        "value": chip.value,
        "text": chip.text,
        "start": chip.start,
        "end": chip.end,
    }


def hit_json(hit: Hit) -> dict:
    return {
        **row_json(hit.row),
        "score": round(hit.score, 4),
        "snippet": {
            "text": hit.snippet.text,
            "field": hit.snippet.field,
            "parts": [[text, matched] for text, matched in hit.snippet.parts],
        },
    }


def _print(result: SearchResult, as_json: bool) -> None:
    if as_json:
        print_json(
            {
                "query": result.parse.query,
                "chips": [chip_json(c) for c in result.parse.chips],
                "expanded": [
                    {"text": e.typed, "concept": e.concept.id, "labels": list(e.others("en"))}
                    for e in result.expanded
                ],
                "hits": [hit_json(h) for h in result.hits],
            }
        )
        return
    for hit in result.hits:
        print(row_line(hit.row))
        if hit.snippet.text:
            inside = hit.snippet.field.partition("attachment:")[2]  # db.search.attachments
            print(f"        {f'in {shown(inside)}: ' if inside else ''}{hit.snippet.text}")
    chips = " · ".join(f"{c.kind}: {c.value}" for c in result.parse.chips)
    count = len(result.hits)
    print(f"{count} result{'s' if count != 1 else ''} for {chips or 'nothing'}", file=sys.stderr)
    for e in result.expanded:
        print(
            f"  {e.typed} → {', '.join(e.others('en'))} (quote it to search the word only)",
            file=sys.stderr,
        )


def _views(catalog: Catalog, args: argparse.Namespace, query: str) -> int | None:
    """Handle the saved-search options; None when the command is a plain search."""
    if args.save:
        saved = save_search(catalog, args.save, query, args.by)
        print(f"saved {saved.name!r}: {saved.query}")
        return 0
    if args.forget:
        if not delete_saved_search(catalog, args.forget):
            print(f"pactum: no saved search {args.forget!r}", file=sys.stderr)
            return 1
        return 0
    if args.views:
        found = saved_searches(catalog)
        if args.json:
            print_json([{"name": s.name, "query": s.query, "sort": s.sort} for s in found])
        for s in [] if args.json else found:
            print(f"{s.name:<24} {s.query}  (by {s.sort})")
        return 0
    return None


def run_search(args: argparse.Namespace, path: Path) -> int:
    query = " ".join(args.query)
    with open_for(path) as catalog:
        if args.reindex:
            print(f"reindexed {rebuild(catalog)} records", file=sys.stderr)
            return 0
        done = _views(catalog, args, query)
        if done is not None:
            return done
        order = args.by
        if args.view:
            named = {s.name.casefold(): s for s in saved_searches(catalog)}
            view = named.get(args.view.casefold())
            if view is None:
                print(f"pactum: no saved search {args.view!r}", file=sys.stderr)
                return 1
            query, order = view.query, view.sort
        result = search(
            catalog, query, order=order, limit=args.limit, filters=Filters(trash=args.trash)
        )
    _print(result, args.json)
    return 0

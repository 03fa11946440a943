"""``pactum compare``, ``matrix``, ``timeline``, ``duplicates``, ``merge`` and ``unmerge``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import (
    CHOSEN_FIELDS,
    CSV,
    PDF,
    MatrixAxis,
    Side,
    check_output_path,
    last_merge,
    merge,
    shown,
    undo_merge,
    write_text_output,
)
from desktop.briefing.comparison import comparison_pdf, matrix_pdf
from desktop.commands.common import open_for, print_json, whole_number
from desktop.commands.records import row_line
from desktop.compare.duplicates import DEFAULT_DAYS, DEFAULT_MIN_SCORE, find_duplicates
from desktop.compare.export import as_json, as_text, write_csv
from desktop.compare.matrix import as_text as matrix_text
from desktop.compare.matrix import build_matrix, matrix_json, write_matrix_csv
from desktop.compare.sides import MAX_DOCUMENTS, compare
from desktop.compare.timeline import build_timeline, write_timeline_csv
from desktop.compare.versions import compare_versions
from desktop.labels import LANGS, kind_label

MAX_DAYS = 36_525
"""The widest --days window (a century): a wider one runs dates off the calendar."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compare",
        help="print 2–4 agreements (or two versions of one) side by side",
        description="Align the documents field by field. Marks: '=' the same in all, '+' only "
        "in some ('—' where absent), '≠' differs. Summaries and full texts get a word diff.",
    )
    p.add_argument("refs", nargs="+", metavar="ID-or-UUID")
    p.add_argument(
        "--versions", nargs=2, type=int, metavar="N", help="compare two versions of one record"
    )
    p.add_argument(
        "--lemmas", action="store_true", help="word forms of one Ukrainian word count as the same"
    )
    p.add_argument("--lang", choices=LANGS, default="en", help="language of labels (en)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", type=Path, metavar="FILE", help="write the comparison as CSV")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="write the comparison as PDF")
    p.set_defaults(run=run_compare)

    p = sub.add_parser(
        "matrix", help="partners against kinds or subjects: count and latest date per cell"
    )
    p.add_argument("--by", choices=[str(a) for a in MatrixAxis], default="kind")
    p.add_argument("--home", metavar="CODE", help="the home party (default: the catalogue's)")
    p.add_argument("--lang", choices=LANGS, default="en", help="language of headings (en)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", action="store_true", help="print CSV")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="write the matrix as PDF")
    p.set_defaults(run=run_matrix)

    p = sub.add_parser(
        "timeline", help="the chosen partnerships' documents on one time axis, oldest first"
    )
    p.add_argument("partners", nargs="+", metavar="PARTNER")
    p.add_argument("--home", metavar="CODE", help="the home party (default: the catalogue's)")
    p.add_argument("--csv", action="store_true", help="print CSV")
    p.set_defaults(run=run_timeline)

    p = sub.add_parser(
        "duplicates",
        help="list likely duplicate records",
        description="Same parties and kind, dates within --days, titles at least --min-score "
        "similar (0–100).",
    )
    p.add_argument("--days", type=whole_number(0, MAX_DAYS), default=DEFAULT_DAYS, metavar="N")
    p.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE, metavar="S")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_duplicates)

    p = sub.add_parser(
        "merge",
        help="merge OTHER into KEEP (OTHER goes to the trash)",
        description="Fields come from KEEP unless named with --take; subjects, sources, "
        "relations and notes are united. Relations to OTHER are re-pointed to KEEP.",
    )
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("other", metavar="OTHER")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        choices=CHOSEN_FIELDS,
        metavar="FIELD",
        help=f"take this field from OTHER (repeatable; one of {', '.join(CHOSEN_FIELDS)})",
    )
    p.set_defaults(run=run_merge)

    p = sub.add_parser(
        "unmerge",
        help="undo the merge that sent OTHER to the trash (if nothing changed since)",
        description="Both records get back their content from before the merge, OTHER leaves "
        "the trash and re-pointed relations point at it again. Refused if any of them was "
        "edited after the merge.",
    )
    p.add_argument("other", metavar="OTHER")
    p.set_defaults(run=run_unmerge)


def run_compare(args: argparse.Namespace, path: Path) -> int:
    pdf = check_output_path(args.pdf, path, PDF) if args.pdf else None
    csv = check_output_path(args.csv, path, CSV) if args.csv else None
    with open_for(path) as catalog:
        if args.versions:
            if len(args.refs) != 1:
                print("pactum: --versions compares two versions of ONE record", file=sys.stderr)
                return 2
            older, newer = args.versions
            comparison = compare_versions(
                catalog, args.refs[0], older, newer, lemmas=args.lemmas, lang=args.lang
            )
        else:
            if not 2 <= len(args.refs) <= MAX_DOCUMENTS:
                print(f"pactum: compare 2 to {MAX_DOCUMENTS} records", file=sys.stderr)
                return 2
            docs = [catalog.get(ref) for ref in args.refs]
            comparison = compare(docs, lemmas=args.lemmas, lang=args.lang)
    if args.json:
        print_json(as_json(comparison))
    elif pdf:
        comparison_pdf(comparison, pdf)
        print(f"comparison written to {shown(args.pdf)}", file=sys.stderr)
    elif csv:
        count = write_text_output(csv, lambda out: write_csv(comparison, out))
        print(f"{count} rows written to {shown(args.csv)}", file=sys.stderr)
    else:
        print(as_text(comparison))
    return 0


def run_matrix(args: argparse.Namespace, path: Path) -> int:
    pdf = check_output_path(args.pdf, path, PDF) if args.pdf else None
    with open_for(path) as catalog:
        matrix = build_matrix(catalog, args.by, args.home.upper() if args.home else None)
    if args.json:
        print_json(matrix_json(matrix))
    elif args.csv:
        write_matrix_csv(matrix, sys.stdout, args.lang)
    elif pdf:
        matrix_pdf(matrix, pdf, args.lang)
        print(f"matrix written to {shown(args.pdf)}", file=sys.stderr)
    else:
        print(matrix_text(matrix, args.lang))
    return 0


def run_timeline(args: argparse.Namespace, path: Path) -> int:
    partners = [p.upper() if len(p) == 2 else p for p in args.partners]
    with open_for(path) as catalog:
        timeline = build_timeline(catalog, partners, args.home.upper() if args.home else None)
    if args.csv:
        write_timeline_csv(timeline, sys.stdout)
        return 0
    for lane in timeline.lanes:
        undated = f", {lane.undated} undated" if lane.undated else ""
        print(f"{lane.partner} ({len(lane.events)} dated{undated})")
        for e in lane.events:
            print(f"  {e.signed_on.iso():<10}  {kind_label(e.kind):<18.18}  #{e.id} {e.title}")
    return 0


def run_duplicates(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        pairs = find_duplicates(catalog, args.days, args.min_score)
        rows = {
            r.id: r for r in catalog.rows(sorted({i for p in pairs for i in (p.left, p.right)}))
        }
    if args.json:
        print_json(
            [
                {
                    "left": p.left,
                    "right": p.right,
                    "score": p.score,
                    "days_apart": p.days_apart,
                    "left_title": rows[p.left].title,
                    "right_title": rows[p.right].title,
                }
                for p in pairs
            ]
        )
        return 0
    for p in pairs:
        apart = "undated" if p.days_apart is None else f"{p.days_apart} days apart"
        print(f"{p.score:5.1f}%  {apart}\n  {row_line(rows[p.left])}\n  {row_line(rows[p.right])}")
    print(f"{len(pairs)} likely duplicate pair{'s' if len(pairs) != 1 else ''}", file=sys.stderr)
    return 0


def run_merge(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        keep, other = catalog.get(args.keep), catalog.get(args.other)
        result = merge(catalog, keep, other, {field: Side.RIGHT for field in args.take})
        print(f"kept:    {row_line(catalog.rows([result.kept.id])[0])}")
        print(f"trashed: #{result.removed.id} (merged into {result.kept.uuid})")
        if result.referrers_after:
            print(f"re-pointed relations of {len(result.referrers_after)} record(s)")
    return 0


def run_unmerge(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        kept, restored = undo_merge(catalog, last_merge(catalog, args.other))
        for a in (kept, restored):
            print(f"restored: {row_line(catalog.rows([a.id])[0])}")
    return 0

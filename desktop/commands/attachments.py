"""``pactum attach``, ``attachments``, ``attachment`` and ``detach``: a record's files.

Files are kept inside the catalogue (see ``db.features.attachments``). Attaching several
files is one transaction: when one is refused (a folder, an empty file, one over the size
limit, an encrypted or broken PDF), none is attached.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from db import shown
from desktop.commands.common import open_for, print_json, whole_number

MB = 1024**2


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "attach",
        help="keep files with a record, inside the catalogue (all or none)",
        description="Keep files (the signed PDF, a scan, a DOCX) with the record ID. Their "
        "text is searchable (PDF, DOCX, ODT, TXT, HTML; scans without a text layer are kept "
        "as 'no text': there is no OCR).",
    )
    p.add_argument("id", metavar="ID", help="the record's id or UUID")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--name", help="the name to keep one file under (default: its own)")
    p.add_argument(
        "--limit-mb",
        type=whole_number(1, 1024**2),
        default=500,
        metavar="MB",
        help="refuse files larger than this (default: 500)",
    )
    p.set_defaults(run=run_attach)

    p = sub.add_parser("attachments", help="list the files a record holds")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_list)

    p = sub.add_parser("attachment", help="write a record's file out, byte for byte")
    p.add_argument("id", metavar="ID")
    p.add_argument("name", metavar="NAME", help="the file's name on the record")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    p.set_defaults(run=run_get)

    p = sub.add_parser("detach", help="remove a file from a record")
    p.add_argument("id", metavar="ID")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(run=run_detach)


def run_attach(args: argparse.Namespace, path: Path) -> int:
    if args.name and len(args.files) > 1:
        print("pactum: --name names one file: give one FILE with it", file=sys.stderr)
        return 2
    with open_for(path) as catalog, catalog.writing():  # one transaction: every file, or none
        found = [
            catalog.attach(args.id, file, name=args.name, limit=args.limit_mb * MB)
            for file in args.files
        ]
    for attachment in found:
        note = {"no_text": " (no text layer: not searchable)", "not_read": ""}.get(
            attachment.text_state, ""
        )
        print(f"attached {shown(attachment.name)}, {attachment.size:,} bytes{note}")
    return 0


def run_list(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        found = catalog.attachments(args.id)
    if args.json:
        print_json([dataclasses.asdict(a) for a in found])
        return 0
    for a in found:
        state = {"text": "text", "no_text": "no text", "not_read": "not read"}[a.text_state]
        print(
            f"{shown(a.name)}\t{a.size:,} bytes\t{a.media_type}\t{state}\t"
            f"{a.added_at[:16].replace('T', ' ')} {shown(a.added_by)}"
        )
    print(f"{len(found)} file{'s' if len(found) != 1 else ''}", file=sys.stderr)
    return 0


def run_get(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        written = catalog.save_attachment(args.id, args.name, args.output)
    print(f"written to {shown(written)}", file=sys.stderr)
    return 0


def run_detach(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        catalog.detach(args.id, args.name)
    print(f"detached {shown(args.name)}", file=sys.stderr)
    return 0

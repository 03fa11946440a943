"""``pactum list``, ``show``, ``delete`` and ``restore``: records on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db import (
    CONTENT_FIELDS,
    STORE_FIELDS,
    Agreement,
    AgreementRow,
    DamagedValue,
    encode,
    party_label,
    subject_json,
)
from desktop.commands.common import (
    add_filter_options,
    filters_from,
    open_for,
    print_json,
    row_limit,
)
from desktop.labels import field_label, kind_label, relation_label, status_label, subjects_in


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "list",
        help="list agreements, newest first",
        description=(
            "List agreements. Several --partner options mean the agreement touches all of them; "
            "several --kind, --status or --subject mean any of them."
        ),
    )
    add_filter_options(p)
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.add_argument("--limit", type=row_limit, metavar="N", help="at most N records")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_list)

    p = sub.add_parser("show", help="print one agreement in full")
    p.add_argument("ref", metavar="ID-or-UUID")
    p.add_argument("--json", action="store_true", help="print the interchange JSON")
    p.set_defaults(run=run_show)

    for name, verb in (("delete", "move to the trash"), ("restore", "bring back from the trash")):
        p = sub.add_parser(name, help=f"{verb} the given agreements")
        p.add_argument("refs", nargs="+", metavar="ID-or-UUID")
        p.add_argument("--json", action="store_true", help="print the affected rows as JSON")
        p.set_defaults(run=run_delete if name == "delete" else run_restore)


def row_json(row: AgreementRow, subjects: tuple[str, ...] | None = None) -> dict:
    """A listed record as JSON; with ``subjects``, each as its concept id and both labels."""
    return {
        "id": row.id,
        "uuid": row.uuid,
        "signed_on": row.signed_on.iso() if row.signed_on else None,
        "kind": str(row.kind),
        "title": row.title,
        "parties": list(row.parties),
        "status": str(row.status),
        "signatories": list(row.signatories),
        **({"subjects": [subject_json(s) for s in subjects]} if subjects is not None else {}),
        **({"damaged": [damaged_json(d) for d in row.damaged]} if row.damaged else {}),
    }


def damaged_json(d: DamagedValue) -> dict:
    return {"field": d.field, "value": d.value, "reason": d.reason}


def row_line(row: AgreementRow) -> str:
    """One line per record; a value Pactum cannot read is shown as stored, and named."""
    date = row.raw("signed_on") or (row.signed_on.iso() if row.signed_on else "—")
    kind = row.raw("kind") or kind_label(row.kind)
    parties = row.raw("parties") or "–".join(row.parties)
    line = f"{row.id:>6}  {date:<10}  {kind:<18.18}  {parties:<12.12}  {row.title}"
    if row.damaged:
        line += f"  [damaged: {', '.join(dict.fromkeys(d.field for d in row.damaged))}]"
    return line


def run_list(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        rows = catalog.list(filters_from(args, trash=args.trash), limit=args.limit)
        subjects = catalog.subjects_of([r.id for r in rows]) if args.json else {}
    if args.json:
        print_json([row_json(r, subjects[r.id]) for r in rows])
    else:
        for row in rows:
            print(row_line(row))
        print(f"{len(rows)} agreement{'s' if len(rows) != 1 else ''}", file=sys.stderr)
    return 0


def describe(a: Agreement) -> str:
    """The record as readable text, every field that has a value."""
    lines = [a.title, "=" * min(len(a.title), 78)]
    if a.title_translation:
        lines.insert(1, a.title_translation)

    def add(field: str, value: str) -> None:
        if value:
            lines.append(f"{field_label(field) + ':':<13} {value}")

    raw = {d.field: f"{d.value} (damaged)" for d in a.damaged}
    add("kind", raw.get("kind") or kind_label(a.kind))
    add("status", raw.get("status") or status_label(a.status))
    add("signed_on", raw.get("signed_on") or (a.signed_on.iso() if a.signed_on else ""))
    add("place", a.place)
    add("parties", ", ".join(f"{party_label(k)} ({k})" for k in a.party_keys))
    for s in a.signatories:
        add("signatories", ", ".join(x for x in (s.name, s.role, s.party) if x))
    add("subjects", "; ".join(subjects_in(a.subjects, "en")))
    for c in a.commitments:
        amount = f" — {c.amount:g} {c.unit}".rstrip() if c.amount is not None else ""
        until = f" (until {c.until})" if c.until else ""
        add("commitments", f"{c.party}: {c.description}{amount}{until}")
    for s in a.sources:
        published = s.published_on.iso() if s.published_on else ""
        head = ", ".join(x for x in (s.outlet, s.url, published) if x)
        add("sources", head + (f' — "{s.quotation}"' if s.quotation else ""))
    for r in a.relations:
        add("relations", f"{relation_label(r.kind)} {r.target}")
    add("summary", a.summary)
    add("summary_translation", a.summary_translation)
    for note in a.notes:
        add("notes", note)
    if a.full_text:
        lines += ["", a.full_text]
    lines += ["", f"id {a.id} · uuid {a.uuid} · version {a.version} · updated {a.updated_at}"]
    if a.deleted_at:
        lines.append(f"in the trash since {a.deleted_at}")
    if a.damaged:
        lines += ["", "Damaged: values Pactum cannot read (shown above empty or as a default):"]
        lines += [f"  {d.field}: {d.value} — {d.reason}" for d in a.damaged]
    return "\n".join(lines)


def run_show(args: argparse.Namespace, path: Path) -> int:
    with open_for(path) as catalog:
        agreement = catalog.get(args.ref)
    if args.json:
        damaged = [damaged_json(d) for d in agreement.damaged]
        print_json(
            {
                "id": agreement.id,
                **encode(agreement, STORE_FIELDS + CONTENT_FIELDS),
                **({"damaged": damaged} if damaged else {}),
            }
        )
    else:
        print(describe(agreement))
    return 0


def _move(args: argparse.Namespace, path: Path, delete: bool) -> int:
    with open_for(path) as catalog:
        with catalog.writing():  # one action: an unknown ref leaves every record as it was
            done = [catalog.delete(ref) if delete else catalog.restore(ref) for ref in args.refs]
        rows = catalog.rows([a.id for a in done if a.id is not None])
    if args.json:
        print_json([row_json(r) for r in rows])
    else:
        verb = "moved to the trash" if delete else "restored"
        for row in rows:
            print(f"{verb}: {row_line(row)}")
    return 0


def run_delete(args: argparse.Namespace, path: Path) -> int:
    return _move(args, path, True)


def run_restore(args: argparse.Namespace, path: Path) -> int:
    return _move(args, path, False)

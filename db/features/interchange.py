"""The interchange formats: versioned JSON that carries everything, and CSV for spreadsheets.

JSON export → import into an empty catalogue gives back the same catalogue: records with
their UUIDs, versions, timestamps, trash state and full history. Import reads and checks
the whole file before writing anything, then writes it in one transaction.
The format is documented in ``docs/interchange.md``.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from db.errors import FieldProblem, ImportFormatError, ValidationError
from db.safety.guards import canonical_uuid, first_non_unicode, is_uuid
from db.safety.inputs import MAX_IMPORT_BYTES, read_bounded
from db.safety.outputs import INTERCHANGE, check_output_path, write_text_output
from db.store import records, summaries
from db.store.access import now
from db.store.codec import MAX_INT, STORE_FIELDS, decode, encode
from db.store.exportable import ExportReport, Unexportable, history_item, writable
from db.store.model import CONTENT_FIELDS, Agreement, Commitment, Filters
from db.store.progress import NoProgress, Progress, check
from db.store.validation import problems

if TYPE_CHECKING:
    from db.catalog import Catalog

FORMAT = "pactum-catalogue"
FORMAT_VERSION = 1
_HISTORY_KEYS = ("version", "action", "field", "old", "new", "changed_at", "changed_by")


@dataclass(frozen=True)
class ImportReport:
    """What an import did: added new UUIDs, replaced or kept the differing ones."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    kept: int = 0


# -- export -----------------------------------------------------------------------------


def export_records(
    catalog: Catalog, filters: Filters | None = None, progress: Progress = NoProgress()
) -> Iterator[Agreement]:
    """Every record an export writes (see :func:`db.store.exportable.writable`)."""
    return (a for a, _ in writable(catalog.conn, filters, progress, []))


def export_json(
    catalog: Catalog,
    out: IO[str],
    filters: Filters | None = None,
    progress: Progress = NoProgress(),
) -> ExportReport:
    """Write the interchange JSON to ``out``, all of it read in one transaction: one
    state of the catalogue, whatever other windows or processes commit meanwhile."""
    left_out: list[Unexportable] = []
    count = 0
    with catalog.reading():
        out.write("{\n")
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "exported_at": now(),
            "home_party": catalog.home_party,
        }
        for key, value in header.items():
            out.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        out.write('  "agreements": [')
        for agreement, history in writable(catalog.conn, filters, progress, left_out):
            item = encode(agreement, STORE_FIELDS + CONTENT_FIELDS)
            item["history"] = [history_item(c) for c in history]
            out.write(",\n    " if count else "\n    ")
            out.write(json.dumps(item, ensure_ascii=False))
            count += 1
        out.write("\n  ]\n}\n")
    return ExportReport(count, tuple(left_out))


_CSV_COLUMNS = (
    "uuid",
    "kind",
    "title",
    "parties",
    "signed_on",
    "signed_precision",
    "place",
    "status",
    "signatories",
    "subjects",
    "commitments",
    "summary",
    "sources",
    "relations",
    "notes",
    "created_at",
    "updated_at",
)


def safe_cell(value: str) -> str:
    """Neutralise text a spreadsheet would run as a formula (``=cmd|...``, ``+``, ``@``)."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _csv_row(a: Agreement) -> list[str]:
    def join(items: Iterable[str]) -> str:
        return "; ".join(items)

    def amount(c: Commitment) -> str:
        return f" {c.amount:g} {c.unit}".rstrip() if c.amount is not None else ""

    row = {
        "uuid": a.uuid,
        "kind": str(a.kind),
        "title": a.title,
        "parties": join(a.party_keys),
        "signed_on": a.signed_on.iso() if a.signed_on else "",
        "signed_precision": str(a.signed_on.precision) if a.signed_on else "",
        "place": a.place,
        "status": str(a.status),
        "signatories": join(
            f"{s.name} ({', '.join(x for x in (s.role, s.party) if x)})"
            if s.role or s.party
            else s.name
            for s in a.signatories
        ),
        "subjects": join(a.subjects),
        "commitments": join(
            f"{c.party}: {c.description}{amount(c)}"
            + (f" until {c.until.iso()}" if c.until else "")
            for c in a.commitments
        ),
        "summary": a.summary,
        "sources": join(s.url or s.outlet for s in a.sources),
        "relations": join(f"{r.kind} {r.target}" for r in a.relations),
        "notes": join(a.notes),
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }
    return [safe_cell(row[c]) for c in _CSV_COLUMNS]


def export_csv(
    catalog: Catalog,
    out: IO[str],
    filters: Filters | None = None,
    progress: Progress = NoProgress(),
) -> ExportReport:
    """One row per live record, lists joined with "; " (open ``out`` with ``newline=''``),
    read in one transaction like :func:`export_json`."""
    writer = csv.writer(out)
    writer.writerow(_CSV_COLUMNS)
    left_out: list[Unexportable] = []
    count = 0
    with catalog.reading():
        for agreement, _ in writable(catalog.conn, filters or Filters(), progress, left_out):
            writer.writerow(_csv_row(agreement))
            count += 1
    return ExportReport(count, tuple(left_out))


def export_file(
    catalog: Catalog,
    path: Path,
    filters: Filters | None = None,
    progress: Progress = NoProgress(),
) -> ExportReport:
    """Export to ``path`` by its suffix (.json or .csv), via a temporary file so a
    cancelled or failed export never leaves half a file behind; never over the catalogue
    (see ``db.safety.outputs``)."""
    target = check_output_path(path, catalog.path, INTERCHANGE)
    write = export_json if path.suffix.lower() == ".json" else export_csv
    return write_text_output(target, lambda out: write(catalog, out, filters, progress))


# -- import -----------------------------------------------------------------------------


def read_file(path: Path) -> dict[str, Any]:
    """Parse an interchange file; raise ImportFormatError saying what is wrong with it
    (InputFileError when it is no regular file or too large: ``db.safety.inputs``)."""
    data = read_bounded(path, MAX_IMPORT_BYTES, "an import (read whole, in memory)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            f"{path.name}: not UTF-8 text (byte {error.start} cannot be read)"
        ) from error
    return parse(text, path.name)


def parse(text: str, name: str = "input") -> dict[str, Any]:
    try:
        data = json.loads(text)
    except RecursionError as error:
        raise ImportFormatError(f"{name}: JSON nested too deeply") from error
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"{name}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(f'{name}: not a Pactum export (no "format": "{FORMAT}")')
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise ImportFormatError(
            f"{name}: format version {version!r} is not supported (this Pactum reads "
            f"version {FORMAT_VERSION})"
        )
    if not isinstance(data.get("agreements"), list):
        raise ImportFormatError(f'{name}: "agreements" must be a list')
    bad = first_non_unicode(data)
    if bad is not None:
        raise ImportFormatError(
            f"{name}: holds text that is not valid Unicode (a lone surrogate escape such as "
            f"\\ud800, after {bad!r})"
        )
    return data


def _read_history(
    item: dict[str, Any], record: int
) -> tuple[list[dict[str, Any]], list[FieldProblem]]:
    history = item.get("history", [])
    if not isinstance(history, list):
        return [], [FieldProblem("history", "must be a list", record=record)]
    found = []
    for n, entry in enumerate(history, 1):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("version"), int)
            or not 0 <= entry["version"] <= MAX_INT
            or entry.get("action")
            not in ("created", "updated", "deleted", "restored", "imported", "merged")
            or not all(
                isinstance(entry.get(k, ""), str) for k in ("field", "changed_at", "changed_by")
            )
        ):
            found.append(FieldProblem("history", f"entry {n} is malformed", record=record))
    return history, found


def check_records(
    catalog: Catalog, data: dict[str, Any]
) -> list[tuple[Agreement, list[dict[str, Any]]]]:
    """Decode and validate every record of a parsed file; raise with every problem found."""
    found: list[FieldProblem] = []
    decoded: list[tuple[int, Agreement, list[dict[str, Any]]]] = []
    seen: dict[str, int] = {}
    for n, item in enumerate(data["agreements"], 1):
        agreement, bad = decode(item, n)
        if agreement is None:
            found.extend(bad)
            continue
        agreement = dataclasses.replace(
            agreement,
            uuid=canonical_uuid(agreement.uuid),
            relations=tuple(
                dataclasses.replace(r, target=canonical_uuid(r.target)) for r in agreement.relations
            ),
        )
        history, bad = _read_history(item, n)
        found.extend(bad)
        found.extend(dataclasses.replace(p, record=n) for p in problems(agreement))
        if agreement.uuid:
            if not is_uuid(agreement.uuid):
                found.append(
                    FieldProblem("uuid", f"{agreement.uuid[:40]!r} is not a UUID", record=n)
                )
            if agreement.uuid in seen:
                found.append(
                    FieldProblem("uuid", f"same UUID as record {seen[agreement.uuid]}", record=n)
                )
            seen[agreement.uuid] = n
        decoded.append((n, agreement, history))
    targets = {r.target for _, a, _ in decoded for r in a.relations} - set(seen)
    known = records.resolve_uuids(catalog.conn, targets)
    found.extend(
        FieldProblem("relations", f"points at {relation.target}, which is nowhere", record=n)
        for n, agreement, _ in decoded
        for relation in agreement.relations
        if relation.target not in seen and relation.target not in known
    )
    if found:
        raise ValidationError(sorted(found, key=lambda p: p.record or 0))
    return [(a, h) for _, a, h in decoded]


def import_data(
    catalog: Catalog,
    data: dict[str, Any],
    *,
    replace: bool = False,
    progress: Progress = NoProgress(),
) -> ImportReport:
    """Add the records of a parsed file, all or nothing.

    A UUID already in the catalogue is left alone when its content is the same, and when
    it differs is kept as it is (``replace=False``) or overwritten with the file's version
    recorded in its history (``replace=True``).
    """
    decoded = check_records(catalog, data)
    stamp = now()
    added = unchanged = replaced = kept = 0
    with catalog.writing() as conn, summaries.deferred(conn):
        existing = records.resolve_uuids(conn, (a.uuid for a, _ in decoded if a.uuid))
        subject_cache: dict[str, int] = {}
        uuid_to_id = dict(existing)
        pending_relations: list[tuple[int, Agreement]] = []
        # Replaced after every new record exists: one may relate to a record added later.
        pending_replaces: list[tuple[Agreement, Agreement]] = []
        total = len(decoded)
        for n, (agreement, history) in enumerate(decoded, 1):
            check(progress, n, total)
            if agreement.uuid in existing:
                stored = records.load(conn, existing[agreement.uuid])
                assert stored is not None
                if records.same_content(stored, agreement):
                    unchanged += 1
                elif not replace:
                    kept += 1
                else:
                    pending_replaces.append((stored, agreement))
                    replaced += 1
                continue
            new = dataclasses.replace(
                agreement,
                uuid=agreement.uuid or str(uuidlib.uuid4()),
                version=agreement.version or 1,
                created_at=agreement.created_at or stamp,
                updated_at=agreement.updated_at or stamp,
                relations=(),
            )
            agreement_id = records.insert(conn, new, {}, subject_cache)
            uuid_to_id[new.uuid] = agreement_id
            if agreement.relations:
                pending_relations.append((agreement_id, agreement))
            if history:
                for entry in history:
                    records.log(
                        conn,
                        agreement_id,
                        entry["version"],
                        entry["action"],
                        entry.get("changed_by", ""),
                        entry["changed_at"],
                        entry.get("field", ""),
                        entry.get("old"),
                        entry.get("new"),
                    )
            else:
                records.log(conn, agreement_id, new.version, "imported", catalog.user, stamp)
            added += 1
        for stored, agreement in pending_replaces:
            records.save_edit(conn, stored, agreement, "imported", catalog.user, stamp)
        for agreement_id, agreement in pending_relations:
            records.write_relations(conn, agreement_id, agreement, uuid_to_id)
    return ImportReport(added, unchanged, replaced, kept)


def import_file(
    catalog: Catalog, path: Path, *, replace: bool = False, progress: Progress = NoProgress()
) -> ImportReport:
    """Import the interchange file at ``path`` as one transaction (see :func:`import_data`)."""
    return import_data(catalog, read_file(path), replace=replace, progress=progress)

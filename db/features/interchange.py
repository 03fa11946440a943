"""The interchange formats: versioned JSON that carries everything, and CSV for spreadsheets.

JSON export → import into an empty catalogue gives back the same catalogue: records with
their UUIDs, versions, timestamps, trash state and full history. Both stream: export writes
a record at a time, import reads one at a time (``interchange_reader``), checks it and
writes it inside the one transaction that holds the whole import, so a file of any size
goes in whole or, when any record is refused or the import is cancelled, not at all.
The format is documented in ``docs/interchange.md``.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from db.errors import FieldProblem, ImportFormatError, ValidationError
from db.features import attachment_exchange
from db.features.csv_export import export_csv
from db.features.interchange_reader import (
    FORMAT,
    FORMAT_VERSION,
    check_header,
    open_records,
)
from db.safety.cipher import Connection
from db.safety.guards import canonical_uuid, first_non_unicode, is_uuid
from db.safety.inputs import open_regular
from db.safety.outputs import INTERCHANGE, check_output_path, write_text_output
from db.store import records, summaries
from db.store.access import now
from db.store.codec import MAX_INT, STORE_FIELDS, decode, encode
from db.store.exportable import ExportReport, Unexportable, history_item, writable
from db.store.model import CONTENT_FIELDS, Agreement, Filters
from db.store.progress import NoProgress, Progress, check
from db.store.thesaurus import concepts_known_as, subject_json
from db.store.validation import problems

if TYPE_CHECKING:
    from db.catalog import Catalog
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
    attachments: bool = True,
) -> ExportReport:
    """Write the interchange JSON to ``out``, all of it read in one transaction: one
    state of the catalogue, whatever other windows or processes commit meanwhile;
    with the records' attached files unless ``attachments`` is False."""
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
        subjects: dict[str, None] = {}
        for agreement, history in writable(catalog.conn, filters, progress, left_out):
            item = encode(agreement, STORE_FIELDS + CONTENT_FIELDS)
            item["history"] = [history_item(c) for c in history]
            out.write(",\n    " if count else "\n    ")
            out.write(json.dumps(item, ensure_ascii=False)[:-1])  # closed after its files
            if attachments and agreement.id is not None:
                attachment_exchange.write(catalog.conn, agreement.id, out)
            out.write("}")
            subjects.update(dict.fromkeys(agreement.subjects))
            count += 1
        concepts = [subject_json(s) for s in subjects]
        out.write(f'\n  ],\n  "concepts": {json.dumps(concepts, ensure_ascii=False)}\n}}\n')
    return ExportReport(count, tuple(left_out))


def export_file(
    catalog: Catalog,
    path: Path,
    filters: Filters | None = None,
    progress: Progress = NoProgress(),
    attachments: bool = True,
    language: str = "en",
) -> ExportReport:
    """Export to ``path`` by its suffix (.json or .csv; a CSV names subjects in
    ``language``), via a temporary file so a cancelled or failed export never leaves half a
    file behind; never over the catalogue (see ``db.safety.outputs``)."""
    target = check_output_path(path, catalog.path, INTERCHANGE)
    if path.suffix.lower() == ".json":
        return write_text_output(
            target, lambda out: export_json(catalog, out, filters, progress, attachments)
        )
    return write_text_output(
        target, lambda out: export_csv(catalog, out, filters, progress, language)
    )


# -- import -----------------------------------------------------------------------------


def parse(text: str, name: str = "input") -> dict[str, Any]:
    """Interchange text held in memory as a parsed document, read and checked exactly as
    a file is (ImportFormatError says what is wrong with it)."""
    _, items = open_records(io.BytesIO(text.encode("utf-8", "surrogatepass")), name)
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "agreements": list(items)}


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


def _decode(
    item: Any, n: int, found: list[FieldProblem], known_as: dict[str, str]
) -> Agreement | None:
    """The record ``n`` of a file, its problems added to ``found``; None when it is not
    a record at all."""
    agreement, bad = decode(item, n)
    if agreement is None:
        found.extend(bad)
        return None
    agreement = dataclasses.replace(
        agreement,
        subjects=tuple(dict.fromkeys(known_as.get(s, s) for s in agreement.subjects)),
        uuid=canonical_uuid(agreement.uuid),
        relations=tuple(
            dataclasses.replace(r, target=canonical_uuid(r.target)) for r in agreement.relations
        ),
    )
    found.extend(dataclasses.replace(p, record=n) for p in problems(agreement))
    if agreement.uuid and not is_uuid(agreement.uuid):
        found.append(FieldProblem("uuid", f"{agreement.uuid[:40]!r} is not a UUID", record=n))
    return agreement


_SEEN = "temp.pactum_import_seen"
_SEEN_TABLE = "pactum_import_seen(uuid TEXT PRIMARY KEY, record INTEGER)"
"""The UUIDs the file has named so far, with the record naming each: on disk (SQLite's
temporary store), so a file of any size is checked for repeats without holding them all."""


class _Import:
    """One import inside its transaction: each record checked and, while every record so
    far was sound, written at once; a relation to a record further down the file waits
    until the end, when every record exists."""

    def __init__(
        self, catalog: Catalog, conn: Connection, replace: bool, known_as: dict[str, str]
    ) -> None:
        self.conn = conn
        self.known_as = known_as
        """Concept ids of a newer thesaurus (the file's "concepts") mapped to ours."""
        self.user = catalog.user
        self.replace = replace
        self.stamp = now()
        self.found: list[FieldProblem] = []
        self.counts = {"added": 0, "unchanged": 0, "replaced": 0, "kept": 0}
        self.subject_cache: dict[str, int] = {}
        self.later: list[tuple[int, Agreement, Agreement | None, int | None]] = []
        conn.execute(f"CREATE TEMP TABLE {_SEEN_TABLE}")  # rolled back with the import

    def _in_file(self, uuid: str) -> int | None:
        row = self.conn.execute(f"SELECT record FROM {_SEEN} WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else int(row[0])

    def _stored_id(self, uuid: str) -> int | None:
        row = self.conn.execute("SELECT id FROM agreements WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else int(row[0])

    def _targets(self, agreement: Agreement) -> dict[str, int] | None:
        """The stored ids of the record's relation targets, or None while one is missing."""
        found = records.resolve_uuids(self.conn, (r.target for r in agreement.relations))
        return found if all(r.target in found for r in agreement.relations) else None

    def add(self, item: Any, n: int) -> None:
        """Check record ``n`` of the file and, if everything so far is sound, write it."""
        agreement = _decode(item, n, self.found, self.known_as)
        if agreement is None:
            return
        history, bad = _read_history(item, n)
        self.found.extend(bad)
        files, bad = attachment_exchange.read_item(item, n)
        self.found.extend(bad)
        stored_id = None
        if agreement.uuid:
            cursor = self.conn.execute(
                f"INSERT OR IGNORE INTO {_SEEN} VALUES (?, ?)", (agreement.uuid, n)
            )
            if cursor.rowcount == 0:
                first = self._in_file(agreement.uuid)
                self.found.append(FieldProblem("uuid", f"same UUID as record {first}", record=n))
            else:
                stored_id = self._stored_id(agreement.uuid)
        if self.found:  # nothing more is written: the import will be refused
            if agreement.relations:  # its targets are still checked, at the end
                self.later.append((n, agreement, None, None))
            return
        if stored_id is not None:
            self._existing(n, stored_id, agreement)
        else:
            self._new(n, agreement, history, files)

    def _existing(self, n: int, stored_id: int, agreement: Agreement) -> None:
        stored = records.load(self.conn, stored_id)
        assert stored is not None
        if records.same_content(stored, agreement):
            self.counts["unchanged"] += 1
        elif not self.replace:
            self.counts["kept"] += 1
        else:
            self.counts["replaced"] += 1
            if self._targets(agreement) is None:
                self.later.append((n, agreement, stored, None))
                return
            records.save_edit(self.conn, stored, agreement, "imported", self.user, self.stamp)
            return
        if agreement.relations and self._targets(agreement) is None:
            self.later.append((n, agreement, None, None))

    def _new(
        self,
        n: int,
        agreement: Agreement,
        history: list[dict[str, Any]],
        files: list[attachment_exchange.Incoming],
    ) -> None:
        targets = self._targets(agreement)
        new = dataclasses.replace(
            agreement,
            uuid=agreement.uuid or str(uuidlib.uuid4()),
            version=agreement.version or 1,
            created_at=agreement.created_at or self.stamp,
            updated_at=agreement.updated_at or self.stamp,
            relations=agreement.relations if targets is not None else (),
        )
        agreement_id = records.insert(self.conn, new, targets or {}, self.subject_cache)
        if targets is None:
            self.later.append((n, agreement, None, agreement_id))
        for entry in history:
            records.log(
                self.conn,
                agreement_id,
                entry["version"],
                entry["action"],
                entry.get("changed_by", ""),
                entry["changed_at"],
                entry.get("field", ""),
                entry.get("old"),
                entry.get("new"),
            )
        if not history:
            records.log(self.conn, agreement_id, new.version, "imported", self.user, self.stamp)
        attachment_exchange.restore(self.conn, agreement_id, files, self.stamp, self.user or "")
        self.counts["added"] += 1

    def finish(self) -> ImportReport:
        """Check and write what waited for the whole file; raise with every problem found."""
        for n, agreement, _, _ in self.later:
            for relation in agreement.relations:
                target = relation.target
                if self._in_file(target) is None and self._stored_id(target) is None:
                    self.found.append(
                        FieldProblem("relations", f"points at {target}, which is nowhere", record=n)
                    )
        if self.found:
            raise ValidationError(sorted(self.found, key=lambda p: p.record or 0))
        for _, agreement, stored, agreement_id in self.later:
            if stored is not None:
                records.save_edit(self.conn, stored, agreement, "imported", self.user, self.stamp)
            elif agreement_id is not None:
                targets = records.resolve_uuids(self.conn, (r.target for r in agreement.relations))
                records.write_relations(self.conn, agreement_id, agreement, targets)
        self.conn.execute(f"DROP TABLE {_SEEN}")
        return ImportReport(**self.counts)


def _import(
    catalog: Catalog,
    items: Iterable[Any],
    where: Callable[[int], tuple[int, int]],
    replace: bool,
    progress: Progress,
    known_as: dict[str, str] | None = None,
) -> ImportReport:
    with catalog.writing() as conn, summaries.deferred(conn):
        job = _Import(catalog, conn, replace, known_as or {})
        for n, item in enumerate(items, 1):
            job.add(item, n)
            if n % 200 == 0:
                check(progress, *where(n), every=1)
        report = job.finish()
    return report


def import_data(
    catalog: Catalog,
    data: dict[str, Any],
    *,
    replace: bool = False,
    progress: Progress = NoProgress(),
) -> ImportReport:
    """Add the records of a parsed document, all or nothing (see :func:`import_file`)."""
    check_header(data, isinstance(data.get("agreements"), list), "input")
    bad = first_non_unicode(data)
    if bad is not None:
        raise ImportFormatError(
            f"input: holds text that is not valid Unicode (a lone surrogate escape such as "
            f"\\ud800, after {bad!r})"
        )
    items = data["agreements"]
    known_as = concepts_known_as(data.get("concepts"))
    return _import(catalog, items, lambda n: (n, len(items)), replace, progress, known_as)


def import_file(
    catalog: Catalog, path: Path, *, replace: bool = False, progress: Progress = NoProgress()
) -> ImportReport:
    """Add the records of the interchange file at ``path``, all or nothing, reading it a
    record at a time (any size; progress is the share of the file read, in SHARES).

    A UUID already in the catalogue is left alone when its content is the same, and when
    it differs is kept as it is (``replace=False``) or overwritten with the file's version
    recorded in its history (``replace=True``). Any record refused refuses the whole file,
    with every problem found in it (ValidationError); a file that cannot be read raises
    ImportFormatError or, when it is no regular file, InputFileError.
    """
    with open_regular(path) as raw:
        size = max(os.fstat(raw.fileno()).st_size, 1)
        guard, items = open_records(raw, path.name)
        return _import(catalog, items, lambda n: _share(guard.offset, size), replace, progress)


SHARES = 10_000
"""Progress of a file import counts in ten-thousandths of the file: its size in bytes may
pass what a progress bar holds (2**31 - 1 in Qt)."""


def _share(done: int, size: int) -> tuple[int, int]:
    return min(done * SHARES // size, SHARES), SHARES


def check_import(path: Path) -> None:
    """Refuse, before a catalogue is opened (or made) for it, a file an import would
    refuse at its start: no regular file, no Pactum export, a version this Pactum cannot
    read. What lies further in is checked as it is imported."""
    with open_regular(path) as raw:
        open_records(raw, path.name)

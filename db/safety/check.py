"""The full check of a catalogue, on demand: structure, foreign keys, registered indexes.

``check_path`` reads the file without ever writing to it (read-only connection), so it
works on a damaged catalogue that ``open_catalog`` refuses, and leaves it as it was.
Only damage is a finding: a file locked by another program, a read-only folder or a full
disk raise their typed errors (busy, read-only, disk full), so nobody is offered a
restore or a salvage for a healthy file that could not be read just now.
Other parts of the store register checks of what they derive from the records (the
search index: its rows must match the agreements) with :func:`register_index`; the same
registration tells salvage how to rebuild that index in a recovered file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import CatalogInUseError, DamagedCatalogError
from db.safety import open_files
from db.safety.backup import Backup, Kind, finding, integrity_problems, list_backups, open_copy
from db.safety.cipher import (
    CATALOG_OR_DATABASE_ERRORS,
    DATABASE_ERRORS,
    Connection,
    connect,
    is_encrypted,
    key_for,
)
from db.safety.opening import check_file
from db.search import index as search_index
from db.search.normalise import normalise
from db.store import queries, records, summaries
from db.store.exportable import unexportable
from db.store.known_schema import schema_differences

if TYPE_CHECKING:
    from db.store.access import Store


@dataclass(frozen=True)
class IndexCheck:
    """A derived structure: ``check`` lists its disagreements with the records,
    ``rebuild`` makes it anew from the records of an open Catalog."""

    name: str
    check: Callable[[Connection], list[str]]
    rebuild: Callable[[Store], object] | None = None


INDEXES: dict[str, IndexCheck] = {}


def register_index(index: IndexCheck) -> None:
    """Add (or replace) a derived-structure check run by every full check."""
    INDEXES[index.name] = index


@dataclass(frozen=True)
class CheckReport:
    """What the full check found; ``counts`` say what the catalogue holds."""

    path: str
    problems: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    foreign: tuple[str, ...] = ()
    """Schema objects Pactum's migrations do not make (db.store.known_schema): not damage, but
    the file is refused until its records are salvaged into a clean catalogue."""

    bad_records: tuple[str, ...] = ()
    """Records holding values Pactum cannot read, or breaking its rules (db.store.exportable):
    shown marked damaged, left out of exports until corrected."""

    @property
    def ok(self) -> bool:
        return not self.problems and not self.foreign and not self.bad_records


_COUNTS = {
    "agreements": "SELECT count(*) FROM agreements",
    "live": "SELECT count(*) FROM agreements WHERE deleted_at IS NULL",
    "in trash": "SELECT count(*) FROM agreements WHERE deleted_at IS NOT NULL",
    "parties": "SELECT count(*) FROM parties",
    "subjects": "SELECT count(*) FROM subjects",
    "history entries": "SELECT count(*) FROM history",
}


def _foreign_key_problems(conn: Connection) -> list[str]:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [
        f"{table} row {rowid} points at a missing row of {parent}"
        for table, rowid, parent, _ in rows[:100]
    ]


def check_connection(conn: Connection, path: str) -> CheckReport:
    """Run every check on an open connection; a check that cannot run is a finding too."""
    problems = integrity_problems(conn, path=path)
    counts: dict[str, int] = {}
    for name, sql in _COUNTS.items():
        try:
            counts[name] = conn.execute(sql).fetchone()[0]
        except DATABASE_ERRORS as error:
            problems.append(f"cannot count {name}: {finding(error, path)}")
    checks: list[tuple[str, Callable[[Connection], list[str]]]] = [
        ("foreign keys", _foreign_key_problems),
        *((index.name, index.check) for index in INDEXES.values()),
    ]
    for name, run in checks:
        try:
            problems.extend(run(conn))
        except DATABASE_ERRORS as error:
            problems.append(f"{name} could not be checked: {finding(error, path)}")
    foreign: list[str] = []
    bad: list[str] = []
    try:
        foreign = schema_differences(conn)
        if not foreign:  # records are read through the schema, so only through ours
            ids = [row[0] for row in conn.execute("SELECT id FROM agreements ORDER BY id")]
            left_out = unexportable(conn, ids)
            bad = [str(record) for record in left_out.values()]
            # The listing's own copies (party and signatory lists), which export never reads.
            bad += [
                f"agreement {row.id}: {'; '.join(map(str, row.damaged))}"
                for row in queries.rows(conn, ids)
                if row.damaged and row.id not in left_out
            ]
    except DATABASE_ERRORS as error:
        problems.append(f"the schema or the records could not be read: {finding(error, path)}")
    return CheckReport(path, tuple(problems), counts, tuple(foreign), tuple(bad))


def check_path(path: Path, passphrase: str | None = None) -> CheckReport:
    """Fully check the catalogue file at ``path`` without modifying it.

    Raises CatalogBusyError, ReadOnlyCatalogError or DiskFullError when the file cannot be
    checked for one of those reasons; the report lists damage only."""
    passphrase = key_for(path, passphrase)
    try:
        check_file(path, encrypted=passphrase is not None)
    except DamagedCatalogError as error:
        return CheckReport(str(path), (error.reason,))
    try:
        conn = connect(path, passphrase=passphrase, readonly=True)
    except DATABASE_ERRORS as error:
        return CheckReport(str(path), (finding(error, str(path)),))
    try:
        report = check_connection(conn, str(path))
        if not report.ok and open_files.replaced(conn, path):
            # A restore or encryption elsewhere renamed a new file over the one being read
            # (and made the old one unreadable): no damage, the check must simply run again.
            raise CatalogInUseError(str(path))
        return report
    finally:
        conn.close()


SEARCH_SAMPLE = 2000
"""Records whose index text is recomputed and compared in a full check (evenly spread)."""


def search_index_problems(conn: Connection) -> list[str]:
    """The search index holds one row per agreement, none for a missing one, and (for an
    even sample of SEARCH_SAMPLE records) exactly the text the record gives today."""
    problems = []
    missing = conn.execute(
        "SELECT count(*) FROM agreements WHERE id NOT IN (SELECT rowid FROM search_index)"
    ).fetchone()[0]
    if missing:
        problems.append(f"search index: {missing:,} agreements are not indexed")
    orphans = conn.execute(
        "SELECT count(*) FROM search_index WHERE rowid NOT IN (SELECT id FROM agreements)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"search index: {orphans:,} rows belong to no agreement")
    stale = _stale_sample(conn)
    if stale:
        problems.append(f"search index: {stale:,} records are indexed with outdated text")
    if problems:
        problems.append("rebuild it with `pactum search --reindex`")
    return problems


TERMS_PER_RECORD = 12
"""Words of each sampled record looked up in the index (its first ones, in every column)."""


def _stale_sample(conn: Connection) -> int:
    """How many sampled records the index would not find by their own words.

    The index is contentless, so its text cannot be read back: the expected text of each
    sampled record is tokenised by a temporary FTS5 table with the same tokenizer, and its
    words are looked up in the real index, restricted to that record and column.
    """
    ids = [row[0] for row in conn.execute("SELECT id FROM agreements ORDER BY id")]
    sample = ids[:: max(1, len(ids) // SEARCH_SAMPLE)]
    columns = search_index.COLUMNS
    conn.execute(
        f"CREATE VIRTUAL TABLE temp.expected_index USING fts5({', '.join(columns)}, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE temp.expected_terms USING fts5vocab(temp, expected_index, instance)"
    )
    try:
        for agreement_id in sample:
            agreement = records.load(conn, agreement_id)
            if agreement is None:  # the sample's ids were just read: never, but not assumed
                continue
            texts = [normalise(t) for t in search_index.agreement_texts(agreement)]
            conn.execute(
                f"INSERT INTO temp.expected_index (rowid, {', '.join(columns)}) "
                f"VALUES (?, {', '.join('?' * len(columns))})",
                (agreement_id, *texts),
            )
        wanted: dict[int, list[tuple[str, str]]] = {}
        for doc, column, term in conn.execute(
            "SELECT DISTINCT doc, col, term FROM temp.expected_terms ORDER BY doc"
        ):
            terms = wanted.setdefault(doc, [])
            if len(terms) < TERMS_PER_RECORD:
                terms.append((column, term))
        stale = 0
        for doc, terms in wanted.items():
            for column, term in terms:
                quoted = '"' + term.replace('"', '""') + '"'
                found = conn.execute(
                    "SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid = ?",
                    (f"{column} : {quoted}", doc),
                ).fetchone()
                if found is None:
                    stale += 1
                    break
        return stale
    finally:
        conn.execute("DROP TABLE temp.expected_terms")
        conn.execute("DROP TABLE temp.expected_index")


register_index(IndexCheck("search index", search_index_problems, search_index.rebuild))
register_index(IndexCheck("summary counts", summaries.problems))  # rebuilt with the index


def newest_good_backup(path: Path, passphrase: str | None = None) -> Backup | None:
    """The most recent backup that passes the full integrity check, if any."""
    passphrase = key_for(path, passphrase)
    for backup in list_backups(path, passphrase, counts=False):
        if backup.kind is Kind.DAMAGED:
            continue
        try:
            conn = open_copy(backup.path, passphrase)
        except CATALOG_OR_DATABASE_ERRORS:
            continue
        try:
            if is_encrypted(conn) != (passphrase is not None) or integrity_problems(conn):
                continue
            records = conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
        except CATALOG_OR_DATABASE_ERRORS:  # unreadable or locked just now: not good
            continue
        finally:
            conn.close()
        return Backup(backup.path, backup.kind, backup.taken_at, records, backup.size)
    return None

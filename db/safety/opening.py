"""Deciding whether a file is a Pactum catalogue before SQLite is allowed to touch it.

Every check here costs the same for ten records or a million, except :func:`quick_check`,
which reads the whole file and runs only when asked or before a migration.

Opening a file with SQLite in read-write mode can create journals or, for some damaged
files, rewrite pages. Checks here read only raw bytes, so a text file, a photo, another
program's database or a truncated catalogue is refused and left byte-for-byte unchanged.
Raw bytes are read only while no connection of this process has the file open (see
:mod:`db.safety.open_files`): a file already open here was checked when it was first opened.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.errors import (
    CatalogInUseError,
    DamagedCatalogError,
    NewerCatalogError,
    NotACatalogError,
    PassphraseNeededError,
)
from db.safety import open_files
from db.safety.cipher import DATABASE_ERRORS, OPERATIONAL_ERRORS, PLAIN, Connection
from db.safety.failures import as_catalog_error
from db.store.schema import APPLICATION_ID, MIGRATION_NAMES, MIGRATION_SET

SQLITE_MAGIC = b"SQLite format 3\x00"

_KNOWN_MAGIC = {
    b"\xff\xd8\xff": "a JPEG image",
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}


def describe(head: bytes) -> str:
    """A guess at what a non-SQLite file is, for the error message."""
    for magic, what in _KNOWN_MAGIC.items():
        if head.startswith(magic):
            return f"it is {what}"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not an SQLite database"
    stripped = head.lstrip()
    if stripped.startswith((b"{", b"[")):
        return "it is a JSON file (use Import to read an exported catalogue)"
    return "it is a text file, not an SQLite database"


def is_plain_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's magic, i.e. is not encrypted (a file open
    in this process is plain when ``sqlite3`` has it open)."""
    head = open_files.read_head(path, len(SQLITE_MAGIC))
    if head is None:
        return PLAIN in open_files.libraries(path)
    return head == SQLITE_MAGIC


def looks_encrypted(head: bytes, size: int) -> bool:
    """An SQLCipher file has no readable header: random bytes, whole pages of them."""
    return size >= 1024 and size % 1024 == 0 and describe(head) == "it is not an SQLite database"


def check_file(path: Path, *, encrypted: bool = False) -> None:
    """Raise unless ``path`` holds a Pactum catalogue whose header is whole.

    An encrypted file's header is ciphertext, so with ``encrypted`` only its size is
    checked here; the passphrase and the application id are checked once it is open.
    A file this process has open already passed this check when it was first opened.
    """
    shown = str(path)
    if path.is_dir():
        raise NotACatalogError(shown, "it is a folder")
    size = path.stat().st_size
    if size == 0:
        raise NotACatalogError(shown, "the file is empty")
    head = open_files.read_head(path, 100)
    if head is None:
        return
    if encrypted and not head.startswith(SQLITE_MAGIC):
        if len(head) < 100:
            raise DamagedCatalogError(shown, "the file is cut short inside its header")
        return
    if not head.startswith(SQLITE_MAGIC):
        if looks_encrypted(head, size):
            raise PassphraseNeededError(shown)
        raise NotACatalogError(shown, describe(head))
    if len(head) < 100:
        raise DamagedCatalogError(shown, "the file is cut short inside its header")
    wal = path.with_name(path.name + "-wal")
    # Committed pages may still live in the write-ahead log (a catalogue just created by
    # another open connection has its header there); only without one must the main file
    # hold its application id and every page its header counts.
    has_wal = wal.exists() and wal.stat().st_size > 0
    application_id = int.from_bytes(head[68:72], "big")
    if application_id != APPLICATION_ID and not (application_id == 0 and has_wal):
        raise NotACatalogError(shown, "it is another program's SQLite database")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if not has_wal and size < page_size * pages:
        raise DamagedCatalogError(
            shown, f"the file is truncated ({size:,} of {page_size * pages:,} bytes)"
        )


def quick_check(conn: sqlite3.Connection, path: str) -> None:
    """Run SQLite's quick_check (read-only); raise DamagedCatalogError on any finding.

    A check that cannot run because the file is locked, read-only or on a full disk
    raises that (typed) error instead: none of them is damage. A value another program
    stored past a CHECK constraint is a damaged record, shown and listed as such
    (db.store.stored), not a damaged file."""
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except DATABASE_ERRORS as error:
        typed = as_catalog_error(error, path)
        raise (typed or DamagedCatalogError(path, str(error))) from error
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    # One finding may span lines ("*** in database main ***\n2nd reference to page 6").
    findings = [" ".join(str(row[0]).split()) for row in rows if row[0] != "ok"]
    if findings:
        raise DamagedCatalogError(path, "; ".join(findings[:3]))
    check_application_id(conn, path)


def check_application_id(conn: sqlite3.Connection, path: str) -> None:
    """Refuse a plain file whose application id, as SQLite sees it, is not Pactum's: the
    header read before opening may have been stale (see check_file); SQLite's view,
    write-ahead log included, decides. Reads one page, whatever the file's size."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise NotACatalogError(path, "it is another program's SQLite database")


def migration_due(db: Database) -> bool:
    """True when opening will write a migration (so the file must be checked first)."""
    try:
        applied = {
            row[0]
            for row in db.conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
    except OPERATIONAL_ERRORS:  # no migrations table yet (either SQLite library)
        return True
    return not set(MIGRATION_NAMES) <= applied


def refuse_newer(db: Database, path: str) -> None:
    """Refuse a catalogue with migrations this version does not know: a newer Pactum
    made it, and writing to it could lose what that version keeps."""
    known = set(MIGRATION_NAMES)
    applied = [
        row[0]
        for row in db.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        )
    ]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise NewerCatalogError(path, unknown)


def open_failure(error: BaseException, conn: Connection, path: Path) -> BaseException:
    """What opening ``path`` failed with: in use when a restore or an encryption renamed
    another file over it while this connection waited for its lock; busy, read-only or
    disk full as such (no damage); any other database error is damage."""
    if open_files.replaced(conn, path):
        return CatalogInUseError(str(path))
    if not isinstance(error, DATABASE_ERRORS):
        return error
    return as_catalog_error(error, str(path)) or DamagedCatalogError(str(path), str(error))

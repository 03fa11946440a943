"""Connections to catalogue files, plain or encrypted at rest with SQLCipher.

A plain catalogue goes through the standard library's ``sqlite3``. An encrypted one goes
through ``sqlcipher3`` (SQLCipher 4 with its own SQLite, shipped as a self-contained wheel):
it speaks the same DB-API, so sqlite-utils and every store function work on it unchanged.
Its exception classes are its own, so code that catches database errors catches the tuples
below. The passphrase lives only in memory, in the connection and the open Catalog.

Every file connection is recorded in :mod:`db.safety.open_files` while it is open, so nothing in
this process reads the file with plain I/O or opens it with the other library meanwhile
(either would drop the connection's locks).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from db.errors import (
    CatalogError,
    DamagedCatalogError,
    EncryptionUnavailableError,
    NotACatalogError,
    OpenWithOtherLibraryError,
    WrongPassphraseError,
)
from db.safety import open_files

try:
    import sqlcipher3.dbapi2 as _dbapi2
except ImportError:  # an install without the wheel: plain catalogues still work
    _dbapi2 = None
sqlcipher: Any = _dbapi2
"""``sqlcipher3``'s DB-API module, or None; other modules import it from here."""

DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,) + (
    (sqlcipher.DatabaseError,) if sqlcipher else ()
)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,) + (
    (sqlcipher.OperationalError,) if sqlcipher else ()
)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,) + (
    (sqlcipher.IntegrityError,) if sqlcipher else ()
)
CATALOG_OR_DATABASE_ERRORS: tuple[type[Exception], ...] = (CatalogError, *DATABASE_ERRORS)
"""What reading a catalogue file can raise: Pactum's own errors, or either library's."""
_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_DAMAGE_WORDS = ("malformed", "not a database")


def is_damage(error: BaseException) -> bool:
    """True when ``error`` says the file itself is damaged (not busy, not a bad query), so
    a caller offers restore or salvage instead of a generic error."""
    if isinstance(error, DamagedCatalogError):
        return True
    if not isinstance(error, DATABASE_ERRORS):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    return any(word in str(error) for word in _DAMAGE_WORDS)


Connection = Any
"""A ``sqlite3.Connection`` or a ``sqlcipher3`` one: the same DB-API either way."""

PLAIN = "sqlite3"
ENCRYPTED = "sqlcipher3"
"""The two libraries, as :mod:`db.safety.open_files` records them."""


class _Recorded:
    """Mixed into both libraries' connections: closing one takes it off the registry."""

    _unrecord: Any = None
    file_key: open_files.FileKey | None = None
    """The (device, inode) opened, to notice the path being renamed over meanwhile."""

    def close(self) -> None:
        try:
            super().close()  # type: ignore[misc]
        finally:
            if self._unrecord is not None:
                self._unrecord()


class PlainConnection(_Recorded, sqlite3.Connection):
    """A ``sqlite3`` connection to a file, recorded while open."""


if sqlcipher is not None:

    class EncryptedConnection(_Recorded, sqlcipher.Connection):  # type: ignore[misc]  # untyped
        """A ``sqlcipher3`` connection to a file, recorded while open."""


def key_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to use for ``path``: none for an existing plain SQLite file, so one
    passphrase at hand (say, from the environment) never stops a plain catalogue opening.
    A file open in this process is not read again: the library that has it open says."""
    if passphrase is None or not path.is_file():
        return passphrase
    head = open_files.read_head(path, 16)
    if head is None:
        return passphrase if ENCRYPTED in open_files.libraries(path) else None
    return None if head == b"SQLite format 3\x00" else passphrase


def quote_literal(text: str) -> str:
    """``text`` as an SQL string literal; PRAGMA key and ATTACH KEY take no parameters."""
    return "'" + text.replace("'", "''") + "'"


def _uri(path: Path, readonly: bool) -> str:
    return path.resolve().as_uri() + ("?mode=ro" if readonly else "")


def connect(
    path: Path | None,
    *,
    passphrase: str | None = None,
    readonly: bool = False,
    timeout: float = 5.0,
) -> Connection:
    """Open ``path`` (``None``: in memory); with a passphrase, as an SQLCipher file.

    A wrong passphrase raises WrongPassphraseError at once rather than at the first query.
    A file this process has open with the other library (or holds for a whole-file
    operation) is refused with OpenWithOtherLibraryError, before SQLite touches it.
    """
    if passphrase is None:
        if path is None:
            return sqlite3.connect(":memory:", check_same_thread=False, timeout=timeout)
        return _recorded(path, readonly, timeout, PLAIN)
    if sqlcipher is None:
        raise EncryptionUnavailableError()
    if not passphrase:
        raise WrongPassphraseError(str(path), "the passphrase is empty")
    if path is None:
        conn = sqlcipher.connect(":memory:", check_same_thread=False, timeout=timeout)
    else:
        conn = _recorded(path, readonly, timeout, ENCRYPTED)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote_literal(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        conn.close()
        if "not a database" in str(error):
            raise WrongPassphraseError(str(path)) from error
        raise
    return conn


def _recorded(path: Path, readonly: bool, timeout: float, library: str) -> Connection:
    """Open ``path`` with ``library`` and record the connection in :mod:`db.safety.open_files`;
    the registry's lock is held meanwhile, so no plain read of the file runs in between."""
    with open_files.guard():
        others = open_files.libraries(path) - {library}
        if others:
            raise OpenWithOtherLibraryError(str(path), others.pop())
        if library == PLAIN:
            conn = sqlite3.connect(
                _uri(path, readonly),
                uri=True,
                check_same_thread=False,
                timeout=timeout,
                factory=PlainConnection,
            )
        else:
            conn = sqlcipher.connect(
                _uri(path, readonly),
                uri=True,
                check_same_thread=False,
                timeout=timeout,
                factory=EncryptedConnection,
            )
        key = open_files.key_of(path)
        if key is not None:
            conn.file_key = key
            conn._unrecord = open_files.record(key, library, conn)
    return conn


def is_encrypted(conn: Connection) -> bool:
    """True for a connection to an SQLCipher file (it answers ``PRAGMA cipher_version``)."""
    if sqlcipher is None or not isinstance(conn, sqlcipher.Connection):
        return False
    return bool(conn.execute("PRAGMA cipher_version").fetchone())


def require_application_id(conn: Connection, path: str, application_id: int) -> None:
    """For an encrypted file the header check could not read the application id: ask now."""
    found = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if found != application_id and tables:
        raise NotACatalogError(path, "it is another program's encrypted database")

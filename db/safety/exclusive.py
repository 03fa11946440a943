"""Holding a catalogue file alone for a whole-file operation (encrypt, restore).

An operation that replaces the catalogue file must be the only one with the file open
from its first read to the rename, or another window could commit into the file that is
about to be replaced and be told it succeeded. :func:`hold_exclusively` refuses to start
(CatalogInUseError, the file untouched) while any other connection has it open, in this
process (:mod:`db.safety.open_files`) or another, and keeps everyone else out until it ends.

A file SQLite can read is held by one connection of our own: it leaves WAL mode (which
checkpoints the log and removes the ``-wal``/``-shm``; SQLite refuses while another
connection is open), then takes ``locking_mode=EXCLUSIVE`` and ``BEGIN EXCLUSIVE`` and
keeps the lock after COMMIT, so the operation reads it through that connection (backup
API, integrity checks) while every other process gets "database is locked". In rollback
mode, with no journal left open, closing that connection touches no file by name — a WAL
connection would delete the ``-wal`` beside the path on close, by then the new file's.

A damaged file SQLite cannot read is held with a POSIX write lock of our own on SQLite's
lock bytes (PENDING, RESERVED and the SHARED range) of the database file, through the one
descriptor that also copies its bytes: a connection elsewhere holds at least a shared
lock there for as long as it has the file open in WAL mode (and while reading in rollback
mode), so the lock is refused while anyone has it open and, once taken, keeps every
SQLite connection out (they see "database is locked"). Any lock on the ``-shm`` (WAL
readers keep one) also means the file is in use. No SQLite connection of this process
may have the file open meanwhile (closing it would drop our lock), which the registry
guarantees: the file is recorded as held.

After the replacement is renamed over the path and before the lock is released, the old
file's first 16 bytes (SQLite's magic) are overwritten through a descriptor opened before
the rename. A process that opened the path before the rename and waited for the lock then
reads "file is not a database" from the old file instead of committing into a file no
name leads to. (One case remains outside any lock's reach: such a waiter that wakes only
after a third process has opened the new file in WAL mode could find that file's ``-wal``
by name; the waiter must have opened the path during the operation, and its own busy
timeout usually ends first.)
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.errors import (
    CatalogBusyError,
    CatalogError,
    CatalogInUseError,
    DamagedCatalogError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from db.safety import open_files
from db.safety.cipher import DATABASE_ERRORS, Connection, connect
from db.safety.failures import as_catalog_error
from db.safety.opening import looks_encrypted

HOLD_TIMEOUT_S = 1.0
"""How long to wait for a writer elsewhere to finish before refusing."""

POISON = b"Pactum: replaced"
"""Written over SQLite's 16-byte magic of a replaced file, so SQLite refuses it."""

_HOLD_ERRORS: tuple[type[Exception], ...] = (*DATABASE_ERRORS, WrongPassphraseError)
"""What taking the hold with SQLite can raise when the file is busy, damaged or locked."""

_PENDING_BYTE = 0x40000000
_LOCK_BYTES = 2 + 510  # PENDING, RESERVED and the SHARED range, as SQLite's unix VFS uses them


def _companion(path: Path, end: str) -> Path:
    return path.with_name(path.name + end)


@dataclass
class Held:
    """A catalogue file held alone; ``conn`` is None when SQLite cannot read it."""

    path: Path
    conn: Connection | None
    fd: int
    replaced: bool = False

    def copy_bytes(self, target: Path) -> None:
        """Copy the held file, byte for byte, to ``target`` through the held descriptor
        (opening the file again and closing it would drop the lock)."""
        with target.open("wb") as out:
            offset = 0
            while chunk := os.pread(self.fd, 1 << 20, offset):
                out.write(chunk)
                offset += len(chunk)
            out.flush()
            os.fsync(out.fileno())

    def replace_with(self, new: Path, *, old_wal_kept: bool = False) -> None:
        """Rename ``new`` over the held file, then make the old file unreadable.

        The old file's ``-wal`` and ``-shm`` are removed: left beside the new file, the
        log's frames would be applied to it. A file held through SQLite has none (it left
        WAL mode); a damaged one's log must have been copied aside (``old_wal_kept``)."""
        wal = _companion(self.path, "-wal")
        if not old_wal_kept and wal.exists() and wal.stat().st_size:
            raise CatalogError(f"{wal} still holds changes: it was not copied aside")
        for end in ("-wal", "-shm"):
            _companion(self.path, end).unlink(missing_ok=True)
        os.replace(new, self.path)
        self.replaced = True
        os.pwrite(self.fd, POISON, 0)
        os.fsync(self.fd)
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _in_use(path: Path) -> CatalogInUseError:
    return CatalogInUseError(str(path))


def _hold_with_sqlite(path: Path, passphrase: str | None) -> Connection | None:
    """Our own connection holding ``path`` exclusively, or None if SQLite cannot read it."""
    conn = None
    try:
        conn = connect(path, passphrase=passphrase, timeout=HOLD_TIMEOUT_S)
        conn.isolation_level = None
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.execute("COMMIT")
    except _HOLD_ERRORS as error:
        if conn is not None:
            replaced = open_files.replaced(conn, path)
            conn.close()
            if replaced:  # another whole-file operation renamed a file over it meanwhile
                raise _in_use(path) from error
        typed = as_catalog_error(error, str(path))
        if isinstance(typed, CatalogBusyError):
            raise _in_use(path) from error
        if isinstance(typed, WrongPassphraseError):
            # SQLCipher cannot tell a wrong passphrase from a damaged first page: the
            # safe answer, which never replaces the file, is the passphrase.
            raise typed from error
        if isinstance(typed, DamagedCatalogError):
            _refuse_unreadable_but_sound(path, passphrase)
            return None
        if typed is None:
            raise
        raise typed from error
    if mode != "delete":  # another process opened it in WAL mode between the two steps
        conn.close()
        raise _in_use(path)
    return conn


def _refuse_unreadable_but_sound(path: Path, passphrase: str | None) -> None:
    """Raise when SQLite could not read ``path`` for a reason that is no damage: it is an
    encrypted catalogue and no passphrase was given (encrypted meanwhile by another
    process, or never told), or it is a file a whole-file operation has just replaced."""
    head = open_files.read_head(path, 100)  # no connection of ours is open: allowed
    if head is None:
        return
    if head.startswith(POISON):
        raise _in_use(path)
    if passphrase is None and looks_encrypted(head, path.stat().st_size):
        raise PassphraseNeededError(str(path))


def _lock_by_hand(path: Path, fd: int) -> None:
    """Take SQLite's lock bytes ourselves; refuse if anyone holds them or the -shm."""
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _LOCK_BYTES, _PENDING_BYTE)
    except OSError as error:
        raise _in_use(path) from error
    shm = _companion(path, "-shm")
    if not shm.exists():
        return
    shm_fd = os.open(shm, os.O_RDWR)
    try:
        fcntl.lockf(shm_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        raise _in_use(path) from error
    finally:
        os.close(shm_fd)  # no connection of ours has the -shm open: nothing else to drop


@contextlib.contextmanager
def hold_exclusively(path: Path, passphrase: str | None = None) -> Iterator[Held]:
    """Hold the catalogue at ``path`` (symlinks resolved) alone for the ``with`` block.

    Raises CatalogInUseError (nothing changed) when another connection has it open,
    ReadOnlyCatalogError when it cannot be written."""
    path = path.resolve(strict=True)
    unrecord: Any = None
    with open_files.guard():
        if open_files.is_open(path):
            raise _in_use(path)
        conn = _hold_with_sqlite(path, passphrase)
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError as error:
            if conn is not None:
                conn.close()
            raise (as_catalog_error(error, str(path)) or error) from error
        held = Held(path, conn, fd)
        if conn is None:
            try:
                _lock_by_hand(path, fd)
            except BaseException:
                os.close(fd)
                raise
            key = open_files.key_of(path)
            assert key is not None
            unrecord = open_files.record(key, open_files.HELD, held)
    try:
        yield held
    finally:
        if conn is not None:
            conn.close()
        os.close(fd)  # after the connection: closing it first would drop its locks
        if unrecord is not None:
            unrecord()

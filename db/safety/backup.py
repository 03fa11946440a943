"""Backups of a catalogue: consistent copies beside it, rotated, verified, restorable.

Every copy is made with SQLite's online backup API from an open connection, never by
copying the file, so it is consistent even while another window writes (a file copy of a
live WAL database can miss committed pages or catch half a transaction). Each copy is
written under a temporary name, checked with ``PRAGMA integrity_check`` and only then
given its real name, so ``backups/`` never holds a copy that was not verified.

Copies live in ``backups/`` beside the catalogue (the real file, when it is reached
through a symlink), named
``<stem>-<UTC time>-<kind><suffix>``; a copy of an encrypted catalogue is encrypted with
the same passphrase. Daily copies are rotated (the last 7 days, then one per week for
4 weeks); copies made before a migration, before a restore and on demand are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from db.errors import (
    CatalogBusyError,
    CatalogError,
    CatalogInUseError,
    DamagedCatalogError,
    DiskFullError,
    ReadOnlyCatalogError,
)
from db.safety.cipher import (
    CATALOG_OR_DATABASE_ERRORS,
    DATABASE_ERRORS,
    Connection,
    connect,
    is_encrypted,
    key_for,
)
from db.safety.exclusive import Held, hold_exclusively
from db.safety.failures import as_catalog_error

BACKUP_FOLDER = "backups"
KEEP_DAYS = 7
KEEP_WEEKS = 4
_STAMP = "%Y%m%dT%H%M%S%fZ"


class Kind(StrEnum):
    """Why a copy was made; decides whether rotation may remove it."""

    DAILY = "daily"
    MANUAL = "manual"
    PRE_MIGRATION = "pre-migration"
    PRE_RESTORE = "pre-restore"
    PRE_ENCRYPTION = "pre-encryption"
    DAMAGED = "damaged"
    """Not a copy: a damaged catalogue moved aside, byte for byte, when a backup replaced it."""


class BackupError(CatalogError):
    """A backup could not be made, verified or restored; the catalogue was left as it was."""

    code = "backup"


@dataclass(frozen=True)
class Backup:
    """One file in ``backups/``; ``records`` is None when it cannot be read (or is locked)."""

    path: Path
    kind: Kind
    taken_at: dt.datetime
    records: int | None
    size: int


def backups_folder(catalogue: Path) -> Path:
    """``backups/`` beside the real file (symlinks and ``..`` resolved)."""
    return catalogue.resolve().parent / BACKUP_FOLDER


def _name(catalogue: Path, kind: Kind, at: dt.datetime) -> str:
    catalogue = catalogue.resolve()
    return f"{catalogue.stem}-{at.astimezone(dt.UTC).strftime(_STAMP)}-{kind}{catalogue.suffix}"


def _pattern(catalogue: Path) -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in Kind)
    return re.compile(
        rf"^{re.escape(catalogue.stem)}-(\d{{8}}T\d{{12}}Z)-({kinds}){re.escape(catalogue.suffix)}$"
    )


def finding(error: BaseException, path: str) -> str:
    """``error`` as a finding of a check; a lock, a read-only file or a full disk is no
    finding (nothing is wrong with the file) and is raised as its typed error instead."""
    typed = as_catalog_error(error, path)
    if isinstance(typed, CatalogBusyError):  # say which file, and what to do
        raise CatalogInUseError(path) from error
    if typed is not None and not isinstance(typed, DamagedCatalogError):
        raise typed from error
    return str(error)


def integrity_problems(conn: Connection, limit: int = 100, path: str = "") -> list[str]:
    """What ``PRAGMA integrity_check`` finds (empty when the file is sound). A value
    another program stored past a CHECK constraint is a damaged record, which reading
    shows as such (db.store.stored), not damage of the file: CHECK constraints are not checked."""
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        try:
            rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
        finally:
            conn.execute("PRAGMA ignore_check_constraints = OFF")
    except DATABASE_ERRORS as error:
        return [finding(error, path)]
    return [row[0] for row in rows if row[0] != "ok"]


def open_copy(path: Path, passphrase: str | None = None) -> Connection:
    """Read-only connection to a backup; a plain one (made before encryption) opens plain."""
    return connect(path, passphrase=key_for(path, passphrase), readonly=True)


def count_records(path: Path, passphrase: str | None = None) -> int | None:
    """How many agreements (trash included) the file holds, or None if it cannot say."""
    try:
        conn = open_copy(path, passphrase)
    except CATALOG_OR_DATABASE_ERRORS:
        return None
    try:
        found: int = conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
        return found
    except DATABASE_ERRORS:
        return None
    finally:
        conn.close()


@contextlib.contextmanager
def verified_copy(
    source: Connection, target: Path, passphrase: str | None = None
) -> Iterator[Path]:
    """Yield a verified online-backup copy of ``source``, written beside ``target`` under
    a temporary name for the caller to rename into place; removed if it is not.

    The copy uses the rollback journal, so it is one self-contained file while it sits in
    ``backups/``; opening it as a catalogue switches it back to WAL.
    """
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        try:
            copy = connect(partial, passphrase=passphrase)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                problems = integrity_problems(copy)
            finally:
                copy.close()
        except DATABASE_ERRORS as error:
            typed = as_catalog_error(error, str(partial))
            if isinstance(typed, (ReadOnlyCatalogError, DiskFullError)):
                raise typed from error
            raise BackupError(f"could not write {target.name}: {error}") from error
        if problems:
            raise BackupError(f"the copy failed its integrity check: {'; '.join(problems[:3])}")
        yield partial
    finally:
        partial.unlink(missing_ok=True)


def copy_into(source: Connection, target: Path, passphrase: str | None = None) -> None:
    """Write a verified online-backup copy of ``source`` at ``target`` (replaced atomically)."""
    with verified_copy(source, target, passphrase) as partial:
        os.replace(partial, target)


def create_backup(
    source: Connection,
    catalogue: Path,
    kind: Kind = Kind.MANUAL,
    *,
    passphrase: str | None = None,
    at: dt.datetime | None = None,
) -> Backup:
    """Copy the open catalogue ``source`` (the file at ``catalogue``) into ``backups/``."""
    at = at or dt.datetime.now(dt.UTC)
    folder = backups_folder(catalogue)
    folder.mkdir(exist_ok=True)
    target = folder / _name(catalogue, kind, at)
    copy_into(source, target, passphrase)
    return Backup(target, kind, at, count_records(target, passphrase), target.stat().st_size)


def list_backups(
    catalogue: Path,
    passphrase: str | None = None,
    *,
    counts: bool = True,
    as_named: bool = False,
) -> list[Backup]:
    """The catalogue's backups, newest first, with their record counts if ``counts``.

    ``as_named`` looks beside the path as given instead of the real file: where copies
    made through a symlink went before backups followed links."""
    named = catalogue.absolute() if as_named else catalogue.resolve()
    folder = named.parent / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    pattern = _pattern(named)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if not match or not path.is_file():  # a pipe or device by that name is never read
            continue
        at = dt.datetime.strptime(match[1], _STAMP).replace(tzinfo=dt.UTC)
        kind = Kind(match[2])
        readable = counts and kind is not Kind.DAMAGED
        records = count_records(path, passphrase) if readable else None
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # rotated away by another window just now
            continue
        found.append(Backup(path, kind, at, records, size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def daily_due(backups: Iterable[Backup], today: dt.date) -> bool:
    """True when no daily copy was made on ``today`` (the user's local date)."""
    return not any(
        b.kind is Kind.DAILY and b.taken_at.astimezone().date() == today for b in backups
    )


def to_prune(backups: Iterable[Backup]) -> list[Backup]:
    """The daily copies rotation removes: all but the newest of each of the last
    KEEP_DAYS days, and of older ones the newest of each of the last KEEP_WEEKS weeks."""
    dailies = sorted(
        (b for b in backups if b.kind is Kind.DAILY), key=lambda b: b.taken_at, reverse=True
    )
    kept: list[Backup] = []
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in dailies:
        day = backup.taken_at.astimezone().date()
        if day in days:
            continue
        if len(days) < KEEP_DAYS:
            days.add(day)
            kept.append(backup)
            continue
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks.add(week)
            kept.append(backup)
    return [b for b in dailies if b not in kept]


def prune(catalogue: Path) -> list[Backup]:
    """Delete the daily copies rotation no longer keeps; returns them."""
    removed = to_prune(list_backups(catalogue, counts=False))
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return removed


def daily_backup(
    source: Connection,
    catalogue: Path,
    *,
    passphrase: str | None = None,
    starting: Callable[[], object] = lambda: None,
) -> Backup | None:
    """If no copy was made today, copy the catalogue (verified: the whole file is read
    and checked) and rotate, calling ``starting`` first; otherwise do nothing."""
    existing = list_backups(catalogue, counts=False)
    if not daily_due(existing, dt.date.today()):
        return None
    starting()
    made = create_backup(source, catalogue, Kind.DAILY, passphrase=passphrase)
    prune(catalogue)
    return made


def daily_backup_problem(
    source: Connection,
    catalogue: Path,
    passphrase: str | None = None,
    starting: Callable[[], object] = lambda: None,
) -> str | None:
    """Make the day's backup if due; say why not if it failed (a full disk or a read-only
    folder must not stop the user from working, but the window should tell them)."""
    try:
        daily_backup(source, catalogue, passphrase=passphrase, starting=starting)
    except DamagedCatalogError:  # found by a check ``starting`` ran: damage, not a backup problem
        raise
    except (CatalogError, OSError) as error:
        return str(error)
    return None


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + end) for end in ("-wal", "-shm")]


def set_aside(held: Held, at: dt.datetime | None = None) -> Path:
    """Copy a damaged catalogue held alone (and its WAL) into ``backups/``, byte for byte;
    the held file itself stays where it is until something replaces it."""
    at = at or dt.datetime.now(dt.UTC)
    folder = backups_folder(held.path)
    folder.mkdir(exist_ok=True)
    target = folder / _name(held.path, Kind.DAMAGED, at)
    held.copy_bytes(target)
    for own, copied in zip(_companions(held.path), _companions(target), strict=True):
        if own.exists():  # no connection of ours has it open: copying drops no lock
            shutil.copyfile(own, copied)
    return target


def _is_sound(held: Held) -> bool:
    """The held file passes quick_check (judged through the holding connection)."""
    if held.conn is None:
        return False
    try:
        return bool(held.conn.execute("PRAGMA quick_check").fetchall() == [("ok",)])
    except DATABASE_ERRORS as error:
        finding(error, str(held.path))
        return False


def _back_up_current(held: Held, passphrase: str | None) -> Backup | Path:
    """Copy the current file before a restore; a damaged one is copied aside unchanged."""
    if not _is_sound(held):
        return set_aside(held)
    return create_backup(held.conn, held.path, Kind.PRE_RESTORE, passphrase=passphrase)


def restore_backup(
    catalogue: Path, backup: Path, *, passphrase: str | None = None
) -> Backup | Path | None:
    """Replace the catalogue with a verified backup; returns what became of the old file
    (a pre-restore Backup, the path its damaged bytes were copied to, or None if absent).

    The real file is replaced (symlinks resolved), held alone from the first look at it
    to the rename: while another window or process has it open, CatalogInUseError is
    raised and nothing is changed."""
    catalogue = catalogue.resolve()
    passphrase = key_for(catalogue, passphrase)
    try:
        source = open_copy(backup, passphrase)
    except DATABASE_ERRORS as error:
        raise DamagedCatalogError(str(backup), str(error)) from error
    try:
        if is_encrypted(source) != (passphrase is not None):
            raise BackupError(
                f"{backup.name} is {'' if passphrase is None else 'not '}encrypted and the "
                "catalogue is the other way: open the backup itself as a catalogue instead"
            )
        problems = integrity_problems(source, path=str(backup))
        if problems:
            raise DamagedCatalogError(str(backup), "; ".join(problems[:3]))
        if not catalogue.exists():
            copy_into(source, catalogue, passphrase)
            return None
        with (
            hold_exclusively(catalogue, passphrase) as held,
            verified_copy(source, catalogue, passphrase) as partial,  # first: a read-only
        ):  # folder refuses here, before anything is copied aside
            before = _back_up_current(held, passphrase)
            held.replace_with(partial, old_wal_kept=isinstance(before, Path))
    except OSError as error:
        raise (as_catalog_error(error, str(catalogue)) or error) from error
    finally:
        source.close()
    return before

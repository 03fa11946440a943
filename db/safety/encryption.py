"""Encrypting an existing plain catalogue at rest, with SQLCipher.

SQLite's backup API cannot copy between a plain and an encrypted file, so the catalogue
is exported with ``sqlcipher_export()`` into a new encrypted file beside it, that file is
checked (integrity, same record count, Pactum's application id), and only then replaces
the original in one atomic rename. The catalogue is held alone for the whole operation
(:mod:`db.safety.exclusive`): it refuses to start while another window or process has it open,
so no write can land in the file being replaced. It is read only through ``sqlite3``:
``sqlcipher_export`` reads a plain copy made with the backup API into a temporary file,
never the catalogue, so one file is never open with both libraries. A symlink is
followed: the real file is encrypted and the link kept.

A verified plain copy is kept in ``backups/`` (kind ``pre-encryption``) so nothing can be
lost on the way; it is plaintext, so :func:`plain_backups` names every plain copy left for
the user to remove once the encrypted catalogue has been opened with its passphrase.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from db.errors import CatalogError, EncryptionUnavailableError
from db.opener import open_catalog
from db.safety.backup import (
    Backup,
    BackupError,
    Kind,
    create_backup,
    integrity_problems,
    list_backups,
    verified_copy,
)
from db.safety.cipher import DATABASE_ERRORS, Connection, connect, quote_literal, sqlcipher
from db.safety.exclusive import hold_exclusively
from db.safety.failures import as_catalog_error
from db.safety.opening import check_file, is_plain_sqlite, quick_check
from db.store.schema import APPLICATION_ID


def _count(conn: Connection) -> int:
    found: int = conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
    return found


def _export(plain: Path, encrypted: Path, passphrase: str) -> None:
    """``sqlcipher_export`` the plain file ``plain`` into a new encrypted ``encrypted``."""
    with contextlib.closing(sqlcipher.connect(str(plain))) as conn:
        conn.execute(
            f"ATTACH DATABASE {quote_literal(str(encrypted))} AS encrypted "
            f"KEY {quote_literal(passphrase)}"
        )
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.application_id = {APPLICATION_ID}")
        conn.execute("DETACH DATABASE encrypted")


def encrypt_catalogue(path: Path, passphrase: str) -> Backup:
    """Encrypt the plain catalogue at ``path`` in place; returns the plain copy kept.

    Raises CatalogInUseError (nothing changed) while it is open elsewhere."""
    if sqlcipher is None:
        raise EncryptionUnavailableError()
    if not passphrase:
        raise CatalogError("an encrypted catalogue needs a passphrase that is not empty")
    path = path.resolve(strict=True)
    if not is_plain_sqlite(path):
        raise CatalogError(f"{path} is already encrypted (or is not a catalogue)")
    check_file(path)
    # What opening refuses (a foreign schema, damage, a newer version's file) is refused
    # before the hold below switches the file out of WAL mode, so a refusal changes nothing.
    open_catalog(path, daily_backup=False).close()
    partial = path.with_name(f".{path.name}.encrypting")
    partial.unlink(missing_ok=True)
    try:
        with hold_exclusively(path) as held:
            if held.conn is None:
                raise BackupError(f"{path} cannot be read: run `pactum check` first")
            quick_check(held.conn, str(path))
            records = _count(held.conn)
            # The encrypted file first: a read-only folder refuses it before any copy is made.
            with verified_copy(held.conn, partial) as plain:
                _export(plain, partial, passphrase)
            encrypted = connect(partial, passphrase=passphrase)
            try:
                problems = integrity_problems(encrypted, path=str(partial))
                if not problems and _count(encrypted) != records:
                    problems = ["the encrypted copy does not hold every record"]
            finally:
                encrypted.close()
            if problems:
                raise BackupError(f"encryption failed its check: {'; '.join(problems[:3])}")
            kept = create_backup(held.conn, path, Kind.PRE_ENCRYPTION)
            held.replace_with(partial)
    except DATABASE_ERRORS as error:
        raise BackupError(f"could not encrypt {path.name}: {error}") from error
    except OSError as error:
        raise (as_catalog_error(error, str(path)) or error) from error
    finally:
        partial.unlink(missing_ok=True)
    return kept


def plain_backups(path: Path) -> list[Backup]:
    """Backups of ``path`` that are not encrypted (readable without the passphrase): beside
    the real file, and beside a symlink's own name where older copies may sit."""
    found = {
        backup.path: backup
        for as_named in (False, True)
        for backup in list_backups(path, counts=False, as_named=as_named)
    }
    return [b for b in found.values() if is_plain_sqlite(b.path)]

"""Encrypting an existing plain catalogue at rest, with SQLCipher.

SQLite's backup API cannot copy between a plain and an encrypted file, so the plain
catalogue is exported with ``sqlcipher_export()`` into a new encrypted file beside it,
that file is checked (integrity, same record count, Pactum's application id), and only
then replaces the original in one atomic rename. A verified plain copy is kept in
``backups/`` (kind ``pre-encryption``) so nothing can be lost on the way; it is plaintext,
so :func:`plain_backups` names every plain copy left for the user to remove once the
encrypted catalogue has been opened with its passphrase.
"""

from __future__ import annotations

import os
from pathlib import Path

from db.backup import Backup, BackupError, Kind, integrity_problems, list_backups
from db.catalog import open_catalog
from db.cipher import DATABASE_ERRORS, connect, quote_literal, sqlcipher
from db.errors import CatalogError, EncryptionUnavailableError
from db.opening import is_plain_sqlite
from db.schema import APPLICATION_ID


def _count(conn) -> int:
    return conn.execute("SELECT count(*) FROM agreements").fetchone()[0]


def encrypt_catalogue(path: Path, passphrase: str) -> Backup:
    """Encrypt the plain catalogue at ``path`` in place; returns the plain copy kept."""
    if sqlcipher is None:
        raise EncryptionUnavailableError()
    if not passphrase:
        raise CatalogError("an encrypted catalogue needs a passphrase that is not empty")
    if path.exists() and not is_plain_sqlite(path):
        raise CatalogError(f"{path} is already encrypted (or is not a catalogue)")
    with open_catalog(path) as catalog:
        kept = catalog.backup(Kind.PRE_ENCRYPTION)
        records = _count(catalog.conn)
    if path.with_name(path.name + "-wal").exists():
        raise BackupError(f"{path.name} is open in another window or process: close it first")
    partial = path.with_name(f".{path.name}.encrypting")
    partial.unlink(missing_ok=True)
    try:
        plain = sqlcipher.connect(str(path))
        try:
            plain.execute(
                f"ATTACH DATABASE {quote_literal(str(partial))} AS encrypted "
                f"KEY {quote_literal(passphrase)}"
            )
            plain.execute("SELECT sqlcipher_export('encrypted')")
            plain.execute(f"PRAGMA encrypted.application_id = {APPLICATION_ID}")
            plain.execute("DETACH DATABASE encrypted")
        finally:
            plain.close()
        encrypted = connect(partial, passphrase=passphrase)
        try:
            problems = integrity_problems(encrypted)
            if not problems and _count(encrypted) != records:
                problems = ["the encrypted copy does not hold every record"]
        finally:
            encrypted.close()
        if problems:
            raise BackupError(f"encryption failed its check: {'; '.join(problems[:3])}")
        os.replace(partial, path)
    except DATABASE_ERRORS as error:
        raise BackupError(f"could not encrypt {path.name}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return kept


def plain_backups(path: Path) -> list[Backup]:
    """Backups of ``path`` that are not encrypted (readable without the passphrase)."""
    return [b for b in list_backups(path, counts=False) if is_plain_sqlite(b.path)]

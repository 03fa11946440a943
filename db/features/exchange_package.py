"""The package file: one SQLite file carrying changesets from one copy to the others.

A package is written and read with apsw (it is never the catalogue, so no file is open
with two SQLite libraries), encrypted with the catalogue's passphrase when the catalogue
is encrypted (SQLite3 Multiple Ciphers in SQLCipher 4 format). It holds every package the
sending copy knows, oldest first, each with its manifest (who, when, which catalogue and
schema, per-record who/when, counts) and an HMAC-SHA256 keyed by a secret that only copies
of the catalogue hold: a package altered on the way, or made from another catalogue, is
refused before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apsw

from db.errors import InputFileError, PackageDamagedError
from db.safety.cipher import quote_literal
from db.safety.outputs import shown

FORMAT = "pactum-changes"
FORMAT_VERSION = 1
SUFFIX = ".pactum-changes"


@dataclass(frozen=True)
class Package:
    """One changeset as it travels: its id, manifest (JSON text), changeset and MAC."""

    package_id: str
    manifest: str
    changeset: bytes
    mac: str

    @property
    def facts(self) -> dict[str, Any]:
        found: dict[str, Any] = json.loads(self.manifest)
        return found


def sign(key: str, manifest: str, changeset: bytes) -> str:
    """The MAC over a package's manifest and changeset."""
    digest = hmac.new(bytes.fromhex(key), manifest.encode("utf-8"), hashlib.sha256)
    digest.update(b"\0")
    digest.update(changeset)
    return digest.hexdigest()


def genuine(key: str, package: Package) -> bool:
    return hmac.compare_digest(sign(key, package.manifest, package.changeset), package.mac)


def _keyed(db: apsw.Connection, passphrase: str | None) -> None:
    if passphrase:
        db.execute("PRAGMA cipher = sqlcipher")
        db.execute("PRAGMA legacy = 4")
        db.execute(f"PRAGMA key = {quote_literal(passphrase)}")


def write_package(
    path: Path, header: dict[str, Any], packages: list[Package], passphrase: str | None
) -> None:
    """Write a new package file at ``path`` (which must not exist: the caller writes to
    a temporary name and renames it)."""
    with contextlib.closing(apsw.Connection(str(path))) as db:
        _keyed(db, passphrase)
        with db:
            db.execute(
                "CREATE TABLE header (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE packages (seq INTEGER PRIMARY KEY, package_id TEXT NOT NULL "
                "UNIQUE, manifest TEXT NOT NULL, changeset BLOB NOT NULL, mac TEXT NOT NULL)"
            )
            db.executemany(
                "INSERT INTO header VALUES (?, ?)",
                [(k, json.dumps(v, ensure_ascii=False)) for k, v in header.items()],
            )
            db.executemany(
                "INSERT INTO packages (package_id, manifest, changeset, mac) VALUES (?, ?, ?, ?)",
                [(p.package_id, p.manifest, p.changeset, p.mac) for p in packages],
            )


def read_package(path: Path, passphrase: str | None) -> tuple[dict[str, Any], list[Package]]:
    """The header and packages of the file at ``path``; PackageDamagedError when it is no
    package this catalogue can read (damaged, not a package, another passphrase)."""
    where = shown(path)
    if not path.is_file():
        raise InputFileError(where, "no such file")
    try:
        with contextlib.closing(apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)) as db:
            _keyed(db, passphrase)
            header = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM header")}
            packages = [
                Package(*row)
                for row in db.execute(
                    "SELECT package_id, manifest, changeset, mac FROM packages ORDER BY seq"
                )
            ]
    except (apsw.Error, ValueError, TypeError) as error:
        reason = "not a package of changes, or encrypted with another passphrase"
        if "malformed" in str(error) or "corrupt" in str(error):
            reason = "the file is damaged"
        raise PackageDamagedError(where, reason) from error
    if header.get("format") != FORMAT or not isinstance(header.get("site_id"), str):
        raise PackageDamagedError(where, "not a package of changes")
    if header.get("format_version") != FORMAT_VERSION:
        raise PackageDamagedError(where, "a package format this version does not read")
    if not all(
        isinstance(p.manifest, str) and isinstance(p.changeset, bytes) and isinstance(p.mac, str)
        for p in packages
    ):
        raise PackageDamagedError(where, "a changeset is not stored as one")
    return header, packages

"""Encryption at rest: the right passphrase opens, a wrong one fails cleanly, and neither
the catalogue nor its backups hold a readable byte of a record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import NotACatalogError, open_catalog
from db.errors import PassphraseNeededError, WrongPassphraseError
from db.safety.backup import Kind, list_backups, restore_backup
from db.safety.check import check_path
from db.safety.encryption import encrypt_catalogue, plain_backups
from tests.db.safety_helpers import build, sample

SECRET = "Тарас і 'лапки' — 2025"
KNOWN = "Угода про співпрацю 7"


def _files(path: Path) -> bytes:
    """The catalogue and whatever SQLite keeps beside it (WAL, shared memory)."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_new_encrypted_catalogue_hides_its_records(tmp_path: Path) -> None:
    path = build(tmp_path / "secret.pactum", 20, passphrase=SECRET)
    with open_catalog(path, passphrase=SECRET) as catalog:
        assert catalog.count() == 20
        catalog.add(sample(99, "fresh "))
        # Open, with the newest record perhaps only in the WAL: still no plaintext.
        assert KNOWN.encode() not in _files(path)
        assert b"fresh" not in _files(path)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    for needle in (KNOWN, "Україна та", "defence", "Текст угоди"):
        assert needle.encode() not in _files(path)


def test_wrong_or_missing_passphrase_fails_cleanly(tmp_path: Path) -> None:
    path = build(tmp_path / "secret.pactum", 3, passphrase=SECRET)
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        open_catalog(path, passphrase=SECRET + "x")
    with pytest.raises(PassphraseNeededError, match="give its passphrase"):
        open_catalog(path)
    with pytest.raises(WrongPassphraseError):
        open_catalog(path, passphrase="")
    assert path.read_bytes() == before
    with open_catalog(path, passphrase=SECRET) as catalog:
        assert catalog.count() == 3


def test_plain_sqlite_tools_cannot_read_it(tmp_path: Path) -> None:
    path = build(tmp_path / "secret.pactum", 3, passphrase=SECRET)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM agreements").fetchall()
    conn.close()


def test_another_programs_encrypted_file_is_refused(tmp_path: Path) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    path = tmp_path / "other.db"
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = '{SECRET}'".replace("'лапки'", "''лапки''"))
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(NotACatalogError):
        open_catalog(path, passphrase=SECRET)


def test_encrypting_an_existing_catalogue_keeps_everything(tmp_path: Path) -> None:
    path = build(tmp_path / "work.pactum", 25)
    assert KNOWN.encode() in _files(path)
    kept = encrypt_catalogue(path, SECRET)
    assert kept.kind is Kind.PRE_ENCRYPTION and kept.records == 25
    assert KNOWN.encode() not in _files(path)
    with open_catalog(path, passphrase=SECRET) as catalog:
        assert catalog.count() == 25
        assert catalog.get(8).title.startswith(KNOWN)
    assert check_path(path, passphrase=SECRET).ok
    # The plain copies are named so the user can remove them once the new file opens.
    assert kept.path in [b.path for b in plain_backups(path)]


def test_backups_of_an_encrypted_catalogue_are_encrypted_and_restorable(tmp_path: Path) -> None:
    path = build(tmp_path / "secret.pactum", 10, passphrase=SECRET)
    with open_catalog(path, passphrase=SECRET) as catalog:
        made = catalog.backup()
        catalog.delete(1)
    assert KNOWN.encode() not in made.path.read_bytes()
    assert not made.path.read_bytes().startswith(b"SQLite format 3")
    assert plain_backups(path) == []
    listed = list_backups(path, SECRET)
    assert {b.records for b in listed} == {10}
    restore_backup(path, made.path, passphrase=SECRET)
    with open_catalog(path, passphrase=SECRET) as catalog:
        assert catalog.get(1).deleted_at is None


def test_a_plain_catalogue_opens_whatever_passphrase_is_given(demo_file: Path) -> None:
    with open_catalog(demo_file, passphrase=SECRET) as catalog:
        assert catalog.count() == 3
        assert catalog.passphrase is None


def test_a_saved_copy_of_an_encrypted_catalogue_is_encrypted_too(tmp_path: Path) -> None:
    path = build(tmp_path / "secret.pactum", 5, passphrase=SECRET)
    copy = tmp_path / "copy.pactum"
    with open_catalog(path, passphrase=SECRET) as catalog:
        catalog.save_copy(copy)
    assert KNOWN.encode() not in copy.read_bytes()
    with open_catalog(copy, passphrase=SECRET) as opened:
        assert opened.count() == 5
    assert not list(tmp_path.glob(".*partial"))

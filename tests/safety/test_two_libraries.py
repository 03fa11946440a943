"""One file is never open with both SQLite libraries (``sqlite3`` and ``sqlcipher3``) in
one process: each keeps its own locks, and closing one's descriptor drops the other's."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from db import open_catalog
from db.errors import OpenWithOtherLibraryError, WrongPassphraseError
from db.safety.cipher import connect
from db.safety.open_files import is_open
from tests.db.safety_helpers import build

SECRET = "a passphrase for the tests"


def test_a_plain_catalogue_open_here_is_not_opened_with_sqlcipher(tmp_path: Path) -> None:
    path = build(tmp_path / "plain.pactum", 2)
    link = tmp_path / "link.pactum"
    link.symlink_to(path)
    with open_catalog(path):
        with pytest.raises(OpenWithOtherLibraryError, match="already open in this program"):
            connect(path, passphrase=SECRET)
        with pytest.raises(OpenWithOtherLibraryError):  # the same file by another name
            connect(link, passphrase=SECRET)
    assert not is_open(path)


def test_an_encrypted_catalogue_open_here_is_not_opened_with_sqlite3(tmp_path: Path) -> None:
    path = build(tmp_path / "secret.pactum", 2, passphrase=SECRET)
    with open_catalog(path, passphrase=SECRET) as catalog:
        assert catalog.count() == 2
        with pytest.raises(OpenWithOtherLibraryError):
            connect(path)
        with open_catalog(path, passphrase=SECRET) as second:  # same library: fine
            assert second.count() == 2


def test_a_connection_nobody_closed_is_forgotten_when_collected(tmp_path: Path) -> None:
    path = build(tmp_path / "plain.pactum", 1)
    conn = connect(path)
    conn.execute("SELECT count(*) FROM agreements").fetchone()
    assert is_open(path)
    del conn
    gc.collect()
    assert not is_open(path)
    with pytest.raises(WrongPassphraseError):  # SQLCipher may try it now (and finds it plain)
        connect(path, passphrase=SECRET)

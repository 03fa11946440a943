"""A catalogue reached through a symlink: whole-file operations act on the real file and
keep the link, and the plain copies encryption leaves behind are all listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import open_catalog
from db.safety.backup import list_backups, restore_backup
from db.safety.encryption import encrypt_catalogue, plain_backups
from tests.db.safety_helpers import build
from tests.safety.processes import pactum

SECRET = "a passphrase for the tests"


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """``work.pactum`` in one folder, a link ``mine.pactum`` to it in another."""
    (tmp_path / "data").mkdir()
    (tmp_path / "desk").mkdir()
    real = build(tmp_path / "data" / "work.pactum", 4)
    link = tmp_path / "desk" / "mine.pactum"
    link.symlink_to(real)
    return real, link


def test_encrypting_through_a_link_encrypts_the_real_file_and_keeps_the_link(
    linked: tuple[Path, Path], monkeypatch
) -> None:
    real, link = linked
    monkeypatch.setenv("PACTUM_PASSPHRASE", SECRET)
    done = pactum(link, "encrypt")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and link.resolve() == real
    assert not real.read_bytes().startswith(b"SQLite format 3")
    with open_catalog(link, passphrase=SECRET) as catalog:
        assert catalog.count() == 4
    left = plain_backups(link)
    assert left and all(b.path.parent == real.parent / "backups" for b in left)
    for backup in left:
        assert str(backup.path) in done.stderr


def test_plain_copies_beside_the_link_are_listed_too(linked: tuple[Path, Path]) -> None:
    real, link = linked
    beside_link = link.parent / "backups"
    beside_link.mkdir()
    old = beside_link / "mine-20250101T000000000000Z-daily.pactum"
    old.write_bytes((real.parent / "work.pactum").read_bytes())
    encrypt_catalogue(link, SECRET)
    assert old in {b.path for b in plain_backups(link)}


def test_restoring_through_a_link_replaces_the_real_file_and_keeps_the_link(
    linked: tuple[Path, Path],
) -> None:
    real, link = linked
    with open_catalog(link) as catalog:
        made = catalog.backup()
        catalog.delete(1)
    assert made.path.parent == real.parent / "backups"
    restore_backup(link, made.path)
    assert link.is_symlink() and link.resolve() == real
    with open_catalog(link) as catalog:
        assert catalog.get(1).deleted_at is None
    assert {b.path.parent for b in list_backups(link)} == {real.parent / "backups"}

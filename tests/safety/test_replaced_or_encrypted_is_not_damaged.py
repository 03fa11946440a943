"""A catalogue that SQLite cannot read is not damaged when it is encrypted, or when a
restore or encryption in another process has just replaced it.

Found by `make stress`: `backup restore` without a passphrase called an encrypted
catalogue damaged, moved it aside and put the plain pre-encryption backup in its place
(the encrypted work was no longer the catalogue, and it was plaintext again); and a
`check` that a restore elsewhere overtook read the replaced file and said DAMAGED.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import db.safety.check
from db import CatalogInUseError, PassphraseNeededError
from db.safety.backup import list_backups, restore_backup
from db.safety.check import check_path
from db.safety.encryption import encrypt_catalogue
from tests.db.safety_helpers import build
from tests.safety.one_line import fingerprint
from tests.safety.processes import pactum


def test_restore_without_the_passphrase_leaves_an_encrypted_catalogue_alone(
    tmp_path: Path,
) -> None:
    work = build(tmp_path / "work.pactum", 3)
    encrypt_catalogue(work, "correct horse")
    plain_copy = list_backups(work)[0].path
    before = fingerprint(work)
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())

    with pytest.raises(PassphraseNeededError):
        restore_backup(work, plain_copy)

    assert fingerprint(work) == before
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == names


def test_backup_restore_command_without_the_passphrase_changes_nothing(tmp_path: Path) -> None:
    work = build(tmp_path / "work.pactum", 3)
    encrypt_catalogue(work, "correct horse")
    before = fingerprint(work)

    run = pactum(work, "backup", "restore")

    assert run.returncode == 1
    assert run.stderr.startswith("pactum: ") and "passphrase" in run.stderr
    assert fingerprint(work) == before
    assert not [p for p in (tmp_path / "backups").iterdir() if "damaged" in p.name]


def test_a_check_overtaken_by_a_restore_elsewhere_says_so_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = build(tmp_path / "work.pactum", 3)
    assert pactum(work, "backup", "create").returncode == 0
    real_check = db.safety.check.check_connection

    def restore_first(conn, path):  # the check has opened the file, not yet read it
        restored = pactum(work, "backup", "restore")
        assert restored.returncode == 0, restored.stderr
        return real_check(conn, path)

    monkeypatch.setattr(db.safety.check, "check_connection", restore_first)

    with pytest.raises(CatalogInUseError):
        check_path(work)

    monkeypatch.undo()
    assert check_path(work).ok

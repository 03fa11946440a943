"""``pactum check``, ``pactum backup`` and ``pactum encrypt``, run in-process."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db import open_catalog
from desktop.cli import main
from tests.db.safety_helpers import build, checkpoint, flip_page, leaf_of

PASS = "correct horse battery staple"


def run(capsys, path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--catalog", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def work(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    return build(tmp_path / "work.pactum", 60)


def test_check_reports_ok_with_counts(capsys, work: Path) -> None:
    code, out, _ = run(capsys, work, "check")
    assert code == 0
    assert out.strip() == (
        "OK: 60 agreements (60 live, 0 in the trash), 120 parties, 8 subjects, 60 history entries"
    )


def test_damaged_catalogue_explained_then_restored_or_salvaged(
    capsys, work: Path, tmp_path: Path
) -> None:
    assert run(capsys, work, "backup", "create")[0] == 0
    checkpoint(work)
    page, rows_on_page = leaf_of(work, "agreements")
    flip_page(work, page)
    # Opening no longer reads the whole file (issue 14): the listing meets the damaged
    # page and says so (opening switched the header back to WAL, bytes 18-19).
    code, _, err = run(capsys, work, "list")
    assert code == 1 and "is damaged" in err
    damaged = work.read_bytes()

    code, _, err = run(capsys, work, "check")
    assert code == 2
    assert "is damaged" in err and "It has not been changed" in err
    assert "pactum check --restore" in err and "(60 records)" in err
    assert "pactum check --salvage NEW" in err and "leave the file as it is" in err
    assert work.read_bytes() == damaged

    new = tmp_path / "salvaged.pactum"
    code, _, err = run(capsys, work, "check", "--salvage", str(new))
    assert code == 0
    salvaged = int(re.search(r"salvaged (\d+) agreements", err)[1])
    assert 60 - rows_on_page <= salvaged < 60
    assert work.read_bytes() == damaged
    assert run(capsys, new, "check")[0] == 0

    code, _, err = run(capsys, work, "check", "--restore")
    assert code == 0 and "moved, unchanged" in err
    code, out, _ = run(capsys, work, "check")
    assert code == 0 and out.startswith("OK: 60 agreements")


def test_backup_list_create_and_restore_by_name(capsys, work: Path) -> None:
    code, out, _ = run(capsys, work, "backup", "create")
    assert code == 0 and "manual" in out and "60 records" in out
    name = out.split()[-1]
    assert run(capsys, work, "delete", "1", "2")[0] == 0
    code, out, _ = run(capsys, work, "backup", "list")
    assert name in out
    code, _, err = run(capsys, work, "backup", "restore", name)
    assert code == 0 and "pre-restore" in err
    with open_catalog(work) as catalog:
        assert catalog.count() == 60
    code, _, err = run(capsys, work, "backup", "restore", "nonesuch.pactum")
    assert code == 1 and "is not one of the backups" in err


def test_encrypt_then_passphrase_needed_wrong_and_right(capsys, work: Path, monkeypatch) -> None:
    monkeypatch.setenv("PACTUM_PASSPHRASE", PASS)
    code, _, err = run(capsys, work, "encrypt")
    assert code == 0 and "unencrypted backups remain" in err
    code, out, _ = run(capsys, work, "check")
    assert code == 0 and out.startswith("OK: 60 agreements")

    monkeypatch.delenv("PACTUM_PASSPHRASE")
    code, _, err = run(capsys, work, "list")
    assert code == 1 and "give its passphrase" in err and "PACTUM_PASSPHRASE" in err

    monkeypatch.setenv("PACTUM_PASSPHRASE", PASS + "!")
    code, _, err = run(capsys, work, "list")
    assert code == 1 and "wrong passphrase" in err


def test_encrypt_creates_a_new_encrypted_catalogue(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PACTUM_PASSPHRASE", PASS)
    path = tmp_path / "new.pactum"
    code, _, err = run(capsys, path, "encrypt")
    assert code == 0 and "created the encrypted catalogue" in err
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with open_catalog(path, passphrase=PASS) as catalog:
        assert catalog.count() == 0

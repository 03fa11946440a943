"""Encrypt and restore replace the whole catalogue file, so they hold it alone: they refuse
to start while another process has it open (the file byte for byte as it was), and a
process that opens it while they run can never commit into the file being replaced."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db import CatalogInUseError, open_catalog
from db.safety.backup import list_backups, restore_backup
from db.safety.encryption import encrypt_catalogue
from db.safety.exclusive import Held
from tests.db.safety_helpers import build, export_dict, sample
from tests.safety.processes import Holder, has_open_for_writing, pactum, titles_with

SECRET = "a passphrase for the tests"


@pytest.fixture
def work(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = build(tmp_path / "work.pactum", 5)
    with open_catalog(path) as catalog:
        catalog.backup()
    return path


def state(path: Path) -> dict[str, bytes]:
    """The bytes of the catalogue and its companions, to show nothing changed."""
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)}


def test_encrypt_and_restore_refuse_while_another_process_has_it_open(
    work: Path, monkeypatch
) -> None:
    newest = list_backups(work)[0]
    holder = Holder(work)
    try:
        assert holder.ask("add before-") == "added before-"
        before = state(work)
        with pytest.raises(CatalogInUseError):
            encrypt_catalogue(work, SECRET)
        with pytest.raises(CatalogInUseError):
            restore_backup(work, newest.path)
        restored = pactum(work, "backup", "restore", newest.path.name)
        monkeypatch.setenv("PACTUM_PASSPHRASE", SECRET)
        encrypted = pactum(work, "encrypt")
        for done in (restored, encrypted):
            assert done.returncode == 1
            assert done.stderr.startswith("pactum: ") and done.stderr.count("\n") == 1
            assert "open in another window or process" in done.stderr
        assert state(work) == before
        assert holder.ask("add after-") == "added after-"
        holder.kill()
    finally:
        holder.stop()
    assert work.read_bytes().startswith(b"SQLite format 3")
    assert titles_with(work, "before-") == titles_with(work, "after-") == 1


def _restore(path: Path) -> None:
    restore_backup(path, list_backups(path)[0].path)


def _encrypt(path: Path) -> None:
    encrypt_catalogue(path, SECRET)


@pytest.mark.parametrize("operation", [_restore, _encrypt], ids=["restore", "encrypt"])
def test_a_writer_that_opens_the_file_during_the_operation_is_refused_not_lost(
    work: Path, tmp_path: Path, monkeypatch, operation: Callable[[Path], None]
) -> None:
    """Paused with the replacement written, just before it is renamed into place, the
    operation holds the old file while a `pactum import` opens it and waits for its lock;
    then the operation resumes. The import must fail, not report a write into the file
    that no longer is the catalogue."""
    records = tmp_path / "one.json"
    records.write_text(json.dumps(export_dict([sample(99, tag="late-writer-")])))
    paused, resume = threading.Event(), threading.Event()
    rename = Held.replace_with

    def pausing(held: Held, new: Path, **options: bool) -> None:
        paused.set()
        resume.wait(60)
        rename(held, new, **options)

    monkeypatch.setattr(Held, "replace_with", pausing)
    failures: list[BaseException] = []

    def run() -> None:
        try:
            operation(work)
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    try:
        assert paused.wait(60), failures
        writer = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "--catalog", str(work), "import", str(records)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        while not has_open_for_writing(writer.pid, work):  # it waits for the lock now
            assert writer.poll() is None, writer.communicate()
            time.sleep(0.01)
    finally:
        resume.set()
        worker.join(60)
    out, err = writer.communicate(timeout=60)
    assert not failures
    assert writer.returncode == 1, (out, err)
    assert err.startswith("pactum: ") and err.count("\n") == 1
    assert "open in another window or process" in err
    if operation is _encrypt:
        monkeypatch.setenv("PACTUM_PASSPHRASE", SECRET)
    assert pactum(work, "check").returncode == 0
    passphrase = SECRET if operation is _encrypt else None
    with open_catalog(work, passphrase=passphrase) as catalog:
        assert catalog.count() == 5

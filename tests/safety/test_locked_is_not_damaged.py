"""Busy, read-only and damaged are different answers: a healthy catalogue that another
program has locked, or that sits in a read-only folder, is never called damaged, and
nothing is restored over it (the file stays byte for byte as it was)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import (
    CatalogBusyError,
    CatalogInUseError,
    DamagedCatalogError,
    DiskFullError,
    ReadOnlyCatalogError,
    open_catalog,
)
from db.safety.backup import list_backups, restore_backup
from db.safety.exclusive import _PENDING_BYTE
from tests.db.safety_helpers import build, checkpoint, flip_page, leaf_of
from tests.safety.processes import pactum

LOCKERS = {
    "sqlite-exclusive": (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
    ),
    "shared-lock-bytes": (  # a reader's lock, taken by hand: works on any file
        "import fcntl, os, sys\n"
        "fd = os.open(sys.argv[1], os.O_RDWR)\n"
        f"fcntl.lockf(fd, fcntl.LOCK_SH, 510, {_PENDING_BYTE + 2})\n"
    ),
}


@pytest.fixture
def work(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = build(tmp_path / "work.pactum", 20)
    with open_catalog(path) as catalog:
        catalog.backup()
    checkpoint(path)
    return path


def everything(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def locked_by_another_program(path: Path, how: str) -> subprocess.Popen[str]:
    locker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            LOCKERS[how] + "print('locked', flush=True)\nsys.stdin.read()\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    return locker


@pytest.fixture
def locker() -> Iterator:
    started: list[subprocess.Popen[str]] = []

    def start(path: Path, how: str = "sqlite-exclusive") -> None:
        started.append(locked_by_another_program(path, how))

    yield start
    for process in started:
        process.kill()
        process.wait(timeout=30)


def test_a_locked_healthy_catalogue_is_busy_not_damaged(work: Path, locker) -> None:
    folder = work.parent
    before = everything(folder)
    locker(work)
    for args in (["check"], ["check", "--restore"]):  # each waits a few seconds for the lock
        done = pactum(work, *args)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.startswith("pactum: ") and done.stderr.count("\n") == 1
        assert "open in another window or process" in done.stderr
        assert "damaged" not in done.stderr
    assert everything(folder) == before


def unreadable_header(path: Path) -> None:
    """Damage SQLite notices before it can lock anything (payload fractions of page 1),
    while the file still looks like a catalogue to the header check."""
    data = bytearray(path.read_bytes())
    data[21] = 0
    path.write_bytes(bytes(data))


def damaged_leaf(path: Path) -> None:
    flip_page(path, leaf_of(path, "agreements")[0])


@pytest.mark.parametrize(
    ("damage", "how"),
    [
        (damaged_leaf, "sqlite-exclusive"),
        (damaged_leaf, "shared-lock-bytes"),
        (unreadable_header, "shared-lock-bytes"),
    ],
    ids=["leaf-locked-by-sqlite", "leaf-locked-by-hand", "header-locked-by-hand"],
)
def test_a_damaged_catalogue_someone_has_open_is_not_restored_over(
    work: Path, locker, damage, how: str
) -> None:
    damage(work)
    folder = work.parent
    before = everything(folder)
    locker(work, how)
    with pytest.raises(CatalogInUseError):
        restore_backup(work, list_backups(work)[0].path)
    done = pactum(work, "check", "--restore")
    assert done.returncode == 1, done.stderr
    assert "open in another window or process" in done.stderr
    assert everything(folder) == before


@pytest.fixture
def read_only() -> Iterator:
    """Makes a folder immutable (which binds root too), if the file system can."""
    made: list[Path] = []

    def make(folder: Path) -> None:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"chattr +i is not available here: {done.stderr.decode().strip()}")
        made.append(folder)

    yield make
    for folder in made:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_read_only_folder_is_read_only_not_damaged(work: Path, read_only, monkeypatch) -> None:
    before = everything(work.parent)
    read_only(work.parent)
    assert pactum(work, "check").returncode == 0  # reading needs no writing
    monkeypatch.setenv("PACTUM_PASSPHRASE", "a passphrase for the tests")
    for args in (["backup", "restore"], ["encrypt"]):
        done = pactum(work, *args)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.startswith("pactum: cannot write to"), done.stderr
        assert done.stderr.count("\n") == 1
    assert everything(work.parent) == before


def test_a_damaged_catalogue_in_a_read_only_folder_is_left_as_it_is(work: Path, read_only) -> None:
    damaged_leaf(work)
    before = everything(work.parent)
    read_only(work.parent)
    assert pactum(work, "check").returncode == 2  # damaged, and said so
    done = pactum(work, "check", "--restore")
    assert done.returncode == 1 and done.stderr.startswith("pactum: cannot write to")
    assert everything(work.parent) == before


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("database is locked"),
        CatalogBusyError(),
        ReadOnlyCatalogError("work.pactum"),
        DiskFullError("work.pactum"),
    ],
    ids=["raw-busy", "busy", "read-only", "disk-full"],
)
def test_the_window_offers_no_restore_for_what_is_not_damage(
    qtbot, work: Path, error: Exception
) -> None:
    from desktop.ui.ops.runner import SyncRunner
    from desktop.ui.safety.damaged_dialog import DamagedDialog
    from desktop.ui.shell.mainwindow import MainWindow
    from desktop.ui.shell.settings import Settings
    from tests.ui.conftest import ScriptedPrompter

    prompter = ScriptedPrompter()
    catalog = open_catalog(work, verify=False, daily_backup=False)
    window = MainWindow(catalog, Settings({}), SyncRunner(lambda: catalog), prompter)
    qtbot.addWidget(window)
    try:
        window.features.safety.damaged(error)
        assert window.findChild(DamagedDialog) is None and window.isEnabled()
        ((_title, text),) = prompter.errors
        assert "damaged" not in text
        window.features.safety.damaged(DamagedCatalogError(str(work), "malformed"))
        assert window.findChild(DamagedDialog) is not None  # real damage still is
    finally:
        window.catalog.close()

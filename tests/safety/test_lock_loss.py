"""A process's committed writes survive whatever else touches the file meanwhile.

POSIX drops all of a process's locks on a file when it closes any descriptor of it, so a
second connection or a plain read of the header in the window's process used to unlock
the window's connection: the next `pactum` run then deleted the write-ahead log the
window still wrote into, and its later commits vanished.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db import open_catalog
from db.safety.cipher import key_for
from db.safety.opening import check_file, is_plain_sqlite
from tests.db.safety_helpers import build
from tests.safety.processes import Holder, pactum, posix_locks, titles_with


@pytest.fixture
def work(tmp_path: Path) -> Path:
    return build(tmp_path / "work.pactum", 5)


def test_reading_the_header_and_a_second_connection_keep_this_process_locks(work: Path) -> None:
    with open_catalog(work) as catalog:
        catalog.count()
        held = posix_locks(os.getpid(), work)
        assert held, "an open WAL catalogue holds a shared lock"
        with open_catalog(work) as second:
            second.count()
        check_file(work)
        assert key_for(work, "a passphrase at hand") is None
        assert is_plain_sqlite(work)
        assert posix_locks(os.getpid(), work) == held


def test_writes_survive_a_second_connection_a_cli_run_and_a_kill(work: Path) -> None:
    holder = Holder(work)
    try:
        assert holder.ask("add first-write") == "added first-write"
        assert holder.ask("touch") == "touched"
        listed = pactum(work, "list")
        assert listed.returncode == 0, listed.stderr
        assert holder.ask("add second-write") == "added second-write"
        assert holder.ask("touch") == "touched"
        assert pactum(work, "check").returncode == 0
        assert holder.ask("add third-write") == "added third-write"
        holder.kill()
    finally:
        holder.stop()
    assert pactum(work, "check").returncode == 0
    for tag in ("first-write", "second-write", "third-write"):
        assert titles_with(work, tag) == 1, tag


def test_two_windows_on_one_file_lose_nothing(work: Path) -> None:
    left, right = Holder(work), Holder(work)
    try:
        for round_ in range(3):
            assert left.ask(f"add left-{round_}-") == f"added left-{round_}-"
            assert right.ask("touch") == "touched"
            assert right.ask(f"add right-{round_}-") == f"added right-{round_}-"
            assert left.ask("touch") == "touched"
            assert pactum(work, "list").returncode == 0
        assert left.ask("close") == "closed"
        assert pactum(work, "list").returncode == 0
        assert right.ask("add right-last-") == "added right-last-"
        right.kill()
    finally:
        left.stop()
        right.stop()
    assert pactum(work, "check").returncode == 0
    for tag in [f"{side}-{n}-" for side in ("left", "right") for n in range(3)] + ["right-last-"]:
        assert titles_with(work, tag) == 1, tag


def test_importing_the_open_catalogue_itself_is_refused_and_keeps_the_locks(work: Path) -> None:
    from db.errors import InputFileError
    from db.features.interchange import import_file

    with open_catalog(work) as catalog:
        catalog.count()
        held = posix_locks(os.getpid(), work)
        with pytest.raises(InputFileError, match="open in this window"):
            import_file(catalog, work)
        assert posix_locks(os.getpid(), work) == held

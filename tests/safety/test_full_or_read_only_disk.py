"""A full disk and a read-only folder: one line saying so, and nothing half-written.

A small file system of its own (tmpfs, mounted for the test; skipped where that is not
allowed) is filled at a known moment: when a write transaction begins, after the
catalogue was opened, or before an output is written. The read-only folder is the same
file system remounted read-only, which binds root too.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from tests.safety.one_line import assert_one_line, fingerprint
from tests.safety.sweep import attempt, demo_catalogue, quick, samples, subcommands

pytestmark = pytest.mark.usefixtures(quick.__name__)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB file system of its own (tmpfs), so that it can be filled in a moment."""
    folder = tmp_path / "disk"
    folder.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {made.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(disk: Path) -> None:
    """Take every free block of ``disk`` (each write a real one: tmpfs has no holes)."""
    with (disk / "filler").open("ab", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            out.write(bytes(64 * 1024))


@pytest.fixture
def full_when_writing(monkeypatch, small_disk: Path) -> Path:
    """The demo catalogue on ``small_disk``, which fills up the moment a write
    transaction begins, after the catalogue was opened (opening needs a little room)."""
    from db.catalog import Catalog

    path = demo_catalogue(small_disk / "cat")
    begin = Catalog.writing

    @contextlib.contextmanager
    def filled_first(self: Catalog, *args: object) -> Iterator[object]:
        fill(small_disk)
        with begin(self, *args) as conn:
            yield conn

    monkeypatch.setattr(Catalog, "writing", filled_first)
    return path


FULL_DISK_WRITES = ("import", "delete", "merge", "search", "extract")


@pytest.mark.parametrize("command", FULL_DISK_WRITES)
def test_a_full_disk_while_writing(capsys, tmp_path: Path, full_when_writing: Path, command):
    path = full_when_writing
    argv = {**samples(tmp_path), "delete": ["delete", "1"], "merge": ["merge", "1", "2"]}[command]
    before = fingerprint(path)
    code = main(["--catalog", str(path), *argv])
    err = capsys.readouterr().err
    (path.parent.parent / "filler").unlink()
    assert_one_line(code, err)
    assert "is full" in err and "free some space" in err, err
    assert fingerprint(path) == before


@pytest.mark.parametrize("writer", ["export", "compare", "brief"])
def test_a_full_disk_under_an_output(capsys, tmp_path: Path, small_disk: Path, writer: str):
    path = demo_catalogue(tmp_path / "cat")
    out = {"export": "out.json", "compare": "c.csv", "brief": "b.pdf"}[writer]
    argv = {
        "export": ["export", str(small_disk / out)],
        "compare": ["compare", "1", "2", "--csv", str(small_disk / out)],
        "brief": ["brief", "--partner", "LT", "-o", str(small_disk / out)],
    }[writer]
    (small_disk / out).write_text("the previous version")
    fill(small_disk)
    before = fingerprint(path)
    code = main(["--catalog", str(path), *argv])
    err = capsys.readouterr().err
    assert_one_line(code, err)
    assert f"the disk holding {small_disk / out} is full" in err, err
    assert (small_disk / out).read_text() == "the previous version"
    assert sorted(p.name for p in small_disk.iterdir()) == sorted([out, "filler"])
    assert fingerprint(path) == before


def test_a_disk_already_full_when_the_command_starts(capsys, full_when_writing: Path) -> None:
    fill(full_when_writing.parent.parent)
    for argv in (["list"], ["delete", "1"], ["backup", "create"]):
        before = fingerprint(full_when_writing)
        code = main(["--catalog", str(full_when_writing), *argv])
        err = capsys.readouterr().err
        assert code == 0 or "is full" in err, err
        if code:
            assert_one_line(code, err)
        assert fingerprint(full_when_writing) == before


@pytest.fixture
def read_only_folder(small_disk: Path) -> Path:
    """The demo catalogue in a folder that not even root can write (a read-only mount)."""
    path = demo_catalogue(small_disk / "cat")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    return path


@pytest.mark.parametrize("command", subcommands())
def test_a_read_only_folder(capsys, tmp_path: Path, read_only_folder: Path, command: str):
    attempt(capsys, read_only_folder, command, samples(tmp_path)[command], may_succeed=True)

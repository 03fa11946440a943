"""A file named to be read is read only when it is a regular file, and never past a limit.

Importing a named pipe used to wait forever and ``/dev/zero`` ran out of memory. Every
read of a user-named file goes through ``db.safety.inputs.read_bounded``: anything that is not a
regular file is refused in one line before it is read, and no more than the limit (said in
the message) is ever read; an import, which streams, has no limit. The catalogue is neither
changed nor, when missing, made.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from db import open_catalog
from db.errors import InputFileError
from db.features.interchange import import_file
from db.safety.inputs import read_bounded
from resources import DEMO_CATALOGUE, resource_path
from tests.db.safety_helpers import export_dict, sample
from tests.safety.one_line import assert_one_line, fingerprint, refused


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.json")
    return folder / "pipe.json"


def _socket(folder: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.json"))
    return folder / "socket.json"


def _link_to_zero(folder: Path) -> Path:
    (folder / "zero.json").symlink_to("/dev/zero")
    return folder / "zero.json"


def _folder(folder: Path) -> Path:
    (folder / "folder.json").mkdir()
    return folder / "folder.json"


NOT_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a named pipe": (_fifo, "is a named pipe"),
    "/dev/zero": (lambda folder: Path("/dev/zero"), "is a device"),
    "/dev/null": (lambda folder: Path("/dev/null"), "is a device"),
    "a link to /dev/zero": (_link_to_zero, "is a device"),
    "a socket": (_socket, "is a socket"),
    "a folder": (_folder, "is a folder"),
    "a missing file": (lambda folder: folder / "missing.json", "No such file"),
}


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "cat" / "work.pactum"
    path.parent.mkdir()
    with open_catalog(path, create=True) as catalog:
        import_file(catalog, resource_path(*DEMO_CATALOGUE))
    with open_catalog(path) as catalog:
        catalog.daily_backup()  # opening no longer makes it (issue 14): a write does
    return path


@pytest.mark.parametrize("thing", NOT_FILES)
def test_import_refuses_what_is_not_a_regular_file_without_reading_it(
    tmp_path: Path, demo_file: Path, thing: str
) -> None:
    """In a child process, so that a read that waits for ever fails the test instead of
    hanging it; once into the demo catalogue, once where no catalogue is yet."""
    make, message = NOT_FILES[thing]
    source = make(tmp_path)
    for catalogue in (demo_file, tmp_path / "new.pactum"):
        before = fingerprint(catalogue)
        command = ["--catalog", str(catalogue), "import", str(source)]
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", *command],
            capture_output=True,
            text=True,
            timeout=120,  # a safety net only: the refusal takes a fraction of a second
        )
        assert_one_line(done.returncode, done.stderr)
        assert message in done.stderr
        assert fingerprint(catalogue) == before


def test_an_import_of_any_size_is_read_as_a_stream_and_refused_at_its_first_bad_byte(
    capsys, tmp_path: Path, demo_file: Path
) -> None:
    """Import has no size limit any more (issue 14: it streams). A 3 GB file is refused at
    its first chunk, in a moment, not read whole; a good one still imports."""
    sparse = tmp_path / "huge.json"
    with sparse.open("wb") as out:
        out.truncate(3 * 1024**3)  # a hole: 3 GB of zero bytes that take no room
    line = refused(capsys, demo_file, "import", str(sparse), message="not valid JSON")
    assert "within its first 4,194,304 bytes" in line

    small = tmp_path / "small.json"
    small.write_text(json.dumps(export_dict([sample(n) for n in range(5)])), encoding="utf-8")
    from desktop.cli import main

    assert main(["--catalog", str(demo_file), "import", str(small)]) == 0
    assert "5 added" in capsys.readouterr().err


def test_read_bounded_reads_up_to_the_limit_and_not_a_byte_more(tmp_path: Path) -> None:
    data = tmp_path / "data.bin"
    data.write_bytes(b"x" * 100)
    assert read_bounded(data, 100) == b"x" * 100
    with pytest.raises(InputFileError, match="larger than 99 bytes, the most an extract"):
        read_bounded(data, 99, "an extract")


def test_the_window_refuses_the_same_inputs(qtbot, tmp_path: Path, demo_file: Path) -> None:
    from desktop.ui.ops.runner import SyncRunner
    from desktop.ui.shell.mainwindow import MainWindow
    from desktop.ui.shell.settings import Settings
    from tests.ui.conftest import ScriptedPrompter

    before = fingerprint(demo_file)
    prompter = ScriptedPrompter()
    sources = [make(tmp_path) for make, _ in NOT_FILES.values()]
    with open_catalog(demo_file) as catalog:
        window = MainWindow(catalog, Settings({}), SyncRunner(lambda: catalog), prompter)
        qtbot.addWidget(window)
        for source in sources:
            window.files.import_records(source)
        window.close()
    reasons = [text for _title, text in prompter.errors]
    assert [m in r for r, (_, m) in zip(reasons, NOT_FILES.values(), strict=True)] == [True] * 7
    assert fingerprint(demo_file) == before


def test_a_pipe_or_device_among_the_backups_is_never_read(tmp_path: Path, demo_file: Path):
    """Named like backups, so listing (which counts each backup's records) or restoring
    would open them: they are left out instead of waited on."""
    backups = demo_file.parent / "backups"
    os.mkfifo(backups / "work-20260101T000000000000Z-manual.pactum")
    (backups / "work-20260102T000000000000Z-manual.pactum").symlink_to("/dev/zero")

    def pactum(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--catalog", str(demo_file), *argv],
            capture_output=True,
            text=True,
            timeout=120,  # a safety net only: each takes a fraction of a second
        )

    listed = pactum("backup", "list")
    assert listed.returncode == 0 and "1 backups" in listed.stderr
    restoring = pactum("backup", "restore", "work-20260101T000000000000Z-manual.pactum")
    assert_one_line(restoring.returncode, restoring.stderr)
    assert "is not one of the backups" in restoring.stderr

"""Every subcommand, in every hostile situation, fails in one line and changes nothing.

The subcommands are read from the parser, so a new one cannot be left out: each is run
against a catalogue that another process holds locked, one with a table dropped by another
tool, one whose folder is missing, and with arguments that are not UTF-8. A run may
succeed (reading works beside a writer), but a failure is exactly one line
``pactum: …`` with exit code 1 (2 for a mistyped command line), never a traceback, and
the catalogue's bytes stay as they were. Also here: a damaged search index (named, and
repaired by ``--reindex``), a passphrase that is not UTF-8, a reader that leaves early.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from tests.safety.one_line import assert_one_line, fingerprint
from tests.safety.sweep import NOT_UTF8, attempt, demo_catalogue, quick, samples, subcommands

pytestmark = pytest.mark.usefixtures(quick.__name__)


def test_every_subcommand_has_a_sample(tmp_path: Path) -> None:
    assert sorted(samples(tmp_path)) == sorted(subcommands())


HOLDERS = {
    "BEGIN EXCLUSIVE": "c.execute('BEGIN EXCLUSIVE')",
    "an exclusive locking mode": (
        "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE');"
        "c.execute('SELECT count(*) FROM agreements')"
    ),
}


@pytest.fixture(params=HOLDERS)
def locked(request, tmp_path: Path) -> Iterator[Path]:
    """The demo catalogue, with another process holding its lock until the test ends."""
    path = demo_catalogue(tmp_path / "cat")
    code = (
        f"import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
        f"{HOLDERS[request.param]}; print('held', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    yield path
    holder.communicate("")


@pytest.mark.parametrize("command", subcommands())
def test_a_lock_held_by_another_program(capsys, locked: Path, command: str) -> None:
    attempt(capsys, locked, command, samples(locked.parent)[command], may_succeed=True)


DROPPED = ("agreements", "parties", "history", "search_index", "saved_searches")


@pytest.fixture(params=DROPPED)
def dropped(request, tmp_path: Path) -> Path:
    """The demo catalogue after another tool dropped one of its tables."""
    path = demo_catalogue(tmp_path / "cat")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"DROP TABLE {request.param}")
    conn.close()
    return path


@pytest.mark.parametrize("command", subcommands())
def test_a_table_dropped_by_another_tool(capsys, dropped: Path, command: str) -> None:
    attempt(capsys, dropped, command, samples(dropped.parent)[command], may_succeed=True)


def test_a_missing_catalogue_folder(capsys, tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "work.pactum"
    for command, argv in samples(tmp_path).items():
        attempt(capsys, path, command, argv, may_succeed=command in ("backup list",))
        assert not path.parent.exists(), command


@pytest.mark.parametrize("command", subcommands())
def test_arguments_that_are_not_utf8(capsys, tmp_path: Path, command: str) -> None:
    path = demo_catalogue(tmp_path / "cat")
    argv = samples(tmp_path, NOT_UTF8)[command]
    if NOT_UTF8 in argv:
        attempt(capsys, path, command, argv, may_succeed=False)
    odd_name = path.with_name(f"{NOT_UTF8}.pactum")
    attempt(capsys, odd_name, command, samples(tmp_path)[command], may_succeed=False)
    assert not odd_name.exists()


def test_arguments_that_are_not_utf8_from_a_real_terminal(tmp_path: Path) -> None:
    path = demo_catalogue(tmp_path / "cat")
    before = fingerprint(path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--catalog",
            str(path),
            "search",
            os.fsencode(NOT_UTF8),
        ],
        capture_output=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    err = done.stderr.decode("utf-8", "replace")
    assert_one_line(done.returncode, err)
    assert "not UTF-8" in err and fingerprint(path) == before


# -- a damaged search index -------------------------------------------------------------


def test_a_damaged_search_index(capsys, tmp_path: Path) -> None:
    path = demo_catalogue(tmp_path / "cat")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE search_index_data SET block = x'00ff00ff00ff' WHERE id = 10")
    conn.close()
    before = fingerprint(path)
    code = main(["--catalog", str(path), "search", "дрони"])
    err = capsys.readouterr().err
    assert_one_line(code, err)
    assert "search --reindex" in err, err
    assert fingerprint(path) == before
    assert main(["--catalog", str(path), "search", "--reindex"]) == 0
    assert main(["--catalog", str(path), "search", "Литва"]) == 0
    assert "1 result for" in capsys.readouterr().err


# -- the terminal's side ------------------------------------------------------------------


def test_a_passphrase_that_is_not_utf8_is_refused_and_not_shown(capsys, monkeypatch, tmp_path):
    path = demo_catalogue(tmp_path / "cat")
    monkeypatch.setenv("PACTUM_PASSPHRASE", NOT_UTF8)
    before = fingerprint(path)
    code = main(["--catalog", str(path), "list"])
    err = capsys.readouterr().err
    assert_one_line(code, err)
    assert "PACTUM_PASSPHRASE is not UTF-8" in err and "xcf" not in err
    assert fingerprint(path) == before


def test_a_reader_that_leaves_early_gets_no_error_message(tmp_path: Path) -> None:
    """``pactum list | head -1``: the pipe is closed before pactum writes (so the write
    fails every time, not only when the reader happens to be quicker)."""
    path = demo_catalogue(tmp_path / "cat")
    reader, writer = os.pipe()
    os.close(reader)
    with os.fdopen(writer, "wb") as closed:
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "--catalog", str(path), "list"],
            stdout=closed,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 1 and done.stderr == ""

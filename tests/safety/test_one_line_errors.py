"""Every subcommand, in every hostile situation, fails in one line and changes nothing.

The subcommands are read from the parser, so a new one cannot be left out: each is run
against a catalogue that another process holds locked, one with a table dropped by another
tool, one whose folder is missing, and with arguments that are not UTF-8. A run may
succeed (reading works beside a writer), but a failure is exactly one line
``pactum: …`` with exit code 1 (2 for a mistyped command line), never a traceback, and
the catalogue's bytes stay as they were.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Party, Signatory, open_catalog
from db.interchange import import_file
from desktop.cli import build_parser, main
from resources import DEMO_CATALOGUE, resource_path
from tests.conftest import CORPUS
from tests.db.safety_helpers import export_dict, sample
from tests.safety.one_line import assert_one_line, fingerprint

NOT_UTF8 = os.fsdecode(b"\xcf\xf0\xe8\xe2\xb3\xf2")  # "Привіт" typed in a CP1251 terminal


def subcommands() -> list[str]:
    """Every command the parser knows, with its actions (``backup list`` …)."""

    def below(parser: argparse.ArgumentParser, prefix: str) -> Iterator[str]:
        groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not groups:
            yield prefix.strip()
            return
        for name, child in groups[0].choices.items():
            yield from below(child, f"{prefix} {name}")

    return list(below(build_parser(), ""))


def samples(folder: Path, text: str = "дрони") -> dict[str, list[str]]:
    """A well-formed call of each subcommand; ``text`` is put wherever it takes free text."""
    records = folder / "records.json"
    if not records.exists():
        records.write_text(json.dumps(export_dict([sample(1)])), encoding="utf-8")
    return {
        "import": ["import", str(records)],
        "export": ["export", str(folder / "out.json"), "--subject", text],
        "list": ["list", "--partner", text],
        "show": ["show", text],
        "delete": ["delete", "1", text],
        "restore": ["restore", text],
        "search": ["search", text, "--save", "mine"],
        "brief": ["brief", "--partner", text, "-o", str(folder / "b.pdf")],
        "compare": ["compare", "1", text],
        "matrix": ["matrix", "--home", text],
        "timeline": ["timeline", text],
        "duplicates": ["duplicates"],
        "merge": ["merge", "1", text],
        "unmerge": ["unmerge", text],
        "extract": [
            "extract",
            str(CORPUS / "seed-article-uk.txt"),
            "--accept",
            "--allow-duplicates",
            "--url",
            text,
        ],
        "backup list": ["backup", "list"],
        "backup create": ["backup", "create"],
        "backup restore": ["backup", "restore"],
        "encrypt": ["encrypt"],
        "check": ["check"],
        "about": ["about"],
    }


def test_every_subcommand_has_a_sample(tmp_path: Path) -> None:
    assert sorted(samples(tmp_path)) == sorted(subcommands())


@pytest.fixture(autouse=True)
def quick(monkeypatch) -> None:
    """Every connection gives up on a lock at once (it waits 5 s for one otherwise), and
    an encryption never stops to ask."""
    import db.cipher

    monkeypatch.setattr("db.catalog.BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setitem(db.cipher.connect.__kwdefaults__, "timeout", 0.05)
    monkeypatch.setenv("PACTUM_PASSPHRASE", "correct horse")


def demo_catalogue(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        import_file(catalog, resource_path(*DEMO_CATALOGUE))
    open_catalog(path).close()  # today's backup is made now, not during the test
    return path


def attempt(capsys, catalogue: Path, command: str, argv: list[str], *, may_succeed: bool) -> None:
    """Run one call and hold it to the promise: a success that only reads leaves the
    bytes as they were; a failure is one line and leaves them too."""
    before = fingerprint(catalogue)
    code = main(["--catalog", str(catalogue), *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    if code == 0 and may_succeed:
        if command in READERS:
            assert fingerprint(catalogue) == before, (argv, err)
        return
    if command == "check" and code == 2:  # damage found: a report and the ways out
        assert "is damaged" in err.splitlines()[0], err
    else:
        assert_one_line(code, err, (1, 2))
    assert fingerprint(catalogue) == before, (argv, err)


READERS = {"export", "list", "show", "brief", "compare", "matrix", "timeline", "duplicates"}
READERS |= {"check", "about", "backup list", "backup create"}
"""Commands that never change the catalogue when they succeed."""


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


# -- a full disk, a read-only folder ------------------------------------------------------


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
    def filled_first(self: Catalog) -> Iterator[object]:
        fill(small_disk)
        with begin(self) as conn:
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


# -- text too long for a page ------------------------------------------------------------

HUGE_ORG = "Організація " + "дуже " * 1600  # 8,000 characters


@pytest.fixture
def huge_texts(tmp_path: Path) -> Path:
    """A catalogue whose records hold a 3,000-character title, an 8,000-character party,
    signatory and subject, and a word of 5,000 letters with no space to break it."""
    first = dataclasses.replace(sample(1), title="Довга назва " * 250, place="Київ" * 1250)
    second = dataclasses.replace(
        sample(2),
        parties=(Party.state("UA"), Party.org(HUGE_ORG)),
        signatories=(Signatory(name="Ім'я" * 2000, role="посада" * 1000, party="UA"),),
        subjects=("тема" * 2000,),
    )
    records = tmp_path / "huge.json"
    records.write_text(json.dumps(export_dict([first, second])), encoding="utf-8")
    path = tmp_path / "huge.pactum"
    assert main(["--catalog", str(path), "import", str(records)]) == 0
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["compare", "1", "2", "--pdf", "{out}/c.pdf"],
        ["matrix", "--pdf", "{out}/m.pdf"],
        ["matrix", "--by", "subject", "--pdf", "{out}/m.pdf"],
        ["brief", "--partner", "PL", "--marking", "X" * 3000, "-o", "{out}/b.pdf"],
        ["brief", "--partner", HUGE_ORG, "--partner", "PL", "--full-texts", "-o", "{out}/b.pdf"],
        ["brief", "--partner", HUGE_ORG, "-o", "{out}/folder"],
    ],
    ids=["compare", "matrix", "matrix by subject", "marking", "pack", "file per partner"],
)
def test_pdfs_of_very_long_texts_are_still_written(capsys, huge_texts: Path, argv) -> None:
    out = huge_texts.parent
    code = main(["--catalog", str(huge_texts), *(a.format(out=out) for a in argv)])
    err = capsys.readouterr().err
    assert code == 0, err
    (written,) = [p for p in out.rglob("*.pdf")]
    assert written.read_bytes().startswith(b"%PDF") and len(written.name) < 100

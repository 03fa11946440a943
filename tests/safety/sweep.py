"""What the safety tests of the command line share: every subcommand with a well-formed
call of it, the demo catalogue on disk, and the promise each run is held to."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import open_catalog
from db.features.interchange import import_file
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
        "deadlines": ["deadlines", "--partner", text, "--ics", str(folder / "d.ics")],
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
        "attach": ["attach", "1", str(records), "--name", text],
        "attachments": ["attachments", text],
        "attachment": ["attachment", "1", text, "-o", str(folder / "a.bin")],
        "detach": ["detach", "1", text],
        "changes clone": ["changes", "clone", str(folder / "copy.pactum")],
        "changes export": ["changes", "export", str(folder / "out.pactum-changes")],
        "changes import": ["changes", "import", str(folder / "in.pactum-changes")],
        "changes conflicts": ["changes", "conflicts"],
        "changes resolve": ["changes", "resolve", "1", "title", "--value", text],
    }


@pytest.fixture
def quick(monkeypatch) -> None:
    """Every connection gives up on a lock at once (it waits 5 s for one otherwise), and
    an encryption never stops to ask."""
    import db.safety.cipher

    monkeypatch.setattr("db.opener.BUSY_TIMEOUT_S", 0.05)
    monkeypatch.setitem(db.safety.cipher.connect.__kwdefaults__, "timeout", 0.05)
    monkeypatch.setenv("PACTUM_PASSPHRASE", "correct horse")


def demo_catalogue(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        import_file(catalog, resource_path(*DEMO_CATALOGUE))
    with open_catalog(path) as catalog:
        catalog.daily_backup()  # today's backup is made now, not during the test
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
    if command == "check" and code == 2:  # damage or a foreign schema: a report, the ways out
        first = err.splitlines()[0]
        assert "is damaged" in first or "does not have the schema" in first, err
    else:
        assert_one_line(code, err, (1, 2))
    assert fingerprint(catalogue) == before, (argv, err)


READERS = {"export", "list", "show", "brief", "compare", "matrix", "timeline", "duplicates"}
READERS |= {"check", "about", "backup list", "backup create"}
"""Commands that never change the catalogue when they succeed."""

"""``pactum`` starts in a fraction of a second at any size (issue 14).

It imports only the module of the command asked for (``--help`` none), opens the catalogue
with checks whose cost does not grow with the file, and makes the day's backup only after a
command that changed the catalogue, saying so. The speed itself is measured in
tests/benchmarks/test_scale_commands_bench.py; these tests prove the behaviour behind it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import list_backups
from desktop.cli import build_parser, main
from desktop.commands import COMMANDS

HEAVY = ("reportlab", "PySide6", "desktop.briefing", "desktop.ingest", "desktop.compare")


def _modules_after(*argv: str) -> set[str]:
    """The modules a fresh ``pactum ARGV`` process has imported when it is done."""
    code = (
        "import sys\nfrom desktop.cli import main\n"
        f"try:\n    main({list(argv)!r})\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return set(done.stderr.split())


def test_every_summary_in_the_table_is_its_commands_own_help_line() -> None:
    full = build_parser()
    subparsers = full._subparsers._group_actions[0]
    helps = {action.dest: action.help for action in subparsers._choices_actions}
    assert helps == {name: summary for name, (_, summary) in COMMANDS.items()}


def test_help_lists_every_command_without_importing_one(capsys) -> None:
    loaded = _modules_after("--help")
    assert not {m for m in loaded if m.startswith(("db", "desktop.commands."))}
    assert not {m for m in loaded if m.startswith(HEAVY)}
    try:
        main(["--help"])
    except SystemExit as exit:
        assert exit.code == 0
    listed = capsys.readouterr().out
    assert all(f"    {name} " in listed for name in COMMANDS)


def test_show_imports_its_own_command_and_nothing_heavy(demo_file: Path) -> None:
    loaded = _modules_after("--catalog", str(demo_file), "show", "1")
    commands = {m for m in loaded if m.startswith("desktop.commands.")}
    assert commands <= {"desktop.commands.records", "desktop.commands.common"} | {
        "desktop.commands.escaping",
        "desktop.commands.failures",
        "desktop.commands.passphrase",
    }
    assert not {m for m in loaded if m.startswith(HEAVY)}
    assert not loaded & {"db.features.interchange", "db.features.merge", "ijson"}


def test_show_loads_no_dictionary_stemmer_or_file_reader(demo_file: Path) -> None:
    """Showing a record normalises no word and reads no attached file: the Ukrainian
    dictionary, the stemmers (every language's), fuzzy matching and the XML reader load on
    first use, not with the catalogue (together about 0.2 s of every command's start)."""
    loaded = _modules_after("--catalog", str(demo_file), "show", "1")
    lazy = ("pymorphy3", "snowballstemmer", "translitua", "rapidfuzz", "xml.etree")
    assert not {m for m in loaded if m.startswith(lazy)}
    assert {"db.search.normalise", "db.features.attachments"} <= loaded  # loaded, not used


def test_a_read_only_command_makes_no_backup_a_writing_one_makes_the_days_after_its_work(
    demo_file: Path, capsys
) -> None:
    for argv in (["list"], ["show", "1"], ["search", "Литва"], ["export", "out.json"]):
        if argv[0] == "export":
            argv = ["export", str(demo_file.parent / "out.json")]
        assert main(["--catalog", str(demo_file), *argv]) == 0
    assert list_backups(demo_file) == []
    assert "backup" not in capsys.readouterr().err

    assert main(["--catalog", str(demo_file), "delete", "1"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (
        "pactum: making today's backup of the catalogue (once a day, after the first change)"
    )
    (made,) = list_backups(demo_file)
    assert made.kind.value == "daily"
    with contextlib.closing(sqlite3.connect(made.path)) as copy:  # made after the deletion
        assert copy.execute("SELECT deleted_at FROM agreements WHERE id = 1").fetchone()[0]

    assert main(["--catalog", str(demo_file), "restore", "1"]) == 0
    assert "backup" not in capsys.readouterr().err  # once a day
    assert len(list_backups(demo_file)) == 1


def test_version_is_printed_on_stdout(capsys) -> None:
    """Scripts and the bundle check read the version from stdout, as argparse prints it."""
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    out, err = capsys.readouterr()
    assert stopped.value.code == 0 and out.startswith("pactum ") and err == ""

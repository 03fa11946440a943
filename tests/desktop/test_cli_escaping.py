"""A crafted record cannot drive the terminal ``pactum`` prints it to: escape sequences,
C1 controls and bidirectional overrides are shown as ``\\uXXXX``; JSON keeps the data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from db import Agreement, Kind, Party, open_catalog
from desktop.cli import main
from desktop.commands.escaping import escaped

CRAFTED = "Угода \x1b[2J\x1b]0;pwned\x07\x9b31m\u202eLT–UA\u2066 end\x00"
OBEYED = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\x00")


@pytest.fixture
def crafted(tmp_path: Path) -> Path:
    path = tmp_path / "crafted.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        catalog.add(
            Agreement(
                CRAFTED,
                Kind.AGREEMENT,
                (Party.state("UA"), Party.state("LT")),
                full_text="line one\n\tindented line two",
                notes=("note \x1b[31mred",),
            )
        )
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [("list",), ("show", "1"), ("search", "угода")])
def test_no_character_a_terminal_obeys_reaches_it(
    crafted: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    out = _run(capsys, "--catalog", str(crafted), *argv)
    assert not [c for c in OBEYED if c in out]
    assert "\\u001b[2J" in out and "\\u202e" in out


def test_line_breaks_and_tabs_of_a_text_pass_unescaped(
    crafted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, "--catalog", str(crafted), "show", "1")
    assert "line one\n\tindented line two" in out
    assert "note \\u001b[31mred" in out


def test_json_output_is_valid_and_keeps_every_character(
    crafted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, "--catalog", str(crafted), "show", "1", "--json")
    assert not [c for c in OBEYED if c in out]
    assert json.loads(out)["title"] == CRAFTED


def test_a_whole_process_prints_no_escape_sequence(crafted: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--catalog", str(crafted), "list"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "\x1b" not in done.stdout + done.stderr
    assert "\\u001b" in done.stdout


def test_escaped_shows_controls_and_keeps_ordinary_text() -> None:
    assert escaped("a\tb\nc\r\n") == "a\tb\nc\r\n"
    assert escaped("Київ – Вільнюс «ок»") == "Київ – Вільнюс «ок»"
    assert escaped("\x1b[0m\x7f\x85\u202d") == "\\u001b[0m\\u007f\\u0085\\u202d"

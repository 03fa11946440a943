"""Offline always: no socket is created while every feature runs (in-process CLI calls).

Every command the parser knows is run (each sub-action of ``backup`` too): a new command
fails the test until it is added here."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop.cli import build_parser, main
from resources import DEMO_CATALOGUE, resource_path
from tests.conftest import CORPUS


def _no_network(*args, **kwargs):
    pytest.fail(f"a network connection was attempted: {args!r}")


def test_no_socket_is_opened_by_any_command(tmp_path: Path, monkeypatch, capsys) -> None:
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _no_network)
    monkeypatch.setattr(socket.socket, "__init__", _no_network)
    monkeypatch.setenv("PACTUM_PASSPHRASE", "offline passphrase")
    path = tmp_path / "offline.pactum"
    commands = [
        ["import", str(resource_path(*DEMO_CATALOGUE))],
        ["list", "--json"],
        ["show", "1"],
        ["search", "Литва"],
        ["attach", "1", str(resource_path(*DEMO_CATALOGUE))],
        ["attachments", "1"],
        ["attachment", "1", DEMO_CATALOGUE[-1], "-o", str(tmp_path / "got.json")],
        ["export", str(tmp_path / "out.json")],
        ["detach", "1", DEMO_CATALOGUE[-1]],
        ["export", str(tmp_path / "out.csv")],
        ["delete", "1"],
        ["restore", "1"],
        ["brief", "--partner", "LT", "-o", str(tmp_path / "lt.pdf")],
        ["brief", "--partner", "LT", "--since-last", "-o", str(tmp_path / "lt.docx")],
        ["deadlines", "--within", "1000", "--ics", str(tmp_path / "deadlines.ics")],
        ["compare", "1", "2"],
        ["matrix"],
        ["timeline", "LT"],
        ["duplicates"],
        ["merge", "1", "2"],
        ["unmerge", "2"],
        ["extract", str(CORPUS / "seed-article-uk.txt")],
        ["about"],
        ["backup", "create"],
        ["backup", "list"],
        ["check"],
        ["check", "--salvage", str(tmp_path / "salvaged.pactum")],
        ["backup", "restore"],
        ["encrypt"],
        ["check"],
        ["list"],
        ["changes", "clone", str(tmp_path / "copy.pactum")],
        ["delete", "2"],
        ["changes", "export", str(tmp_path / "changes.pactum-changes")],
        ["changes", "conflicts"],
    ]
    for command in commands:
        assert main(["--catalog", str(path), *command]) == 0, (command, capsys.readouterr())
    package = str(tmp_path / "changes.pactum-changes")
    assert main(["--catalog", str(tmp_path / "copy.pactum"), "changes", "import", package]) == 0
    capsys.readouterr()
    ran = {command[0] for command in commands}
    ran_backup = {command[1] for command in commands if command[0] == "backup"}
    parser = build_parser()
    known = parser._subparsers._group_actions[0].choices
    assert ran == set(known), set(known) ^ ran
    backup_actions = next(a for a in known["backup"]._actions if a.dest == "action").choices
    assert ran_backup == set(backup_actions)

"""Offline always: no socket is created while every feature runs (in-process CLI calls)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop.cli import main
from resources import DEMO_CATALOGUE, resource_path


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
        ["export", str(tmp_path / "out.json")],
        ["export", str(tmp_path / "out.csv")],
        ["delete", "1"],
        ["restore", "1"],
        ["backup", "create"],
        ["backup", "list"],
        ["check"],
        ["check", "--salvage", str(tmp_path / "salvaged.pactum")],
        ["backup", "restore"],
        ["encrypt"],
        ["check"],
        ["list"],
    ]
    for command in commands:
        assert main(["--catalog", str(path), *command]) == 0, (command, capsys.readouterr())
    capsys.readouterr()

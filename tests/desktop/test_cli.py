"""The ``pactum`` command, run in-process: subcommands, --demo, --json, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from resources import DEMO_CATALOGUE, resource_path

SAMPLE = str(resource_path(*DEMO_CATALOGUE))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_list_by_partner(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "x.pactum")
    assert run(capsys, "--catalog", db, "import", SAMPLE)[0] == 0
    code, out, _ = run(capsys, "--catalog", db, "list", "--partner", "LT")
    assert code == 0
    assert out.count("\n") == 1 and "Лист про наміри" in out and "UA–LT" in out


def test_export_reimports_identically(tmp_path: Path, capsys) -> None:
    first, second = str(tmp_path / "a.pactum"), str(tmp_path / "b.pactum")
    run(capsys, "--catalog", first, "import", SAMPLE)
    run(capsys, "--catalog", first, "export", str(tmp_path / "a.json"))
    run(capsys, "--catalog", second, "import", str(tmp_path / "a.json"))
    run(capsys, "--catalog", second, "export", str(tmp_path / "b.json"))
    a = json.loads((tmp_path / "a.json").read_text())
    b = json.loads((tmp_path / "b.json").read_text())
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b


def test_demo_works_with_every_listing_command_and_json(capsys) -> None:
    code, out, _ = run(capsys, "--demo", "list", "--kind", "letter_of_intent", "--json")
    rows = json.loads(out)
    assert code == 0 and {tuple(r["parties"]) for r in rows} == {("UA", "LT"), ("UA", "SE")}
    code, out, _ = run(capsys, "--demo", "show", "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a02", "--json")
    record = json.loads(out)
    assert record["signatories"][1]["name"] == "Девід Макгінті"


def test_delete_and_restore(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "x.pactum")
    run(capsys, "--catalog", db, "import", SAMPLE)
    assert run(capsys, "--catalog", db, "delete", "1")[0] == 0
    _, out, _ = run(capsys, "--catalog", db, "list", "--trash", "--json")
    assert [r["id"] for r in json.loads(out)] == [1]
    run(capsys, "--catalog", db, "restore", "1")
    _, out, _ = run(capsys, "--catalog", db, "list", "--json")
    assert len(json.loads(out)) == 3


@pytest.mark.parametrize("verb", ["delete", "restore"])
def test_delete_or_restore_of_several_is_all_or_nothing(tmp_path: Path, capsys, verb) -> None:
    db = str(tmp_path / "x.pactum")
    run(capsys, "--catalog", db, "import", SAMPLE)
    if verb == "restore":
        run(capsys, "--catalog", db, "delete", "1", "2")
    _, before, _ = run(capsys, "--catalog", db, "list", "--trash", "--json")
    code, out, err = run(capsys, "--catalog", db, verb, "1", "999", "2")
    assert (code, out) == (1, "")
    assert err == "pactum: no agreement 999\n"
    _, after, _ = run(capsys, "--catalog", db, "list", "--trash", "--json")
    assert after == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "999"], "no agreement 999"),
        (["import", "/nonexistent/file.json"], "No such file"),
        (["list", "--partner", "LT", "--since", "2025-13"], None),
        (["list", "--limit", "1" + "0" * 20], None),
        (["list", "--limit", "-1"], None),
        (["search", "Литва", "--limit", "1" + "0" * 20], None),
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path, capsys, argv, message) -> None:
    db = str(tmp_path / "x.pactum")
    run(capsys, "--catalog", db, "import", SAMPLE)
    try:
        code, _, err = run(capsys, "--catalog", db, *argv)
    except SystemExit as exit:  # argparse rejects a bad option value with exit code 2
        code, err = exit.code, capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    if message:
        assert err.startswith("pactum: ") and message in err and err.count("\n") == 1


def test_opening_a_text_file_fails_cleanly(tmp_path: Path, capsys) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("просто текст")
    code, _, err = run(capsys, "--catalog", str(path), "list")
    assert code == 1 and "not a Pactum catalogue: it is a text file" in err
    assert path.read_text() == "просто текст"


def test_every_command_has_help(capsys) -> None:
    from desktop.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert sub.format_help(), name

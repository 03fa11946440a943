"""``pactum changes``: clone, export, import, conflicts, resolve, on the command line."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from db import open_catalog
from desktop.cli import main
from resources import DEMO_CATALOGUE, resource_path

SAMPLE = str(resource_path(*DEMO_CATALOGUE))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _retitle(path: Path, title: str) -> None:
    with open_catalog(path) as catalog:
        catalog.update(dataclasses.replace(catalog.get(1), title=title))


def test_clone_export_import_then_resolve_a_conflict(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.pactum", tmp_path / "b.pactum"
    run(capsys, "--catalog", str(a), "import", SAMPLE)
    assert run(capsys, "--catalog", str(a), "changes", "clone", str(b))[0] == 0
    _retitle(a, "Title A")
    _retitle(b, "Title B")
    run(capsys, "--catalog", str(a), "delete", "2")
    code, _, err = run(capsys, "--catalog", str(a), "changes", "export", str(tmp_path / "p"))
    assert code == 0 and "0 added, 2 changed" in err
    code, _, err = run(capsys, "--catalog", str(b), "changes", "import", str(tmp_path / "p"))
    assert code == 0 and "1 conflicts" in err
    _, out, _ = run(capsys, "--catalog", str(b), "changes", "conflicts", "--json")
    (conflict,) = json.loads(out)
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == (
        "title",
        "Title B",
        "Title A",
    )
    code, _, _ = run(
        capsys, "--catalog", str(b), "changes", "resolve", "1", "title", "--value", "Both"
    )
    assert code == 0
    _, out, _ = run(capsys, "--catalog", str(b), "list", "--json")
    assert [r["title"] for r in json.loads(out)][:1] == ["Both"] and len(json.loads(out)) == 2


def test_refusals_are_one_line_and_change_nothing(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.pactum", tmp_path / "b.pactum"
    run(capsys, "--catalog", str(a), "import", SAMPLE)
    run(capsys, "--catalog", str(a), "changes", "clone", str(b))
    run(capsys, "--catalog", str(a), "delete", "1")
    run(capsys, "--catalog", str(a), "changes", "export", str(tmp_path / "p"))
    assert run(capsys, "--catalog", str(b), "changes", "import", str(tmp_path / "p"))[0] == 0
    code, out, err = run(capsys, "--catalog", str(b), "changes", "import", str(tmp_path / "p"))
    assert (code, out) == (
        1,
        "",
    ) and err == f"pactum: {tmp_path / 'p'} was applied here already; nothing was changed\n"
    (tmp_path / "junk").write_text("junk")
    code, _, err = run(capsys, "--catalog", str(b), "changes", "import", str(tmp_path / "junk"))
    assert code == 1 and err.count("\n") == 1 and "damaged or was altered" in err
    code, _, err = run(
        capsys, "--catalog", str(b), "changes", "resolve", "1", "title", "--take", "mine"
    )
    assert code == 1 and "no open conflict on title" in err
    code, _, err = run(capsys, "--catalog", str(b), "changes", "clone", str(a))
    assert code == 1 and err.count("\n") == 1

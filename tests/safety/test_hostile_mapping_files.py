"""Mapping files (``pactum import SHEET --mapping FILE``) that fix a layout no CSV can have
or map a column to something that is no target: one line naming what is wrong, never
"unexpected error", the catalogue unchanged. The command line checks ``--encoding`` and
``--delimiter``; the same values from a file went unchecked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db import open_catalog
from tests.safety.one_line import refused
from tests.safety.records import fill

SHEET = "Дата;Вид;Назва;Сторони\n2025-10-16;угода;Угода про дрони;Литва, Україна\n"

CRAFTED = {
    "unknown_encoding": {"encoding": "klingon"},
    "binary_codec": {"encoding": "rot13"},
    "utf16_without_bom": {"encoding": "utf-16"},
    "empty_delimiter": {"delimiter": ""},
    "two_character_delimiter": {"delimiter": ";;"},
    "quote_as_delimiter": {"delimiter": '"'},
    "target_a_list": {"columns": {"Назва": ["title"]}},
    "target_an_object": {"columns": {"Назва": {"title": 1}}},
}


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = tmp_path / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 1)
    return path


@pytest.mark.parametrize("fields", CRAFTED.values(), ids=CRAFTED.keys())
def test_a_crafted_mapping_file_is_refused_in_one_line(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: dict
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"format": "pactum-sheet-mapping", "columns": {}, **fields}), encoding="utf-8"
    )
    line = refused(capsys, work, "import", str(sheet), "--mapping", str(mapping))
    assert "unexpected" not in line and ("sheet.csv" in line or "mapping.json" in line)


def test_a_binary_codec_given_on_the_command_line_is_refused_in_one_line(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    line = refused(capsys, work, "import", str(sheet), "--encoding", "rot13")
    assert "not a text encoding" in line

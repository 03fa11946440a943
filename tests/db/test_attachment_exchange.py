"""Attachments in the interchange JSON: streamed out as base64, restored exactly, left out
on request, and a malformed one refuses the whole import."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from db import (
    Agreement,
    Catalog,
    Kind,
    Party,
    ValidationError,
    export_file,
    import_file,
    open_catalog,
)
from db.search import search


def _with_file(catalog: Catalog, tmp_path: Path) -> bytes:
    record = catalog.add(Agreement("Угода", Kind.AGREEMENT, (Party.state("UA"), Party.state("LT"))))
    data = os.urandom(2 * 1024 * 1024 + 5)  # more than one chunk, not a multiple of 3
    (tmp_path / "scan.bin").write_bytes(data)
    catalog.attach(record.id, tmp_path / "scan.bin")
    (tmp_path / "note.txt").write_text("Нотатка про безпілотники", encoding="utf-8")
    catalog.attach(record.id, tmp_path / "note.txt")
    return data


def test_an_export_with_attachments_imports_them_exactly(catalog: Catalog, tmp_path: Path) -> None:
    data = _with_file(catalog, tmp_path)
    export_file(catalog, tmp_path / "out.json")
    before = catalog.attachments(1)
    with open_catalog(None, user="someone else") as other:
        import_file(other, tmp_path / "out.json")
        assert other.attachments(1) == before  # names, sizes, hashes, who added them, when
        other.save_attachment(1, "scan.bin", tmp_path / "back.bin")
        assert [h.id for h in search(other, "безпілотник").hits] == [1]
    assert (tmp_path / "back.bin").read_bytes() == data


def test_attachments_can_be_left_out_of_an_export(catalog: Catalog, tmp_path: Path) -> None:
    _with_file(catalog, tmp_path)
    export_file(catalog, tmp_path / "out.json", attachments=False)
    item = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["agreements"][0]
    assert "attachments" not in item and item["title"] == "Угода"


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "x.txt", "data": "not base64!"},
        {"name": "x.txt", "data": "aGVsbG8=", "sha256": "0" * 64},
        {"name": "", "data": "aGVsbG8="},
        "a string",
    ],
)
def test_a_malformed_attachment_refuses_the_whole_import(
    catalog: Catalog, tmp_path: Path, bad: object
) -> None:
    _with_file(catalog, tmp_path)
    export_file(catalog, tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    document["agreements"][0]["attachments"].append(bad)
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    with open_catalog(None) as other:
        with pytest.raises(ValidationError, match="attachment"):
            import_file(other, tmp_path / "bad.json")
        assert other.count() == 0

"""Attachment rows another program changed: writing the file out refuses, never writes it wrong.

A file is kept as rows of chunks beside its size and SHA-256. When the sqlite3 shell (or a
damaged page) removes, reorders, shortens or rewrites a chunk, ``pactum attachment -o``
must say so in one line and leave nothing at OUT: a "successful" copy of a signed PDF
that is not the signed PDF is the worst outcome. Export refuses the same way, rather than
writing a file that import would refuse.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from db import open_catalog
from db.features.attachments import CHUNK
from desktop.cli import main
from tests.db.safety_helpers import checkpoint
from tests.safety.one_line import assert_one_line
from tests.safety.records import fill

CONTENT = random.Random(7).randbytes(2 * CHUNK) + b"tail"  # three chunks, each unlike another

CRAFTED = {
    "missing_middle_chunk": "DELETE FROM attachment_chunks WHERE position = 1",
    "missing_first_chunk": "DELETE FROM attachment_chunks WHERE position = 0",
    "swapped_chunks": "UPDATE attachment_chunks SET position = position + 10 WHERE position < 2;"
    "UPDATE attachment_chunks SET position = 21 - position - 10 WHERE position >= 10",
    "changed_byte": "UPDATE attachment_chunks SET data = X'00' || substr(data, 2) "
    "WHERE position = 2",
    "chunk_as_text": "UPDATE attachment_chunks SET data = 'TAIL' WHERE position = 2",
    "size_lie": "UPDATE attachment_files SET size = size - 1",
    "hash_lie": "UPDATE attachment_files SET sha256 = lower(hex(randomblob(32)))",
    "no_file_row": "DELETE FROM attachment_files",
}


@pytest.fixture
def attached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = tmp_path / "work.pactum"
    source = tmp_path / "scan.bin"
    source.write_bytes(CONTENT)
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 1)
        catalog.attach(1, source)
    checkpoint(path)
    return path


def craft(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(f"PRAGMA foreign_keys = OFF; BEGIN; {sql}; COMMIT;")
    conn.close()


def test_an_untouched_attachment_is_written_back_byte_for_byte(
    attached: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.bin"
    assert main(["--catalog", str(attached), "attachment", "1", "scan.bin", "-o", str(out)]) == 0
    assert out.read_bytes() == CONTENT


@pytest.mark.parametrize("sql", CRAFTED.values(), ids=CRAFTED.keys())
def test_a_crafted_chunk_row_refuses_writing_the_attachment_out(
    attached: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str
) -> None:
    craft(attached, sql)
    out = tmp_path / "out.bin"
    code = main(["--catalog", str(attached), "attachment", "1", "scan.bin", "-o", str(out)])
    err = capsys.readouterr().err
    if "DELETE FROM attachment_files" in sql:  # the name has nothing behind it: not found
        assert_one_line(code, err)
    else:
        assert_one_line(code, err)
        assert "SHA-256" in err and "unexpected" not in err, err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


@pytest.mark.parametrize("key", ["missing_middle_chunk", "changed_byte"])
def test_a_crafted_chunk_row_refuses_an_export_with_attachments(
    attached: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    craft(attached, CRAFTED[key])
    out = tmp_path / "out.json"
    code = main(["--catalog", str(attached), "export", str(out)])
    err = capsys.readouterr().err
    assert_one_line(code, err)
    assert "SHA-256" in err and not out.exists()

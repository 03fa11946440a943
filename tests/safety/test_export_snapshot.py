"""An export is one state of the catalogue, whatever another process commits meanwhile.

Deterministic: the export is paused once its first chunk of records is written (its
progress callback runs the other party), another process trashes one record and replaces
another through ``pactum``, and then the export goes on. The file must equal an export
made before the change, though the change itself is there in the catalogue.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from db import open_catalog
from db.features.interchange import FORMAT, FORMAT_VERSION, export_csv, export_json
from db.store.exportable import CHUNK
from tests.db.safety_helpers import build

RECORDS = CHUNK + 40
TRASHED = CHUNK + 10
REPLACED = CHUNK + 20


class PauseAfterFirstChunk:
    """A progress that runs ``then`` once, when some but not all records are written."""

    def __init__(self, then: Callable[[], None]) -> None:
        self.then = then
        self.paused_at: int | None = None

    def set(self, done: int, total: int) -> None:
        if self.paused_at is None and 0 < done < total:
            self.paused_at = done
            self.then()

    def cancelled(self) -> bool:
        return False


def pactum(path: Path, *args: str) -> None:
    """Run the command line in another process (another program on the same file)."""
    subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--catalog", str(path), *args],
        check=True,
        capture_output=True,
    )


def without_stamp(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if '"exported_at"' not in line)


@pytest.mark.parametrize("export", [export_json, export_csv], ids=["json", "csv"])
def test_a_change_committed_during_an_export_is_not_in_the_file(
    tmp_path: Path, monkeypatch, export
) -> None:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = build(tmp_path / "work.pactum", RECORDS)
    with open_catalog(path) as catalog:
        catalog.backup()  # today's backup exists: the other process makes none
        replacement = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "agreements": [
                {
                    "uuid": catalog.get(REPLACED).uuid,
                    "title": "Changed by the other process",
                    "kind": "treaty",
                    "parties": [{"country": "UA"}, {"country": "PL"}],
                }
            ],
        }
        changes = tmp_path / "changes.json"
        changes.write_text(json.dumps(replacement), encoding="utf-8")

        before = io.StringIO()
        export(catalog, before)

        def other_process() -> None:
            pactum(path, "delete", str(TRASHED))
            pactum(path, "import", "--replace", str(changes))

        pause = PauseAfterFirstChunk(other_process)
        during = io.StringIO()
        report = export(catalog, during, progress=pause)

        assert pause.paused_at == CHUNK
        assert report.written == RECORDS and not report.left_out
        assert without_stamp(during.getvalue()) == without_stamp(before.getvalue())
        # The other process's changes are committed all the same.
        assert catalog.get(TRASHED).deleted_at is not None
        assert catalog.get(REPLACED).title == "Changed by the other process"


def test_an_export_inside_a_read_leaves_no_transaction_open(tmp_path: Path) -> None:
    path = build(tmp_path / "work.pactum", 3)
    with open_catalog(path) as catalog:
        export_json(catalog, io.StringIO())
        assert not catalog.conn.in_transaction
        catalog.delete(1)  # writing still works straight after
        assert catalog.get(1).deleted_at is not None

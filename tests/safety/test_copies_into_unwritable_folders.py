"""A copy of the catalogue (``pactum changes clone``) into a folder nothing may be written
to is refused naming the file asked for, not the catalogue: SQLite's "unable to open
database file" was reported as the catalogue's own problem."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from db import open_catalog
from tests.safety.one_line import refused
from tests.safety.records import fill

CHATTR = shutil.which("chattr")


@pytest.fixture
def locked_folder(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    if CHATTR is None or subprocess.run([CHATTR, "+i", str(folder)]).returncode != 0:
        pytest.skip("chattr +i is not available here")
    yield folder
    subprocess.run([CHATTR, "-i", str(folder)], check=True)


def test_a_clone_into_a_folder_that_cannot_be_written_names_the_clone(
    tmp_path: Path, locked_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = tmp_path / "work.pactum"
    with open_catalog(catalogue, create=True, user="tester") as catalog:
        fill(catalog, 1)
    target = locked_folder / "copy.pactum"
    line = refused(capsys, catalogue, "changes", "clone", str(target), message=str(target))
    assert "work.pactum" not in line and not target.exists()

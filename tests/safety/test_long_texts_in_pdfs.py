"""PDFs of text far too long for a page are still written.

A 3,000-character title, an 8,000-character party name, signatory or subject, a word of
5,000 letters, a 3,000-character handling marking: headings, names and table cells are
cut with an ellipsis at one limit each (``desktop.briefing.text``), table rows taller than
a page are split across pages, and page headers are fitted to their line. The record keeps
the whole text; the PDF is written instead of failing with ReportLab's LayoutError.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from db import Party, Signatory
from desktop.cli import main
from tests.db.safety_helpers import export_dict, sample

HUGE_ORG = "Організація " + "дуже " * 1600  # 8,000 characters


@pytest.fixture
def huge_texts(tmp_path: Path) -> Path:
    """A catalogue whose records hold a 3,000-character title, an 8,000-character party,
    signatory and subject, and a word of 5,000 letters with no space to break it."""
    first = dataclasses.replace(sample(1), title="Довга назва " * 250, place="Київ" * 1250)
    second = dataclasses.replace(
        sample(2),
        parties=(Party.state("UA"), Party.org(HUGE_ORG)),
        signatories=(Signatory(name="Ім'я" * 2000, role="посада" * 1000, party="UA"),),
        subjects=("тема" * 2000,),
    )
    records = tmp_path / "huge.json"
    records.write_text(json.dumps(export_dict([first, second])), encoding="utf-8")
    path = tmp_path / "huge.pactum"
    assert main(["--catalog", str(path), "import", str(records)]) == 0
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["compare", "1", "2", "--pdf", "{out}/c.pdf"],
        ["matrix", "--pdf", "{out}/m.pdf"],
        ["matrix", "--by", "subject", "--pdf", "{out}/m.pdf"],
        ["brief", "--partner", "PL", "--marking", "X" * 3000, "-o", "{out}/b.pdf"],
        ["brief", "--partner", HUGE_ORG, "--partner", "PL", "--full-texts", "-o", "{out}/b.pdf"],
        ["brief", "--partner", HUGE_ORG, "-o", "{out}/folder"],
    ],
    ids=["compare", "matrix", "matrix by subject", "marking", "pack", "file per partner"],
)
def test_pdfs_of_very_long_texts_are_still_written(capsys, huge_texts: Path, argv) -> None:
    out = huge_texts.parent
    code = main(["--catalog", str(huge_texts), *(a.format(out=out) for a in argv)])
    err = capsys.readouterr().err
    assert code == 0, err
    (written,) = [p for p in out.rglob("*.pdf")]
    assert written.read_bytes().startswith(b"%PDF") and len(written.name) < 100

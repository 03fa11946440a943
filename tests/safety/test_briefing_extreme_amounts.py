"""Commitments whose amounts are each valid but near the largest number: a briefing that
adds them up (key points, totals by stage) is still written, in PDF and Word."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import Commitment, open_catalog
from desktop.cli import main
from tests.safety.records import record


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_briefing_whose_commitments_add_up_past_the_largest_number_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    path = tmp_path / "work.pactum"
    huge = tuple(Commitment("PL", f"постачання {n}", 1e308, "EUR") for n in range(2))
    with open_catalog(path, create=True, user="tester") as catalog:
        catalog.add(record(1, commitments=huge))
    out = tmp_path / f"brief{suffix}"
    code = main(["--catalog", str(path), "brief", "--partner", "PL", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert out.stat().st_size > 0

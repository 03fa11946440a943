"""``pactum brief`` writes one PDF, or one per partnership into a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main


def test_brief_writes_a_pack(demo_file: Path, tmp_path: Path, read_pdf, capsys) -> None:
    out = tmp_path / "pack.pdf"
    argv = ["--catalog", str(demo_file), "brief", "--partner", "lt", "--partner", "CA"]
    assert main([*argv, "--lang", "en", "--marking", "FOR OFFICIAL USE ONLY", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    pdf = read_pdf(out)
    assert "Ukraine – Lithuania" in pdf.text and "Ukraine – Canada" in pdf.text
    assert all("FOR OFFICIAL USE ONLY" in page for page in pdf.flat)


def test_brief_into_a_folder(demo_file: Path, tmp_path: Path, read_pdf) -> None:
    folder = tmp_path / "briefings"
    argv = ["--catalog", str(demo_file), "brief", "--partner", "SE", "--since", "2025-08"]
    assert main([*argv, "-o", str(folder)]) == 0
    (written,) = folder.iterdir()
    assert written.name == "briefing-UA-SE-uk.pdf"
    assert "Україна – Швеція" in read_pdf(written).text


def test_brief_rejects_a_bad_date(demo_file: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(
            [
                "--catalog",
                str(demo_file),
                "brief",
                "--partner",
                "LT",
                "--since",
                "25.08.2025",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
    assert "is not a date" in capsys.readouterr().err

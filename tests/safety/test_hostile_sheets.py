"""Workbooks and CSV files made to hurt ``pactum import``: refused in one line naming the
file (never "unexpected error"), promptly, the catalogue unchanged.

A workbook states its own size, and openpyxl pads every row to it: a few hundred bytes
that claim 1,048,576 rows of 16,384 columns kept the import busy for hours. A part cut
short raised a bare XML error.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from db import open_catalog
from desktop.cli import main
from tests.safety.one_line import refused
from tests.safety.records import fill

SHEET = "xl/worksheets/sheet1.xml"
FAR_CELL = '<row r="70000"><c r="XFD70000" t="inlineStr"><is><t>x</t></is></c></row>'


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = tmp_path / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 1)
    return path


def workbook(path: Path, change=lambda xml: xml) -> Path:
    """A workbook of one good row, its sheet's XML passed through ``change``."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Дата", "Вид", "Назва", "Сторони"])
    book.active.append(["2025-10-16", "угода", "Угода про дрони", "Литва; Україна"])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            out.writestr(info.filename, change(data.decode()) if info.filename == SHEET else data)
    return path


def test_a_workbook_as_written_imports(work: Path, tmp_path: Path) -> None:
    assert main(["--catalog", str(work), "import", str(workbook(tmp_path / "ok.xlsx"))]) == 0


def test_a_workbook_whose_sheet_is_cut_short_is_refused_as_not_readable(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = workbook(tmp_path / "cut.xlsx", lambda xml: xml[: len(xml) // 2])
    line = refused(capsys, work, "import", str(cut), message="cut.xlsx")
    assert "not a readable XLSX workbook" in line


def test_a_workbook_claiming_the_largest_sheet_is_read_at_its_true_size(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = workbook(
        tmp_path / "claims.xlsx",
        lambda xml: xml.replace('<dimension ref="A1:D2"/>', '<dimension ref="A1:XFD1048576"/>'),
    )
    assert main(["--catalog", str(work), "import", str(claims)]) == 0
    assert "1 added" in capsys.readouterr().err


def test_a_workbook_with_a_cell_in_the_last_column_is_refused(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    far = workbook(
        tmp_path / "far.xlsx", lambda xml: xml.replace("</sheetData>", FAR_CELL + "</sheetData>")
    )
    line = refused(capsys, work, "import", str(far), message="far.xlsx")
    assert "more than 1024 columns" in line


def test_a_csv_row_of_thousands_of_columns_is_refused(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text(
        "Дата;Вид;Назва;Сторони\n2025-10-16;угода;Угода;Литва, Україна" + ";x" * 5000 + "\n",
        encoding="utf-8",
    )
    line = refused(capsys, work, "import", str(wide), message="wide.csv")
    assert "more than 1024 columns" in line

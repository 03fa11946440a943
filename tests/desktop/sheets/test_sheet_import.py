"""``pactum import SHEET``: Ukrainian or English headers, CSV in any common layout or XLSX,
a dry run that writes nothing, a sheet with problems refused whole, duplicates skipped."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from db import Kind, PartialDate, open_catalog
from desktop.cli import main
from desktop.sheets import import_plan, plan_sheet, read_sheet

UK_HEADER = ["Дата", "Вид", "Назва", "Сторони", "Підписанти", "Теми", "Джерело", "Сума"]
GOOD = [
    ["16 жовтня 2025", "меморандум", "Меморандум про енергетику", "Литва",
     "Зеленський (Президент); Науседа", "енергетика; безпека", "https://example.org/a",
     "1,5 млн євро"],
    ["01.09.2024", "Угода", "Угода про дрони", "Польща", "", "оборона", "", ""],
]  # fmt: skip
BAD = [
    ["16.10.2025", "Угода", "Угода з помилкою", "Литвa", "", "", "", ""],  # Latin "a"
    ["2099-01-01", "Угода", "Майбутня угода", "Латвія", "", "", "", ""],
    ["2025-10", "Угода", "", "Німеччина", "", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    lines = [delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows]
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def titles(path: Path) -> list[str]:
    with open_catalog(path) as catalog:
        return sorted(row.title for row in catalog.list())


def test_a_cp1251_sheet_with_ukrainian_headers_imports_every_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_csv(tmp_path / "s.csv", [UK_HEADER, *GOOD], "cp1251", ";")
    catalogue = tmp_path / "c.pactum"
    code, _, err = run(capsys, "--catalog", str(catalogue), "import", str(sheet))
    assert code == 0, err
    assert "2 added" in err
    with open_catalog(catalogue) as catalog:
        first = catalog.get(catalog.list(limit=1)[0].id)
    assert first.title == "Меморандум про енергетику"
    assert first.kind is Kind.MEMORANDUM
    assert first.party_keys == ("UA", "LT")
    assert first.signed_on == PartialDate(2025, 10, 16)
    assert [(s.name, s.role) for s in first.signatories] == [
        ("Зеленський", "Президент"),
        ("Науседа", ""),
    ]
    assert first.subjects == ("energy", "безпека")  # "енергетика" names the concept "energy"
    assert first.sources[0].url == "https://example.org/a"
    assert (first.commitments[0].party, first.commitments[0].amount) == ("LT", 1_500_000)
    assert first.commitments[0].unit == "EUR"


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1251", "\t"), ("utf-8", "\t")],
)
def test_the_encoding_and_delimiter_are_detected(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    sheet = write_csv(tmp_path / "s.csv", [UK_HEADER, *GOOD], encoding, delimiter)
    read = read_sheet(sheet)
    assert read.layout.delimiter == delimiter
    assert read.headers[0] == "Дата"  # no BOM left on the first header
    plan = plan_sheet(None, read)
    assert [r.agreement.title for r in plan.rows] == [GOOD[0][2], GOOD[1][2]]
    assert not plan.problems


def test_a_dry_run_shows_mapping_rows_and_each_problem_with_row_and_column_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_csv(tmp_path / "s.csv", [UK_HEADER, *GOOD, *BAD], "cp1251", ";")
    catalogue = tmp_path / "c.pactum"
    code, out, _ = run(capsys, "--catalog", str(catalogue), "import", str(sheet), "--dry-run")
    assert code == 0
    assert "D  Сторони -> parties" in out
    assert "Угода про дрони" in out
    assert "row 4, column D (Сторони): 'Литвa' mixes Latin and Cyrillic letters" in out
    assert "row 5, column A (Дата): 2099-01-01 is in the future" in out
    assert "row 6, column C (Назва): the title is empty" in out
    assert not catalogue.exists()


def test_a_sheet_with_any_problem_is_refused_whole_unless_bad_rows_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_csv(tmp_path / "s.csv", [UK_HEADER, *GOOD, *BAD], "utf-8", ",")
    catalogue = tmp_path / "c.pactum"
    code, _, err = run(capsys, "--catalog", str(catalogue), "import", str(sheet))
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("pactum: s.csv: 3 problem(s) in 3 row(s)")
    assert titles(catalogue) == []
    code, _, err = run(capsys, "--catalog", str(catalogue), "import", str(sheet), "--skip-bad-rows")
    assert code == 0
    assert "2 added, 3 bad rows skipped" in err
    assert titles(catalogue) == sorted([GOOD[0][2], GOOD[1][2]])


def test_rows_like_records_already_there_are_skipped_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = tmp_path / "c.pactum"
    first = write_csv(tmp_path / "a.csv", [UK_HEADER, *GOOD], "utf-8", ";")
    run(capsys, "--catalog", str(catalogue), "import", str(first))
    moved = [list(GOOD[0]), list(GOOD[1])]
    moved[0][0], moved[0][2] = "18.10.2025", "Той самий меморандум"  # two days later
    moved[1][0] = "10.09.2024"  # nine days later: another agreement
    again = write_csv(tmp_path / "b.csv", [UK_HEADER, *moved], "utf-8", ";")
    code, _, err = run(capsys, "--catalog", str(catalogue), "import", str(again))
    assert code == 0
    assert "row 2: looks like record 1 'Меморандум про енергетику'; skipped" in err
    assert len(titles(catalogue)) == 3
    run(capsys, "--catalog", str(catalogue), "import", str(again), "--keep-duplicates")
    assert "Той самий меморандум" in titles(catalogue)


def test_an_xlsx_workbook_with_english_headers_and_date_cells_imports(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Signed", "Type", "Title", "Partner", "Amount (EUR)", "Comments"])
    sheet.append([dt.datetime(2025, 3, 4), "MoU", "Energy MoU", "Lithuania", 250000, "n"])
    sheet.append([2024, "treaty", "Old treaty", "Poland; NATO", None, None])
    book.save(tmp_path / "s.xlsx")
    with open_catalog(tmp_path / "c.pactum", create=True) as catalog:
        plan = plan_sheet(catalog, read_sheet(tmp_path / "s.xlsx"))
        assert not plan.problems
        report = import_plan(catalog, plan)
        assert report.added == 2
        rows = {r.title: r for r in catalog.list()}
    assert rows["Energy MoU"].signed_on == PartialDate(2025, 3, 4)
    assert rows["Old treaty"].signed_on == PartialDate(2024)
    assert set(rows["Old treaty"].parties) == {"PL", "NATO"}


def test_a_mapping_template_edited_maps_unknown_headers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = ["Коли", "Що", "З ким"]
    sheet = write_csv(
        tmp_path / "s.csv", [header, ["2025", "Протокол про X", "Литва"]], "utf-8", ","
    )
    template = tmp_path / "map.json"
    code, _, _ = run(capsys, "import", str(sheet), "--mapping-template", str(template))
    assert code == 0
    data = json.loads(template.read_text(encoding="utf-8"))
    assert data["columns"] == {"Коли": None, "Що": None, "З ким": None}
    data["columns"] = {"Коли": "signed_on", "Що": "title", "З ким": "parties"}
    template.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    catalogue = tmp_path / "c.pactum"
    code, _, err = run(
        capsys, "--catalog", str(catalogue), "import", str(sheet), "--mapping", str(template)
    )
    assert code == 0, err
    assert titles(catalogue) == ["Протокол про X"]


def test_a_sheet_without_a_title_column_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_csv(tmp_path / "s.csv", [["Дата", "Сторони"], ["2025", "LT"]], "utf-8", ",")
    code, _, err = run(capsys, "--catalog", str(tmp_path / "c.pactum"), "import", str(sheet))
    assert code == 1
    assert err.count("\n") == 1 and "no column holds the title" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04 not really a zip", "not a readable XLSX workbook"),
        (b"", "the sheet has no header row"),
    ],
)
def test_a_broken_sheet_is_one_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    sheet = tmp_path / ("s.xlsx" if content else "s.csv")
    sheet.write_bytes(content)
    code, _, err = run(capsys, "--catalog", str(tmp_path / "c.pactum"), "import", str(sheet))
    assert code == 1
    assert err.count("\n") == 1 and expected in err


def test_a_mistyped_delimiter_is_a_command_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", str(tmp_path / "s.csv"), "--delimiter", "|"])
    assert exited.value.code == 2

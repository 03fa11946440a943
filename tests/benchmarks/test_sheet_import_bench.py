"""Spreadsheet import benchmark (issue 18): a 10,000-row CSV and XLSX, read, planned against
a catalogue of 10,000 records (duplicate check included) and imported, with progress.

Target on the reference machine (2 cores): each import in 20 s or less. Run with
``nice -n 10 make bench`` (or ``pytest tests/benchmarks/test_sheet_import_bench.py -m
benchmark -s``).
"""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

import openpyxl
import pytest

from db import import_file, open_catalog
from desktop.sheets import import_plan, plan_sheet, read_sheet
from tests.benchmarks.generate import interchange_file

N = 10_000
TARGET_S = 20.0
PARTNERS = ("Литва", "Польща", "Germany", "США", "NATO", "Франція", "Japan", "Канада")
KINDS = ("угода", "меморандум", "MoU", "treaty", "спільна декларація")
HEADER = ["Дата", "Вид", "Назва", "Сторони", "Підписанти", "Теми", "Джерело", "Сума"]


def _rows() -> list[list[str]]:
    rng = random.Random(18)
    return [
        [
            f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{rng.randint(1995, 2024)}",
            rng.choice(KINDS),
            f"Документ {n} про співпрацю у сфері {rng.choice(['енергетики', 'оборони'])}",
            "; ".join(rng.sample(PARTNERS, rng.randint(1, 2))),
            "Зеленський (Президент); Шмигаль",
            "енергетика; безпека",
            f"https://example.org/{n}",
            f"{rng.randint(1, 900)} млн євро",
        ]
        for n in range(N)
    ]


class Counting:
    def __init__(self) -> None:
        self.calls = 0

    def set(self, done: int, total: int) -> None:
        self.calls += 1

    def cancelled(self) -> bool:
        return False


def _measure(tmp_path: Path, sheet: Path, name: str) -> None:
    catalogue = tmp_path / f"{name}.pactum"
    with open_catalog(catalogue, create=True, user="bench") as catalog:
        import_file(catalog, interchange_file(N))  # records already there: duplicates checked
        progress = Counting()
        started = time.perf_counter()
        plan = plan_sheet(catalog, read_sheet(sheet, progress=progress), progress=progress)
        planned = time.perf_counter() - started
        report = import_plan(catalog, plan, skip_bad_rows=True, progress=progress)
        total = time.perf_counter() - started
    assert report.added == N - len(plan.duplicates)
    assert progress.calls > 10
    print(
        f"\n{name}: {N:,} rows read and planned in {planned:.1f} s, imported in {total:.1f} s "
        f"(target {TARGET_S:.0f} s; ratio {total / TARGET_S:.2f}); "
        f"{len(plan.duplicates)} duplicates, {len(plan.bad_rows)} bad rows"
    )
    assert total <= TARGET_S


@pytest.mark.benchmark
def test_a_10000_row_csv_imports_within_20_seconds(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    with sheet.open("w", encoding="cp1251", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(_rows())
    _measure(tmp_path, sheet, "CSV (cp1251, ';')")


@pytest.mark.benchmark
def test_a_10000_row_xlsx_imports_within_20_seconds(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for row in _rows():
        sheet.append(row)
    book.save(tmp_path / "sheet.xlsx")
    _measure(tmp_path, tmp_path / "sheet.xlsx", "XLSX")

"""``pactum compare``, ``matrix``, ``duplicates`` and ``merge`` on a demo file."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

from db import open_catalog
from desktop.cli import main


def run(capsys, *argv: str) -> str:
    """Run ``pactum`` and return what it printed; it must succeed."""
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_compare_prints_marked_rows(demo_file: Path, capsys) -> None:
    out = run(capsys, "--catalog", str(demo_file), "compare", "1", "3")
    assert "= Subjects       joint production" in out
    assert "+ Commitments    [1] LT:" in out
    out = run(capsys, "--catalog", str(demo_file), "compare", "1", "3", "--json")
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == [1, 3]


def test_compare_to_csv_and_bad_counts(demo_file: Path, capsys, tmp_path: Path) -> None:
    target = tmp_path / "cmp.csv"
    assert main(["--catalog", str(demo_file), "compare", "1", "2", "3", "--csv", str(target)]) == 0
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0][0] == "mark" and len(rows[0]) == 5
    assert main(["--catalog", str(demo_file), "compare", "1"]) == 2


def test_compare_two_versions(demo_file: Path, capsys) -> None:
    with open_catalog(demo_file) as catalog:
        first = catalog.get(1)
        catalog.update(dataclasses.replace(first, place="Київ"))
    out = run(capsys, "--catalog", str(demo_file), "compare", "1", "--versions", "1", "2")
    assert "+ Place          [1] —" in out and "[2] Київ" in out


def test_matrix_outputs(demo_file: Path, capsys) -> None:
    out = run(capsys, "--catalog", str(demo_file), "matrix", "--by", "kind", "--json")
    data = json.loads(out)
    assert {r["partner"]: r["cells"] for r in data["rows"]} == {
        "CA": {"agreement": {"count": 1, "latest": "2025-08-24"}},
        "LT": {"letter_of_intent": {"count": 1, "latest": "2025-08-25"}},
        "SE": {"letter_of_intent": {"count": 1, "latest": "2025-08-23"}},
    }
    out = run(capsys, "--catalog", str(demo_file), "matrix", "--by", "subject", "--csv")
    assert out.splitlines()[0].startswith("partner,name,")


def test_duplicates_then_merge(demo_file: Path, capsys) -> None:
    out = run(capsys, "--catalog", str(demo_file), "duplicates", "--json")
    assert json.loads(out) == []
    out = run(
        capsys,
        "--catalog",
        str(demo_file),
        "duplicates",
        "--min-score",
        "60",
        "--days",
        "2",
        "--json",
    )
    assert json.loads(out) == []  # similar titles, but different partners
    out = run(capsys, "--catalog", str(demo_file), "merge", "1", "3", "--take", "title")
    assert "merged into" in out
    with open_catalog(demo_file) as catalog:
        assert catalog.get(1).title == catalog.get(3).title
        assert catalog.get(3).deleted_at is not None
    out = run(capsys, "--catalog", str(demo_file), "unmerge", "3")
    assert out.count("restored:") == 2
    with open_catalog(demo_file) as catalog:
        assert catalog.get(1).title != catalog.get(3).title
        assert catalog.count() == 3
    assert main(["--catalog", str(demo_file), "unmerge", "3"]) == 1
    assert "not in the trash" in capsys.readouterr().err


def test_comparison_and_matrix_as_pdf(demo_file: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    target = tmp_path / "cmp.pdf"
    args = ["--catalog", str(demo_file), "compare", "1", "3", "--lemmas", "--lang", "uk"]
    assert main([*args, "--pdf", str(target)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Порівняння" in text and "joint production" in text and "Литва (LT)" in text
    assert "≠" in text and "{~" not in text  # word forms in two columns, not markup
    assert "оборонну продукцію" in text and "оборонної продукції" in text
    matrix = tmp_path / "matrix.pdf"
    assert main(["--catalog", str(demo_file), "matrix", "--by", "kind", "--pdf", str(matrix)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(matrix).pages)
    assert "1 (2025-08-25)" in text and "лист про наміри" not in text  # English by default


def test_timeline(demo_file: Path, capsys) -> None:
    out = run(capsys, "--catalog", str(demo_file), "timeline", "se", "LT")
    assert out.splitlines()[0] == "SE (1 dated)"
    assert "2025-08-25  letter of intent" in out
    out = run(capsys, "--catalog", str(demo_file), "timeline", "LT", "--csv")
    assert out.splitlines()[1].startswith("LT,1,2025-08-25,letter_of_intent,")


def test_duplicates_refuses_a_window_that_is_negative_or_past_the_calendar(
    demo_file: Path, capsys
) -> None:
    with open_catalog(demo_file) as catalog:  # a twin, so the window is used
        twin = catalog.get(1)
        catalog.add(dataclasses.replace(twin, id=None, uuid="", relations=()))
    for days in ("-1", "3000000", "1" + "0" * 20):
        try:
            code = main(["--catalog", str(demo_file), "duplicates", "--days", days])
        except SystemExit as exit:  # argparse refuses a bad option value
            code = exit.code
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err and "--days" in err

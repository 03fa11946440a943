"""The side-by-side view: marks shown in text, opening a record, CSV export."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from db import Catalog
from desktop.ui.compare.compare_view import CompareView, ComparisonModel

LT, SE = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01", "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"


def shown(view: CompareView) -> list[list[str]]:
    model = view.table.model()
    return [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def marked_runs(view: CompareView, column: int) -> list[tuple[str, str]]:
    """The marked words of the diffs' ``column`` (0: first document, 1: the other), each
    with how it is marked: by the line through or under it, or italics (what prints)."""
    document = view.diffs.document()
    found = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is not None and table.cellAt(cursor).column() == column:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                form = fragment.charFormat()
                mark = (
                    "removed"
                    if form.fontStrikeOut()
                    else "added"
                    if form.fontUnderline()
                    else "inflected"
                    if form.fontItalic()
                    else None
                )
                if mark:
                    found += [(word, mark) for word in fragment.text().split()]
                it += 1
        block = block.next()
    return found


def test_the_word_diff_shows_two_columns_marked_for_print(qtbot, demo: Catalog) -> None:
    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    removed, added = marked_runs(view, 0), marked_runs(view, 1)
    assert ("Литва", "removed") in removed
    assert all(mark == "removed" for _, mark in removed)
    assert ("Швецією", "added") in added and all(mark == "added" for _, mark in added)
    html = view.diffs.toHtml()
    assert "#a3201a" in html and "#17692b" in html  # and coloured on screen


def test_two_letters_show_what_is_shared_and_what_only_one_has(qtbot, demo: Catalog) -> None:
    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    rows = shown(view)
    assert ["=", "Subjects", "joint production", "joint production"] in rows
    (commitment,) = [r for r in rows if r[1] == "Commitments"]
    assert commitment[0] == "+" and commitment[2].startswith("LT: ") and commitment[3] == "—"
    assert "[-" not in view.diffs.toPlainText() and "{+" not in view.diffs.toPlainText()


def test_word_forms_toggle_redoes_the_diff(qtbot, demo: Catalog) -> None:
    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    assert ("оборонну", "removed") in marked_runs(view, 0)
    view.lemmas.setChecked(True)
    assert ("оборонну", "inflected") in marked_runs(view, 0)
    assert ("оборонної", "inflected") in marked_runs(view, 1)


def test_open_and_export(qtbot, demo: Catalog, tmp_path: Path) -> None:
    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.openRequested) as opened:
        view.table.doubleClicked.emit(view.model.index(0, ComparisonModel.FIRST_DOCUMENT + 1))
    assert opened.args == [demo.get(SE).id]
    target = tmp_path / "cmp.csv"
    view.ask_csv_path = lambda: target
    with qtbot.waitSignal(view.exported):
        view.export_button.click()
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert ["same (=)", "Subjects", "joint production", "joint production"] in rows


def test_a_file_that_cannot_be_written_is_reported(qtbot, demo: Catalog, tmp_path: Path) -> None:
    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    warnings: list[str] = []
    view.warn = warnings.append
    view.ask_csv_path = lambda: tmp_path / "no such folder" / "cmp.csv"
    with qtbot.assertNotEmitted(view.exported):
        view.export_button.click()
    assert len(warnings) == 1 and "no such folder" in warnings[0]


def test_the_pdf_prints_the_word_diff_in_two_columns(qtbot, demo: Catalog, tmp_path) -> None:
    from pypdf import PdfReader

    view = CompareView([demo.get(LT), demo.get(SE)], lang="uk")
    qtbot.addWidget(view)
    target = tmp_path / "cmp.pdf"
    view.ask_pdf_path = lambda: target
    with qtbot.waitSignal(view.exported):
        view.pdf_button.click()
    chunks: list[tuple[str, float]] = []
    pages = PdfReader(target).pages
    half = float(pages[0].mediabox.width) / 2
    for page in pages:
        page.extract_text(visitor_text=lambda t, cm, tm, _f, _s: chunks.append((t, cm[4] + tm[4])))
    text = "".join(t for t, _ in chunks)
    assert "[-" not in text and "{+" not in text
    assert "перший документ ліворуч" in text
    diff = chunks[next(n for n, (t, _) in enumerate(chunks) if "⟷" in t) :]
    assert any("Литва спільно" in t and x < half for t, x in diff)  # the first, on the left
    assert any("Швецією" in t and x > half for t, x in diff)  # the other, on the right


def test_exports_are_named_for_the_partners_and_the_day(qtbot, demo: Catalog) -> None:
    import datetime as dt

    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    today = dt.date.today().isoformat()
    assert view.file_name("pdf") == f"compare-LT-SE-UA-{today}.pdf"
    assert view.file_name("csv") == f"compare-LT-SE-UA-{today}.csv"

"""The side-by-side view: marks shown in text, opening a record, CSV export."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from db import Catalog
from desktop.ui.compare.compare_view import CompareView, ComparisonModel

LT, SE = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01", "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"


def shown(view: CompareView) -> list[list[str]]:
    model = view.table.model()
    return [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_two_letters_show_what_is_shared_and_what_only_one_has(qtbot, demo: Catalog) -> None:
    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    rows = shown(view)
    assert ["=", "Subjects", "joint production", "joint production"] in rows
    (commitment,) = [r for r in rows if r[1] == "Commitments"]
    assert commitment[0] == "+" and commitment[2].startswith("LT: ") and commitment[3] == "—"
    assert "<s>[-" in view.diffs.toHtml() or "[-" in view.diffs.toPlainText()


def test_word_forms_toggle_redoes_the_diff(qtbot, demo: Catalog) -> None:
    view = CompareView([demo.get(LT), demo.get(SE)])
    qtbot.addWidget(view)
    assert "{~" not in view.diffs.toPlainText()
    view.lemmas.setChecked(True)
    assert "{~оборонну→оборонної~}" in view.diffs.toPlainText()


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

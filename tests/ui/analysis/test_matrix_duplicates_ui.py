"""The matrix view (click → filters, export) and the duplicates dialog (choose, merge, undo)."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from db import CONTENT_FIELDS, Catalog, Filters, Kind, PartialDate
from db.features.matrix import MatrixAxis
from db.features.merge import Side, undo_merge
from desktop.compare.duplicates import find_duplicates
from desktop.compare.matrix import build_matrix
from desktop.ui.analysis.matrix_view import MatrixView
from desktop.ui.compare.duplicates_dialog import DuplicatesDialog

LT = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01"


def test_matrix_click_asks_for_the_cell_records(qtbot, demo: Catalog, tmp_path: Path) -> None:
    view = MatrixView(lambda axis: build_matrix(demo, axis))
    qtbot.addWidget(view)
    model = view.model
    partners = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert partners == ["Canada (CA)", "Lithuania (LT)", "Sweden (SE)"]
    row, column = 1, view.model.matrix.columns.index(str(Kind.LETTER_OF_INTENT))
    assert model.index(row, column).data() == "1 (2025-08-25)"
    with qtbot.waitSignal(view.filterRequested) as clicked:
        view.table.clicked.emit(model.index(row, column))
    assert clicked.args == [Filters(partners=("UA", "LT"), kinds=(Kind.LETTER_OF_INTENT,))]
    view.axis.setCurrentIndex(view.axis.findData(MatrixAxis.SUBJECT))
    assert "joint production" in view.model.matrix.columns
    target = tmp_path / "m.csv"
    view.ask_csv_path = lambda: target
    view.export_button.click()
    assert next(csv.reader(target.open(encoding="utf-8")))[:2] == ["partner", "name"]


def content(a):
    return {f: getattr(a, f) for f in CONTENT_FIELDS}


def test_merge_two_duplicates_then_undo(qtbot, demo: Catalog) -> None:
    lt = demo.get(LT)
    copy = demo.add(
        dataclasses.replace(
            lt,
            uuid="",
            id=None,
            title=lt.title + " (Литва)",
            signed_on=PartialDate(2025, 8, 26),
            subjects=("joint production", "drones"),
        )
    )
    before = (demo.get(lt.id), demo.get(copy.id))
    dialog = DuplicatesDialog(demo, find_duplicates(demo))
    qtbot.addWidget(dialog)
    assert dialog.pairs.count() == 1
    assert dialog.fields.item(0, dialog.FIELD).text() == "= Kind"
    dialog.choose("signed_on", Side.RIGHT)
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.merge_button.click()
    result = merged.args[0]
    assert dialog.pairs.count() == 0
    kept = demo.get(lt.id)
    assert kept.signed_on == PartialDate(2025, 8, 26) and kept.title == lt.title
    assert "drones" in kept.subjects and demo.get(copy.id).deleted_at is not None
    undo_merge(demo, result)
    after = (demo.get(lt.id), demo.get(copy.id))
    assert [content(a) for a in after] == [content(b) for b in before]
    assert all(a.deleted_at is None for a in after)


def test_a_stale_pair_is_refused_and_reported(qtbot, demo: Catalog) -> None:
    lt = demo.get(LT)
    demo.add(dataclasses.replace(lt, uuid="", id=None, signed_on=PartialDate(2025, 8, 24)))
    dialog = DuplicatesDialog(demo, find_duplicates(demo))
    qtbot.addWidget(dialog)
    demo.update(dataclasses.replace(demo.get(lt.id), place="Київ"))
    errors = []
    dialog.show_error = errors.append
    dialog.merge_button.click()
    assert errors and demo.count() == 4

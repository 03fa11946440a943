"""The partnership matrix drives the table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db import Filters, Kind
from desktop.ui.analysis.matrix_view import MatrixView
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT


def test_matrix_cell_click_filters_the_table(window: MainWindow, qtbot) -> None:
    window.search_box.setText("Канада")
    window.search_box.flush()
    assert window.model.rowCount() == 1
    window.actions_[Act.MATRIX].trigger()
    view = window.findChild(MatrixView)
    assert view is not None and view.isVisible()
    model = view.model
    row = model.matrix.partners.index("LT")
    column = model.matrix.columns.index(str(Kind.LETTER_OF_INTENT))
    index = model.index(row, column)
    view.table.scrollTo(index)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    assert window.model.filters == Filters(partners=("UA", "LT"), kinds=(Kind.LETTER_OF_INTENT,))
    assert window.search_box.text() == "" and window.model.ids_source is None
    assert [window.model.row_at(r).uuid for r in range(window.model.rowCount())] == [LT]
    assert window.counts.text() == "1 shown of 3"
    lt = window.facets.find_item("partner", "LT")
    assert lt is not None and lt.checkState(0) == Qt.CheckState.Checked
    assert window.features.show_matrix() is view  # one matrix window, raised again

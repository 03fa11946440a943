"""Compare from the window: the selected records, exported through the prompter."""

from __future__ import annotations

from desktop.ui.compare.compare_view import CompareView
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import CA, LT, SE, select


def test_compare_selected_shows_the_differences(window: MainWindow, qtbot, prompter) -> None:
    select(window, LT)
    assert not window.actions_[Act.COMPARE].isEnabled()  # one record: nothing to compare
    select(window, LT, SE)
    assert window.actions_[Act.COMPARE].isEnabled()
    window.actions_[Act.COMPARE].trigger()
    view = window.findChild(CompareView)
    assert view is not None and view.isVisible() and view.isWindow()
    model = view.table.model()
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert ["=", "Subjects", "joint production", "joint production"] in rows
    (commitment,) = [r for r in rows if r[1] == "Commitments"]
    lt_column = 2 + [d.uuid for d in view.comparison.documents].index(LT)
    assert commitment[0] == "+" and commitment[lt_column].startswith("LT: ")
    assert commitment[5 - lt_column] == "—"

    se_id = window.catalog.get(SE).id
    select(window, CA)
    view.which.setCurrentIndex(view.which.findData(se_id))
    view.open_button.click()
    assert window.current.selected_id() == se_id


def test_compare_exports_pdf_and_csv_through_the_prompter(window, qtbot, prompter, tmp_path):
    select(window, LT, SE, CA)
    view = window.features.compare_selected()
    assert len(view.comparison.documents) == 3
    prompter.paths += [tmp_path / "c.pdf", tmp_path / "c.csv"]
    view.pdf_button.click()
    view.export_button.click()
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    assert "joint production" in (tmp_path / "c.csv").read_text(encoding="utf-8")

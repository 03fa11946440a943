"""The feature dialogs opened from the window's menus, through the real widgets."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from db import CONTENT_FIELDS, Catalog, Filters, Kind, PartialDate, open_catalog
from desktop.about import APP_ID
from desktop.ui.about.about_dialog import AboutDialog
from desktop.ui.analysis.matrix_view import MatrixView
from desktop.ui.article.article_dialog import ArticleDialog
from desktop.ui.briefing.briefing_dialog import BriefingDialog
from desktop.ui.compare.compare_view import CompareView
from desktop.ui.compare.duplicates_dialog import DuplicatesDialog
from desktop.ui.ops.runner import SyncRunner
from desktop.ui.records.history_dialog import HistoryDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.app import make_application
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.conftest import CORPUS
from tests.ui.conftest import ScriptedPrompter

LT, CA, SE = (f"6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a0{n}" for n in (1, 2, 3))
SAMPLE = (CORPUS / "seed-article-uk.txt").read_text(encoding="utf-8")


def make_window(qtbot, catalog: Catalog, prompter: ScriptedPrompter) -> MainWindow:
    window = MainWindow(catalog, Settings({}), SyncRunner(lambda: catalog), prompter, lang="en")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def blank(qtbot, catalog: Catalog, prompter: ScriptedPrompter) -> MainWindow:
    """A window on an empty catalogue (in a file: tests/ui/conftest.py)."""
    return make_window(qtbot, catalog, prompter)


@pytest.fixture
def on_disk(qtbot, demo_file: Path, prompter: ScriptedPrompter) -> Iterator[MainWindow]:
    """A window on the demo catalogue in a file."""
    catalog = open_catalog(demo_file, user="tester")
    yield make_window(qtbot, catalog, prompter)
    catalog.close()


def select(window: MainWindow, *uuids: str) -> None:
    """Select these records' rows, as Ctrl+click on each would."""
    selection = window.table.selectionModel()
    selection.clearSelection()
    for uuid in uuids:
        row = window.model.row_of(window.catalog.get(uuid).id)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(window.model.index(row, 0), flags)


def titles(window: MainWindow) -> list[str]:
    return [window.model.row_at(r).title for r in range(window.model.rowCount())]


def content(record) -> dict:
    return {f: getattr(record, f) for f in CONTENT_FIELDS}


def test_menus_hold_the_features(window: MainWindow) -> None:
    menus = {
        entry.text(): [a.text() for a in entry.menu().actions() if not a.isSeparator()]
        for entry in window.menuBar().actions()
    }
    assert "New from &Article…" in menus["&File"] and "Export &Briefing…" in menus["&File"]
    assert menus["&Tools"] == [
        "&Compare Selected",
        "Find &Duplicates…",
        "C&heck Catalogue",
        "&Backups…",
    ]
    assert "Partnership &Matrix" in menus["&View"] and "&History…" in menus["&Edit"]
    assert menus["&Help"] == ["&About Pactum"]


def test_article_acceptance_is_one_undo_step(blank: MainWindow, qtbot) -> None:
    blank.actions_[Act.NEW_FROM_ARTICLE].trigger()
    dialog = blank.findChild(ArticleDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.text.setPlainText(SAMPLE)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 3
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # the Canadian one stays out
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    catalog = blank.catalog
    assert blank.model.rowCount() == 2 and blank.counts.text() == "2 shown of 2"
    assert blank.undo_stack.count() == 1
    assert blank.undo_stack.undoText() == "Add 2 record(s) from an article"
    added = [catalog.get(i) for i in catalog.ids(Filters())]

    blank.actions_[Act.UNDO].trigger()
    assert blank.model.rowCount() == 0 and blank.counts.text() == "0 shown of 0"
    assert catalog.count(Filters(trash=True)) == 2
    assert all(catalog.get(a.id).deleted_at is not None for a in added)

    blank.actions_[Act.REDO].trigger()
    assert sorted(titles(blank)) == sorted(a.title for a in added)
    assert [content(catalog.get(a.id)) for a in added] == [content(a) for a in added]
    assert blank.facets.find_item("partner", "LT") is not None


def test_article_as_a_source_is_undone_too(window: MainWindow, qtbot) -> None:
    """On the demo catalogue the article's documents are known: adding it as a source of
    the Lithuanian letter is undone by putting the letter's sources back."""
    before = window.catalog.get(LT)
    dialog = window.features.new_from_article()
    dialog.text.setPlainText(SAMPLE)
    dialog.read_text()
    assert dialog.checked_rows() == []  # all three look like known records
    dialog.list.setCurrentRow(0)
    dialog.as_source.setChecked(True)
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept_checked()
    (updated,) = dialog.result_report.updated
    assert updated.uuid == LT and len(updated.sources) > len(before.sources)
    window.undo_stack.undo()
    assert content(window.catalog.get(LT)) == content(before)
    window.undo_stack.redo()
    assert window.catalog.get(LT).sources == updated.sources


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
    assert window.selected_id() == se_id


def test_compare_exports_pdf_and_csv_through_the_prompter(window, qtbot, prompter, tmp_path):
    select(window, LT, SE, CA)
    view = window.features.compare_selected()
    assert len(view.comparison.documents) == 3
    prompter.paths += [tmp_path / "c.pdf", tmp_path / "c.csv"]
    view.pdf_button.click()
    view.export_button.click()
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    assert "joint production" in (tmp_path / "c.csv").read_text(encoding="utf-8")


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


def test_merge_duplicates_then_undo_and_redo(window: MainWindow, qtbot) -> None:
    catalog = window.catalog
    lt = catalog.get(LT)
    copy = catalog.add(
        dataclasses.replace(
            lt, uuid="", id=None, title=lt.title + " (Литва)", signed_on=PartialDate(2025, 8, 26)
        )
    )
    window.refresh()
    before = [content(catalog.get(i)) for i in (lt.id, copy.id)]
    window.actions_[Act.DUPLICATES].trigger()
    dialog = window.findChild(DuplicatesDialog)
    assert dialog is not None and dialog.pairs.count() == 1
    dialog.choose("signed_on", dialog.choices()["signed_on"].RIGHT)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert catalog.get(copy.id).deleted_at is not None
    assert catalog.get(lt.id).signed_on == PartialDate(2025, 8, 26)
    assert window.model.rowCount() == 3 and window.undo_stack.count() == 1

    window.actions_[Act.UNDO].trigger()
    after = [catalog.get(i) for i in (lt.id, copy.id)]
    assert [content(a) for a in after] == before
    assert all(a.deleted_at is None for a in after) and window.model.rowCount() == 4

    window.actions_[Act.REDO].trigger()
    assert catalog.get(copy.id).deleted_at is not None
    assert catalog.get(lt.id).signed_on == PartialDate(2025, 8, 26)
    window.actions_[Act.UNDO].trigger()
    assert [content(catalog.get(i)) for i in (lt.id, copy.id)] == before


def test_no_duplicates_is_said(window: MainWindow, prompter) -> None:
    window.actions_[Act.DUPLICATES].trigger()
    assert window.findChild(DuplicatesDialog) is None
    assert prompter.infos == [("Find Duplicates", "No likely duplicates.")]


def test_history_compares_versions_and_restores_a_field(window: MainWindow, qtbot) -> None:
    catalog = window.catalog
    original = catalog.get(LT)
    catalog.update(dataclasses.replace(original, title="Нова назва", place="Вільнюс"))
    window.refresh()
    select(window, LT)
    window.actions_[Act.HISTORY].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.older.count() == 2 and dialog.older.currentData() == original.version
    rows = {r.field: r for r in dialog.model.comparison.rows}
    assert str(rows["title"].mark) == "≠"
    assert rows["title"].cells == (original.title, "Нова назва")

    dialog.select_field("title")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = catalog.get(LT)
    assert (restored.title, restored.place) == (original.title, "Вільнюс")
    assert dialog.newer.count() == 3 and "Title restored" in dialog.message.text()
    assert window.undo_stack.undoText() == f"Restore Title of “{original.title}”"
    assert original.title in window.view.toPlainText()

    window.actions_[Act.UNDO].trigger()
    assert catalog.get(LT).title == "Нова назва"
    window.actions_[Act.REDO].trigger()
    assert catalog.get(LT).title == original.title


def test_history_refuses_a_field_that_did_not_change(window: MainWindow) -> None:
    catalog = window.catalog
    catalog.update(dataclasses.replace(catalog.get(LT), place="Вільнюс"))
    select(window, LT)
    dialog = window.features.show_history()
    dialog.select_field("title")
    dialog.restore_selected()
    assert "same in both" in dialog.message.text() and window.undo_stack.count() == 0


def test_about_shows_version_catalogue_schema_and_licences(window: MainWindow) -> None:
    window.actions_[Act.ABOUT].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    about = dialog.about
    assert f"Pactum {about.version}" in text and window.catalog.path.name in text
    assert f"latest: {about.schema[-1]}" in text
    assert "PySide6" in text and "reportlab" in text.lower()
    assert "DejaVu" in text and "Bitstream-Vera" in text
    assert make_application().desktopFileName() == APP_ID == QApplication.desktopFileName()


def test_briefing_uses_the_window_worker_and_the_chosen_partners(
    on_disk: MainWindow, qtbot, prompter, tmp_path
) -> None:
    """The dialog opens no connection or thread of its own: it builds on the window's."""
    on_disk.apply_filters(Filters(partners=("LT",)))
    on_disk.actions_[Act.EXPORT_BRIEFING].trigger()
    dialog = on_disk.findChild(BriefingDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.checked_partners() == ["LT"]
    assert dialog._ops is on_disk.ops and dialog._own_runner is None
    prompter.paths.append(tmp_path / "lt.pdf")
    dialog._choose_output()
    assert dialog.output.text() == str(tmp_path / "lt.pdf")
    dialog.reject()
    assert on_disk.catalog.count() == 3  # the window's connection is untouched


def test_briefing_takes_the_selected_records_partners(window: MainWindow) -> None:
    select(window, LT, SE)
    dialog = window.features.export_briefing()
    assert sorted(dialog.checked_partners()) == ["LT", "SE"]
    dialog.reject()


def test_delete_trashes_every_selected_record_as_one_step(window: MainWindow, qtbot) -> None:
    select(window, LT, SE)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert [window.model.row_at(r).uuid for r in range(window.model.rowCount())] == [CA]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Delete 2 agreement(s)"
    window.actions_[Act.UNDO].trigger()
    assert window.model.rowCount() == 3 and window.catalog.count() == 3


def test_article_file_that_cannot_be_read_is_a_message(qtbot, catalog, tmp_path) -> None:
    bad = tmp_path / "article.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8 \x81")
    dialog = ArticleDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: str(bad)
    dialog.open_file()
    assert "UTF-8" in dialog.message.text()
    assert dialog.text.toPlainText() == ""

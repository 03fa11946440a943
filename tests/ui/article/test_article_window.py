"""New from Article in the window: acceptance, undo, unreadable files."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db import Filters
from desktop.ui.article.article_dialog import ArticleDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT, SAMPLE, content, titles


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


def test_article_file_that_cannot_be_read_is_a_message(qtbot, catalog, tmp_path) -> None:
    bad = tmp_path / "article.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8 \x81")
    dialog = ArticleDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: str(bad)
    dialog.open_file()
    assert "UTF-8" in dialog.message.text()
    assert dialog.text.toPlainText() == ""

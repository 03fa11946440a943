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


def test_accept_all_asks_about_each_likely_duplicate(window: MainWindow) -> None:
    """On the demo catalogue all three drafts look like known records: Accept all asks
    about each — here add the first anyway, the second as a source, skip the third."""
    from desktop.ui.article.duplicate_question import DuplicateChoice

    before = window.catalog.count()
    dialog = window.features.new_from_article()
    dialog.text.setPlainText(SAMPLE)
    dialog.read_text()
    answers = [DuplicateChoice.ADD, DuplicateChoice.AS_SOURCE, DuplicateChoice.SKIP]
    asked: list[int] = []
    dialog.ask_duplicate = lambda row: (asked.append(row), answers[row])[1]
    dialog.accept_all()
    assert asked == [0, 1, 2]
    report = dialog.result_report
    assert len(report.added) == 1 and len(report.updated) == 1
    assert window.catalog.count() == before + 1
    assert window.undo_stack.count() == 1


def test_cancel_in_the_question_stops_accept_all(window: MainWindow) -> None:
    from desktop.ui.article.duplicate_question import DuplicateChoice

    dialog = window.features.new_from_article()
    dialog.text.setPlainText(SAMPLE)
    dialog.read_text()
    dialog.ask_duplicate = lambda row: DuplicateChoice.CANCEL
    dialog.accept_all()
    assert dialog.isVisible() and dialog.result_report is None
    assert window.undo_stack.count() == 0

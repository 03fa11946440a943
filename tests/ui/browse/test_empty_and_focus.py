"""The table says what to do next when it shows nothing; focus starts in the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.article.article_dialog import ArticleDialog
from desktop.ui.browse.empty_hint import EmptyHint
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow


def test_an_empty_catalogue_offers_what_to_do_next(blank: MainWindow, qtbot) -> None:
    hint = blank.findChild(EmptyHint)
    assert hint is not None and hint.isVisible()
    text = hint.text()
    assert "This catalogue is empty." in text and "Ctrl+Shift+N" in text and "Ctrl+I" in text
    assert hint.parent() is blank.table.viewport()  # in the table area
    with qtbot.waitSignal(blank.actions_[Act.NEW_FROM_ARTICLE].triggered):
        hint.linkActivated.emit("NEW_FROM_ARTICLE")
    blank.findChild(ArticleDialog).close()


def test_filters_that_leave_nothing_offer_to_clear_them(window: MainWindow, qtbot) -> None:
    hint = window.findChild(EmptyHint)
    assert not hint.isVisible()
    for facet, value in (("partner", "LT"), ("partner", "CA")):
        with qtbot.waitSignal(window.facets.filters_changed):
            window.facets.toggle(window.facets.find_item(facet, value))
    assert window.model.rowCount() == 0 and hint.isVisible()
    assert "Clear filters (Ctrl+Shift+L)" in hint.text()
    with qtbot.waitSignal(window.facets.filters_changed):
        hint.linkActivated.emit("CLEAR_FILTERS")
    assert window.model.rowCount() == 3 and not hint.isVisible()


def test_focus_starts_in_the_table_not_the_facets(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.table


def test_short_columns_show_their_header_and_values_whole(window: MainWindow) -> None:
    from PySide6.QtGui import QFontMetrics

    table = window.table
    header, fm = table.horizontalHeader(), QFontMetrics(table.font())
    heads = QFontMetrics(header.font())
    for column, value in ((0, "2025-08-25"), (1, "joint declaration"), (4, "superseded")):
        title = window.model.headerData(column, Qt.Orientation.Horizontal)
        room = header.sectionSize(column) - 12
        assert heads.horizontalAdvance(title) < room and fm.horizontalAdvance(value) < room
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert window.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "letter of intent"


def test_the_trash_shows_no_match_column(window: MainWindow) -> None:
    from desktop.ui.browse.table_model import MATCH

    dialog = window.show_trash()
    assert dialog.table.isColumnHidden(MATCH) and not dialog.table.isColumnHidden(2)
    dialog.close()


def test_tab_from_the_empty_table_reaches_the_offer_and_enter_follows_it(
    window: MainWindow, qtbot
) -> None:
    for facet, value in (("partner", "LT"), ("partner", "CA")):
        with qtbot.waitSignal(window.facets.filters_changed):
            window.facets.toggle(window.facets.find_item(facet, value))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    hint = window.findChild(EmptyHint)
    assert QApplication.focusWidget() is hint
    with qtbot.waitSignal(window.facets.filters_changed):
        qtbot.keyClick(hint, Qt.Key.Key_Return)
    assert window.model.rowCount() == 3

"""Browsing: facets filter, columns sort, links go to the browser, files are checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from db import Filters, open_catalog
from db.features.interchange import export_file
from desktop.ui.browse.table_model import COLUMNS
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow


def test_partner_facet_filters_and_clear_restores(window: MainWindow, qtbot) -> None:
    item = window.facets.find_item("partner", "LT")
    assert item is not None and "Lithuania" in item.text(0)
    with qtbot.waitSignal(window.facets.filters_changed):
        window.facets.toggle(item)
    assert window.model.filters == Filters(partners=("LT",))
    assert window.model.rowCount() == 1
    assert window.counts.text() == "1 shown of 3"
    assert window.facets.count_of("kind", "agreement") == 0  # counts follow the filters
    with qtbot.waitSignal(window.facets.filters_changed):
        window.facets.toggle(window.facets.find_item("kind", "letter_of_intent"))
    assert window.model.filters.kinds == ("letter_of_intent",)  # facets combine
    assert window.model.rowCount() == 1
    with qtbot.waitSignal(window.facets.filters_changed):
        window.actions_[Act.CLEAR_FILTERS].trigger()
    assert window.model.rowCount() == 3


def test_clicking_a_facet_value_with_the_mouse(window: MainWindow, qtbot) -> None:
    item = window.facets.find_item("partner", "CA")
    rect = window.facets.visualItemRect(item)
    with qtbot.waitSignal(window.facets.filters_changed) as blocker:
        qtbot.mouseClick(window.facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].partners == ("CA",)
    assert window.model.rowCount() == 1


def test_sorting_a_column(window: MainWindow) -> None:
    title = COLUMNS.index(COLUMNS[2])
    window.table.sortByColumn(title, Qt.SortOrder.AscendingOrder)
    shown = [window.model.row_at(r).title for r in range(3)]
    assert shown == sorted(shown, key=str.casefold)
    window.table.sortByColumn(title, Qt.SortOrder.DescendingOrder)
    assert [window.model.row_at(r).title for r in range(3)] == shown[::-1]
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dates = [str(window.model.row_at(r).signed_on) for r in range(3)]
    assert dates == ["2025-08-23", "2025-08-24", "2025-08-25"]


def test_search_box_finds_word_forms(window: MainWindow, qtbot) -> None:
    window.actions_[Act.FIND].trigger()
    assert window.search_box.hasFocus() or window.focusWidget() is window.search_box
    with qtbot.waitSignal(window.search_box.search_changed):
        window.search_box.insert("Литвою")  # a word form: search knows Ukrainian
    assert window.model.rowCount() == 1
    assert "LT" in window.model.row_at(0).parties
    assert not window.table.isSortingEnabled()  # results stay in relevance order
    with qtbot.waitSignal(window.search_box.search_changed):
        window.search_box.clear()
    assert window.model.rowCount() == 3 and window.table.isSortingEnabled()


def test_source_links_go_to_the_system_browser(window: MainWindow, prompter) -> None:
    from PySide6.QtCore import QUrl

    window.view.anchorClicked.emit(QUrl("https://example.org/news"))
    assert prompter.opened == [QUrl("https://example.org/news")]


def test_opening_a_non_catalogue_says_so_and_leaves_it(window, prompter, tmp_path: Path) -> None:
    text = tmp_path / "notes.pactum"
    text.write_text("не каталог", encoding="utf-8")
    before = text.read_bytes()
    prompter.paths.append(text)
    window.actions_[Act.OPEN_CATALOGUE].trigger()
    assert prompter.errors and "not a Pactum catalogue" in prompter.errors[0][1]
    assert text.read_bytes() == before
    assert window.model.rowCount() == 3


def test_new_open_export_import(window, prompter, tmp_path: Path, demo_file: Path) -> None:
    exported = tmp_path / "all.json"
    prompter.paths.append(exported)
    window.actions_[Act.EXPORT].trigger()
    assert exported.exists() and "Exported 3" in prompter.infos[-1][1]
    prompter.paths.append(tmp_path / "fresh")
    window.actions_[Act.NEW_CATALOGUE].trigger()
    assert window.catalog.path == tmp_path / "fresh.pactum"
    assert window.model.rowCount() == 0
    prompter.paths.append(exported)
    window.actions_[Act.IMPORT].trigger()
    assert window.model.rowCount() == 3
    copy = tmp_path / "copy.pactum"
    prompter.paths.append(copy)
    window.actions_[Act.SAVE_COPY].trigger()
    with open_catalog(copy) as opened:
        assert opened.count() == 3
    assert window.settings.recent_files[0] == (tmp_path / "fresh.pactum").resolve()
    assert window.files.open_catalogue(demo_file)
    assert window.catalog.path == demo_file
    assert export_file is not None


def test_open_recent_lists_files_and_opens_one(window, demo_file: Path) -> None:
    window.settings.add_recent(demo_file)
    window.recent_menu.aboutToShow.emit()
    entries = window.recent_menu.actions()
    assert [a.text() for a in entries] == [str(demo_file.resolve())]
    entries[0].trigger()
    assert window.catalog.path == demo_file.resolve()
    assert window.counts.text() == "3 shown of 3"

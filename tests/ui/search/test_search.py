"""Searching in the window: as you type, chips, order, snippets, saved searches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from db import Agreement, Catalog, Filters, Kind, PartialDate, Party, open_catalog
from db.search import saved_searches, search
from desktop.ui.browse.table_model import MATCH, PAGE, SNIPPET_ROLE, CatalogueModel
from desktop.ui.ops.runner import SyncRunner, ThreadRunner
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.ui.conftest import ScriptedPrompter


def type_keys(widget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_query(window: MainWindow, qtbot, text: str) -> None:
    """Type ``text`` into the field as a user would and wait for the debounced search."""
    window.actions_[Act.FIND].trigger()
    window.search_box.clear()
    with qtbot.waitSignal(window.search_box.search_changed, timeout=3000) as blocker:
        type_keys(window.search_box, text)
    assert blocker.args == [text.strip(), True]  # a pause in typing: an as-you-type search


def shown(window: MainWindow) -> list:
    return [window.model.row_at(r) for r in range(window.model.rowCount())]


def chip_texts(window: MainWindow) -> list[str]:
    return [chip.label.text() for chip in window.search_bar.chip_widgets]


def test_typing_litva_shows_the_lithuanian_letter_of_intent(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, "Литва")
    rows = shown(window)
    assert len(rows) == 1
    assert rows[0].parties == ("UA", "LT") or "LT" in rows[0].parties
    assert rows[0].kind == Kind.LETTER_OF_INTENT
    assert window.search_bar.isVisible() and not window.table.isColumnHidden(MATCH)
    assert window.counts.text() == "1 shown of 3"
    parts = window.model.index(0, MATCH).data(SNIPPET_ROLE)
    matched = [text for text, hit in parts if hit]
    assert matched and all(word.startswith("Лит") for word in matched)
    assert window.search_bar.found.text().strip() == "1 found"


def test_a_latin_name_finds_all_three_documents(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, "Shmyhal")
    assert len(shown(window)) == 3
    for row in range(3):  # every row says where "Шмигаль" matched, in bold
        parts = window.model.index(row, MATCH).data(SNIPPET_ROLE)
        assert any(hit and text.startswith("Шмига") for text, hit in parts)
    assert not window.table.isSortingEnabled()  # results keep their own order


def test_a_prefix_finds_while_typing_and_enter_searches_words_as_they_are(
    window: MainWindow, qtbot
) -> None:
    type_query(window, qtbot, "Лит")
    assert len(shown(window)) == 1  # "Лит…" already finds Литва while typing
    with qtbot.waitSignal(window.search_box.search_changed) as blocker:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert blocker.args == ["Лит", False]
    assert shown(window) == []  # no word "Лит" on its own


def test_chips_show_the_parse_and_removing_one_searches_again(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, "partner:LT kind:loi")
    assert chip_texts(window) == ["Partner: Lithuania", "Kind: letter of intent"]
    assert len(shown(window)) == 1
    partner = window.search_bar.chip_widgets[0]
    qtbot.mouseClick(partner.remove_button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "kind:loi"
    assert chip_texts(window) == ["Kind: letter of intent"]
    assert {row.kind for row in shown(window)} == {Kind.LETTER_OF_INTENT}
    assert len(shown(window)) == 2  # the two letters of intent
    qtbot.mouseClick(window.search_bar.chip_widgets[0].remove_button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "" and len(shown(window)) == 3
    assert not window.search_bar.isVisible() and window.table.isSortingEnabled()


def test_chips_speak_the_interface_language(qtbot, demo: Catalog, prompter) -> None:
    window = MainWindow(demo, Settings({}), SyncRunner(lambda: demo), prompter, lang="uk")
    qtbot.addWidget(window)
    window.show()
    window.search_box.setText('partner:LT kind:loi -Канада "лист про наміри"')
    window.search_box.flush()
    texts = chip_texts(window)
    assert texts[0].endswith("Литва") and texts[1].endswith("лист про наміри")
    assert texts[2].endswith("Канада") and texts[3] == "“лист про наміри”"
    assert window.search_bar.chip_widgets[2].property("excluded") is True


def test_order_by_date_or_relevance(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, "Shmyhal")
    qtbot.mouseClick(window.search_bar.by_date, Qt.MouseButton.LeftButton)
    dates = [str(row.signed_on) for row in shown(window)]
    assert dates == ["2025-08-25", "2025-08-24", "2025-08-23"]
    assert window.searching.order == "date"
    qtbot.mouseClick(window.search_bar.by_rank, Qt.MouseButton.LeftButton)
    assert window.searching.order == "rank" and len(shown(window)) == 3


def test_facets_narrow_a_search(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, "Shmyhal")
    with qtbot.waitSignal(window.facets.filters_changed):
        window.facets.toggle(window.facets.find_item("partner", "CA"))
    qtbot.waitUntil(lambda: len(shown(window)) == 1)  # the search runs again, in the background
    assert "CA" in shown(window)[0].parties
    assert window.search_box.text() == "Shmyhal"


def test_a_search_shown_follows_changes_and_keeps_the_selected_record(
    window: MainWindow, qtbot
) -> None:
    type_query(window, qtbot, "Shmyhal")
    third = window.model.id_at(2)
    window.current.select_id(third)
    with qtbot.waitSignal(window.searching.results_shown):
        window.refresh()  # an import, an undo: the search runs again
    assert window.current.selected_id() == third and len(shown(window)) == 3
    window.catalog.delete(window.model.id_at(0))  # a record gone: found no more
    with qtbot.waitSignal(window.searching.results_shown) as blocker:
        window.refresh()
    assert blocker.args == [2] and len(shown(window)) == 2
    assert window.current.selected_id() == third


def test_escape_clears_the_field_and_shows_everything(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, "Литва")
    with qtbot.waitSignal(window.search_box.search_changed) as blocker:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert blocker.args == ["", False]
    assert window.search_box.text() == "" and len(shown(window)) == 3
    assert window.table.isSortingEnabled() and window.table.isColumnHidden(MATCH)


@pytest.mark.parametrize("text", ["AND (", '"unbalanced', "*", "NEAR(a b", "'; DROP TABLE x", ")"])
def test_malformed_input_shows_no_error(window: MainWindow, qtbot, prompter, text: str) -> None:
    type_query(window, qtbot, text)
    assert prompter.errors == []
    assert window.statusBar().currentMessage() == ""
    assert window.isEnabled()


def test_saving_a_search_lists_it_and_clicking_it_applies_it(
    window: MainWindow, qtbot, prompter
) -> None:
    assert window.saved_searches.hint.isVisible()  # nothing saved yet: a hint says how
    type_query(window, qtbot, "partner:LT kind:loi")
    qtbot.mouseClick(window.search_bar.by_date, Qt.MouseButton.LeftButton)
    prompter.texts.append("Lithuanian letters")
    qtbot.mouseClick(window.search_bar.save_button, Qt.MouseButton.LeftButton)
    [saved] = saved_searches(window.catalog)
    assert (saved.name, saved.query, saved.sort) == (
        "Lithuanian letters",
        "partner:LT kind:loi",
        "date",
    )
    item = window.saved_searches.item("Lithuanian letters")
    assert item is not None and window.saved_searches.list.isVisible()

    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    qtbot.mouseClick(window.search_bar.by_rank, Qt.MouseButton.LeftButton)
    assert len(shown(window)) == 3
    rect = window.saved_searches.list.visualItemRect(item)
    qtbot.mouseClick(
        window.saved_searches.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.search_box.text() == "partner:LT kind:loi"
    assert window.searching.order == "date" and window.search_bar.by_date.isChecked()
    assert len(shown(window)) == 1 and chip_texts(window)[0] == "Partner: Lithuania"


def test_saving_needs_a_name_and_cancel_saves_nothing(window: MainWindow, qtbot, prompter) -> None:
    type_query(window, qtbot, "Литва")
    prompter.texts += [None, "   "]
    window.search_bar.save_button.click()
    assert saved_searches(window.catalog) == [] and prompter.errors == []
    window.search_bar.save_button.click()
    assert saved_searches(window.catalog) == [] and len(prompter.errors) == 1


def test_saving_under_a_name_in_use_asks_before_replacing(
    window: MainWindow, qtbot, prompter
) -> None:
    type_query(window, qtbot, "Литва")
    prompter.texts.append("Mine")
    window.search_bar.save_button.click()
    type_query(window, qtbot, "Shmyhal")
    prompter.texts.append("Mine")
    prompter.confirm_answer = False
    window.search_bar.save_button.click()
    assert [s.query for s in saved_searches(window.catalog)] == ["Литва"]
    prompter.texts.append("Mine")
    prompter.confirm_answer = True
    window.search_bar.save_button.click()
    assert [s.query for s in saved_searches(window.catalog)] == ["Shmyhal"]


def test_deleting_a_saved_search_asks_first(window: MainWindow, qtbot, prompter) -> None:
    type_query(window, qtbot, "Литва")
    prompter.texts.append("Lithuania")
    window.search_bar.save_button.click()
    window.saved_searches.list.setFocus()
    window.saved_searches.list.setCurrentRow(0)
    prompter.confirm_answer = False
    qtbot.keyClick(window.saved_searches.list, Qt.Key.Key_Delete)
    assert len(saved_searches(window.catalog)) == 1
    prompter.confirm_answer = True
    qtbot.keyClick(window.saved_searches.list, Qt.Key.Key_Delete)
    assert saved_searches(window.catalog) == []
    assert window.saved_searches.item("Lithuania") is None


class DeferredRunner(SyncRunner):
    """Holds jobs until the test runs them, in any order: a slow worker, made explicit."""

    def __init__(self, catalog) -> None:
        super().__init__(catalog)
        self.held: list = []
        self.hold = False

    def submit(self, job, on_done, on_failed, on_progress=None):
        if not self.hold:
            return super().submit(job, on_done, on_failed, on_progress)
        self.held.append((job, on_done, on_failed))
        return None

    def release(self, index: int) -> None:
        job, on_done, on_failed = self.held.pop(index)
        super().submit(job, on_done, on_failed)


def test_a_newer_query_supersedes_an_older_one(qtbot, demo: Catalog, prompter) -> None:
    runner = DeferredRunner(lambda: demo)
    window = MainWindow(demo, Settings({}), runner, prompter)
    qtbot.addWidget(window)
    runner.hold = True
    window.search("Shmyhal")
    window.search("Литва")
    assert len(shown(window)) == 3  # nothing searched on the GUI thread: the table waits
    runner.release(1)  # the newer answer arrives first...
    assert len(shown(window)) == 1
    runner.release(0)  # ...and the older one, late, changes nothing
    assert len(shown(window)) == 1 and chip_texts(window) == ["Литва"]


def test_searches_run_on_the_worker_thread(qtbot, demo_file: Path, prompter) -> None:
    runner = ThreadRunner(demo_file)
    catalog = open_catalog(demo_file)
    window = MainWindow(catalog, Settings({}), runner, prompter)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.searching.results_shown) as blocker:
            for text in ("Lit", "Lith", "Lithuania"):  # a burst of typing: only the last counts
                window.search(text, typing=True)
        assert blocker.args == [1] and window.search_bar.found.text().strip() == "1 found"
        assert len(shown(window)) == 1 and chip_texts(window) == ["Lithuania"]
        qtbot.waitUntil(lambda: window.model.index(0, MATCH).data(SNIPPET_ROLE) is not None)
    finally:
        window.retire()
        runner.shutdown()
        catalog.close()


def test_snippets_of_further_pages_are_asked_for_once_when_shown(demo: Catalog) -> None:
    model = CatalogueModel(demo)
    model.set_ids_source(lambda _f, _s, _d: list(range(1, 2 * PAGE + 51)))
    asked: list[list[int]] = []
    model.show_snippets(asked.append, {})
    assert model.index(PAGE + 5, MATCH).data() is None  # not known yet: asked for its page
    model.index(PAGE + 7, MATCH).data()
    assert asked == [list(range(PAGE + 1, 2 * PAGE + 1))]
    snippet = search(demo, "Литва").hits[0].snippet
    model.add_snippets({PAGE + 6: snippet})
    assert model.index(PAGE + 5, MATCH).data(SNIPPET_ROLE) == snippet.parts
    assert model.headerData(MATCH, Qt.Orientation.Horizontal) == "Match"


def marked_in_record(window: MainWindow) -> set[str]:
    return set(re.findall(r"background-color:#ffe680[^>]*>([^<]+)<", window.view.toHtml()))


def test_the_record_shown_marks_what_the_search_matched(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, "Shmyhal")
    window.current.show_current()
    assert marked_in_record(window) >= {"Шмигаль"}  # the Latin query, marked in Cyrillic
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    window.current.show_current()
    assert marked_in_record(window) == set()


def test_the_best_page_shows_first_and_every_match_follows(qtbot, catalog: Catalog) -> None:
    for n in range(PAGE + 20):
        catalog.add(
            Agreement(
                title=f"Меморандум про безпілотники №{n}",
                kind=Kind.MEMORANDUM,
                parties=(Party("UA"), Party("PL")),
                signed_on=PartialDate(2024, 1 + n % 12, 1),
            )
        )
    runner = DeferredRunner(lambda: catalog)
    window = MainWindow(catalog, Settings({}), runner, ScriptedPrompter())
    qtbot.addWidget(window)
    runner.hold = True
    window.search("безпілотник")
    runner.release(0)  # the best page, with snippets, while every match is being listed
    assert window.model.rowCount() == PAGE
    assert window.search_bar.found.text().strip() == f"{PAGE}+ found"
    assert window.model.index(PAGE - 1, MATCH).data(SNIPPET_ROLE) is not None
    chosen = window.model.id_at(7)
    window.current.select_id(chosen)
    with qtbot.waitSignal(window.searching.results_shown) as blocker:
        runner.release(0)
    assert blocker.args == [PAGE + 20] and window.model.rowCount() == PAGE + 20
    assert window.current.selected_id() == chosen  # the record being read stays selected
    assert window.search_bar.found.text().strip() == f"{PAGE + 20} found"
    window.table.scrollToBottom()
    last = window.model.index(PAGE + 19, MATCH)
    assert last.data(SNIPPET_ROLE) is None  # asked for, from the worker
    qtbot.waitUntil(lambda: len(runner.held) > 1)
    runner.release(1)  # after the facet counts (asked once every match was in): snippets
    assert any(matched for _, matched in last.data(SNIPPET_ROLE))


def test_a_saved_search_brings_back_the_ticked_facets(window: MainWindow, qtbot, prompter) -> None:
    for value in ("letter_of_intent", "agreement"):  # two values of one facet
        item = window.facets.find_item("kind", value)
        with qtbot.waitSignal(window.facets.filters_changed):
            window.facets.toggle(item)
    type_query(window, qtbot, "виробництва")
    prompter.texts.append("Production")
    window.search_bar.save_button.click()
    [saved] = saved_searches(window.catalog)
    assert saved.query == "виробництва kind:letter_of_intent kind:agreement"

    with qtbot.waitSignal(window.facets.filters_changed):
        window.actions_[Act.CLEAR_FILTERS].trigger()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.model.filters == Filters()
    window.saved_searches.list.itemActivated.emit(window.saved_searches.item("Production"))
    assert window.search_box.text() == "виробництва"
    assert [str(k) for k in window.model.filters.kinds] == ["letter_of_intent", "agreement"]
    ticked = window.facets.find_item("kind", "agreement").checkState(0)
    assert ticked == Qt.CheckState.Checked and window.searching.active


def test_or_alternatives_show_as_one_group_of_chips(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QFrame, QLabel

    type_query(window, qtbot, "Литва OR Канада kind:loi")
    (group,) = window.search_bar.findChildren(QFrame, "orgroup")
    inside = [c.label.text() for c in window.search_bar.chip_widgets if c.parent() is group]
    assert inside == ["Литва", "Канада"]
    assert [w.text() for w in group.findChildren(QLabel, "or")] == ["or"]
    assert chip_texts(window) == ["Литва", "Канада", "Kind: letter of intent"]


def test_a_header_click_during_a_search_sorts_nothing_later(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import QPoint

    header = window.table.horizontalHeader()
    before = (header.sortIndicatorSection(), header.sortIndicatorOrder(), window.model.sort_key)
    type_query(window, qtbot, "Литва")
    assert not header.sectionsClickable() and "clear the search" in header.toolTip()
    title = QPoint(header.sectionViewportPosition(2) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    after = (header.sortIndicatorSection(), header.sortIndicatorOrder(), window.model.sort_key)
    assert after == before and header.sectionsClickable()


def test_a_phrase_search_marks_the_phrase_not_its_words_apart(window: MainWindow, qtbot) -> None:
    type_query(window, qtbot, '"оборонну продукцію"')
    window.current.show_current()
    marked = marked_in_record(window)
    assert "оборонну продукцію" in marked  # the phrase, marked as one
    assert "продукції" not in marked and "оборонної" not in marked  # the words alone: not
    snippet = window.model.index(0, MATCH).data(SNIPPET_ROLE)
    assert ("оборонну продукцію", True) in snippet

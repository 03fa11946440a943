"""The facet sidebar: several values of one facet, rows that stay put, counts that follow
the search and the other facets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.browse.facets import VALUE_ROLE
from desktop.ui.shell.mainwindow import MainWindow


def _rows(window: MainWindow) -> list[tuple[str, str, int]]:
    """Every listed value with where it is drawn: (facet, value, top of its row)."""
    tree = window.facets
    found = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            top = tree.visualItemRect(item).top()
            found.append((group.data(0, VALUE_ROLE), item.data(0, VALUE_ROLE), top))
    return found


def _click(window: MainWindow, qtbot, facet: str, value: str) -> None:
    item = window.facets.find_item(facet, value)
    assert item is not None
    rect = window.facets.visualItemRect(item)
    with qtbot.waitSignal(window.facets.filters_changed):
        qtbot.mouseClick(window.facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_two_values_of_one_facet_can_be_ticked_and_widen(window: MainWindow, qtbot) -> None:
    _click(window, qtbot, "kind", "letter_of_intent")
    assert window.model.rowCount() == 2
    assert window.facets.count_of("kind", "agreement") == 1  # still there, what it would add
    _click(window, qtbot, "kind", "agreement")
    assert [str(k) for k in window.model.filters.kinds] == ["letter_of_intent", "agreement"]
    assert window.model.rowCount() == 3
    checked = window.facets.find_item("kind", "agreement").checkState(0)
    assert checked == Qt.CheckState.Checked


def test_ticking_values_moves_no_row_of_the_list(window: MainWindow, qtbot) -> None:
    before = _rows(window)
    _click(window, qtbot, "partner", "LT")
    _click(window, qtbot, "kind", "letter_of_intent")
    _click(window, qtbot, "partner", "LT")  # unticked again
    assert _rows(window) == before
    assert window.facets.count_of("partner", "CA") == 0  # greyed, not removed, after LT


def test_clear_filters_lays_the_list_out_afresh(window: MainWindow, qtbot) -> None:
    _click(window, qtbot, "partner", "LT")
    with qtbot.waitSignal(window.facets.filters_changed):
        window.facets.clear_filters()
    assert window.facets.count_of("partner", "CA") == 1


def test_counts_follow_the_search(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.search_box.search_changed):
        window.search_box.insert("Литвою")
    assert window.model.rowCount() == 1
    assert window.facets.count_of("partner", "LT") == 1
    assert window.facets.count_of("partner", "CA") in (None, 0)
    assert window.facets.count_of("kind", "letter_of_intent") == 1

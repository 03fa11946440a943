"""View › Deadlines through the real widgets: grouped, keyboard to the record, saved as a
calendar; and the quiet notice when the window opens."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt

from db import Catalog
from desktop.ui.ops.runner import SyncRunner
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.ui.conftest import ScriptedPrompter
from tests.ui.window_helpers import LT


def test_deadlines_list_the_lithuanian_commitment_and_enter_opens_its_record(
    window: MainWindow, qtbot
) -> None:
    window.actions_[Act.DEADLINES].trigger()
    view = window.features.deadlines.view
    assert view is not None and view.isVisible()
    view.horizon.setValue(1000)
    groups = [view.tree.topLevelItem(n).text(0) for n in range(view.tree.topLevelItemCount())]
    assert groups == ["Later (1)"]
    row = view.tree.topLevelItem(0).child(0)
    assert row.text(0) == "2027-12-31" and row.text(4) == "0.25 % of GDP"
    assert view.tree.currentItem() is row and view.focusWidget() is view.tree
    window.current.select_id(window.model.id_at(2))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.catalog.get(window.current.selected_id()).uuid == LT
    assert window.settings.deadline_horizon == 1000


def test_deadlines_save_as_a_calendar_file(
    window: MainWindow, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    view = window.features.show_deadlines()
    view.horizon.setValue(1000)
    prompter.paths.append(tmp_path / "deadlines.ics")
    window.features.deadlines.save_calendar()
    events = list(Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes()).walk("VEVENT"))
    assert [e.decoded("dtstart").isoformat() for e in events] == ["2027-12-31"]


def test_a_window_opening_with_deadlines_in_its_horizon_says_so_quietly(
    qtbot, demo: Catalog, prompter: ScriptedPrompter
) -> None:
    settings = Settings({"deadlines/horizon": 1000})
    window = MainWindow(demo, settings, SyncRunner(lambda: demo), prompter, lang="en")
    qtbot.addWidget(window)
    message = window.statusBar().currentMessage()
    assert "Commitments falling due within 1000 days: 1" in message
    assert prompter.infos == [] and prompter.errors == []


def test_esc_closes_the_deadlines_window(window: MainWindow, qtbot) -> None:
    view = window.features.show_deadlines()
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)
    assert not view.isVisible()

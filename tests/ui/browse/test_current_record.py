"""The record pane reads on the worker and shows only the record the cursor stopped on."""

from __future__ import annotations

from db import Catalog
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.ui.conftest import ScriptedPrompter
from tests.ui.ops.queued_runner import QueuedRunner


def test_a_record_read_after_the_cursor_moved_on_is_not_shown(
    qtbot, demo: Catalog, prompter: ScriptedPrompter
) -> None:
    runner = QueuedRunner(lambda: demo)
    window = MainWindow(demo, Settings({}), runner, prompter, lang="en")
    qtbot.addWidget(window)
    runner.run_all()  # facets and the background check
    first, second = window.model.id_at(0), window.model.id_at(1)
    window.current.select_id(first)
    window.current.show_current()
    window.current.select_id(second)
    window.current.show_current()
    assert len(runner.pending) == 2  # two reads asked; none shown yet
    runner.run_next()  # the first record arrives late
    assert window.view.agreement is None or window.view.agreement.id != first
    runner.run_next()
    assert window.view.agreement is not None and window.view.agreement.id == second

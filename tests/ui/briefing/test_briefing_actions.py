"""Briefing from the window: worker and partners."""

from __future__ import annotations

from db import Filters
from desktop.ui.briefing.briefing_dialog import BriefingDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT, SE, select


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

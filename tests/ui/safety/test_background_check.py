"""The whole-file check and the day's backup run on a worker of their own, never ahead
of the user's work, and a check of a file no longer shown is stopped and forgotten."""

from __future__ import annotations

from pathlib import Path

from db import Catalog, DamagedCatalogError, open_catalog
from desktop.ui.ops.runner import SyncRunner
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.ui.conftest import ScriptedPrompter
from tests.ui.ops.queued_runner import QueuedRunner


def window_with_background(qtbot, catalog: Catalog, prompter: ScriptedPrompter):
    background = QueuedRunner(lambda: catalog)
    window = MainWindow(
        catalog, Settings({}), SyncRunner(lambda: catalog), prompter, "en", background
    )
    qtbot.addWidget(window)
    return window, background


def test_user_work_runs_while_the_check_waits_on_its_own_worker(
    qtbot, demo: Catalog, prompter: ScriptedPrompter
) -> None:
    window, background = window_with_background(qtbot, demo, prompter)
    assert len(background.pending) == 1  # the check, not yet run
    assert window.model.rowCount() == 3  # rows, facets and the record pane did not wait
    assert window.facets.topLevelItemCount() > 0
    background.run_all()
    assert prompter.errors == []


def test_damage_found_by_the_background_check_offers_restore_or_salvage(
    qtbot, demo: Catalog, prompter: ScriptedPrompter, monkeypatch
) -> None:
    window, background = window_with_background(qtbot, demo, prompter)
    offered: list[BaseException] = []
    monkeypatch.setattr(window.features.safety, "damaged", offered.append)
    damage = DamagedCatalogError(str(demo.path), "page 7 is unreadable")
    background.fail_next(damage)
    assert offered == [damage]


def test_a_check_of_a_file_no_longer_shown_is_interrupted_and_forgotten(
    qtbot, demo: Catalog, prompter: ScriptedPrompter, tmp_path: Path, monkeypatch
) -> None:
    window, background = window_with_background(qtbot, demo, prompter)
    offered: list[BaseException] = []
    monkeypatch.setattr(window.features.safety, "damaged", offered.append)
    other = open_catalog(tmp_path / "other.pactum", create=True, user="tester")
    before = background.interrupts
    window.set_catalog(other)
    assert background.interrupts == before + 1 and background.paths[-1] == other.path
    background.fail_next(DamagedCatalogError(str(demo.path), "interrupted"))  # the old check
    assert offered == [] and window.statusBar().currentMessage() == ""
    background.run_all()  # the new file's own check
    assert offered == []

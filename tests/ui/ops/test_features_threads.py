"""Feature dialogs with the real worker thread, on a catalogue in a file."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from db import PartialDate, open_catalog
from desktop.ui.briefing import briefing_dialog
from desktop.ui.briefing.briefing_dialog import BriefingDialog
from desktop.ui.compare import duplicates_dialog
from desktop.ui.compare import feature as compare_feature
from desktop.ui.compare.duplicates_dialog import DuplicatesDialog
from desktop.ui.ops.runner import ThreadRunner
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings
from tests.ui.conftest import ScriptedPrompter

SE = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"


@pytest.fixture
def threaded(qtbot, demo_file: Path, prompter: ScriptedPrompter) -> Iterator[MainWindow]:
    catalog = open_catalog(demo_file, user="tester")
    runner = ThreadRunner(demo_file)
    window = MainWindow(catalog, Settings({}), runner, prompter, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.facets.topLevelItemCount() > 0)
    yield window
    runner.shutdown()
    catalog.close()


def test_briefing_builds_on_the_worker(
    threaded: MainWindow, qtbot, prompter, tmp_path, monkeypatch
) -> None:
    """The build runs on the window's one worker, with the worker's connection."""
    built_on: list[tuple[threading.Thread, object]] = []
    build = briefing_dialog.build_briefing

    def recorded(catalog, **options):
        built_on.append((threading.current_thread(), catalog))
        return build(catalog, **options)

    monkeypatch.setattr(briefing_dialog, "build_briefing", recorded)
    out = tmp_path / "se.pdf"
    threaded.apply_filters(dataclasses.replace(threaded.model.filters, partners=("SE",)))
    threaded.actions_[Act.EXPORT_BRIEFING].trigger()
    dialog = threaded.findChild(BriefingDialog)
    assert dialog.checked_partners() == ["SE"]
    prompter.paths.append(out)
    dialog._choose_output()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.written == [out] and dialog.document.status() == QPdfDocument.Status.Ready
    assert threaded.catalog.count() == 3  # the window's connection still works
    ((thread, catalog),) = built_on
    assert thread is not threading.current_thread() and catalog is not threaded.catalog
    dialog.reject()


def test_duplicates_are_looked_for_off_the_gui_thread(
    threaded: MainWindow, qtbot, monkeypatch
) -> None:
    threads: dict[str, threading.Thread] = {}

    def on_thread(name: str, work):
        def wrapped(*args, **kwargs):
            threads[name] = threading.current_thread()
            return work(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(
        compare_feature, "find_duplicates", on_thread("find", compare_feature.find_duplicates)
    )
    monkeypatch.setattr(duplicates_dialog, "merge", on_thread("merge", duplicates_dialog.merge))
    catalog = threaded.catalog
    se = catalog.get(SE)
    catalog.add(dataclasses.replace(se, uuid="", id=None, signed_on=PartialDate(2025, 8, 22)))
    threaded.refresh()
    threaded.actions_[Act.DUPLICATES].trigger()
    qtbot.waitUntil(lambda: threaded.findChild(DuplicatesDialog) is not None, timeout=10_000)
    dialog = threaded.findChild(DuplicatesDialog)
    assert dialog.pairs.count() == 1
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: threaded.undo_stack.count() == 1, timeout=10_000)
    assert catalog.count() == 3
    threaded.undo_stack.undo()
    qtbot.waitUntil(lambda: not threaded.runner.busy, timeout=10_000)
    assert catalog.count() == 4
    gui = threading.current_thread()
    assert set(threads) == {"find", "merge"}
    assert all(thread is not gui for thread in threads.values())


def test_matrix_is_built_off_the_gui_thread(threaded: MainWindow, qtbot) -> None:
    from desktop.ui.analysis.matrix_view import MatrixView

    threaded.actions_[Act.MATRIX].trigger()
    view = threaded.findChild(MatrixView)
    qtbot.waitUntil(lambda: len(view.model.matrix.partners) == 3, timeout=10_000)
    assert set(view.model.matrix.partners) == {"LT", "CA", "SE"}
    view.axis.setCurrentIndex(1)  # by subject
    qtbot.waitUntil(lambda: "joint production" in view.model.matrix.columns, timeout=10_000)


def test_a_window_on_the_start_up_worker_reports_no_error(
    qtbot, demo_file: Path, prompter: ScriptedPrompter
) -> None:
    """The launcher hands the window a worker that has no file yet (it made backups and
    salvage before): nothing may be asked of it before the window gives it the file
    (the conflict marks once were, and every start said "no catalogue is open")."""
    catalog = open_catalog(demo_file, user="tester")
    runner = ThreadRunner()
    window = MainWindow(catalog, Settings({}), runner, prompter, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.facets.topLevelItemCount() > 0)
    qtbot.waitUntil(lambda: not runner.busy)
    window.close()
    runner.shutdown()
    catalog.close()
    assert prompter.errors == []

"""The worker thread, the settings wrapper, remembered layout and switching language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from db import open_catalog
from db.store.progress import Cancelled, check
from desktop.ui.ops.runner import SyncRunner, ThreadRunner
from desktop.ui.shell.app import WindowController
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.settings import Settings


def test_thread_runner_works_on_its_own_connection(qtbot, demo_file: Path) -> None:
    runner = ThreadRunner(demo_file)
    results: list[object] = []
    progress: list[tuple[int, int]] = []
    try:
        runner.submit(
            lambda catalog, p: (p.set(1, 1), catalog.count())[1],
            results.append,
            results.append,
            lambda done, total: progress.append((done, total)),
        )
        qtbot.waitUntil(lambda: bool(results))
        assert results == [3] and progress == [(1, 1)]
    finally:
        runner.shutdown()


def test_thread_runner_reports_cancellation(qtbot, demo_file: Path) -> None:
    runner = ThreadRunner(demo_file)
    failures: list[BaseException] = []

    def endless(catalog, progress) -> None:
        n = 0
        while True:
            n += 1
            check(progress, n, 10**9, every=1)

    try:
        handle = runner.submit(endless, lambda _r: None, failures.append)
        handle.cancel()
        qtbot.waitUntil(lambda: bool(failures))
        assert isinstance(failures[0], Cancelled)
    finally:
        runner.shutdown()


def test_settings_keep_recent_files_first_and_unique(tmp_path: Path) -> None:
    settings = Settings({})
    for name in ("a", "b", "a"):
        settings.add_recent(tmp_path / name)
    assert settings.recent_files == [(tmp_path / "a").resolve(), (tmp_path / "b").resolve()]
    assert settings.language == ""
    settings.language = "uk"
    assert settings.language == "uk"


def test_splitter_and_geometry_are_remembered(qtbot, demo) -> None:
    store: dict[str, object] = {}
    first = MainWindow(demo, Settings(store), SyncRunner(lambda: demo))
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([300, 600, 500])
    first.table.horizontalHeader().resizeSection(2, 444)
    first.close()
    saved = store["window/splitter"]
    second = MainWindow(demo, Settings(store), SyncRunner(lambda: demo))
    qtbot.addWidget(second)
    assert bytes(second.splitter.saveState().data()) == saved
    assert second.table.horizontalHeader().sectionSize(2) == 444
    assert store["window/geometry"]


@pytest.mark.parametrize("lang", ["uk"])
def test_switching_language_rebuilds_the_window(qtbot, demo_file: Path, lang: str) -> None:
    settings = Settings({"ui/language": "en"})
    controller = WindowController(open_catalog(demo_file), settings)
    try:  # the controller closes its windows; the first one is deleted by the switch
        assert controller.window.menuBar().actions()[0].text() == "&File"
        controller.window._choose_language(lang)
        qtbot.addWidget(controller.window)
        assert settings.language == "uk"
        assert controller.window.menuBar().actions()[0].text() == "&Файл"
        qtbot.waitUntil(lambda: controller.window.facets.find_item("partner", "LT") is not None)
        assert "Литва" in controller.window.facets.find_item("partner", "LT").text(0)
        assert controller.window.counts.text() == "показано 3 з 3"
    finally:
        controller.translators.install("en")
        controller.shutdown()


def test_qsettings_store_round_trips_bytes_and_lists(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.shell.settings import QSettingsStore

    ini = QSettings(str(tmp_path / "pactum.ini"), QSettings.Format.IniFormat)
    settings = Settings(QSettingsStore(ini))
    settings.window_geometry = b"\x00\x01geometry"
    settings.add_recent(tmp_path / "one.pactum")
    ini.sync()
    again = Settings(
        QSettingsStore(QSettings(str(tmp_path / "pactum.ini"), QSettings.Format.IniFormat))
    )
    assert again.window_geometry == b"\x00\x01geometry"
    assert again.recent_files == [(tmp_path / "one.pactum").resolve()]


def test_tab_follows_the_form(window) -> None:
    editor = window.records.open_editor(None)
    editor.lists["subjects"].add_row()  # added last, still visited in form order
    order = [editor.kind, editor.title_edit, editor.title_translation]
    widget = editor.kind
    seen = []
    for _ in range(12):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert seen[:3] == order
    party_row = editor.lists["parties"].rows[0]
    assert seen[3] is party_row.which
    assert editor.lists["subjects"].rows[0].subject not in seen[:7]


def test_a_result_queued_when_the_runner_shuts_down_reaches_no_one(qtbot, demo_file: Path) -> None:
    """A dialog with a worker of its own shuts it down as it closes; the job's result (or
    progress) still queued for the GUI thread must not call into the closed dialog."""
    runner = ThreadRunner(demo_file)
    reached: list[object] = []
    runner.submit(lambda catalog, progress: catalog.count(), reached.append, reached.append)
    runner.shutdown()  # waits for the job: its result is now queued, not yet delivered
    QCoreApplication.processEvents()
    assert reached == []

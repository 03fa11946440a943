"""Tools › Exchange… through real widgets: import a package, review a conflict with its
words marked, settle it, undo and redo; export; the table's mark; Esc closes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from db import (
    PackageSchemaError,
    clone_catalogue,
    export_changes,
    open_catalog,
    open_conflicts,
)
from desktop.ui.browse.table_model import COLUMNS
from desktop.ui.errors import error_text
from desktop.ui.exchange.dialog import ExchangeDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.i18n import Translators
from desktop.ui.shell.mainwindow import MainWindow
from tests.ui.window_helpers import LT

TITLE = [str(c) for c in COLUMNS].index("title")


def _conflicting_package(window: MainWindow, folder: Path) -> Path:
    """A copy of the window's catalogue retitles LT one way, the window another."""
    catalog = window.catalog
    copy = clone_catalogue(catalog, folder / "colleague.pactum")
    with open_catalog(copy, user="olena") as theirs:
        theirs.update(dataclasses.replace(theirs.get(LT), title="Спільна заява про дрони"))
        export_changes(theirs, folder / "from-olena.pactum-changes")
    catalog.update(dataclasses.replace(catalog.get(LT), title="Лист про дрони"))
    window.refresh()
    return folder / "from-olena.pactum-changes"


def _title_cell(window: MainWindow) -> str:
    row = window.model.row_of(window.catalog.get(LT).id)
    return window.model.index(row, TITLE).data()


def test_import_review_settle_undo_redo(on_disk: MainWindow, prompter, qtbot, tmp_path) -> None:
    window = on_disk
    package = _conflicting_package(window, tmp_path)
    window.actions_[Act.EXCHANGE].trigger()
    dialog = window.findChild(ExchangeDialog)
    assert dialog is not None and dialog.isVisible() and dialog.conflicts.count() == 0
    prompter.paths.append(package)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.count() == 1 and "1 conflicts" in dialog.summary.text()
    assert dialog.waiting.text() == "Conflicts waiting for a decision: 1"
    assert _title_cell(window).startswith("⇄ ")
    assert "olena" in dialog.headings["theirs"].text()
    mine, theirs = dialog.panes["mine"].toHtml(), dialog.panes["theirs"].toHtml()
    assert "Лист" in mine and "Спільна заява" in theirs and "line-through" in mine

    qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
    assert window.catalog.get(LT).title == "Спільна заява про дрони"
    assert dialog.conflicts.count() == 0 and not _title_cell(window).startswith("⇄")
    window.actions_[Act.UNDO].trigger()
    assert window.catalog.get(LT).title == "Лист про дрони"
    assert [c.field for c in open_conflicts(window.catalog)] == ["title"]
    assert dialog.conflicts.count() == 1 and _title_cell(window).startswith("⇄ ")
    window.actions_[Act.REDO].trigger()
    assert window.catalog.get(LT).title == "Спільна заява про дрони"
    assert open_conflicts(window.catalog) == []


def test_keep_mine_for_the_whole_record(on_disk: MainWindow, prompter, qtbot, tmp_path) -> None:
    window = on_disk
    package = _conflicting_package(window, tmp_path)
    dialog = window.features.exchange.show_exchange()
    prompter.paths.append(package)
    dialog.import_button.click()
    qtbot.mouseClick(dialog.record_mine, Qt.MouseButton.LeftButton)
    assert window.catalog.get(LT).title == "Лист про дрони"
    assert open_conflicts(window.catalog) == [] and dialog.conflicts.count() == 0


def test_export_writes_a_package_and_esc_closes(
    on_disk: MainWindow, prompter, qtbot, tmp_path
) -> None:
    window = on_disk
    clone_catalogue(window.catalog, tmp_path / "colleague.pactum")
    window.catalog.delete(LT)
    dialog = window.features.exchange.show_exchange()
    prompter.paths.append(tmp_path / "mine.pactum-changes")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "mine.pactum-changes").is_file()
    assert dialog.summary.text().startswith("0 added and 1 changed records written")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_refused_package_is_said_and_changes_nothing(
    on_disk: MainWindow, prompter, qtbot, tmp_path
) -> None:
    window = on_disk
    (tmp_path / "junk.pactum-changes").write_text("junk")
    dialog = window.features.exchange.show_exchange()
    prompter.paths.append(tmp_path / "junk.pactum-changes")
    dialog.import_button.click()
    assert len(prompter.errors) == 1 and "damaged or was altered" in prompter.errors[0][1]
    assert dialog.conflicts.count() == 0


def test_the_review_and_its_refusals_speak_ukrainian(qtbot, tmp_path) -> None:
    translators = Translators()
    translators.install("uk")
    try:
        dialog = ExchangeDialog(lang="uk")
        qtbot.addWidget(dialog)
        assert dialog.take_theirs.text() == "Взяти &їхнє"
        assert dialog.waiting.text() == "Конфліктів немає."
        refused = PackageSchemaError(str(tmp_path / "p"), "older")
        assert error_text(refused).startswith(f"{tmp_path / 'p'} зроблено старішою версією")
    finally:
        translators.install("en")

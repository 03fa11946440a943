"""Attachments through the real widgets: Edit › Attachments…, Add, Open (a temporary copy for
the system viewer), Save as…, Detach, and files dropped onto a record's row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.records.attachments_dialog import AttachmentsDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.mainwindow import MainWindow
from tests.db.attachment_files import text_pdf


def open_dialog(window: MainWindow) -> AttachmentsDialog:
    window.actions_[Act.ATTACHMENTS].trigger()
    dialog = window.findChild(AttachmentsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_add_open_save_and_detach_a_file(window: MainWindow, prompter, tmp_path: Path) -> None:
    record = window.current.selected_id()
    pdf = text_pdf(tmp_path / "signed.pdf")
    dialog = open_dialog(window)
    assert dialog.list.topLevelItemCount() == 0 and not dialog.open_button.isEnabled()
    prompter.paths.append(pdf)
    dialog.add_button.click()
    assert dialog.list.topLevelItem(0).text(0) == "signed.pdf"
    assert dialog.list.topLevelItem(0).text(2) == "searchable"
    assert [a.name for a in window.catalog.attachments(record)] == ["signed.pdf"]

    dialog.open_button.click()
    opened = Path(prompter.opened[-1].toLocalFile())
    assert opened.name == "signed.pdf" and opened.read_bytes() == pdf.read_bytes()
    assert opened.parent != pdf.parent  # a temporary copy, not the original

    prompter.paths.append(tmp_path / "elsewhere.pdf")
    dialog.save_button.click()
    assert (tmp_path / "elsewhere.pdf").read_bytes() == pdf.read_bytes()

    dialog.detach_button.click()
    assert dialog.list.topLevelItemCount() == 0
    assert window.catalog.attachments(record) == []


def test_a_refused_file_is_one_message_and_nothing_is_attached(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    dialog = open_dialog(window)
    dialog.attach([text_pdf(tmp_path / "good.pdf"), empty])
    assert "is empty (0 bytes)" in prompter.errors[-1][1]
    assert window.catalog.attachments(window.current.selected_id()) == []
    assert dialog.list.topLevelItemCount() == 0


def test_escape_closes_the_dialog(window: MainWindow, qtbot) -> None:
    dialog = open_dialog(window)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent's only constructor
def test_files_dropped_onto_a_row_are_attached_to_that_record(
    window: MainWindow, tmp_path: Path
) -> None:
    table = window.table
    target = window.model.row_at(1)
    pdf = text_pdf(tmp_path / "dropped.pdf")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pdf))])
    where = table.visualRect(window.model.index(1, 1)).center()
    press = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, data, *press)
    QApplication.sendEvent(table.viewport(), enter)  # Qt routes a drop to where it entered
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, data, *press)
    QApplication.sendEvent(table.viewport(), drop)
    assert [a.name for a in window.catalog.attachments(target.id)] == ["dropped.pdf"]
    assert window.catalog.attachments(window.model.row_at(0).id) == []

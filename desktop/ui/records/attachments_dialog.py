"""Edit › Attachments…: the files kept with one record (add, open, save elsewhere, detach).

Every step that touches the catalogue runs on the worker through ``desktop.ui.ops``: the
list is read with a ``QueryOp``, attaching and detaching are ``CatalogOp`` writes (with a
progress dialog for a large file), opening writes a temporary copy on the worker and hands
it to the system's viewer. Files can be dropped onto the list as well as added with Add….
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import Attachment, Catalog
from desktop.ui.ops import CatalogOp, Operations, QueryOp


def size_text(size: int) -> str:
    """A file size as people read it: 980 B, 12.4 KB, 3.1 MB."""
    for unit, step in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= step:
            return f"{size / step:.1f} {unit}"
    return f"{size} B"


def dropped_files(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped addresses (a web address is no file to attach)."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]


class AttachmentsDialog(QDialog):
    """One record's files, with Add…, Open, Save as…, Detach and Close."""

    changed = Signal()
    """Files were attached or detached (the record's view may show them)."""

    def __init__(
        self, ops: Operations, agreement_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.agreement_id = agreement_id
        self.items: list[Attachment] = []
        self.setWindowTitle(
            QCoreApplication.translate("AttachmentsDialog", "Attachments — %1").replace("%1", title)
        )
        self.setAcceptDrops(True)
        self.resize(640, 320)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("AttachmentsDialog", "Name"),
                QCoreApplication.translate("AttachmentsDialog", "Size"),
                QCoreApplication.translate("AttachmentsDialog", "Text"),
                QCoreApplication.translate("AttachmentsDialog", "Added"),
            ]
        )
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(
            QCoreApplication.translate("AttachmentsDialog", "Attached files")
        )
        self.list.itemActivated.connect(lambda _item, _column: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.hint = QLabel(
            QCoreApplication.translate(
                "AttachmentsDialog", "Drop files here or use Add… to keep them with the record."
            )
        )
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = self._button(
            QCoreApplication.translate("AttachmentsDialog", "&Add…"), self.add
        )
        self.open_button = self._button(
            QCoreApplication.translate("AttachmentsDialog", "&Open"), self.open_selected
        )
        self.save_button = self._button(
            QCoreApplication.translate("AttachmentsDialog", "&Save as…"), self.save_selected
        )
        self.detach_button = self._button(
            QCoreApplication.translate("AttachmentsDialog", "&Detach"), self.detach_selected
        )
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.detach_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.reload()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    # -- showing -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the record's files on the worker, then list them."""
        agreement_id = self.agreement_id
        QueryOp(self.ops, lambda catalog, _p: catalog.attachments(agreement_id)).success(
            self._show
        ).titled(QCoreApplication.translate("AttachmentsDialog", "Attachments")).run()

    def _show(self, items: list[Attachment]) -> None:
        self.items = list(items)
        self.list.clear()
        states = {
            "text": QCoreApplication.translate("AttachmentsDialog", "searchable"),
            "no_text": QCoreApplication.translate("AttachmentsDialog", "no text (scan)"),
            "not_read": "—",
        }
        for a in self.items:
            added = f"{a.added_at[:16].replace('T', ' ')} {a.added_by}".strip()
            row = QTreeWidgetItem([a.name, size_text(a.size), states[a.text_state], added])
            row.setToolTip(0, f"{a.media_type}\nSHA-256 {a.sha256}")
            self.list.addTopLevelItem(row)
        if self.items:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> Attachment | None:
        row = self.list.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.save_button, self.detach_button):
            button.setEnabled(chosen)

    # -- adding ------------------------------------------------------------------------

    def add(self) -> None:
        path = self.ops.prompter.open_path(
            QCoreApplication.translate("AttachmentsDialog", "Attach a file"),
            "",
            QCoreApplication.translate("AttachmentsDialog", "All files (*)"),
        )
        if path is not None:
            self.attach([path])

    def attach(self, paths: list[Path]) -> None:
        """Attach ``paths`` in one write on the worker (all or none), then list again."""
        agreement_id = self.agreement_id

        def work(catalog: Catalog, progress: object) -> int:
            with catalog.writing():
                for path in paths:
                    catalog.attach(agreement_id, path)
            return len(paths)

        CatalogOp(self.ops, work).with_progress(
            QCoreApplication.translate("AttachmentsDialog", "Attaching"), dialog=True
        ).titled(QCoreApplication.translate("AttachmentsDialog", "Not attached")).success(
            lambda _count: self._written()
        ).run()

    def _written(self) -> None:
        self.changed.emit()
        self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.attach(paths)

    # -- using one ---------------------------------------------------------------------

    def open_selected(self) -> None:
        """Write a temporary copy on the worker and hand it to the system's viewer."""
        chosen = self.selected()
        if chosen is None:
            return
        agreement_id, name = self.agreement_id, chosen.name
        folder = Path(tempfile.mkdtemp(prefix="pactum-"))

        def work(catalog: Catalog, progress: object) -> Path:
            return catalog.save_attachment(agreement_id, name, folder / name, progress=progress)

        QueryOp(self.ops, work).with_progress(
            QCoreApplication.translate("AttachmentsDialog", "Opening")
        ).titled(QCoreApplication.translate("AttachmentsDialog", "Cannot open")).success(
            lambda copy: self.ops.prompter.open_url(QUrl.fromLocalFile(str(copy)))
        ).run()

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        target = self.ops.prompter.save_path(
            QCoreApplication.translate("AttachmentsDialog", "Save the file as"), chosen.name, ""
        )
        if target is None:
            return
        agreement_id, name = self.agreement_id, chosen.name
        QueryOp(
            self.ops,
            lambda catalog, progress: catalog.save_attachment(
                agreement_id, name, target, progress=progress
            ),
        ).with_progress(
            QCoreApplication.translate("AttachmentsDialog", "Saving"), dialog=True
        ).titled(QCoreApplication.translate("AttachmentsDialog", "Not saved")).run()

    def detach_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = QCoreApplication.translate(
            "AttachmentsDialog", "Remove “%1” from this record?"
        ).replace("%1", chosen.name)
        if not self.ops.prompter.confirm(
            QCoreApplication.translate("AttachmentsDialog", "Detach"), question
        ):
            return
        agreement_id, name = self.agreement_id, chosen.name
        CatalogOp(self.ops, lambda catalog, _p: catalog.detach(agreement_id, name)).titled(
            QCoreApplication.translate("AttachmentsDialog", "Not detached")
        ).success(lambda _changes: self._written()).run()

"""Attachments in the window: Edit › Attachments… for the current record, and files dropped
onto a record's row in the table attached to that record.

The drop target is the catalogue table the shell built (found among the window's children:
this feature does not import the main window); dropping runs the same all-or-none attach
on the worker as the dialog's Add….
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTableView

from db import Catalog
from desktop.ui.context import WindowContext
from desktop.ui.ops import CatalogOp
from desktop.ui.records.attachments_dialog import AttachmentsDialog, dropped_files
from desktop.ui.shell.actions import Act


class AttachmentsFeature(QObject):
    """Edit › Attachments… and dropping files onto the table's rows."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.dialog: AttachmentsDialog | None = None
        ctx.actions.on(Act.ATTACHMENTS, self.show_attachments)
        ctx.selection.changed.connect(self._update_action)
        self._update_action()
        self.table = next(
            (t for t in ctx.window.findChildren(QTableView) if hasattr(t.model(), "row_at")),
            None,
        )
        if self.table is not None:
            self.table.setAcceptDrops(True)
            self.table.viewport().setAcceptDrops(True)
            self.table.viewport().installEventFilter(self)

    def _update_action(self) -> None:
        self.ctx.actions[Act.ATTACHMENTS].setEnabled(self.ctx.selection.current() is not None)

    def show_attachments(self) -> AttachmentsDialog | None:
        agreement_id = self.ctx.selection.current()
        if agreement_id is None:
            return None
        return self.open_for(agreement_id)

    def open_for(self, agreement_id: int) -> AttachmentsDialog:
        title = self._title(agreement_id)
        dialog = AttachmentsDialog(self.ctx.ops, agreement_id, title, self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _title(self, agreement_id: int) -> str:
        """The record's title as the table shows it (its row is on screen: no read)."""
        model = self.table.model() if self.table is not None else None
        row = model.row_of(agreement_id) if model is not None else None  # type: ignore[attr-defined]
        found = model.row_at(row) if model is not None and row is not None else None  # type: ignore[attr-defined]
        return found.title if found is not None else str(agreement_id)

    # -- dropping onto a row -----------------------------------------------------------

    def _record_at(self, event: QDropEvent | QDragMoveEvent) -> int | None:
        assert self.table is not None
        index = self.table.indexAt(event.position().toPoint())
        row = self.table.model().row_at(index.row()) if index.isValid() else None  # type: ignore[attr-defined]
        return row.id if row is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if dropped_files(event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.DragMove and isinstance(event, QDragMoveEvent):
            if self._record_at(event) is not None and dropped_files(event.mimeData().urls()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            agreement_id = self._record_at(event)
            paths = dropped_files(event.mimeData().urls())
            if agreement_id is not None and paths:
                event.acceptProposedAction()
                self.attach(agreement_id, paths)
                return True
        return super().eventFilter(watched, event)

    def attach(self, agreement_id: int, paths: list[Path]) -> None:
        """Attach ``paths`` to the record on the worker (all or none), with progress."""

        def work(catalog: Catalog, _progress: object) -> int:
            with catalog.writing():
                for path in paths:
                    catalog.attach(agreement_id, path)
            return len(paths)

        def done(count: int) -> None:
            self.ctx.status(
                QCoreApplication.translate("AttachmentsDialog", "Attached %1 file(s)").replace(
                    "%1", str(count)
                )
            )
            if self.dialog is not None and self.dialog.agreement_id == agreement_id:
                self.dialog.reload()

        CatalogOp(self.ctx.ops, work).with_progress(
            QCoreApplication.translate("AttachmentsDialog", "Attaching"), dialog=True
        ).titled(QCoreApplication.translate("AttachmentsDialog", "Not attached")).success(
            done
        ).run()

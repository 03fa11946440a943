"""Record operations the window offers: new, edit, delete, restore — each one undoable.

Each write is a ``CatalogOp`` (one ``db`` call on the worker; the views refresh from the
change bus); a refusal is shown in words, and an undo command built from what the store
saved is pushed. The window passes what these need (the operations layer, the undo stack,
the prompter) instead of them reaching into the window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from db import Agreement, Catalog, CatalogError, StaleRecordError, ValidationError
from desktop.ui.context import WindowContext
from desktop.ui.ops import CatalogOp, QueryOp
from desktop.ui.ops.runner import TaskProgress
from desktop.ui.records.batch_undo import ImportCommand
from desktop.ui.records.editor.form import RecordEditor
from desktop.ui.records.editor.picker import Found, find_in
from desktop.ui.records.undo import CreateCommand, DeleteCommand, EditCommand, RestoreCommand
from desktop.ui.records.undo_notice import UndoNotice
from desktop.ui.shell.actions import Act
from desktop.ui.shell.prompts import StaleChoice


class RecordOperations(QObject):
    """Creates, edits, trashes and restores records for one window."""

    record_changed = Signal(int)
    """A record was written (created, edited, trashed or restored); carries its id."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self._ctx = ctx
        self._catalog = lambda: ctx.catalog
        self._ops = ctx.ops
        self._stack = ctx.undo_stack
        self._prompter = ctx.prompter
        self._lang = ctx.lang
        self._parent = ctx.window

    def install(self, table: QWidget) -> None:
        """Record › New, Edit, Delete (Delete only where ``table`` has the focus: in the
        search field it must delete text, not records); Edit and Delete only with a
        record selected. After each write the status bar says so, with an Undo link."""
        a = self._ctx.actions
        self.notice = UndoNotice(self._ctx.window, self._stack)
        self._ctx.selection.changed.connect(self._enable)
        self._enable()
        a.on(Act.NEW_RECORD, lambda: self.open_editor(None))
        a.on(Act.EDIT_RECORD, self.edit_selected)
        a.on(Act.DELETE_RECORD, self.delete_selected)
        a[Act.DELETE_RECORD].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table.addAction(a[Act.DELETE_RECORD])

    def _enable(self) -> None:
        selected = self._ctx.selection.current() is not None
        self._ctx.actions[Act.EDIT_RECORD].setEnabled(selected)
        self._ctx.actions[Act.DELETE_RECORD].setEnabled(selected)

    def _say(self, text: str, title: str = "") -> None:
        self.notice.say(text.replace("%1", title))

    def edit_selected(self) -> None:
        agreement_id = self._ctx.selection.current()
        if agreement_id is not None:
            self.edit(agreement_id)

    def delete_selected(self) -> None:
        """Move every selected record to the trash: one undo step, however many."""
        current = self._ctx.selection.current()
        ids = self._ctx.selection.ids() or ([current] if current is not None else [])
        if ids:
            self.delete_many(ids)

    def _failed(self, error: BaseException) -> None:
        self._ops.show_error(QCoreApplication.translate("RecordOperations", "Not saved"), error)

    def _emit(self, agreement_id: int) -> None:
        self.record_changed.emit(agreement_id)

    # -- the editor -------------------------------------------------------------------

    def open_editor(self, agreement: Agreement | None) -> RecordEditor:
        """Show the editor for a new record (None) or a copy of ``agreement``; not blocking."""
        editor = RecordEditor(
            agreement,
            self._save,
            lambda: self._prompter.confirm(
                QCoreApplication.translate("RecordOperations", "Discard changes?"),
                QCoreApplication.translate(
                    "RecordOperations", "Close the form and lose what you typed?"
                ),
                QCoreApplication.translate("RecordOperations", "&Discard changes"),
                QCoreApplication.translate("RecordOperations", "&Keep editing"),
            ),
            self._catalog().subjects(),
            self._lang,
            self._parent,
            self._find,
        )
        editor.open()
        return editor

    def _find(self, text: str, done: Callable[[Found], None]) -> None:
        """The relations' picker searches the catalogue on the worker."""
        query = QueryOp(self._ops, lambda catalog, _p: find_in(catalog, text))
        query.success(done).failure(lambda _error: done([])).run()

    def edit(self, agreement_id: int) -> RecordEditor:
        return self.open_editor(self._catalog().get(agreement_id))

    def _save(self, editor: RecordEditor, record: Agreement) -> bool:
        """Start the write; the editor closes when the store has accepted it (at once with
        the synchronous runner). Returns False: the dialog stays open until then."""
        before = editor.original

        def refused(error: Exception) -> None:
            if isinstance(error, ValidationError):
                editor.show_problems(error.problems)
            elif isinstance(error, StaleRecordError) and before is not None:
                self._stale(editor, before, record, error)
            else:
                self._failed(error)

        if before is None:
            op = CatalogOp(self._ops, lambda catalog, _p: catalog.add(record))
            op.success(lambda saved: self._created(editor, saved))
        else:
            op = CatalogOp(self._ops, lambda catalog, _p: catalog.update(record))
            op.success(lambda saved: self._edited(editor, before, saved))
        op.failure(refused).run()
        return False

    def _created(self, editor: RecordEditor, saved: Agreement) -> None:
        text = QCoreApplication.translate("RecordOperations", "Create “%1”").replace(
            "%1", saved.title
        )
        self._stack.push(CreateCommand(text, self._ops, saved, self._emit))
        self._say(QCoreApplication.translate("RecordOperations", "Added “%1”."), saved.title)
        editor.saved()

    def _edited(self, editor: RecordEditor, before: Agreement, saved: Agreement) -> None:
        if saved.version != before.version:  # nothing changed: nothing to undo
            text = QCoreApplication.translate("RecordOperations", "Edit “%1”").replace(
                "%1", saved.title
            )
            self._stack.push(EditCommand(text, self._ops, before, saved, self._emit))
            self._say(QCoreApplication.translate("RecordOperations", "Saved “%1”."), saved.title)
        editor.saved()

    def _stale(
        self, editor: RecordEditor, before: Agreement, record: Agreement, error: StaleRecordError
    ) -> None:
        choice = self._prompter.stale(
            QCoreApplication.translate("RecordOperations", "Changed elsewhere"),
            QCoreApplication.translate(
                "RecordOperations",
                "Someone changed this record in another window or program while you were "
                "editing it (you read version %1, the catalogue now holds version %2).\n\n"
                "Reload theirs (your changes are dropped) or keep yours (they replace "
                "theirs)?",
            )
            .replace("%1", str(error.expected))
            .replace("%2", str(error.actual)),
        )
        if choice is StaleChoice.CANCEL:
            return
        uuid = error.uuid
        if choice is StaleChoice.RELOAD:
            reload = CatalogOp(self._ops, lambda catalog, _p: catalog.get(uuid))
            reload.success(editor.load).failure(self._failed).run()
            return

        def keep_mine(catalog: Catalog, _progress: TaskProgress) -> tuple[Agreement, Agreement]:
            current = catalog.get(uuid)
            return current, catalog.update(dataclasses.replace(record, version=current.version))

        def kept(pair: tuple[Agreement, Agreement]) -> None:
            self._edited(editor, *pair)

        CatalogOp(self._ops, keep_mine).success(kept).failure(self._failed).run()

    # -- trash ------------------------------------------------------------------------

    def delete(self, agreement_id: int) -> None:
        """Move the record to the trash (undoable; restorable from the Trash view)."""
        self.delete_many([agreement_id])

    def delete_many(self, ids: list[int]) -> None:
        """Move the records to the trash in one operation: one undo step, however many."""

        def work(catalog: Catalog, _progress: TaskProgress) -> tuple[list[Agreement], list]:
            saved, refused = [], []
            for agreement_id in ids:
                try:
                    saved.append(catalog.delete(agreement_id))
                except CatalogError as error:
                    refused.append(error)
            return saved, refused

        def done(result: tuple[list[Agreement], list[CatalogError]]) -> None:
            saved, refused = result
            if len(saved) > 1:
                self._stack.beginMacro(
                    QCoreApplication.translate("Features", "Delete %n agreement(s)", "", len(saved))
                )
            for one in saved:
                text = QCoreApplication.translate("RecordOperations", "Delete “%1”").replace(
                    "%1", one.title
                )
                self._stack.push(DeleteCommand(text, self._ops, one, self._emit))
            if len(saved) > 1:
                self._stack.endMacro()
            if saved:
                self._say(
                    QCoreApplication.translate(
                        "RecordOperations", "Moved %n record(s) to the Trash.", "", len(saved)
                    )
                )
            for error in refused[:1]:
                self._failed(error)

        CatalogOp(self._ops, work).success(done).failure(self._failed).run()

    def imported(self, _report: object, added: list[int]) -> None:
        """An import from the window is one undo step (its records, trashed again)."""
        if added:
            text = QCoreApplication.translate(
                "RecordOperations", "Import %n record(s)", "", len(added)
            )
            self._stack.push(ImportCommand(text, self._ops, added, lambda: None))
            self._say(
                QCoreApplication.translate(
                    "RecordOperations", "Imported %n record(s).", "", len(added)
                )
            )

    def restore(self, agreement_id: int) -> None:
        def done(saved: Agreement) -> None:
            text = QCoreApplication.translate("RecordOperations", "Restore “%1”").replace(
                "%1", saved.title
            )
            self._stack.push(RestoreCommand(text, self._ops, saved, self._emit))
            self._say(QCoreApplication.translate("RecordOperations", "Restored “%1”."), saved.title)

        op = CatalogOp(self._ops, lambda catalog, _p: catalog.restore(agreement_id))
        op.success(done).failure(self._failed).run()

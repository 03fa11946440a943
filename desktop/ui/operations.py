"""Record operations the window offers: new, edit, delete, restore — each one undoable.

Each writes through one ``db`` call, reports the store's refusals in words, and pushes an
undo command built from what the store saved. The window passes what these need (the
catalogue, the undo stack, the prompter) instead of them reaching into the window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from db import Agreement, Catalog, CatalogError, StaleRecordError, ValidationError
from desktop.ui.editor.form import RecordEditor
from desktop.ui.prompts import Prompter, StaleChoice
from desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand, RestoreCommand


class RecordOperations(QObject):
    """Creates, edits, trashes and restores records for one window."""

    record_changed = Signal(int)
    """A record was written (created, edited, trashed or restored); carries its id."""

    def __init__(
        self,
        catalog: Callable[[], Catalog],
        undo_stack: QUndoStack,
        prompter: Prompter,
        lang: str,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._catalog = catalog
        self._stack = undo_stack
        self._prompter = prompter
        self._lang = lang
        self._parent = parent_widget

    def _failed(self, error: CatalogError) -> None:
        self._prompter.error(
            QCoreApplication.translate("RecordOperations", "Not saved"), str(error)
        )

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
            ),
            self._catalog().subjects(),
            self._lang,
            self._parent,
        )
        editor.open()
        return editor

    def edit(self, agreement_id: int) -> RecordEditor:
        return self.open_editor(self._catalog().get(agreement_id))

    def _save(self, editor: RecordEditor, record: Agreement) -> bool:
        catalog = self._catalog()
        try:
            if editor.original is None:
                saved = catalog.add(record)
                self._stack.push(
                    CreateCommand(
                        QCoreApplication.translate("RecordOperations", "Create “%1”").replace(
                            "%1", saved.title
                        ),
                        catalog,
                        saved,
                        self._emit,
                        self._failed,
                    )
                )
                return True
            return self._save_edit(editor, catalog, editor.original, record)
        except ValidationError as error:
            editor.show_problems(error.problems)
        except CatalogError as error:
            self._failed(error)
        return False

    def _save_edit(
        self, editor: RecordEditor, catalog: Catalog, before: Agreement, record: Agreement
    ) -> bool:
        try:
            saved = catalog.update(record)
        except StaleRecordError as error:
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
            if choice is StaleChoice.RELOAD:
                editor.load(catalog.get(error.uuid))
                return False
            if choice is StaleChoice.CANCEL:
                return False
            current = catalog.get(error.uuid)
            before = current
            saved = catalog.update(dataclasses.replace(record, version=current.version))
        if saved.version == before.version:
            return True  # nothing changed: nothing to undo
        self._stack.push(
            EditCommand(
                QCoreApplication.translate("RecordOperations", "Edit “%1”").replace(
                    "%1", saved.title
                ),
                catalog,
                before,
                saved,
                self._emit,
                self._failed,
            )
        )
        return True

    # -- trash ------------------------------------------------------------------------

    def delete(self, agreement_id: int) -> None:
        """Move the record to the trash (undoable; restorable from the Trash view)."""
        catalog = self._catalog()
        try:
            saved = catalog.delete(agreement_id)
        except CatalogError as error:
            self._failed(error)
            return
        text = QCoreApplication.translate("RecordOperations", "Delete “%1”").replace(
            "%1", saved.title
        )
        self._stack.push(DeleteCommand(text, catalog, saved, self._emit, self._failed))

    def restore(self, agreement_id: int) -> None:
        catalog = self._catalog()
        try:
            saved = catalog.restore(agreement_id)
        except CatalogError as error:
            self._failed(error)
            return
        text = QCoreApplication.translate("RecordOperations", "Restore “%1”").replace(
            "%1", saved.title
        )
        self._stack.push(RestoreCommand(text, catalog, saved, self._emit, self._failed))

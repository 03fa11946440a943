"""Undoable record operations: each redo() and undo() is one ``db`` call, one transaction.

The first redo happens before the command is pushed (the window must know whether the
store accepted the record), so a command is built from the saved result and its first
``redo()``, called by ``QUndoStack.push``, does nothing. Later redos repeat the write.
Each command remembers the version it left the record at, so an undo quotes it back and
a change made elsewhere in the meantime is refused (StaleRecordError), never overwritten.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from db import Agreement, Catalog, CatalogError

Changed = Callable[[int], None]
"""Called with the record's id after every write, so the views refresh."""
Failed = Callable[[CatalogError], None]
"""Called when an undo or redo is refused by the store."""


class RecordCommand(QUndoCommand):
    """Shared bookkeeping: the catalogue, the record, its version and the callbacks."""

    def __init__(
        self, text: str, catalog: Catalog, saved: Agreement, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(text)
        assert saved.id is not None
        self.catalog = catalog
        self.agreement_id = saved.id
        self.version = saved.version
        self._changed = changed
        self._failed = failed
        self._first = True

    def _write(self, write: Callable[[], Agreement]) -> None:
        try:
            self.version = write().version
        except CatalogError as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._changed(self.agreement_id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            self._changed(self.agreement_id)
            return
        self._write(self.do)

    def undo(self) -> None:
        self._write(self.undo_write)

    def do(self) -> Agreement:
        raise NotImplementedError

    def undo_write(self) -> Agreement:
        raise NotImplementedError


class CreateCommand(RecordCommand):
    """A new record: undo moves it to the trash, redo brings it back."""

    def do(self) -> Agreement:
        return self.catalog.restore(self.agreement_id, self.version)

    def undo_write(self) -> Agreement:
        return self.catalog.delete(self.agreement_id, self.version)


class DeleteCommand(RecordCommand):
    """A record moved to the trash: undo restores it."""

    def do(self) -> Agreement:
        return self.catalog.delete(self.agreement_id, self.version)

    def undo_write(self) -> Agreement:
        return self.catalog.restore(self.agreement_id, self.version)


class RestoreCommand(CreateCommand):
    """A record brought back from the trash: undo trashes it again, redo restores it —
    the same two writes as undoing and redoing a creation."""


class EditCommand(RecordCommand):
    """An edit: undo writes the content as it was before, redo the edited content."""

    def __init__(
        self,
        text: str,
        catalog: Catalog,
        before: Agreement,
        saved: Agreement,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(text, catalog, saved, changed, failed)
        self.before = before
        self.after = saved

    def do(self) -> Agreement:
        return self.catalog.update(dataclasses.replace(self.after, version=self.version))

    def undo_write(self) -> Agreement:
        return self.catalog.update(dataclasses.replace(self.before, version=self.version))

"""Undoable record operations: each undo step wraps a pair of ``CatalogOp``s (its redo and
its undo), each one ``db`` call, one transaction, run on the worker.

The first redo happens before the command is pushed (the window must know whether the
store accepted the record), so a command is built from the saved result and its first
``redo()``, called by ``QUndoStack.push``, does nothing. Later redos repeat the write.
Each command remembers the version it left the record at (set on the worker, so the next
operation in the worker's queue already quotes it), so an undo quotes it back and a change
made elsewhere in the meantime is refused (StaleRecordError), never overwritten.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from db import Agreement, Catalog
from desktop.ui.ops import CatalogOp, Operations
from desktop.ui.ops.runner import TaskProgress

Changed = Callable[[int], None]
"""Called with the record's id after every write (to select it); the views refresh from
the change bus."""


class OpCommand(QUndoCommand):
    """An undo step as two operations: ``do(catalog)`` and ``undo_write(catalog)``."""

    def __init__(self, text: str, ops: Operations, after: Callable[[], None]) -> None:
        super().__init__(text)
        self.ops = ops
        self._then = after
        self._first = True

    def _write(self, write: Callable[[Catalog], object]) -> None:
        def refused(error: Exception) -> None:
            self.setObsolete(True)
            self.ops.show_error(self.text(), error)

        def work(catalog: Catalog, _progress: TaskProgress) -> None:
            write(catalog)

        CatalogOp(self.ops, work).success(lambda _none: self._then()).failure(refused).run()

    def redo(self) -> None:
        if self._first:  # the write is done; the views have it from the bus
            self._first = False
            self._then()
            return
        self._write(self.do)

    def undo(self) -> None:
        self._write(self.undo_write)

    def do(self, catalog: Catalog) -> object:
        raise NotImplementedError

    def undo_write(self, catalog: Catalog) -> object:
        raise NotImplementedError

    def rebind(self, ops: Operations, changed: Changed) -> None:
        """Run later undos and redos through ``ops`` (a rebuilt window's)."""
        self.ops = ops


def rebind_commands(stack: QUndoStack, ops: Operations, changed: Changed) -> None:
    """Hand every step of ``stack`` (macros' steps too) to a new window: its operations
    and its way of selecting a changed record. Switching language rebuilds the window
    and keeps the history this way."""

    def visit(command: QUndoCommand) -> None:
        if isinstance(command, OpCommand):
            command.rebind(ops, changed)
        for n in range(command.childCount()):
            visit(command.child(n))

    for n in range(stack.count()):
        visit(stack.command(n))


class RecordCommand(OpCommand):
    """Shared bookkeeping for one record: its id, its version and the callback."""

    def __init__(self, text: str, ops: Operations, saved: Agreement, changed: Changed) -> None:
        assert saved.id is not None
        agreement_id = saved.id
        super().__init__(text, ops, lambda: changed(agreement_id))
        self.agreement_id = agreement_id
        self.version = saved.version

    def rebind(self, ops: Operations, changed: Changed) -> None:
        super().rebind(ops, changed)
        self._then = lambda: changed(self.agreement_id)

    def do(self, catalog: Catalog) -> object:
        self.version = self.redo_write(catalog).version
        return None

    def undo_write(self, catalog: Catalog) -> object:
        self.version = self.undo_record(catalog).version
        return None

    def redo_write(self, catalog: Catalog) -> Agreement:
        raise NotImplementedError

    def undo_record(self, catalog: Catalog) -> Agreement:
        raise NotImplementedError


class CreateCommand(RecordCommand):
    """A new record: undo moves it to the trash, redo brings it back."""

    def redo_write(self, catalog: Catalog) -> Agreement:
        return catalog.restore(self.agreement_id, self.version)

    def undo_record(self, catalog: Catalog) -> Agreement:
        return catalog.delete(self.agreement_id, self.version)


class DeleteCommand(RecordCommand):
    """A record moved to the trash: undo restores it."""

    def redo_write(self, catalog: Catalog) -> Agreement:
        return catalog.delete(self.agreement_id, self.version)

    def undo_record(self, catalog: Catalog) -> Agreement:
        return catalog.restore(self.agreement_id, self.version)


class RestoreCommand(CreateCommand):
    """A record brought back from the trash: undo trashes it again, redo restores it —
    the same two writes as undoing and redoing a creation."""


class EditCommand(RecordCommand):
    """An edit: undo writes the content as it was before, redo the edited content."""

    def __init__(
        self, text: str, ops: Operations, before: Agreement, saved: Agreement, changed: Changed
    ) -> None:
        super().__init__(text, ops, saved, changed)
        self.before = before
        self.after = saved

    def redo_write(self, catalog: Catalog) -> Agreement:
        return catalog.update(dataclasses.replace(self.after, version=self.version))

    def undo_record(self, catalog: Catalog) -> Agreement:
        return catalog.update(dataclasses.replace(self.before, version=self.version))

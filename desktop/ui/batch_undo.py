"""Undo steps that touch several records at once: an accepted article and a merge.

Like the commands in ``undo``, the write has already happened when the command is pushed
(the dialog did it, in one transaction), so the first ``redo()`` only refreshes the views;
every later undo and redo is again one transaction. Each command keeps the versions its
last write left the records at and quotes them, so a record changed elsewhere in the
meantime makes the store refuse (the step is then dropped and the refusal shown) instead
of being overwritten.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from db import CHOSEN_FIELDS, Agreement, Catalog, CatalogError, MergeResult, Side, merge, undo_merge
from desktop.ingest import Accepted

Refresh = Callable[[], None]
"""Called after every write so the table, facets and record pane show it."""
Failed = Callable[[CatalogError], None]
"""Called when an undo or redo is refused by the store."""


class BatchCommand(QUndoCommand):
    """Shared bookkeeping: skip the first redo, report refusals, refresh after writes."""

    def __init__(self, text: str, catalog: Catalog, refresh: Refresh, failed: Failed) -> None:
        super().__init__(text)
        self.catalog = catalog
        self._refresh = refresh
        self._failed = failed
        self._first = True

    def _write(self, write: Callable[[], None]) -> None:
        try:
            write()
        except CatalogError as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._refresh()

    def redo(self) -> None:
        if self._first:
            self._first = False
            self._refresh()
            return
        self._write(self.do)

    def undo(self) -> None:
        self._write(self.undo_write)

    def do(self) -> None:
        raise NotImplementedError

    def undo_write(self) -> None:
        raise NotImplementedError


class AcceptArticleCommand(BatchCommand):
    """Drafts accepted from one article: undo trashes the added records and puts back the
    sources of those the article was added to; redo restores and re-applies them."""

    def __init__(
        self, text: str, catalog: Catalog, accepted: Accepted, refresh: Refresh, failed: Failed
    ) -> None:
        super().__init__(text, catalog, refresh, failed)
        self.added: tuple[Agreement, ...] = accepted.added
        self.updated: tuple[Agreement, ...] = accepted.updated
        self._before = accepted.previous
        self._after = accepted.updated

    def _apply(self, live: bool, contents: tuple[Agreement, ...]) -> None:
        move = self.catalog.restore if live else self.catalog.delete
        with self.catalog.writing():
            added = tuple(move(a.id if a.id is not None else a.uuid, a.version) for a in self.added)
            updated = tuple(
                self.catalog.update(dataclasses.replace(content, version=now.version))
                for content, now in zip(contents, self.updated, strict=True)
            )
        self.added, self.updated = added, updated

    def do(self) -> None:
        self._apply(True, self._after)

    def undo_write(self) -> None:
        self._apply(False, self._before)


def chosen_sides(result: MergeResult) -> dict[str, Side]:
    """The side each field was taken from, read back from what the merge wrote: a field the
    two records disagreed on came from the right when the kept record now holds its value."""
    return {
        field: Side.RIGHT
        for field in CHOSEN_FIELDS
        if getattr(result.kept, field) != getattr(result.kept_before, field)
        and getattr(result.kept, field) == getattr(result.removed_before, field)
    }


class MergeCommand(BatchCommand):
    """A merge of two records: undo is ``db.merge.undo_merge``; redo merges again, with the
    same choices, the two records as the undo left them."""

    def __init__(
        self, text: str, catalog: Catalog, result: MergeResult, refresh: Refresh, failed: Failed
    ) -> None:
        super().__init__(text, catalog, refresh, failed)
        self.result = result
        self.choices = chosen_sides(result)
        self._separated: tuple[Agreement, Agreement] | None = None

    def do(self) -> None:
        assert self._separated is not None
        keep, other = self._separated
        self.result = merge(self.catalog, keep, other, self.choices)

    def undo_write(self) -> None:
        self._separated = undo_merge(self.catalog, self.result)

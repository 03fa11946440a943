"""Undo steps that touch several records at once: an import, an accepted article, a merge.

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

from db import CHOSEN_FIELDS, Agreement, Catalog, MergeResult, Side, merge, undo_merge
from desktop.ingest import Accepted
from desktop.ui.ops import Operations
from desktop.ui.records.undo import OpCommand


class BatchCommand(OpCommand):
    """An undo step over several records (its refresh comes from the change bus)."""

    def __init__(self, text: str, ops: Operations, after: Callable[[], None]) -> None:
        super().__init__(text, ops, after)


class AcceptArticleCommand(BatchCommand):
    """Drafts accepted from one article: undo trashes the added records and puts back the
    sources of those the article was added to; redo restores and re-applies them."""

    def __init__(
        self, text: str, ops: Operations, accepted: Accepted, after: Callable[[], None]
    ) -> None:
        super().__init__(text, ops, after)
        self.added: tuple[Agreement, ...] = accepted.added
        self.updated: tuple[Agreement, ...] = accepted.updated
        self._before = accepted.previous
        self._after = accepted.updated

    def _apply(self, catalog: Catalog, live: bool, contents: tuple[Agreement, ...]) -> None:
        move = catalog.restore if live else catalog.delete
        with catalog.writing():
            added = tuple(move(a.id if a.id is not None else a.uuid, a.version) for a in self.added)
            updated = tuple(
                catalog.update(dataclasses.replace(content, version=now.version))
                for content, now in zip(contents, self.updated, strict=True)
            )
        self.added, self.updated = added, updated

    def do(self, catalog: Catalog) -> object:
        self._apply(catalog, True, self._after)
        return None

    def undo_write(self, catalog: Catalog) -> object:
        self._apply(catalog, False, self._before)
        return None


class ImportCommand(BatchCommand):
    """The records an import added: undo moves them all to the trash, redo brings them
    back, each in one transaction. The versions each write left are quoted by the next."""

    def __init__(
        self, text: str, ops: Operations, added: list[int], after: Callable[[], None]
    ) -> None:
        super().__init__(text, ops, after)
        self.versions: dict[int, int | None] = dict.fromkeys(added)

    def _move(self, catalog: Catalog, live: bool) -> None:
        move = catalog.restore if live else catalog.delete
        with catalog.writing():
            moved = {n: move(n, version).version for n, version in self.versions.items()}
        self.versions = dict(moved)

    def do(self, catalog: Catalog) -> object:
        self._move(catalog, True)
        return None

    def undo_write(self, catalog: Catalog) -> object:
        self._move(catalog, False)
        return None


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
        self, text: str, ops: Operations, result: MergeResult, after: Callable[[], None]
    ) -> None:
        super().__init__(text, ops, after)
        self.result = result
        self.choices = chosen_sides(result)
        self._separated: tuple[Agreement, Agreement] | None = None

    def do(self, catalog: Catalog) -> object:
        assert self._separated is not None
        keep, other = self._separated
        self.result = merge(catalog, keep, other, self.choices)
        return None

    def undo_write(self, catalog: Catalog) -> object:
        self._separated = undo_merge(catalog, self.result)
        return None

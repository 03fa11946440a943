"""Settling conflicts as one undo step: undo opens them again with this copy's values."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from db import Catalog, Conflict, reopen_conflict, resolve_conflict
from desktop.ui.ops import Operations
from desktop.ui.records.undo import OpCommand


class ResolveCommand(OpCommand):
    """Conflicts settled by one choice ('mine' or 'theirs'); the first redo only refreshes
    (the choice was written before the command was pushed)."""

    def __init__(
        self,
        text: str,
        ops: Operations,
        conflicts: Sequence[Conflict],
        take: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(text, ops, after)
        self.conflicts = tuple(conflicts)
        self.take = take

    def do(self, catalog: Catalog) -> object:
        with catalog.writing():
            for conflict in self.conflicts:
                resolve_conflict(catalog, conflict.uuid, conflict.field, self.take)
        return None

    def undo_write(self, catalog: Catalog) -> object:
        with catalog.writing():
            for conflict in reversed(self.conflicts):
                reopen_conflict(catalog, conflict)
        return None

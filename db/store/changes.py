"""What a write changed, so that each view refreshes only that (Anki's ``OpChanges``).

Every write through a :class:`~db.catalog.Catalog` notes its ``Changes``; whoever ran the
operation takes them once with ``Catalog.take_changes()`` and publishes them. A write that
cannot say precisely what it touched (an import, a merge, a batch) reports ``EVERYTHING``:
a view then reloads, as it would have without the report.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Records added, edited, trashed or restored (by row id); whether the shared lists of
    subjects and parties may have grown; whether anything else may differ."""

    records: frozenset[int] = frozenset()
    vocabulary: bool = False
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.records | other.records,
            self.vocabulary or other.vocabulary,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return bool(self.records) or self.vocabulary or self.everything

    @property
    def facets(self) -> bool:
        """Facet counts follow the records, so any change of one moves them."""
        return bool(self)

    @classmethod
    def of_record(cls, agreement_id: int, vocabulary: bool = False) -> Changes:
        return cls(frozenset((agreement_id,)), vocabulary)


NOTHING = Changes()
EVERYTHING = Changes(everything=True)

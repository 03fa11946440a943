"""The earlier draft a new one repeats, found without comparing it with every draft before it.

The reader keeps its drafts in the order the text reports them and merges a new draft into
the first earlier one that reports the same document: the same kind, sets of countries of
which one holds the other (a headline may name fewer parties than the body), and dates
that do not clash (equal, or one of them not stated). Asking each earlier draft made a text
of many documents quadratic. Here each draft is filed under its kind and its set of
countries and, when that set has at most ``SMALL`` countries, under each of its subsets:
the drafts a new one may repeat are then in at most 2**SMALL + 1 buckets. A bucket keeps
its drafts' positions in heaps by stated date, so its first draft whose date does not
clash is at the top of one or two heaps.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from itertools import combinations

from desktop.ingest.drafts import Builder

#: Sets of more countries than this (rare: a multilateral declaration) are compared with
#: the other sets of their kind one by one instead of being filed under their 2**n subsets.
SMALL = 6

#: A draft's position in the reader's order and the version of its filing: a draft that
#: changes when another is merged into it is filed again and its older entries go stale.
_Entry = tuple[int, int]


def _first(heap: list[_Entry], versions: list[int]) -> int | None:
    while heap and versions[heap[0][0]] != heap[0][1]:
        heapq.heappop(heap)
    return heap[0][0] if heap else None


class _Bucket:
    """Drafts' positions: all of them, those with no stated date, those with each date."""

    def __init__(self) -> None:
        self.everyone: list[_Entry] = []
        self.undated: list[_Entry] = []
        self.dated: dict[object, list[_Entry]] = {}

    def file(self, entry: _Entry, draft: Builder) -> None:
        heapq.heappush(self.everyone, entry)
        if draft.date_stated:
            heapq.heappush(self.dated.setdefault(draft.signed_on, []), entry)
        else:
            heapq.heappush(self.undated, entry)

    def first(self, draft: Builder, versions: list[int]) -> int | None:
        """The first filed draft whose date does not clash with ``draft``'s."""
        if not draft.date_stated:
            return _first(self.everyone, versions)
        found = [_first(self.undated, versions)]
        if draft.signed_on in self.dated:
            found.append(_first(self.dated[draft.signed_on], versions))
        return min((p for p in found if p is not None), default=None)


def _subsets(countries: frozenset[str]) -> Iterator[frozenset[str]]:
    ordered = sorted(countries)
    for size in range(len(ordered) + 1):
        for chosen in combinations(ordered, size):
            yield frozenset(chosen)


class DocumentIndex:
    """The reader's drafts in order, with the first earlier draft each new one repeats."""

    def __init__(self) -> None:
        self.drafts: list[Builder] = []
        self._position: dict[int, int] = {}  # id() of a draft: its place in ``drafts``
        self._versions: list[int] = []
        self._exact: dict[object, dict[frozenset[str], _Bucket]] = {}  # kind: countries
        self._within: dict[tuple[object, frozenset[str]], _Bucket] = {}  # kind, a subset
        self._large: dict[object, set[frozenset[str]]] = {}  # kind: sets over SMALL

    def first_same(self, draft: Builder) -> Builder | None:
        """The first draft so far that reports the same document as ``draft``."""
        countries, kind = draft.countries(), draft.kind
        exact = self._exact.get(kind, {})
        if len(countries) <= SMALL:
            buckets = [exact.get(subset) for subset in _subsets(countries)]
            buckets.append(self._within.get((kind, countries)))
        else:
            buckets = [bucket for filed, bucket in exact.items() if filed <= countries]
        buckets += [exact[filed] for filed in self._large.get(kind, ()) if countries < filed]
        found = [b.first(draft, self._versions) for b in buckets if b is not None]
        position = min((p for p in found if p is not None), default=None)
        return None if position is None else self.drafts[position]

    def add(self, draft: Builder) -> None:
        """File a draft that repeats none before it, after all of them."""
        self._position[id(draft)] = len(self.drafts)
        self.drafts.append(draft)
        self._versions.append(0)
        self._file(len(self.drafts) - 1)

    def changed(self, draft: Builder) -> None:
        """File ``draft`` again: a merge may have changed its countries or its date."""
        position = self._position[id(draft)]
        self._versions[position] += 1
        self._file(position)

    def _file(self, position: int) -> None:
        draft = self.drafts[position]
        entry = (position, self._versions[position])
        countries, kind = draft.countries(), draft.kind
        self._exact.setdefault(kind, {}).setdefault(countries, _Bucket()).file(entry, draft)
        if len(countries) > SMALL:
            self._large.setdefault(kind, set()).add(countries)
            return
        for subset in _subsets(countries):
            self._within.setdefault((kind, subset), _Bucket()).file(entry, draft)

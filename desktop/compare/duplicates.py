"""Likely duplicates: the same document entered twice from different reports.

Two live records are likely duplicates when they have the same parties and kind, dates
within ``days`` of each other, and titles at least ``min_score`` similar (rapidfuzz
``token_sort_ratio`` on case-folded titles, 0–100).

How it scales: records are grouped into blocks by (sorted parties, kind); inside a block
they are sorted by date and each is compared only with the following records whose date
can lie within ``days``. The work is O(n log n) for sorting plus one title comparison per
pair of same-block records within the window: linear in n while the number of records per
partnership, kind and week stays bounded, and quadratic only inside a block where very
many records share a few days. Undated records are compared only with undated records of
their block.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from db import Catalog, Identity, NoProgress, Progress, identities
from db import check_progress as check

DEFAULT_DAYS = 3
DEFAULT_MIN_SCORE = 85.0


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that are probably one document; ``left`` is the older id."""

    left: int
    right: int
    score: float
    days_apart: int | None


def _block_pairs(block: list[Identity], days: int, min_score: float) -> Iterable[DuplicatePair]:
    titles = {r.id: default_process(r.title) for r in block}

    def pair(a: Identity, b: Identity, gap: int | None) -> DuplicatePair | None:
        score = fuzz.token_sort_ratio(titles[a.id], titles[b.id], score_cutoff=min_score)
        if not score:
            return None
        left, right = sorted((a.id, b.id))
        return DuplicatePair(left, right, round(score, 1), gap)

    undated = [r for r in block if r.signed_on is None]
    for i, a in enumerate(undated):
        for b in undated[i + 1 :]:
            if found := pair(a, b, None):
                yield found
    # Each record's first and last possible day, as day numbers, worked out once.
    spans = {
        r.id: (r.signed_on.first_day().toordinal(), r.signed_on.last_day().toordinal())
        for r in block
        if r.signed_on is not None
    }
    dated = sorted((r for r in block if r.id in spans), key=lambda r: spans[r.id][0])
    for i, a in enumerate(dated):
        reach = spans[a.id][1] + days
        for b in dated[i + 1 :]:
            first = spans[b.id][0]
            if first > reach:
                break
            if found := pair(a, b, max(0, first - spans[a.id][1])):
                yield found


def find_duplicates(
    catalog: Catalog,
    days: int = DEFAULT_DAYS,
    min_score: float = DEFAULT_MIN_SCORE,
    progress: Progress | None = None,
) -> list[DuplicatePair]:
    """Likely duplicate pairs among the live records, most similar first."""
    return duplicates_among(identities(catalog), days, min_score, progress)


def duplicates_among(
    records: Iterable[Identity],
    days: int = DEFAULT_DAYS,
    min_score: float = DEFAULT_MIN_SCORE,
    progress: Progress | None = None,
) -> list[DuplicatePair]:
    """The same search over identities already read (what the benchmark times apart)."""
    progress = progress or NoProgress()
    blocks: dict[tuple[tuple[str, ...], str], list[Identity]] = defaultdict(list)
    for r in records:
        blocks[(r.parties, str(r.kind))].append(r)
    found: list[DuplicatePair] = []
    for n, block in enumerate(blocks.values(), 1):
        check(progress, n, len(blocks))
        if len(block) > 1:
            found += _block_pairs(block, days, min_score)
    return sorted(found, key=lambda p: (-p.score, p.left, p.right))

"""Two versions of one record side by side: the same comparison as for two documents,
and which two History opens on."""

from __future__ import annotations

from collections.abc import Sequence

from db import CONTENT_FIELDS, Catalog, Change, version_at
from desktop.compare.sides import Comparison, compare, heading


def compare_versions(
    catalog: Catalog,
    ref: int | str,
    older: int,
    newer: int,
    *,
    lemmas: bool = False,
    lang: str = "en",
) -> Comparison:
    """Versions ``older`` and ``newer`` of the record, rebuilt from its history, aligned;
    each column is headed by its version number and when it was saved."""
    docs = [version_at(catalog, ref, v) for v in (older, newer)]
    names = [
        f"{heading(d, lang)} v{d.version} ({d.updated_at[:16].replace('T', ' ')})" for d in docs
    ]
    return compare(docs, headings=names, lemmas=lemmas, lang=lang)


def latest_change(changes: Sequence[Change], known: Sequence[int]) -> tuple[int, int] | None:
    """The two versions History opens on: the newest one that changed what the record
    says (a field), and the version before it. Moving to the trash and back changes
    nothing one could compare, so those versions are passed over. None when no version
    of ``known`` (oldest first) changed a field after the first."""
    changed = {c.version for c in changes if c.field in CONTENT_FIELDS}
    for n in range(len(known) - 1, 0, -1):
        if known[n] in changed:
            return known[n - 1], known[n]
    return None

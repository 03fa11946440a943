"""Two versions of one record side by side: the same comparison as for two documents."""

from __future__ import annotations

from db import Catalog, version_at
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

"""Mapping a local subject to a thesaurus concept, on every record that carries it.

A subject that named no concept when it was typed is a local concept (``db.store.thesaurus``).
An analyst may later say it means a concept ("бджоли" → a concept a newer thesaurus has, or
an existing one under another name): each record carrying it is then edited as if by hand,
with its version and history, all in one transaction.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from db.store.model import Filters
from db.store.thesaurus import subject_key, thesaurus

if TYPE_CHECKING:
    from db.catalog import Catalog


def map_subject(catalog: Catalog, local: str, concept: str) -> int:
    """Replace the subject ``local`` with ``concept`` (its id or any of its labels) on every
    record, live or in the trash; how many records changed. ValueError when ``concept``
    names no thesaurus concept."""
    target = thesaurus().lookup(concept)
    if target is None:
        raise ValueError(f"{concept!r} names no concept of the thesaurus")
    old = subject_key(local)
    changed = 0
    with catalog.writing():
        ids = [
            *catalog.ids(Filters(subjects=(local,))),
            *catalog.ids(Filters(subjects=(local,), trash=True)),
        ]
        for agreement_id in ids:
            record = catalog.get(agreement_id)
            subjects = [target.id if subject_key(s) == old else s for s in record.subjects]
            unique = tuple(dict.fromkeys(subjects, None))
            if unique != record.subjects:
                catalog.update(dataclasses.replace(record, subjects=unique))
                changed += 1
    return changed

"""Merging two records of one document, and undoing the merge, each in one transaction.

The kept record takes, field by field, the left (kept) or right (other) value; subjects,
sources, relations and notes are united. The other record goes to the trash, never away:
its history stays, and a history note on each side names the other's UUID. Relations that
targeted the removed record are re-pointed to the kept one, as recorded edits of the
records holding them. ``undo_merge`` puts every touched record's content back exactly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from db.errors import CatalogError, StaleRecordError, ValidationError
from db.features.versions import version_at
from db.store import records
from db.store.access import now
from db.store.model import CONTENT_FIELDS, Agreement, Relation
from db.store.stored import json_value
from db.store.thesaurus import subject_key
from db.store.validation import problems

if TYPE_CHECKING:
    from db.catalog import Catalog

#: Fields taken whole from one side or the other.
CHOSEN_FIELDS = (
    "kind",
    "title",
    "title_translation",
    "parties",
    "signed_on",
    "place",
    "status",
    "signatories",
    "commitments",
    "summary",
    "summary_translation",
    "full_text",
)


#: Fields whose items from both sides are kept (duplicates dropped, kept side first).
class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class MergeError(CatalogError):
    """The two records cannot be merged (the same record, or one is in the trash)."""

    code = "merge"


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, and all that ``undo_merge`` needs to take it back."""

    kept: Agreement
    removed: Agreement
    kept_before: Agreement
    removed_before: Agreement
    referrers_before: tuple[Agreement, ...] = ()
    referrers_after: tuple[Agreement, ...] = ()


def _unite(
    items: Iterable[Any], key: Callable[[Any], Hashable] = lambda item: item
) -> tuple[Any, ...]:
    seen: set[Hashable] = set()
    united = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            united.append(item)
    return tuple(united)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def merged_record(
    left: Agreement, right: Agreement, choices: Mapping[str, Side | str] | None = None
) -> Agreement:
    """The kept record as it will be after merging ``right`` into ``left`` (a preview:
    nothing is written). Fields not in ``choices`` keep the left value."""
    choices = choices or {}
    unknown = set(choices) - set(CHOSEN_FIELDS)
    if unknown:
        raise ValueError(f"cannot choose {', '.join(sorted(unknown))}: they are united")
    chosen = {
        f: getattr(right if Side(choices.get(f, Side.LEFT)) is Side.RIGHT else left, f)
        for f in CHOSEN_FIELDS
    }
    pair = {left.uuid, right.uuid}
    relations = (
        Relation(r.kind, left.uuid if r.target == right.uuid else r.target)
        for r in left.relations + right.relations
    )
    return dataclasses.replace(
        left,
        **chosen,
        subjects=_unite(left.subjects + right.subjects, subject_key),
        sources=_unite(left.sources + right.sources),
        relations=_unite(r for r in relations if r.target not in pair),
        notes=_unite(left.notes + right.notes, _fold),
    )


def _fresh(catalog: Catalog, read: Agreement) -> Agreement:
    stored = catalog.get(read.id if read.id is not None else read.uuid)
    if stored.version != read.version:
        raise StaleRecordError(stored.uuid, read.version, stored.version)
    return stored


def _set_deleted(catalog: Catalog, a: Agreement, deleted_at: str | None, action: str) -> Agreement:
    return records.set_deleted(catalog.conn, a, deleted_at, action, catalog.user, now())


def merge(
    catalog: Catalog,
    keep: Agreement,
    other: Agreement,
    choices: Mapping[str, Side | str] | None = None,
) -> MergeResult:
    """Merge ``other`` into ``keep`` (both as the caller read them: a record changed since
    raises StaleRecordError). One transaction: all of it happens or none."""
    with catalog.writing() as conn:
        kept_before, removed_before = _fresh(catalog, keep), _fresh(catalog, other)
        if kept_before.uuid == removed_before.uuid:
            raise MergeError("a record cannot be merged with itself")
        if kept_before.deleted_at or removed_before.deleted_at:
            raise MergeError("restore a record from the trash before merging it")
        merged = merged_record(kept_before, removed_before, choices)
        found = problems(merged)
        if found:
            raise ValidationError(found)
        stamp = now()
        kept = records.save_edit(conn, kept_before, merged, "merged", catalog.user, stamp)
        assert kept.id is not None and removed_before.id is not None
        records.log(
            conn,
            kept.id,
            kept.version,
            "merged",
            catalog.user,
            stamp,
            "",
            None,
            {"merged_from": removed_before.uuid},
        )
        removed = _set_deleted(catalog, removed_before, stamp, "merged")
        records.log(
            conn,
            removed_before.id,
            removed.version,
            "merged",
            catalog.user,
            stamp,
            "",
            None,
            {"merged_into": kept.uuid},
        )
        referrers_before, referrers_after = _repoint(catalog, removed_before, kept, stamp)
    return MergeResult(
        kept, removed, kept_before, removed_before, referrers_before, referrers_after
    )


def _repoint(
    catalog: Catalog, removed: Agreement, kept: Agreement, stamp: str
) -> tuple[tuple[Agreement, ...], tuple[Agreement, ...]]:
    """Point every other record's relations at ``removed`` to ``kept`` instead."""
    holders = [
        row[0]
        for row in catalog.conn.execute(
            "SELECT DISTINCT agreement_id FROM relations WHERE target_id = ? "
            "AND agreement_id NOT IN (?, ?) ORDER BY agreement_id",
            (removed.id, removed.id, kept.id),
        )
    ]
    before, after = [], []
    for holder in holders:
        stored = catalog.get(holder)
        relations = _unite(
            Relation(r.kind, kept.uuid if r.target == removed.uuid else r.target)
            for r in stored.relations
        )
        edited = dataclasses.replace(stored, relations=relations)
        before.append(stored)
        after.append(records.save_edit(catalog.conn, stored, edited, "merged", catalog.user, stamp))
    return tuple(before), tuple(after)


def _content(a: Agreement) -> dict[str, Any]:
    return {f: getattr(a, f) for f in CONTENT_FIELDS}


def undo_merge(catalog: Catalog, result: MergeResult) -> tuple[Agreement, Agreement]:
    """Take a merge back: both records live with their content as before it, and re-pointed
    relations pointing at the removed record again. Refused (StaleRecordError) if any of
    them changed after the merge. One transaction; returns (kept, restored)."""
    with catalog.writing() as conn:
        kept = _fresh(catalog, result.kept)
        removed = _fresh(catalog, result.removed)
        referrers = [_fresh(catalog, r) for r in result.referrers_after]
        stamp = now()
        restored = _set_deleted(catalog, removed, result.removed_before.deleted_at, "restored")
        for now_, before in zip(referrers, result.referrers_before, strict=True):
            edited = dataclasses.replace(now_, **_content(before))
            records.save_edit(conn, now_, edited, "updated", catalog.user, stamp)
        edited = dataclasses.replace(kept, **_content(result.kept_before))
        kept = records.save_edit(conn, kept, edited, "updated", catalog.user, stamp)
    return kept, restored


def last_merge(catalog: Catalog, removed_ref: int | str) -> MergeResult:
    """Rebuild, from the history alone, what ``merge`` returned when ``removed_ref`` was
    merged into another record: so a merge stays undoable after the window is closed.

    Raises MergeError if that record was never merged away or is out of the trash again.
    """
    removed = catalog.get(removed_ref)
    note = catalog.conn.execute(
        "SELECT version, new_value, changed_at FROM history WHERE agreement_id = ? "
        "AND action = 'merged' AND field = '' ORDER BY id DESC LIMIT 1",
        (removed.id,),
    ).fetchone()
    into = json_value(note[1])[0] if note is not None else None
    if not isinstance(into, dict) or type(into.get("merged_into")) is not str:
        raise MergeError(f"record {removed.uuid} was not merged into another")
    if removed.deleted_at is None:
        raise MergeError(f"record {removed.uuid} is not in the trash: no merge to undo")
    removed_version, stamp = note[0], note[2]
    kept = catalog.get(into["merged_into"])
    assert kept.id is not None and removed.id is not None  # both read from the catalogue
    kept_version, kept_edited = catalog.conn.execute(
        "SELECT max(version), sum(field <> '') FROM history WHERE agreement_id = ? "
        "AND action = 'merged' AND changed_at = ?",
        (kept.id, stamp),
    ).fetchone()
    holders = catalog.conn.execute(
        "SELECT agreement_id, version FROM history WHERE action = 'merged' "
        "AND field = 'relations' AND changed_at = ? AND agreement_id NOT IN (?, ?) ORDER BY id",
        (stamp, kept.id, removed.id),
    ).fetchall()
    return MergeResult(
        kept=version_at(catalog, kept.id, kept_version),
        removed=version_at(catalog, removed.id, removed_version),
        kept_before=version_at(catalog, kept.id, kept_version - (1 if kept_edited else 0)),
        removed_before=version_at(catalog, removed.id, removed_version - 1),
        referrers_before=tuple(version_at(catalog, a, v - 1) for a, v in holders),
        referrers_after=tuple(version_at(catalog, a, v) for a, v in holders),
    )

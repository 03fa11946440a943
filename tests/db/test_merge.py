"""Merging two records of one document, and undoing it: all or nothing, nothing lost."""

from __future__ import annotations

import dataclasses

import pytest

from db import (
    CONTENT_FIELDS,
    Catalog,
    PartialDate,
    Relation,
    RelationKind,
    Source,
    StaleRecordError,
)
from db.features.merge import MergeError, Side, merge, merged_record, undo_merge
from tests.db.test_records import make


def content(a):
    return {f: getattr(a, f) for f in CONTENT_FIELDS}


@pytest.fixture
def pair(catalog: Catalog):
    left = catalog.add(make(title="Лист про наміри", subjects=("joint production",)))
    right = catalog.add(
        make(
            title="Лист про наміри щодо виробництва",
            signed_on=PartialDate(2025, 8, 26),
            subjects=("Joint production", "drones"),
            sources=(Source("Укрінформ", "https://ukrinform.ua/x"),),
            notes=("друга",),
        )
    )
    follower = catalog.add(
        make(title="Угода", relations=(Relation(RelationKind.IMPLEMENTS, right.uuid),))
    )
    # Re-read: the shared subject vocabulary folds case ("Joint production" is stored as
    # the existing "joint production").
    return catalog.get(left.id), catalog.get(right.id), catalog.get(follower.id)


def test_merge_takes_chosen_fields_and_unites_lists(catalog: Catalog, pair) -> None:
    left, right, follower = pair
    result = merge(catalog, left, right, {"title": Side.RIGHT})
    kept = catalog.get(left.id)
    assert kept.title == "Лист про наміри щодо виробництва"
    assert kept.signed_on == left.signed_on
    assert kept.subjects == ("joint production", "drones")
    assert kept.sources == left.sources + right.sources
    assert kept.notes == ("перша нотатка", "друга")
    assert catalog.get(right.id).deleted_at is not None
    assert catalog.get(follower.id).relations == (Relation(RelationKind.IMPLEMENTS, left.uuid),)
    assert result.kept == kept
    merged_notes = [c.new for c in catalog.history(left.id) if c.action == "merged" and not c.field]
    assert merged_notes == [{"merged_from": right.uuid}]
    into = [c.new for c in catalog.history(right.id) if c.action == "merged" and not c.field]
    assert into == [{"merged_into": left.uuid}]


def test_undo_restores_both_records_exactly(catalog: Catalog, pair) -> None:
    left, right, follower = pair
    result = merge(catalog, left, right, {"title": "right", "signed_on": "right"})
    kept, restored = undo_merge(catalog, result)
    assert kept == catalog.get(left.id) and restored == catalog.get(right.id)
    assert content(catalog.get(left.id)) == content(left)
    assert content(catalog.get(right.id)) == content(right)
    assert content(catalog.get(follower.id)) == content(follower)
    assert catalog.get(left.id).deleted_at is None and catalog.get(right.id).deleted_at is None
    assert catalog.count() == 3


def test_merge_is_refused_on_a_stale_read_and_writes_nothing(catalog: Catalog, pair) -> None:
    left, right, _ = pair
    catalog.update(dataclasses.replace(right, place="Київ"))
    before = len(catalog.history(left.id))
    with pytest.raises(StaleRecordError):
        merge(catalog, left, right)
    assert len(catalog.history(left.id)) == before
    assert catalog.get(right.id).deleted_at is None


def test_undo_is_refused_after_a_later_edit(catalog: Catalog, pair) -> None:
    left, right, _ = pair
    result = merge(catalog, left, right)
    catalog.update(dataclasses.replace(result.kept, place="Вільнюс"))
    with pytest.raises(StaleRecordError):
        undo_merge(catalog, result)
    assert catalog.get(right.id).deleted_at is not None


def test_relations_between_the_two_are_dropped(catalog: Catalog) -> None:
    left = catalog.add(make())
    right = catalog.add(make(relations=(Relation(RelationKind.AMENDS, left.uuid),)))
    merged = merged_record(left, right)
    assert merged.relations == ()
    with pytest.raises(MergeError):
        merge(catalog, left, left)
    with pytest.raises(ValueError):
        merged_record(left, right, {"subjects": "right"})


def test_history_replays_across_merge_and_undo(catalog: Catalog, pair) -> None:
    from db.features.versions import version_at, versions

    left, right, follower = pair
    result = merge(catalog, left, right, {"title": Side.RIGHT})
    undo_merge(catalog, result)
    for record, merged in ((left, result.kept), (right, result.removed)):
        assert version_at(catalog, record.id, record.version) == record
        assert version_at(catalog, record.id, merged.version) == merged
        assert versions(catalog, record.id)[-1] == catalog.get(record.id).version
    assert version_at(catalog, follower.id, follower.version) == follower


def test_a_merge_is_rebuilt_from_history_and_undone(catalog: Catalog, pair) -> None:
    from db.features.merge import last_merge

    left, right, follower = pair
    result = merge(catalog, left, right, {"title": Side.RIGHT})
    assert last_merge(catalog, right.uuid) == result
    undo_merge(catalog, last_merge(catalog, right.id))
    for before in (left, right, follower):
        assert content(catalog.get(before.id)) == content(before)
    with pytest.raises(MergeError):
        last_merge(catalog, follower.id)


def test_last_merge_when_the_kept_record_did_not_change(catalog: Catalog) -> None:
    from db.features.merge import last_merge

    left = catalog.add(make())
    right = catalog.get(catalog.add(make(notes=())).id)
    result = merge(catalog, left, right)
    assert result.kept.version == left.version
    assert last_merge(catalog, right.id) == result

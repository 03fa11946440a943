"""Past versions rebuilt from the history equal the versions that were saved."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Catalog, Commitment, PartialDate, StaleRecordError, Status, open_catalog
from db.features.versions import VersionNotFoundError, restore_field, version_at, versions
from tests.db.test_records import make

words = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs")), max_size=12)
edits = st.one_of(
    st.builds(lambda t: {"title": t or "назва"}, words),
    st.builds(
        lambda s: {"subjects": tuple(dict.fromkeys(s))},
        st.lists(words.filter(str.strip), max_size=3),
    ),
    st.builds(lambda s: {"summary": s}, words),
    st.builds(lambda n: {"notes": tuple(n)}, st.lists(words, max_size=2)),
    st.builds(lambda s: {"status": s}, st.sampled_from(list(Status))),
    st.builds(
        lambda y: {"signed_on": PartialDate(y) if y else None},
        st.integers(0, 2025).filter(lambda y: y == 0 or y > 1900),
    ),
    st.builds(
        lambda a: {
            "commitments": (Commitment("LT", "0,25% ВВП", a, "% of GDP", PartialDate(2027)),)
        },
        st.one_of(st.none(), st.floats(0, 100, allow_nan=False)),
    ),
    st.just({"delete": True}),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits, min_size=1, max_size=8))
def test_every_saved_version_is_rebuilt_exactly(steps: list[dict]) -> None:
    with open_catalog(None, user="tester") as catalog:
        record = catalog.add(make())
        saved = {record.version: record}
        for step in steps:
            if "delete" in step:
                record = (
                    catalog.restore(record.id) if record.deleted_at else catalog.delete(record.id)
                )
            else:
                record = catalog.update(dataclasses.replace(record, **step))
            saved[record.version] = catalog.get(record.id)
        assert versions(catalog, record.id) == sorted(saved)
        for number, expected in saved.items():
            assert version_at(catalog, record.uuid, number) == expected


def test_restore_field_is_a_recorded_update(catalog: Catalog) -> None:
    first = catalog.add(make(title="Перша назва"))
    second = catalog.update(dataclasses.replace(first, title="Друга назва", place="Вільнюс"))
    restored = restore_field(catalog, first.id, "title", 1)
    assert restored.title == "Перша назва" and restored.place == "Вільнюс"
    assert restored.version == second.version + 1
    last = catalog.history(first.id)[-1]
    assert (last.action, last.field, last.old, last.new) == (
        "updated",
        "title",
        "Друга назва",
        "Перша назва",
    )


def test_restore_field_refuses_a_stale_read(catalog: Catalog) -> None:
    first = catalog.add(make(title="Перша назва"))
    catalog.update(dataclasses.replace(first, title="Друга назва"))
    with pytest.raises(StaleRecordError):
        restore_field(catalog, first.id, "title", 1, read_version=1)


def test_unknown_version(catalog: Catalog) -> None:
    first = catalog.add(make())
    with pytest.raises(VersionNotFoundError):
        version_at(catalog, first.id, 7)

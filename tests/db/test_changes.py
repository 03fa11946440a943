"""Every write notes what it changed; the runner of an operation takes the report once."""

from __future__ import annotations

import dataclasses

import pytest

from db import Agreement, Catalog, Kind, Party, ValidationError
from db.features.interchange import import_file
from db.store.changes import EVERYTHING, NOTHING, Changes
from resources import DEMO_CATALOGUE, resource_path


def _sample(title: str = "Memorandum") -> Agreement:
    return Agreement(
        title=title, kind=Kind.MEMORANDUM, parties=(Party.state("UA"), Party.state("LT"))
    )


def test_a_fresh_catalogue_reports_nothing(catalog: Catalog) -> None:
    assert catalog.take_changes() == NOTHING
    assert not NOTHING


def test_adding_reports_the_new_record_and_a_possibly_larger_vocabulary(catalog: Catalog) -> None:
    added = catalog.add(_sample())
    assert catalog.take_changes() == Changes(frozenset({added.id}), vocabulary=True)


def test_the_report_is_taken_once(catalog: Catalog) -> None:
    catalog.add(_sample())
    catalog.take_changes()
    assert catalog.take_changes() == NOTHING


def test_edit_trash_and_restore_report_only_that_record(catalog: Catalog) -> None:
    first, second = catalog.add(_sample("one")), catalog.add(_sample("two"))
    catalog.take_changes()
    edited = catalog.update(dataclasses.replace(first, summary="changed"))
    assert catalog.take_changes().records == {first.id}
    catalog.delete(second.id)
    catalog.restore(second.id)
    assert catalog.take_changes() == Changes(frozenset({second.id}))
    assert edited.version == 2


def test_a_refused_write_reports_nothing(catalog: Catalog) -> None:
    with pytest.raises(ValidationError):
        catalog.add(dataclasses.replace(_sample(), title=""))
    with pytest.raises(RuntimeError), catalog.writing():
        raise RuntimeError("rolled back")
    assert catalog.take_changes() == NOTHING


def test_writes_that_cannot_say_what_they_touched_report_everything(catalog: Catalog) -> None:
    import_file(catalog, resource_path(*DEMO_CATALOGUE))
    assert catalog.take_changes().everything


def test_reports_merge_and_every_change_moves_the_facets() -> None:
    merged = Changes.of_record(1) | Changes.of_record(2, vocabulary=True) | NOTHING
    assert merged == Changes(frozenset({1, 2}), vocabulary=True)
    assert merged.facets and EVERYTHING.facets and not NOTHING.facets

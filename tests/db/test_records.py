"""Adding, reading, editing, deleting and restoring agreements; the version check."""

from __future__ import annotations

import dataclasses

import pytest

from db import (
    Agreement,
    Catalog,
    Commitment,
    Filters,
    Kind,
    PartialDate,
    Party,
    RecordNotFoundError,
    Relation,
    RelationKind,
    Signatory,
    Source,
    StaleRecordError,
    Status,
    ValidationError,
    open_catalog,
)


def make(**changes) -> Agreement:
    base = Agreement(
        title="Лист про наміри",
        kind=Kind.LETTER_OF_INTENT,
        parties=(Party.state("UA"), Party.state("LT")),
        signed_on=PartialDate(2025, 8, 25),
        signatories=(Signatory("Денис Шмигаль", "Міністр оборони", "UA"),),
        subjects=("joint production",),
        commitments=(Commitment("LT", "0,25% ВВП", 0.25, "% of GDP", PartialDate(2027)),),
        sources=(Source("Telegram", "https://t.me/x", PartialDate(2025, 8, 25), "цитата"),),
        notes=("перша нотатка",),
    )
    return dataclasses.replace(base, **changes)


def test_add_then_get_returns_every_field(catalog: Catalog) -> None:
    saved = catalog.add(make())
    assert saved.id is not None and saved.uuid and saved.version == 1
    assert catalog.get(saved.id) == saved
    assert catalog.get(saved.uuid) == saved


def test_update_records_each_changed_field_in_history(catalog: Catalog) -> None:
    saved = catalog.add(make())
    edited = catalog.update(dataclasses.replace(saved, title="Нова назва", place="Київ"))
    assert edited.version == 2
    changes = [(c.action, c.field, c.old, c.new) for c in catalog.history(saved.id)]
    assert changes == [
        ("created", "", None, None),
        ("updated", "title", "Лист про наміри", "Нова назва"),
        ("updated", "place", "", "Київ"),
    ]
    assert all(c.changed_by == "tester" for c in catalog.history(saved.id))


def test_update_without_changes_writes_nothing(catalog: Catalog) -> None:
    saved = catalog.add(make())
    assert catalog.update(saved) == saved
    assert len(catalog.history(saved.id)) == 1


def test_stale_update_is_refused_and_changes_nothing(catalog: Catalog) -> None:
    saved = catalog.add(make())
    catalog.update(dataclasses.replace(saved, title="Перша правка"))
    with pytest.raises(StaleRecordError) as error:
        catalog.update(dataclasses.replace(saved, title="Друга правка"))
    assert error.value.expected == 1 and error.value.actual == 2
    assert catalog.get(saved.id).title == "Перша правка"


def test_delete_moves_to_trash_and_restore_brings_back(catalog: Catalog) -> None:
    saved = catalog.add(make())
    catalog.delete(saved.id)
    assert catalog.count() == 0
    assert [r.id for r in catalog.list(Filters(trash=True))] == [saved.id]
    restored = catalog.restore(saved.uuid)
    assert restored.deleted_at is None and catalog.count() == 1
    actions = [c.action for c in catalog.history(saved.id)]
    assert actions == ["created", "deleted", "restored"]


def test_delete_with_stale_version_is_refused(catalog: Catalog) -> None:
    saved = catalog.add(make())
    catalog.update(dataclasses.replace(saved, title="Інша"))
    with pytest.raises(StaleRecordError):
        catalog.delete(saved.id, version=saved.version)
    assert catalog.count() == 1


def test_unknown_reference_raises_not_found(catalog: Catalog) -> None:
    with pytest.raises(RecordNotFoundError):
        catalog.get(42)
    with pytest.raises(RecordNotFoundError):
        catalog.get("no-such-uuid")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"parties": (Party.state("UA"),)}, "parties"),
        ({"parties": (Party.state("UA"), Party.state("XX"))}, "parties"),
        ({"parties": (Party.state("UA"), Party.state("UA"))}, "parties"),
        ({"signed_on": PartialDate(2999, 1, 1)}, "signed_on"),
        ({"kind": "treatyish"}, "kind"),
        ({"status": "maybe"}, "status"),
        ({"signatories": (Signatory("", "", "UA"),)}, "signatories"),
        ({"signatories": (Signatory("X", "", "FR"),)}, "signatories"),
        ({"commitments": (Commitment("UA", ""),)}, "commitments"),
        ({"sources": (Source(),)}, "sources"),
        ({"subjects": ("drones", "Drones")}, "subjects"),
        ({"relations": (Relation(RelationKind.AMENDS, "nowhere"),)}, "relations"),
    ],
)
def test_invalid_records_name_the_field_and_save_nothing(
    catalog: Catalog, changes: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        catalog.add(make(**changes))
    assert field in {p.field for p in error.value.problems}
    assert catalog.count() == 0 and catalog.count(Filters(trash=True)) == 0


def test_organisations_are_parties(catalog: Catalog) -> None:
    saved = catalog.add(make(parties=(Party.state("UA"), Party.org("NATO")), commitments=()))
    assert catalog.get(saved.id).parties[1].organisation == "NATO"
    assert [r.id for r in catalog.list(Filters(partners=("NATO",)))] == [saved.id]


def test_relations_point_at_other_records(catalog: Catalog) -> None:
    loi = catalog.add(make())
    deal = catalog.add(
        make(kind=Kind.AGREEMENT, relations=(Relation(RelationKind.IMPLEMENTS, loi.uuid),))
    )
    assert catalog.get(deal.id).relations == (Relation(RelationKind.IMPLEMENTS, loi.uuid),)


def test_subjects_are_a_shared_vocabulary(catalog: Catalog) -> None:
    catalog.add(make(subjects=("Beekeeping", "joint production")))
    second = catalog.add(make(subjects=("beekeeping",)))
    assert catalog.subjects() == ["Beekeeping", "joint production"]
    assert catalog.get(second.id).subjects == ("Beekeeping",)


def test_the_vocabulary_ignores_case_in_any_script(catalog: Catalog) -> None:
    catalog.add(make(subjects=("Бджільництво",)))
    second = catalog.add(make(subjects=("бджільництво", "ҐРУНТ")))
    third = catalog.add(make(subjects=("ґрунт",)))
    assert catalog.subjects() == ["Бджільництво", "ҐРУНТ"]
    assert catalog.get(second.id).subjects == ("Бджільництво", "ҐРУНТ")
    assert catalog.get(third.id).subjects == ("ҐРУНТ",)
    assert catalog.count(Filters(subjects=("Бджільництво",))) == 2


def test_any_label_of_a_concept_is_stored_as_the_concept_id(catalog: Catalog) -> None:
    first = catalog.add(make(subjects=("БпЛА", "ППО")))
    second = catalog.add(make(subjects=("UAV", "Air Defense", "bee keeping")))
    assert catalog.get(first.id).subjects == ("drones", "air defence")
    assert catalog.get(second.id).subjects == ("drones", "air defence", "bee keeping")
    assert catalog.subjects() == ["air defence", "bee keeping", "drones"]
    assert catalog.count(Filters(subjects=("дрони",))) == 2


def test_two_labels_of_one_concept_are_one_subject_listed_twice(catalog: Catalog) -> None:
    with pytest.raises(ValidationError, match="twice"):
        catalog.add(make(subjects=("дрони", "UAV")))


def test_a_write_is_one_transaction(catalog: Catalog, monkeypatch) -> None:
    from db.store import records

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(records, "write_relations", broken)
    with pytest.raises(RuntimeError):
        catalog.add(make())
    assert catalog.count() == 0
    assert catalog.conn.execute("SELECT count(*) FROM parties").fetchone()[0] == 0


def test_file_catalogue_uses_wal_and_foreign_keys(tmp_path) -> None:
    with open_catalog(tmp_path / "c.pactum", create=True) as catalog:
        assert catalog.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert catalog.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_status_default_and_partial_dates_round_trip(catalog: Catalog) -> None:
    for date in (PartialDate(2024), PartialDate(2024, 2), PartialDate(2024, 2, 29), None):
        saved = catalog.add(make(signed_on=date, status=Status.ANNOUNCED))
        assert catalog.get(saved.id).signed_on == date

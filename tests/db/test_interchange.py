"""The JSON interchange format and CSV export: round trips, all-or-nothing import."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import (
    Agreement,
    Commitment,
    Filters,
    ImportFormatError,
    Kind,
    OutputPathError,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Signatory,
    Source,
    Status,
    ValidationError,
    open_catalog,
)
from db.features.interchange import export_csv, export_file, export_json, import_data, parse
from db.store.thesaurus import subject_key, thesaurus

# Any Unicode a user might paste: Cyrillic, emoji, control characters, markup and quotes.
# Lone surrogates cannot be stored as UTF-8 and are excluded, as they are from real input.
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["Литва", '<b>Tom & "Jerry"</b> & ©', "🇺🇦 ґ є ї ’", "\x00\x07\n\t", ""]
)
nonblank = text.filter(lambda s: s.strip() != "")
dates = st.builds(
    lambda y, m, d, p: (
        PartialDate(y) if p == 0 else PartialDate(y, m) if p == 1 else PartialDate(y, m, d)
    ),
    st.integers(1900, 2025),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 2),
)
codes = st.sampled_from(["UA", "LT", "CA", "SE", "PL", "US"])


labels = st.sampled_from([label for label, _ in thesaurus().completions()])
"""Any label of any concept, in either language: stored as the concept's id."""


@st.composite
def agreements(draw) -> Agreement:
    keys = draw(st.lists(codes, min_size=2, max_size=4, unique=True))
    parties = [Party.state(k) for k in keys]
    if draw(st.booleans()):
        parties.append(Party.org(draw(nonblank)))
    party_keys = [p.key for p in parties]
    return Agreement(
        title=draw(nonblank),
        kind=draw(st.sampled_from(list(Kind))),
        parties=tuple(parties),
        status=draw(st.sampled_from(list(Status))),
        signed_on=draw(st.none() | dates),
        place=draw(text),
        signatories=tuple(
            draw(
                st.lists(
                    st.builds(Signatory, nonblank, text, st.sampled_from(party_keys)), max_size=3
                )
            )
        ),
        subjects=tuple(draw(st.lists(nonblank | labels, max_size=3, unique_by=subject_key))),
        title_translation=draw(text),
        summary_translation=draw(text),
        commitments=tuple(
            draw(
                st.lists(
                    st.builds(
                        Commitment,
                        st.sampled_from(party_keys),
                        nonblank,
                        st.none() | st.floats(allow_nan=False, allow_infinity=False),
                        text,
                        st.none() | dates,
                    ),
                    max_size=2,
                )
            )
        ),
        summary=draw(text),
        full_text=draw(text),
        sources=tuple(
            draw(st.lists(st.builds(Source, nonblank, text, st.none() | dates, text), max_size=2))
        ),
        notes=tuple(draw(st.lists(text, max_size=2))),
    )


def exported(catalog) -> dict:
    out = io.StringIO()
    export_json(catalog, out)
    data = json.loads(out.getvalue())
    data.pop("exported_at")
    return data


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(agreements(), min_size=1, max_size=4), st.data())
def test_export_import_gives_back_an_identical_catalogue(records, data) -> None:
    with open_catalog(None, user="a") as source:
        saved = [source.add(r) for r in records]
        if len(saved) > 1:
            source.update(
                Agreement(
                    **{
                        **saved[1].__dict__,
                        "relations": (Relation(RelationKind.IMPLEMENTS, saved[0].uuid),),
                    }
                )
            )
        if data.draw(st.booleans()):
            source.delete(saved[0].id)
        first = exported(source)
    with open_catalog(None, user="b") as target:
        report = import_data(target, parse(json.dumps(first)))
        assert report.added == len(records)
        assert exported(target) == first


def test_reimport_does_not_duplicate(demo) -> None:
    data = exported(demo)
    report = import_data(demo, data)
    assert (report.added, report.unchanged) == (0, 3)
    assert demo.count() == 3


def test_reimport_keeps_local_edits_unless_replace(demo) -> None:
    data = exported(demo)
    lt = demo.list(Filters(partners=("LT",)))[0]
    demo.update(Agreement(**{**demo.get(lt.id).__dict__, "place": "Київ"}))
    assert import_data(demo, data).kept == 1
    assert demo.get(lt.id).place == "Київ"
    assert import_data(demo, data, replace=True).replaced == 1
    assert demo.get(lt.id).place == ""
    assert demo.history(lt.id)[-1].action == "imported"


def test_replace_may_relate_to_a_record_the_same_file_adds_later(catalog) -> None:
    """Syncing an older copy: the export lists a record before the newer one it now amends."""
    pair = (Party.state("UA"), Party.state("LT"))
    with open_catalog(None, user="newer") as newer:
        older = newer.add(Agreement(title="Угода", kind=Kind.AGREEMENT, parties=pair))
        import_data(catalog, exported(newer))
        later = newer.add(Agreement(title="Протокол", kind=Kind.PROTOCOL, parties=pair))
        newer.update(
            Agreement(
                **{**older.__dict__, "relations": (Relation(RelationKind.AMENDS, later.uuid),)}
            )
        )
        data = exported(newer)
    report = import_data(catalog, data, replace=True)
    assert (report.added, report.replaced) == (1, 1)
    assert catalog.get(older.uuid).relations == (Relation(RelationKind.AMENDS, later.uuid),)


@pytest.mark.parametrize(
    "spell", [str.upper, lambda u: "{" + u + "}", lambda u: u.replace("-", "")]
)
def test_a_uuid_in_another_spelling_is_the_same_record(demo, spell) -> None:
    data = exported(demo)
    for item in data["agreements"]:
        item["uuid"] = spell(item["uuid"])
        for relation in item["relations"]:
            relation["target"] = spell(relation["target"])
    report = import_data(demo, data)
    assert (report.added, report.unchanged) == (0, 3)
    assert demo.count() == 3


def test_one_uuid_twice_in_a_file_is_refused_whatever_its_spelling(demo) -> None:
    data = exported(demo)
    twin = {**data["agreements"][0], "uuid": data["agreements"][0]["uuid"].upper()}
    data["agreements"].append(twin)
    with open_catalog(None) as target:
        with pytest.raises(ValidationError, match="same UUID as record 1"):
            import_data(target, data)
        assert target.count() == 0


def test_reimport_is_unchanged_when_only_the_vocabulary_spells_a_subject_otherwise(
    catalog,
) -> None:
    pair = (Party.state("UA"), Party.state("LT"))
    catalog.add(Agreement(title="Перша", kind=Kind.AGREEMENT, parties=pair, subjects=("дрони",)))
    with open_catalog(None) as other:
        other.add(Agreement(title="Друга", kind=Kind.AGREEMENT, parties=pair, subjects=("Дрони",)))
        data = exported(other)
    assert import_data(catalog, data).added == 1
    for replace in (False, True):
        report = import_data(catalog, data, replace=replace)
        assert (report.unchanged, report.kept, report.replaced) == (1, 0, 0)
    assert catalog.get(data["agreements"][0]["uuid"]).version == 1


def test_import_checks_everything_first_and_names_record_and_field(demo) -> None:
    data = exported(demo)
    data["agreements"].append({**data["agreements"][0], "uuid": "x-1", "title": " "})
    data["agreements"].append({**data["agreements"][0], "uuid": "x-2", "signed_on": "2025-02-30"})
    data["agreements"].append(
        {**data["agreements"][0], "uuid": "x-3", "parties": [{"country": "ZZ"}, {"country": "UA"}]}
    )
    data["agreements"].append({**data["agreements"][0], "uuid": "x-4", "kind": "napkin"})
    data["agreements"].append(
        {
            **data["agreements"][0],
            "uuid": "x-5",
            "relations": [{"kind": "amends", "target": "ghost"}],
        }
    )
    data["agreements"].append("not a record")
    for item in data["agreements"][:-1]:
        item.pop("history", None)
    with pytest.raises(ValidationError) as error:
        import_data(demo, data)
    where = {(p.record, p.field) for p in error.value.problems}
    assert {
        (4, "title"),
        (5, "signed_on"),
        (6, "parties"),
        (7, "kind"),
        (8, "relations"),
        (9, "record"),
    } <= where
    assert demo.count() == 3


def test_import_is_all_or_nothing(demo) -> None:
    data = exported(demo)
    data["agreements"][2]["uuid"] = data["agreements"][0]["uuid"]
    with open_catalog(None) as empty:
        with pytest.raises(ValidationError, match="same UUID as record 1"):
            import_data(empty, data)
        assert empty.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", r"not valid JSON \(within its first 8 bytes"),
        ("[1, 2]", "not a Pactum export"),
        ('{"format": "pactum-catalogue", "format_version": 99, "agreements": []}', "version 99"),
        ('{"format": "pactum-catalogue", "format_version": 1, "agreements": {}}', "must be a list"),
        ("[" * 100_000 + "]" * 100_000, "JSON"),
    ],
)
def test_malformed_files_get_a_clear_error(catalog, content, message) -> None:
    with pytest.raises(ImportFormatError, match=message):
        parse(content)


def test_csv_has_a_row_per_agreement_and_neutralises_formulas(demo) -> None:
    lt = demo.list(Filters(partners=("LT",)))[0]
    demo.update(Agreement(**{**demo.get(lt.id).__dict__, "place": "=cmd|' /C calc'!A0"}))
    out = io.StringIO(newline="")
    assert export_csv(demo, out).written == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 3
    lt_row = next(r for r in rows if r["parties"] == "UA; LT")
    assert lt_row["place"] == "'=cmd|' /C calc'!A0"
    assert "Денис Шмигаль (Міністр оборони України, UA)" in lt_row["signatories"]
    assert "0.25 % of GDP until 2027" in lt_row["commitments"]


def test_export_file_refuses_unknown_suffix_and_leaves_no_partial(demo, tmp_path: Path) -> None:
    with pytest.raises(OutputPathError):
        export_file(demo, tmp_path / "out.xlsx")
    assert export_file(demo, tmp_path / "out.json").written == 3
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_timestamps_must_be_timestamps(demo) -> None:
    data = exported(demo)
    data["agreements"][0]["deleted_at"] = "yesterday-ish"
    data["agreements"][1]["created_at"] = 42
    for item in data["agreements"]:
        item["uuid"] = str(uuid.uuid4())
        item.pop("history")
    with pytest.raises(ValidationError) as error:
        import_data(demo, data)
    assert {(p.record, p.field) for p in error.value.problems} == {
        (1, "deleted_at"),
        (2, "created_at"),
    }


def test_a_catalogue_with_concepts_local_subjects_and_translations_round_trips_exactly(
    catalog,
) -> None:
    pair = (Party.state("UA"), Party.state("LT"))
    catalog.add(
        Agreement(
            title="Лист про наміри",
            title_translation="Letter of intent",
            summary_translation="Drones.",
            kind=Kind.LETTER_OF_INTENT,
            parties=pair,
            subjects=("БпЛА", "бджільництво", "mine action"),
        )
    )
    first = exported(catalog)
    assert first["agreements"][0]["subjects"] == ["drones", "бджільництво", "demining"]
    assert first["concepts"] == [
        {"id": "drones", "uk": "дрони", "en": "drones", "local": False},
        {"id": "бджільництво", "uk": "бджільництво", "en": "бджільництво", "local": True},
        {"id": "demining", "uk": "розмінування", "en": "demining", "local": False},
    ]
    with open_catalog(None) as target:
        import_data(target, parse(json.dumps(first)))
        assert exported(target) == first
        assert target.get(first["agreements"][0]["uuid"]).title_translation == "Letter of intent"


def test_a_concept_our_thesaurus_lacks_is_read_by_its_labels(catalog) -> None:
    data = {
        "format": "pactum-catalogue",
        "format_version": 1,
        "agreements": [
            {
                "title": "Угода",
                "kind": "agreement",
                "parties": [{"country": "UA"}, {"country": "LT"}],
                "subjects": ["unmanned systems", "shiny new thing"],
            }
        ],
        "concepts": [
            {"id": "unmanned systems", "uk": "безпілотники", "en": "UxS", "local": False},
            {"id": "shiny new thing", "uk": "щось", "en": "shiny", "local": False},
        ],
    }
    import_data(catalog, data)
    (record,) = [catalog.get(i) for i in catalog.ids()]
    assert record.subjects == ("drones", "shiny new thing")

"""Documents side by side: alignment, marks, word diffs and exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest

from db import Catalog
from desktop.compare.export import as_json, as_text, write_csv
from desktop.compare.sides import Mark, compare
from desktop.compare.textdiff import Op, render, word_diff

LT, CA, SE = (
    "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01",
    "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a02",
    "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03",
)


def row_for(comparison, field: str, text: str):
    (row,) = [r for r in comparison.rows_of(field) if text in (r.cells[0] or r.cells[-1] or "")]
    return row


def test_lithuanian_and_swedish_letters(demo: Catalog) -> None:
    comparison = compare([demo.get(LT), demo.get(SE)])
    shared = row_for(comparison, "subjects", "joint production")
    assert shared.mark is Mark.SHARED
    assert shared.cells == ("joint production", "joint production")
    (commitment,) = comparison.rows_of("commitments")
    assert commitment.mark is Mark.SOME
    assert "0,25% свого ВВП" in commitment.cells[0] and commitment.cells[1] is None
    assert row_for(comparison, "kind", "letter of intent").mark is Mark.SHARED
    assert comparison.rows_of("signed_on")[0].mark is Mark.DIFFERS
    assert {r.cells for r in comparison.rows_of("parties") if r.mark is Mark.SOME} == {
        ("Lithuania (LT)", None),
        (None, "Sweden (SE)"),
    }
    assert not comparison.rows_of("place")  # nobody filled it


def test_three_documents_mark_what_only_some_share(demo: Catalog) -> None:
    comparison = compare([demo.get(LT), demo.get(CA), demo.get(SE)])
    cooperation = row_for(comparison, "subjects", "defence-industrial cooperation")
    assert cooperation.mark is Mark.SOME
    assert cooperation.cells[0] is None and cooperation.cells[1] == cooperation.cells[2]
    assert row_for(comparison, "kind", "letter of intent").mark is Mark.DIFFERS


def test_item_with_differing_details_is_marked_differs(demo: Catalog) -> None:
    lt = demo.get(LT)
    (c,) = lt.commitments
    changed = dataclasses.replace(lt, commitments=(dataclasses.replace(c, amount=0.3),))
    (row,) = compare([lt, changed]).rows_of("commitments")
    assert row.mark is Mark.DIFFERS


@pytest.mark.parametrize("count", [1, 5])
def test_two_to_four_documents(demo: Catalog, count: int) -> None:
    with pytest.raises(ValueError):
        compare([demo.get(LT)] * count)


def test_word_diff_reassembles_both_texts() -> None:
    old, new = "Україна та Литва спільно виготовлятимуть.", "Україна і Литвою спільно виготовляє!"
    for lemmas in (False, True):
        segments = word_diff(old, new, lemmas)
        assert "".join(s.old for s in segments) == old
        assert "".join(s.new for s in segments) == new


def test_lemma_aware_diff_treats_word_forms_as_the_same_word() -> None:
    old, new = "співпраця з Литвою", "співпраці з Литва"
    plain = word_diff(old, new)
    assert {s.op for s in plain} >= {Op.CHANGED}
    aware = word_diff(old, new, lemmas=True)
    assert {s.op for s in aware} == {Op.SAME, Op.INFLECTED}
    assert render(aware) == "{~співпраця→співпраці~} з {~Литвою→Литва~}"


def test_summaries_get_a_word_diff(demo: Catalog) -> None:
    comparison = compare([demo.get(LT), demo.get(SE)], lemmas=True)
    (diff,) = comparison.diffs
    assert diff.field == "summary" and diff.other == 1
    ops = {s.op for s in diff.segments}
    assert {Op.SAME, Op.INFLECTED} <= ops  # "оборонну продукцію" ~ "оборонної продукції"


def test_text_json_and_csv_carry_the_marks(demo: Catalog) -> None:
    comparison = compare([demo.get(LT), demo.get(SE)])
    text = as_text(comparison)
    assert "= Subjects       joint production" in text
    assert "+ Commitments    [1] LT: Виділяти 0,25%" in text
    data = json.loads(json.dumps(as_json(comparison), ensure_ascii=False))
    assert {
        "field": "subjects",
        "label": "Subjects",
        "mark": "=",
        "cells": ["joint production", "joint production"],
    } in data["rows"]
    out = io.StringIO()
    written = write_csv(comparison, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][0] == "mark" and len(rows) == written + 1
    assert ["same (=)", "Subjects", "joint production", "joint production"] in rows


def test_csv_neutralises_formulas(demo: Catalog) -> None:
    lt = demo.get(LT)
    evil = dataclasses.replace(lt, title='=HYPERLINK("http://x")')
    out = io.StringIO()
    write_csv(compare([lt, evil]), out)
    assert "'=HYPERLINK" in out.getvalue()


def test_ukrainian_labels(demo: Catalog) -> None:
    comparison = compare([demo.get(LT), demo.get(SE)], lang="uk")
    (kind,) = comparison.rows_of("kind")
    assert (kind.label, kind.cells[0]) == ("Вид", "лист про наміри")
    assert ("Литва (LT)", None) in {r.cells for r in comparison.rows_of("parties")}


def test_two_versions_side_by_side(demo: Catalog) -> None:
    from desktop.compare.versions import compare_versions

    lt = demo.get(LT)
    demo.update(dataclasses.replace(lt, place="Київ", subjects=(*lt.subjects, "air defence")))
    comparison = compare_versions(demo, LT, 1, 2)
    assert [d.version for d in comparison.documents] == [1, 2]
    assert comparison.headings[0].endswith(f"({lt.updated_at[:16].replace('T', ' ')})")
    (place,) = comparison.rows_of("place")
    assert place.cells == (None, "Київ") and place.mark is Mark.SOME
    (added,) = [r for r in comparison.rows_of("subjects") if r.mark is not Mark.SHARED]
    assert added.cells == (None, "air defence")

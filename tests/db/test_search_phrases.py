"""A quoted phrase is marked where its words stand together, as one part, and nowhere else."""

from __future__ import annotations

from db import Catalog
from db.search import highlighter, search


def test_a_phrase_is_marked_as_one_and_its_words_alone_are_not(demo: Catalog) -> None:
    marks = highlighter(demo, '"спільне виробництво"')
    parts = marks.parts("Спільне виробництво дронів; виробництво та спільне бачення.")
    assert [text for text, matched in parts if matched] == ["Спільне виробництво"]


def test_other_forms_of_the_phrase_are_marked_and_plain_words_still_are(demo: Catalog) -> None:
    marks = highlighter(demo, 'Литва "спільного виробництва"')
    parts = marks.parts("Литвою: спільне виробництво, виробництво.")
    assert [text for text, matched in parts if matched] == ["Литвою", "спільне виробництво"]


def test_a_snippet_marks_the_phrase_as_one_part(demo: Catalog) -> None:
    (hit,) = search(demo, '"далекобійні безпілотники"').hits
    marked = [text for text, matched in hit.snippet.parts if matched]
    assert marked == ["далекобійні безпілотники"]

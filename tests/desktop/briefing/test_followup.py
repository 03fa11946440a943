"""Briefings that follow a partnership: key points first, the information cut-off on the
cover, "Since the last briefing" listing exactly what changed, summary mode, and the same
briefing as a Word document read back through python-docx."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import (
    Agreement,
    Catalog,
    GdpBasis,
    Kind,
    PartialDate,
    Party,
    Stage,
    StageStep,
    open_catalog,
)
from desktop.briefing import build_briefing
from desktop.briefing.since import since_last

LT = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01"
TODAY = dt.date(2026, 11, 29)


def test_the_pdf_opens_with_key_points_and_states_its_cut_off(
    demo: Catalog, tmp_path: Path, read_pdf
) -> None:
    out = tmp_path / "lt.pdf"
    build_briefing(demo, ["LT"], out, lang="en", today=TODAY)
    pdf = read_pdf(out)
    assert "Information as of" in pdf.flat[0] and "Records as of 29 November 2026" in pdf.flat[0]
    body = pdf.flat[2]
    assert body.index("Key points") < body.index("Overview")
    assert "Commitments by stage" in body and "pledged: 0.25 % of GDP (1 ×)" in body
    assert "31 December 2027" in body  # the nearest deadline


def test_a_second_briefing_after_an_edit_shows_it_since_the_last(
    demo: Catalog, tmp_path: Path, read_pdf
) -> None:
    build_briefing(demo, ["LT"], tmp_path / "first.pdf", lang="en", today=TODAY)
    record = demo.get(LT)
    moved = dataclasses.replace(
        record.commitments[0], stages=(StageStep(Stage.ALLOCATED, PartialDate(2026, 2)),)
    )
    demo.update(dataclasses.replace(record, place="Vilnius", commitments=(moved,)))
    out = tmp_path / "second.pdf"
    build_briefing(demo, ["LT"], out, lang="en", today=TODAY, since_last=True)
    text = read_pdf(out).text
    since = text[text.index("Since the last briefing on 29 November") :]
    assert "Changed documents" in since and "Vilnius" in since
    assert "pledged → allocated" in since


def test_a_first_briefing_asked_for_changes_says_there_was_none_before(
    demo: Catalog, tmp_path: Path, read_pdf
) -> None:
    out = tmp_path / "lt.pdf"
    build_briefing(demo, ["LT"], out, lang="en", today=TODAY, since_last=True)
    assert "No earlier briefing of this partnership" in read_pdf(out).text


def record(n: int, partner: str = "LT") -> Agreement:
    return Agreement(
        title=f"Memorandum {n}",
        kind=Kind.MEMORANDUM,
        parties=(Party.state("UA"), Party.state(partner)),
        signed_on=PartialDate(2025, 1 + n % 12),
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.integers(1, 5),
    edits=st.lists(st.tuples(st.sampled_from(["add", "edit", "nothing"]), st.integers(0, 9))),
)
def test_since_last_lists_exactly_the_records_added_or_changed_between_two_briefings(
    before: int, edits: list[tuple[str, int]]
) -> None:
    with open_catalog(None, user="tester") as catalog:
        uuids = [catalog.add(record(n)).uuid for n in range(before)]
        digest = {u: catalog.get(u).version for u in uuids}
        made = catalog.remember_briefing(["LT"], {}, digest)
        added: set[str] = set()
        changed: set[str] = set()
        for n, (action, pick) in enumerate(edits):
            if action == "add":
                added.add(catalog.add(record(100 + n)).uuid)
            elif action == "edit":
                target = uuids[pick % len(uuids)]
                now = catalog.get(target)
                catalog.update(dataclasses.replace(now, place=f"{now.place}x"))
                changed.add(target)
        catalog.add(record(999, partner="PL"))  # another partnership: never listed
        last = catalog.last_briefing(["LT"])
        assert last is not None and last.id == made.id
        part = [catalog.get(i) for i in catalog.ids() if "LT" in catalog.get(i).party_keys]
        since = since_last(catalog, part, last.made_at, last.digest, TODAY)
    assert {a.uuid for a in since.added} == added
    assert {c.agreement.uuid for c in since.changed} == changed
    assert all([f.field for f in c.fields] == ["place"] for c in since.changed)


def test_summary_mode_prints_the_latest_in_full_and_lists_every_document(
    catalog: Catalog, tmp_path: Path, read_pdf
) -> None:
    for n in range(40):
        catalog.add(record(n))
    out = tmp_path / "big.pdf"
    build_briefing(catalog, ["LT"], out, lang="en", today=TODAY, latest=5)
    pdf = read_pdf(out)
    outline = pdf.outline_titles()
    documents = [title for title in outline if title.startswith("Memorandum")]
    assert len(documents) == 5
    contents = " ".join(pdf.flat[1:3])
    assert "Memorandum" not in contents.split("Documents")[0]  # 40 > 30: sections only
    register = pdf.text[pdf.text.index("List of documents") :]
    assert all(f"Memorandum {n}" in register for n in range(40))


def test_the_word_briefing_has_headings_tables_marking_and_page_numbers(
    demo: Catalog, tmp_path: Path
) -> None:
    out = tmp_path / "lt.docx"
    written = build_briefing(
        demo, ["LT"], out, lang="uk", marking="ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ", today=TODAY
    )
    assert written == [out]
    document = Document(str(out))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Head", "Title"))
    ]
    names = [text for _, text in headings]
    assert names[0] == "Довідка: Україна – Литва"
    assert names.index("Головне") < names.index("Огляд") < names.index("Документи")
    assert any(style == "Heading 2" and "Лист про наміри" in text for style, text in headings)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Виділяти 0,25% свого ВВП на військову допомогу Україні" in cells
    for section in document.sections:
        assert "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ" in section.header.paragraphs[0].text
        footer = section.footer.paragraphs[0]._p.xml
        assert "PAGE" in footer and "NUMPAGES" in footer
    text = "\n".join(p.text for p in document.paragraphs)
    assert "обіцяно" in text and "Записи станом на 29 листопада 2026" in text


def test_a_register_row_split_at_a_page_end_still_prints(
    catalog: Catalog, tmp_path: Path, read_pdf
) -> None:
    """ReportLab drops a cell's measured lines when a row finds no room at a page end; the
    cell must measure again rather than fail (it did with 40 month-dated memoranda)."""
    for n in range(40):
        catalog.add(record(n))
    out = tmp_path / "all.pdf"
    build_briefing(catalog, ["LT"], out, lang="en", today=TODAY)
    assert all(f"Memorandum {n}" in read_pdf(out).text for n in range(40))


def test_a_dense_timeline_counts_per_year_and_says_so(
    catalog: Catalog, tmp_path: Path, read_pdf
) -> None:
    for n in range(70):
        catalog.add(dataclasses.replace(record(n), signed_on=PartialDate(2015 + n % 9, 3)))
    out = tmp_path / "dense.pdf"
    build_briefing(catalog, ["LT"], out, lang="en", today=TODAY, latest=3)
    assert "each bar counts one kind's documents signed in that year" in read_pdf(out).text


def test_a_commitments_stages_and_gdp_money_print_under_its_document(
    demo: Catalog, tmp_path: Path, read_pdf
):
    record = demo.get(LT)
    step = StageStep(Stage.ALLOCATED, PartialDate(2026, 2, 1), 0.2, "Ministry of Defence")
    basis = GdpBasis(197_000_000.0, "EUR", 2024, "Eurostat")
    moved = dataclasses.replace(record.commitments[0], stages=(step,), gdp=basis)
    demo.update(dataclasses.replace(record, commitments=(moved,)))
    out = tmp_path / "lt.pdf"
    build_briefing(demo, ["LT"], out, lang="en", today=TODAY)
    text = read_pdf(out).text
    assert "allocated 1 February 2026: 0.2 % of GDP (Ministry of Defence)" in text
    assert "≈ 197,000,000 EUR (GDP 2024, Eurostat)" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_word_briefing_with_its_headings(
    demo: Catalog, tmp_path: Path, read_pdf
) -> None:
    out = tmp_path / "lt.docx"
    build_briefing(demo, ["LT"], out, lang="uk", marking="ДСК", today=TODAY)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = read_pdf(tmp_path / "lt.pdf")
    assert "Довідка: Україна – Литва" in pdf.flat[0] and "ДСК" in pdf.flat[0]
    assert "Головне" in pdf.text and "Сторінка 1 з" in pdf.flat[0]


def test_control_characters_in_a_record_do_not_stop_the_word_briefing(
    catalog: Catalog, tmp_path: Path
) -> None:
    """XML cannot hold them; a record may (pasted text): each becomes a visible mark."""
    catalog.add(dataclasses.replace(record(1), title="Bad\x01title\x0b", summary="a\x00b"))
    out = tmp_path / "ctrl.docx"
    build_briefing(catalog, ["LT"], out, lang="en", marking="M\x07", today=TODAY)
    headings = [p.text for p in Document(str(out)).paragraphs]
    assert any("Bad\ufffdtitle\ufffd" in text for text in headings)

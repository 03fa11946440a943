"""Briefings read back with pypdf: every stored word, footers, outline, fonts, metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from db import (
    Agreement,
    Catalog,
    Commitment,
    Filters,
    Kind,
    PartialDate,
    Party,
    Signatory,
    Source,
)
from db.store.progress import Cancelled
from desktop.briefing import build_briefing
from desktop.labels import summary_in, title_in
from tests.desktop.briefing.conftest import flat

TODAY = dt.date(2025, 9, 1)
PARTNERS = ["LT", "CA", "SE"]


def demo_records(catalog: Catalog) -> list[Agreement]:
    return [catalog.get(i) for i in catalog.ids(Filters())]


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_every_title_signatory_and_commitment_prints_in_the_reader_s_language(
    demo: Catalog, tmp_path: Path, read_pdf, lang: str
) -> None:
    out = tmp_path / "pack.pdf"
    assert build_briefing(demo, PARTNERS, out, lang=lang, today=TODAY) == [out]
    pdf = read_pdf(out)
    records = demo_records(demo)
    assert len(records) == 3
    for record in records:
        assert flat(title_in(record, lang)) in pdf.text
        for person in record.signatories:
            assert flat(person.name) in pdf.text
            assert flat(person.role) in pdf.text
        for commitment in record.commitments:
            assert flat(commitment.description) in pdf.text
        for source in record.sources:
            assert flat(source.quotation) in pdf.text
        assert flat(summary_in(record, lang)) in pdf.text
    names = (
        ["Україна – Литва", "Україна – Канада", "Україна – Швеція"]
        if lang == "uk"
        else ["Ukraine – Lithuania", "Ukraine – Canada", "Ukraine – Sweden"]
    )
    for name in names:
        assert name in pdf.text


@pytest.mark.parametrize(
    ("lang", "pattern"), [("uk", "Сторінка {n} з {m}"), ("en", "Page {n} of {m}")]
)
def test_every_footer_counts_its_page_of_the_total(
    demo: Catalog, tmp_path: Path, read_pdf, lang: str, pattern: str
) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(demo, PARTNERS, out, lang=lang, today=TODAY)
    pdf = read_pdf(out)
    total = len(pdf.pages)
    assert total >= 4
    for number, text in enumerate(pdf.flat, 1):
        assert pattern.format(n=number, m=total) in text


def test_outline_has_an_entry_per_document_and_section(
    demo: Catalog, tmp_path: Path, read_pdf
) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(demo, PARTNERS, out, lang="en", today=TODAY)
    titles = read_pdf(out).outline_titles()
    for record in demo_records(demo):
        assert titles.count(title_in(record, "en")) == 1
    assert titles.count("Contents") == 1
    for section in ("Overview", "Timeline", "List of documents", "Documents"):
        assert titles.count(section) == len(PARTNERS)
    assert "Part 1. Ukraine – Lithuania" in titles


def test_contents_list_sections_with_their_pages(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(demo, ["LT"], out, lang="en", today=TODAY)
    pdf = read_pdf(out)
    contents = pdf.lines(1)
    assert "Contents" in contents
    starts = {
        "Overview": next(n for n, p in enumerate(pdf.flat, 1) if "Overview Documents" in p),
        "Documents": next(n for n, p in enumerate(pdf.flat, 1) if "Documents LETTER OF" in p),
    }
    for section, page in starts.items():
        listed = [m for line in contents if (m := re.fullmatch(rf"{section}[ .]+(\d+)", line))]
        assert [int(m.group(1)) for m in listed] == [page]


def test_pack_contents_point_at_each_document(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "pack.pdf"
    build_briefing(demo, PARTNERS, out, lang="en", today=TODAY)
    pdf = read_pdf(out)
    contents = pdf.lines(1)
    for record in demo_records(demo):
        title = title_in(record, "en")  # the English title, or the original marked
        (line,) = [x for x in contents if x.startswith(f"{record.signed_on} {title[:40]}")]
        listed = int(line.rsplit(" ", 1)[1])
        assert title in pdf.flat[listed - 1]
        assert f"{title} {record.signed_on.day} August 2025 · signed" in pdf.flat[listed - 1]


def test_ukrainian_letters_and_apostrophes_survive(
    catalog: Catalog, tmp_path: Path, read_pdf
) -> None:
    title = "Ґрунтовна угода: їжа, є, і — обʼєкт і об’єкт"
    catalog.add(Agreement(title, Kind.AGREEMENT, (Party.state("UA"), Party.state("LT"))))
    out = tmp_path / "uk.pdf"
    build_briefing(catalog, ["LT"], out, today=TODAY)
    pdf = read_pdf(out)
    assert title in pdf.text
    assert title in pdf.outline_titles()


def test_page_headers_name_the_part(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "pack.pdf"
    build_briefing(demo, ["LT", "CA"], out, today=TODAY)
    pdf = read_pdf(out)
    pages = [pdf.lines(n) for n in range(len(pdf.pages))]
    part_two = next(n for n, lines in enumerate(pages) if lines[1] == "Частина 2. Україна – Канада")
    assert pages[1][:2] == ["Пакет довідок", "Зміст"]
    assert pages[part_two - 1][0] == "Пакет довідок · Україна – Литва"
    assert pages[part_two][0] == "Пакет довідок · Україна – Канада"
    assert pages[-1][0] == "Пакет довідок · Україна – Канада"


def test_fonts_are_embedded_truetype_subsets(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(demo, ["LT"], out, today=TODAY)
    fonts = read_pdf(out).fonts()
    assert fonts
    for font in fonts:
        assert "DejaVuSansCondensed" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_metadata_names_the_briefing(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(demo, ["LT"], out, lang="uk", today=TODAY)
    meta = read_pdf(out).reader.metadata
    assert meta.title == "Довідка: Україна – Литва"
    assert "Україна – Литва" in meta.subject
    assert meta.author == "tester"
    assert meta.creation_date is not None
    assert "Pactum" in meta.creator


def test_markup_like_title_prints_literally(catalog: Catalog, tmp_path: Path, read_pdf) -> None:
    title = '<b>Tom & "Jerry"</b> & ©'
    catalog.add(
        Agreement(
            title=title,
            kind=Kind.TREATY,
            parties=(Party.state("UA"), Party.state("LT")),
            signed_on=PartialDate(2024, 3),
            signatories=(Signatory("A&B <Ltd>", "CEO & <i>founder</i>", "LT"),),
            commitments=(Commitment("LT", "pay <5% & more", 5, "%", PartialDate(2030)),),
        )
    )
    out = tmp_path / "tom.pdf"
    build_briefing(catalog, ["LT"], out, lang="en", today=TODAY)
    pdf = read_pdf(out)
    assert title in pdf.text
    assert "A&B <Ltd>" in pdf.text
    assert "CEO & <i>founder</i>" in pdf.text
    assert "pay <5% & more" in pdf.text
    assert title in pdf.outline_titles()
    assert "March 2024" in pdf.text  # a month-precision date is shown as a month


def test_long_words_and_addresses_wrap(catalog: Catalog, tmp_path: Path, read_pdf) -> None:
    url = "https://example.org/" + "segment-without-any-space" * 12
    word = "Надзвичайнодовгесловобезжоднихпробілів" * 4
    catalog.add(
        Agreement(
            title=word,
            kind=Kind.AGREEMENT,
            parties=(Party.state("UA"), Party.state("LT")),
            sources=(Source("Outlet", url, None, "q"),),
        )
    )
    out = tmp_path / "long.pdf"
    build_briefing(catalog, ["LT"], out, lang="en", today=TODAY)
    pdf = read_pdf(out)
    lines = [line for page in pdf.pages for line in page.splitlines()]
    assert url not in lines and word not in lines  # neither fits on one line...
    joined = "".join("".join(page.split()) for page in pdf.pages)
    assert url in joined and word in joined  # ...so both are broken, not cut


def test_one_file_per_partnership(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    written = build_briefing(demo, ["LT", "CA"], tmp_path / "out", per_file=True, today=TODAY)
    assert [p.name for p in written] == ["briefing-UA-LT-uk.pdf", "briefing-UA-CA-uk.pdf"]
    lt, ca = (read_pdf(p) for p in written)
    assert "Україна – Литва" in lt.text and "Канада" not in lt.flat[0]
    assert "Україна – Канада" in ca.text


def test_filters_carry_over(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(demo, ["LT"], out, lang="en", since=PartialDate(2026), today=TODAY)
    pdf = read_pdf(out)
    assert "No documents in the catalogue match this briefing." in pdf.text
    assert "Лист про наміри" not in pdf.text


def test_marking_stands_on_every_page(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "b.pdf"
    marking = "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ"
    build_briefing(demo, ["LT"], out, marking=marking, today=TODAY)
    assert all(marking in page for page in read_pdf(out).flat)


def test_full_texts_appendix_is_optional(demo: Catalog, tmp_path: Path, read_pdf) -> None:
    record = demo.get(demo.ids(Filters(partners=("LT",)))[0])
    demo.update(dataclasses.replace(record, full_text="Стаття 1.\n\nСторони & <домовились>."))
    out = tmp_path / "b.pdf"
    build_briefing(demo, ["LT"], out, full_texts=True, today=TODAY)
    pdf = read_pdf(out)
    assert "Додаток: повні тексти" in pdf.text
    assert "Сторони & <домовились>." in pdf.text
    build_briefing(demo, ["LT"], out, today=TODAY)
    assert "Сторони & <домовились>." not in read_pdf(out).text


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_after = cancel_after

    def set(self, done: int, total: int) -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.calls) > self.cancel_after


def test_progress_reaches_the_end(demo: Catalog, tmp_path: Path) -> None:
    progress = Recorder()
    build_briefing(demo, PARTNERS, tmp_path / "b.pdf", progress=progress, today=TODAY)
    done = [d for d, _ in progress.calls]
    assert done == sorted(done)
    assert progress.calls[-1][0] == progress.calls[-1][1]


@pytest.mark.parametrize("after", [0, 3])
def test_cancel_leaves_no_file(demo: Catalog, tmp_path: Path, after: int) -> None:
    out = tmp_path / "b.pdf"
    with pytest.raises(Cancelled):
        build_briefing(demo, PARTNERS, out, progress=Recorder(after), today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_an_english_briefing_prints_english_titles_where_present_and_marks_originals(
    demo: Catalog, tmp_path: Path, read_pdf
) -> None:
    out = tmp_path / "en.pdf"
    build_briefing(demo, PARTNERS, out, lang="en", today=TODAY)
    text = read_pdf(out).text
    lt, ca, se = demo_records(demo)[:3]
    assert lt.title_translation and ca.title_translation and not se.title_translation
    for record in (lt, ca):
        assert flat(record.title_translation) in text
        assert flat(record.title) not in text
    assert flat(f"{se.title} (original)") in text
    assert "long-range drones" in text and "далекобійні дрони" not in text
    assert "% of GDP" in text
    uk = tmp_path / "uk.pdf"
    build_briefing(demo, PARTNERS, uk, lang="uk", today=TODAY)
    ukrainian = read_pdf(uk).text
    assert flat(lt.title) in ukrainian and "далекобійні дрони" in ukrainian
    assert "% ВВП" in ukrainian and "(мовою оригіналу)" not in ukrainian

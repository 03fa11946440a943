"""The briefing as a Word document (python-docx): the same content as the PDF, editable.

An analyst edits a briefing before it goes up the chain, so this copy is built for Word,
not for print: real heading styles (Word's navigation pane and its contents field use
them), real tables, the handling marking in every section's header, page numbers as
fields in the footer. The PDF stays the print master; both take their values from the
same places (``content``, ``keypoints``, ``since``, ``followup``).
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from db import Agreement, Commitment, party_label
from desktop import __version__
from desktop.briefing.content import Part, in_full, summarise
from desktop.briefing.followup import key_point_lines, stage_label
from desktop.briefing.keypoints import cut_off
from desktop.briefing.since import SinceLast, value_text
from desktop.briefing.text import (
    amount,
    gdp_basis,
    long_date,
    pack_name,
    partnership_name,
    short_date,
    t,
)
from desktop.labels import (
    field_label,
    kind_label,
    relation_label,
    status_label,
    subjects_in,
    summary_in,
    title_in,
    unit_label,
)

if TYPE_CHECKING:
    from desktop.briefing.builder import Extras, Options

MARKING_RED = RGBColor(0xA0, 0x10, 0x10)


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters a .docx (XML 1.0) cannot hold, though a record's text may."""


def xml_safe[T](value: T) -> T:
    """``value`` with every text in it (records, their parts, nested) fit for XML: each
    control character or lone surrogate becomes U+FFFD, which Word shows as a mark."""
    if type(value) is str:
        return _NOT_IN_XML.sub("\ufffd", value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: xml_safe(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)  # type: ignore[return-value]
    if isinstance(value, tuple | list):
        return type(value)(xml_safe(v) for v in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {xml_safe(k): xml_safe(v) for k, v in value.items()}  # type: ignore[return-value]
    return value


def render(parts: Sequence[Part], extras: Sequence[Extras], options: Options) -> bytes:
    """The parts as one .docx file's bytes (texts made fit for XML first)."""
    parts, extras, options = xml_safe(list(parts)), xml_safe(list(extras)), xml_safe(options)
    lang = options.lang
    names = [partnership_name(p.home, p.partner, lang) for p in parts]
    single = len(parts) == 1
    kicker = t("briefing", lang) if single else t("pack", lang)
    title = names[0] if single else pack_name(parts[0].home, [p.partner for p in parts], lang)
    document = Document()
    document.core_properties.title = f"{kicker}: {', '.join(names)}"
    document.core_properties.author = options.author
    document.core_properties.comments = f"Pactum {__version__}"
    document.core_properties.language = "uk-UA" if lang == "uk" else "en-GB"
    _header_and_footer(document, kicker, options)
    document.add_heading(f"{kicker}: {title}", level=0)
    covered = [a for p in parts for a in p.agreements]
    _facts(document, covered, options)
    _contents_field(document, lang)
    for number, (part, name, extra) in enumerate(zip(parts, names, extras, strict=True), 1):
        base = 1
        if not single:
            document.add_heading(f"{t('part', lang, n=number)}. {name}", level=1)
            base = 2
        _key_points(document, extra, lang, base)
        if extra.since_title:
            document.add_heading(extra.since_title, level=base)
            if extra.since is None:
                document.add_paragraph(t("since_none_text", lang))
            else:
                _since(document, extra.since, lang, base + 1)
        _overview(document, part, options, base)
        if not part.agreements:
            document.add_paragraph(t("no_documents", lang))
            continue
        document.add_heading(t("register", lang), level=base)
        _register(document, part.agreements, lang)
        document.add_heading(t("documents", lang), level=base)
        shown = in_full(part, options.latest)
        for agreement in shown:
            _document(document, part, agreement, lang, base + 1)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _field_code(paragraph: Paragraph, code: str, shown: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC) that Word fills in when it lays the text out."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = code
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instruction)
    run._r.append(separate)
    placeholder = paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    placeholder._r.append(end)


def _header_and_footer(document: Document, kicker: str, options: Options) -> None:
    """The marking (or the kind of document) in every header; page X of Y in every
    footer, with the version and the day it was made."""
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run(options.marking or kicker)
    if options.marking:
        run.bold = True
        run.font.color.rgb = MARKING_RED
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"Pactum {__version__} · {long_date(options.today, options.lang)} · ")
    page, of = ("Сторінка ", " з ") if options.lang == "uk" else ("Page ", " of ")
    footer.add_run(page)
    _field_code(footer, "PAGE", "1")
    footer.add_run(of)
    _field_code(footer, "NUMPAGES", "1")


def _facts(document: Document, covered: list[Agreement], options: Options) -> None:
    lang = options.lang
    rows = [
        (t("documents_n", lang), str(len(covered))),
        (t("prepared", lang), long_date(options.today, lang)),
        (t("source", lang), t("source_value", lang)),
    ]
    for label, value in rows:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.add_paragraph(cut_off(covered, options.today, lang)).runs[0].italic = True


def _contents_field(document: Document, lang: str) -> None:
    """A contents field over the heading styles (Word fills it in on "Update field")."""
    document.add_heading(t("contents", lang), level=1)
    hint = (
        "Оновіть поле (F9), щоб побачити зміст."
        if lang == "uk"
        else "Update the field (F9) to show the contents."
    )
    _field_code(document.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', hint)


def _key_points(document: Document, extra: Extras, lang: str, level: int) -> None:
    document.add_heading(t("key_points", lang), level=level)
    for heading, lines in key_point_lines(extra.points, lang):
        if heading:
            document.add_paragraph().add_run(heading).bold = True
        for line in lines:
            document.add_paragraph(line, style="List Bullet")


def _table(
    document: Document,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    weights: Sequence[int] = (),
) -> Table:
    """A ruled table over the text width, columns in proportion to ``weights`` (equal by
    default), its header row repeated on every page."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    _full_width(table)
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_header(table)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    section = document.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    shares = list(weights) or [1] * len(header)
    table.autofit = False
    for column, share in zip(table.columns, shares, strict=True):
        column.width = int(text_width * share / sum(shares))  # the grid LibreOffice reads
        for cell in column.cells:
            cell.width = column.width  # and the cells Word reads
    return table


def _full_width(table: Table) -> None:
    """The table spans the text width (Word and LibreOffice otherwise squeeze it)."""
    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblW")):
        properties.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), "5000")
    width.set(qn("w:type"), "pct")
    properties.append(width)


def _repeat_header(table: Table) -> None:
    """The header row repeats on every page the table runs over."""
    properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


def _overview(document: Document, part: Part, options: Options, level: int) -> None:
    lang = options.lang
    summary = summarise(part, options.today)
    document.add_heading(t("overview", lang), level=level)
    document.add_heading(t("by_kind", lang), level=level + 1)
    rows = [(kind_label(k, lang), str(n)) for k, n in summary.by_kind]
    rows.append((t("total", lang), str(sum(n for _, n in summary.by_kind))))
    _table(document, [field_label("kind", lang), t("count", lang)], rows, (4, 1))
    document.add_heading(t("open_commitments", lang), level=level + 1)
    if summary.open_commitments:
        _table(
            document,
            [t(k, lang) for k in ("party", "commitment", "amount", "until_head", "document")],
            [
                (
                    party_label(p.commitment.party, lang) if p.commitment.party else "",
                    p.commitment.description,
                    _amount(p.commitment, lang),
                    short_date(p.commitment.until, lang)
                    if p.commitment.until
                    else t("open_ended", lang),
                    f"{title_in(p.agreement, lang)} ({short_date(p.agreement.signed_on, lang)})",
                )
                for p in summary.open_commitments
            ],
            (3, 6, 3, 2, 5),
        )
    else:
        document.add_paragraph(t("none", lang))


def _amount(commitment: Commitment, lang: str) -> str:
    unit = unit_label(commitment.unit, lang)
    if commitment.amount is None:
        return unit
    return amount(commitment.amount, unit, lang)


def _since(document: Document, since: SinceLast, lang: str, level: int) -> None:
    if not since:
        document.add_paragraph(t("since_nothing", lang))
        return
    if since.added:
        document.add_heading(t("since_added", lang), level=level)
        _register(document, since.added, lang)
    if since.changed:
        document.add_heading(t("since_changed", lang), level=level)
        _table(
            document,
            [t("document", lang), t("field", lang), t("was", lang), t("now", lang)],
            [
                (
                    title_in(c.agreement, lang),
                    field_label(f.field, lang),
                    value_text(f.old),
                    value_text(f.new),
                )
                for c in since.changed
                for f in c.fields
            ],
            (4, 2, 4, 4),
        )
    if since.moved:
        document.add_heading(t("since_moved", lang), level=level)
        for move in since.moved:
            document.add_paragraph(
                f"{move.commitment.description}: {stage_label(move.before, lang)} → "
                f"{stage_label(move.commitment.stage, lang)} ({title_in(move.agreement, lang)})",
                style="List Bullet",
            )
    if since.passed:
        document.add_heading(t("since_passed", lang), level=level)
        for deadline in since.passed:
            document.add_paragraph(
                f"{long_date(deadline.due, lang)} — {deadline.pledge.commitment.description} "
                f"({title_in(deadline.pledge.agreement, lang)})",
                style="List Bullet",
            )


def _register(document: Document, agreements: Sequence[Agreement], lang: str) -> None:
    _table(
        document,
        [
            t("date", lang),
            field_label("kind", lang),
            field_label("title", lang),
            field_label("signatories", lang),
            field_label("status", lang),
        ],
        [
            (
                short_date(a.signed_on, lang),
                kind_label(a.kind, lang),
                title_in(a, lang),
                "\n".join(s.name for s in a.signatories),
                status_label(a.status, lang),
            )
            for a in agreements
        ],
        (2, 2, 6, 4, 2),
    )


def _labelled(document: Document, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(text)
    paragraph.paragraph_format.space_after = Pt(2)


def _document(document: Document, part: Part, agreement: Agreement, lang: str, level: int) -> None:
    """Every field of one record, labelled (the PDF's document page, as editable text)."""
    f = field_label
    document.add_heading(
        f"{short_date(agreement.signed_on, lang)} — {title_in(agreement, lang)}", level
    )
    meta = [kind_label(agreement.kind, lang), long_date(agreement.signed_on, lang)]
    meta.append(status_label(agreement.status, lang))
    if agreement.place:
        meta.append(agreement.place)
    document.add_paragraph(" · ".join(meta)).runs[0].italic = True
    _labelled(
        document, f("parties", lang), "; ".join(party_label(k, lang) for k in agreement.party_keys)
    )
    for person in agreement.signatories:
        text = person.name + (f" — {person.role}" if person.role else "")
        if person.party:
            text += f" ({party_label(person.party, lang)})"
        _labelled(document, f("signatories", lang), text)
    if agreement.subjects:
        _labelled(document, f("subjects", lang), "; ".join(subjects_in(agreement.subjects, lang)))
    for commitment in agreement.commitments:
        words = [commitment.description]
        if commitment.amount is not None or commitment.unit:
            words.append(_amount(commitment, lang))
        if commitment.gdp is not None:
            words.append(gdp_basis(commitment.gdp, lang))
        words.append(
            t("until", lang, date=long_date(commitment.until, lang))
            if commitment.until
            else t("open_ended", lang)
        )
        words.append(stage_label(commitment.stage, lang))
        who = f"{party_label(commitment.party, lang)}: " if commitment.party else ""
        _labelled(document, f("commitments", lang), who + " — ".join(words))
    if agreement.summary:
        _labelled(document, f("summary", lang), summary_in(agreement, lang))
    for relation in agreement.relations:
        target = part.related.get(relation.target)
        named = (
            f"{target.title} ({long_date(target.signed_on, lang)})" if target else relation.target
        )
        _labelled(document, f("relations", lang), f"{relation_label(relation.kind, lang)} {named}")
    for source in agreement.sources:
        bits = [b for b in (source.outlet, source.url) if b]
        if source.published_on:
            bits.append(t("published", lang, date=long_date(source.published_on, lang)))
        _labelled(document, f("sources", lang), ", ".join(bits))
        if source.quotation:
            quote = document.add_paragraph(source.quotation, style="Quote")
            quote.paragraph_format.space_after = Pt(4)
    for note in agreement.notes:
        _labelled(document, f("notes", lang), note)

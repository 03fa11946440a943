"""The body of a partnership's part: overview, timeline, register, documents, full texts.

Each function returns flowables; headings carry :class:`Anchor` keys built from the part's
number and the record's id, unique in the PDF and the same whenever it is made again.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Paragraph, Spacer

from db import Agreement, Commitment, party_label, subject_label
from desktop.briefing import tables
from desktop.briefing.content import Part, Summary
from desktop.briefing.styles import LIGHT, esc, styles
from desktop.briefing.template import Anchor, Heading, Tick
from desktop.briefing.text import (
    TITLE_CHARS,
    amount,
    clip,
    gdp_basis,
    long_date,
    short_date,
    t,
)
from desktop.briefing.timeline import grouped, timeline
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

#: The overview lists this many open commitments; the rest are under their documents.
OVERVIEW_PLEDGES = 30
#: The room a document's head needs at the foot of a page, else it starts the next one.
HEAD_ROOM = 45 * mm


def heading(
    title: str,
    style: str,
    key: str,
    level: int,
    *,
    toc: bool = True,
    header: str | None = None,
    prefix: str = "",
) -> Heading:
    """A heading in the outline (and the contents, with ``toc``); a very long title is cut
    (``TITLE_CHARS``) so that the heading fits a page."""
    title = clip(title, TITLE_CHARS)
    header = clip(header, TITLE_CHARS) if header is not None else None
    return Heading(esc(title), styles()[style], Anchor(key, level, title, toc, header, prefix))


def _field(label: str, markup: str) -> Paragraph:
    return Paragraph(markup, styles()["field"], bulletText=label)


def _dated_title(agreement: Agreement, lang: str) -> str:
    return f"{long_date(agreement.signed_on, lang)} — {esc(title_in(agreement, lang))}"


def overview(part: Part, summary: Summary, key: str, level: int, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading(t("overview", lang), "h1", f"{key}-overview", level)]
    story.append(_field(t("documents_n", lang), str(len(part.agreements))))
    if summary.first is not None and summary.latest is not None:
        story.append(_field(t("first", lang), _dated_title(summary.first, lang)))
        story.append(_field(t("latest", lang), _dated_title(summary.latest, lang)))
    story += [Paragraph(esc(t("by_kind", lang)), s["h2"])]
    story += tables.counts(
        [(kind_label(k, lang), n) for k, n in summary.by_kind], lang, field_label("kind", lang)
    )
    story.append(Paragraph(esc(t("open_commitments", lang)), s["h2"]))
    shown = summary.open_commitments[-OVERVIEW_PLEDGES:]
    if shown:
        story += tables.pledges(shown, lang)
        hidden = len(summary.open_commitments) - len(shown)
        if hidden:
            story.append(Paragraph(esc(t("more", lang, n=hidden)), s["small"]))
    else:
        story.append(Paragraph(esc(t("none", lang)), s["body"]))
    story.append(Paragraph(esc(t("ending_soon", lang)), s["h2"]))
    if summary.ending_soon:
        story += tables.pledges(summary.ending_soon, lang)
    else:
        story.append(Paragraph(esc(t("none", lang)), s["body"]))
    story.append(Paragraph(esc(t("recurring", lang)), s["h2"]))
    recurring = " · ".join(
        f"{esc(subject_label(name, lang))} ({n})" for name, n in summary.recurring_subjects
    )
    story.append(Paragraph(recurring or esc(t("none", lang)), s["body"]))
    return story


def chart(part: Part, key: str, level: int, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        heading(t("timeline", lang), "h1", f"{key}-timeline", level),
    ]
    drawing = timeline(part.agreements, lang)
    if drawing is None:
        return [*story, Paragraph(esc(t("no_dates", lang)), s["body"])]
    by = grouped(part.agreements)
    note = t("timeline_note", lang) if by is None else t(f"timeline_note_{by}", lang)
    return [*story, drawing, Spacer(1, 2 * mm), Paragraph(esc(note), s["small"])]


def register(part: Part, key: str, level: int, lang: str) -> list[Flowable]:
    return [
        CondPageBreak(60 * mm),
        heading(t("register", lang), "h1", f"{key}-register", level),
        *tables.register(part.agreements, lang),
    ]


def _commitment(c: Commitment, lang: str) -> str:
    words = [esc(c.description)]
    if c.amount is not None or c.unit:
        unit = unit_label(c.unit, lang)
        words.append(esc(amount(c.amount, unit, lang) if c.amount is not None else unit))
    if c.gdp is not None:
        words.append(esc(gdp_basis(c.gdp, lang)))
    words.append(
        esc(t("until", lang, date=long_date(c.until, lang)) if c.until else t("open_ended", lang))
    )
    for step in c.stages:  # how far it came: "allocated 1 February 2026: 200 000 000 EUR"
        stage = t(f"stage_{step.stage}", lang)
        if step.on is not None:
            stage += f" {long_date(step.on, lang)}"
        if step.amount is not None:
            stage += f": {amount(step.amount, c.unit, lang)}"
        if step.source:
            stage += f" ({step.source})"
        words.append(f"<i>{esc(stage)}</i>")
    who = f"<b>{esc(party_label(c.party, lang))}</b>: " if c.party else ""
    return who + " — ".join(words)


def document(part: Part, agreement: Agreement, key: str, level: int, lang: str) -> list[Flowable]:
    """Every field of one record, labelled, with its quotations set off in italics."""
    s = styles()
    f = field_label
    story: list[Flowable] = [
        # A page break when little room is left keeps the head with its first fields; it
        # costs nothing, where keepWithNext would lay the head out twice.
        CondPageBreak(HEAD_ROOM),
        Paragraph(esc(kind_label(agreement.kind, lang).upper()), s["doc_kicker"]),
        heading(
            title_in(agreement, lang),
            "doc_title",
            f"{key}-doc{agreement.id}",
            level,
            prefix=short_date(agreement.signed_on, lang),
        ),
    ]
    meta = [long_date(agreement.signed_on, lang), status_label(agreement.status, lang)]
    if agreement.place:
        meta.append(agreement.place)
    meta.append(f"{t('record', lang)} {agreement.uuid}")
    story.append(Paragraph(esc(" · ".join(meta)), s["doc_meta"]))
    parties = "; ".join(
        esc(f"{party_label(k, lang)} ({k})" if party_label(k, lang) != k else k)
        for k in agreement.party_keys
    )
    story.append(_field(f("parties", lang), parties))
    for n, person in enumerate(agreement.signatories):
        text = f"<b>{esc(person.name)}</b>"
        if person.role:
            text += f" — {esc(person.role)}"
        if person.party:
            text += f" ({esc(party_label(person.party, lang))})"
        story.append(_field(f("signatories", lang) if n == 0 else "", text))
    if agreement.subjects:
        subjects = "; ".join(subjects_in(agreement.subjects, lang))
        story.append(_field(f("subjects", lang), esc(subjects)))
    for n, commitment in enumerate(agreement.commitments):
        story.append(
            _field(f("commitments", lang) if n == 0 else "", _commitment(commitment, lang))
        )
    if agreement.summary:
        story.append(_field(f("summary", lang), esc(summary_in(agreement, lang))))
    for n, relation in enumerate(agreement.relations):
        target = part.related.get(relation.target)
        named = (
            f"{esc(target.title)} ({esc(long_date(target.signed_on, lang))})"
            if target
            else esc(relation.target)
        )
        story.append(
            _field(
                f("relations", lang) if n == 0 else "",
                f"{esc(relation_label(relation.kind, lang))} {named}",
            )
        )
    for n, source in enumerate(agreement.sources):
        bits = [f"<b>{esc(source.outlet)}</b>"] if source.outlet else []
        if source.url:
            bits.append(esc(source.url))
        if source.published_on:
            bits.append(esc(t("published", lang, date=long_date(source.published_on, lang))))
        story.append(_field(f("sources", lang) if n == 0 else "", f"{n + 1}. " + ", ".join(bits)))
        if source.quotation:
            open_q, close_q = ("«", "»") if lang == "uk" else ("“", "”")
            story.append(Paragraph(f"{open_q}{esc(source.quotation)}{close_q}", s["quote"]))
    for n, note in enumerate(agreement.notes):
        story.append(_field(f("notes", lang) if n == 0 else "", esc(note)))
    story.append(Tick())
    story.append(HRFlowable(width="100%", thickness=0.3, color=LIGHT, spaceBefore=3))
    return story


def documents(part: Part, key: str, level: int, lang: str) -> list[Flowable]:
    story: list[Flowable] = [heading(t("documents", lang), "h1", f"{key}-documents", level)]
    for agreement in part.agreements:
        story += document(part, agreement, key, level + 1, lang)
    return story


def appendix(part: Part, key: str, level: int, lang: str) -> list[Flowable]:
    """Full texts, each under its document's title; empty when no record has one."""
    s = styles()
    having = [a for a in part.agreements if a.full_text.strip()]
    if not having:
        return []
    story: list[Flowable] = [heading(t("appendix", lang), "h1", f"{key}-appendix", level)]
    for agreement in having:
        story.append(CondPageBreak(HEAD_ROOM))
        story.append(
            heading(
                title_in(agreement, lang), "h2", f"{key}-text{agreement.id}", level + 1, toc=False
            )
        )
        story.append(Paragraph(esc(long_date(agreement.signed_on, lang)), s["doc_meta"]))
        for block in agreement.full_text.replace("\r\n", "\n").split("\n\n"):
            if block.strip():
                story.append(Paragraph(esc(block.strip()), s["full_text"]))
    return story

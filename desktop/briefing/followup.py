"""The parts of a briefing that follow a partnership over time, laid out for the PDF: the
key-points box it opens with, and "Since the last briefing" (added, changed, moved stage,
deadlines passed). Their content is decided in ``keypoints`` and ``since``; the Word
document lays out the same values (``word``).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from db import Agreement, Commitment, Stage, party_label
from desktop.briefing import fonts, tables
from desktop.briefing.keypoints import KeyPoints, StageTotal, stage_amount
from desktop.briefing.since import SinceLast, value_text
from desktop.briefing.styles import INK, TEXT_WIDTH, TINT, esc, styles
from desktop.briefing.text import amount, long_date, short_date, t
from desktop.labels import field_label, kind_label, status_label, title_in, unit_label


def stage_label(stage: Stage, lang: str) -> str:
    return t(f"stage_{stage}", lang)


def total_text(total: StageTotal, lang: str) -> str:
    """ "pledged: 0.25 % of GDP (1 ×)" — amounts added within one unit only."""
    unit = unit_label(total.unit, lang)
    figure = amount(total.total, unit, lang) if total.total else unit or "—"
    return f"{stage_label(total.stage, lang)}: {figure} ({t('kp_n', lang, n=total.count)})"


def key_point_lines(points: KeyPoints, lang: str) -> list[tuple[str, list[str]]]:
    """The box's content as (heading, lines) pairs, in the briefing's language: what the
    PDF and the Word document both print."""
    kinds = ", ".join(f"{kind_label(k, lang)} {n}" for k, n in points.by_kind)
    statuses = ", ".join(f"{status_label(s, lang)} {n}" for s, n in points.by_status)
    facts = [t("kp_documents", lang, n=points.documents, kinds=kinds or t("none", lang))]
    if statuses:
        facts.append(t("kp_statuses", lang, statuses=statuses))
    newest = [f"{long_date(a.signed_on, lang)} — {title_in(a, lang)}" for a in points.newest]
    totals = [total_text(total, lang) for total in points.totals] or [t("kp_no_commitments", lang)]
    deadlines = [
        f"{long_date(d.due, lang)} — "
        + " · ".join(
            p
            for p in (
                party_label(d.pledge.commitment.party, lang) if d.pledge.commitment.party else "",
                d.pledge.commitment.description,
                _amount(d.pledge.commitment, lang),
            )
            if p
        )
        for d in points.deadlines
    ] or [t("kp_no_deadlines", lang)]
    return [
        ("", facts),
        (t("kp_newest", lang), newest),
        (t("kp_commitments", lang), totals),
        (t("kp_deadlines", lang), deadlines),
    ]


def _dated(agreement: Agreement, lang: str) -> str:
    return f"{title_in(agreement, lang)} ({short_date(agreement.signed_on, lang)})"


def _amount(commitment: Commitment, lang: str) -> str:
    value = stage_amount(commitment)
    return amount(value, unit_label(commitment.unit, lang), lang) if value is not None else ""


_BOX = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
)


def key_points_box(points: KeyPoints, lang: str) -> list[Flowable]:
    """The key points as one tinted, ruled box."""
    s = styles()
    inside: list[Flowable] = [Paragraph(esc(t("key_points", lang)), s["h2"])]
    for heading, lines in key_point_lines(points, lang):
        if heading:
            inside.append(Paragraph(f"<b>{esc(heading)}</b>", s["body"]))
        inside += [Paragraph(esc(line), s["body"], bulletText="•") for line in lines]
    box = Table([[inside]], colWidths=[TEXT_WIDTH], style=_BOX, hAlign="LEFT")
    return [box, Spacer(1, 5 * mm)]


def since_section(since: SinceLast, lang: str) -> list[Flowable]:
    """The changes, as short tables; "Nothing changed." when there are none."""
    s = styles()
    story: list[Flowable] = []
    if not since:
        return [Paragraph(esc(t("since_nothing", lang)), s["body"])]
    if since.added:
        story.append(Paragraph(esc(t("since_added", lang)), s["h2"]))
        story += tables.register(since.added, lang)
    if since.changed:
        story.append(Paragraph(esc(t("since_changed", lang)), s["h2"]))
        rows = [
            [
                tables.cell(
                    f"{title_in(c.agreement, lang)} ({short_date(c.agreement.signed_on, lang)})"
                ),
                tables.cell(field_label(f.field, lang)),
                tables.cell(value_text(f.old)),
                tables.cell(value_text(f.new)),
            ]
            for c in since.changed
            for f in c.fields
        ]
        head = [t("document", lang), t("field", lang), t("was", lang), t("now", lang)]
        half = (TEXT_WIDTH - 75 * mm) / 2
        story += tables.ruled(head, rows, [50 * mm, 25 * mm, half, half])
    if since.moved:
        story.append(Paragraph(esc(t("since_moved", lang)), s["h2"]))
        story += [
            Paragraph(
                esc(
                    f"{m.commitment.description}: {stage_label(m.before, lang)} → "
                    f"{stage_label(m.commitment.stage, lang)} ({title_in(m.agreement, lang)})"
                ),
                s["body"],
                bulletText="•",
            )
            for m in since.moved
        ]
    if since.passed:
        story.append(Paragraph(esc(t("since_passed", lang)), s["h2"]))
        story += tables.pledges([d.pledge for d in since.passed], lang)
    return story

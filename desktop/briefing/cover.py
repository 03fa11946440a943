"""The cover: what the briefing is about, the period, when it was made, how to handle it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from desktop.briefing.styles import INK, esc, styles
from desktop.briefing.text import CELL_CHARS, TITLE_CHARS, clip, long_date, t
from desktop.labels import kind_label, subjects_in


@dataclass(frozen=True)
class CoverFacts:
    """Everything the cover states, already in the briefing's language."""

    kicker: str
    title: str
    period: str
    prepared: dt.date
    documents: int
    kinds: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    marking: str | None = None
    cut_off: str = ""
    """The date the information runs to: "Records as of …, N documents, last change on …"."""


def cover(facts: CoverFacts, lang: str) -> list[Flowable]:
    """The cover page's flowables (the caller breaks the page after them)."""
    s = styles()
    story: list[Flowable] = [Spacer(1, 38 * mm)]
    if facts.marking:
        marking = clip(facts.marking, TITLE_CHARS)
        story += [Paragraph(esc(marking), s["marking"]), Spacer(1, 16 * mm)]
    story += [
        Paragraph(esc(facts.kicker.upper()), s["cover_kicker"]),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=2.2, color=INK, spaceAfter=6 * mm),
        Paragraph(esc(facts.title), s["cover_title"]),
    ]
    story += [Spacer(1, 14 * mm), HRFlowable(width="100%", thickness=0.5, color=INK)]
    rows = [
        (t("period", lang), facts.period),
        (t("documents_n", lang), str(facts.documents)),
        (t("prepared", lang), long_date(facts.prepared, lang)),
        (t("source", lang), t("source_value", lang)),
    ]
    if facts.cut_off:
        rows.append((t("cut_off_label", lang), facts.cut_off))
    if facts.kinds:
        rows.append((t("filters", lang), "; ".join(facts.kinds)))
    if facts.subjects:
        rows.append(
            (
                t("filters", lang) if not facts.kinds else "",
                "; ".join(subjects_in(facts.subjects, lang)),
            )
        )
    story.append(Spacer(1, 4 * mm))
    for label, value in rows:
        story.append(Paragraph(esc(clip(value, CELL_CHARS)), s["cover_fact"], bulletText=label))
        story.append(Spacer(1, 1.5 * mm))
    return story


def kind_names(kinds: tuple, lang: str) -> tuple[str, ...]:
    """The kind filter as words for the cover."""
    return tuple(kind_label(k, lang) for k in kinds)

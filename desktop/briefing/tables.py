"""Tables: the register of every document, commitments, counts — one ruled look for all.

A long register is one table whose header row repeats on every page. ReportLab measures
every remaining row again each time it splits a table at a page end; cells measured once
per width (:class:`Cell`) keep those splits cheap.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from db import Agreement, party_label
from desktop.briefing import fonts
from desktop.briefing.content import Pledge
from desktop.briefing.styles import INK, LIGHT, TEXT_WIDTH, TINT, esc, styles
from desktop.briefing.text import CELL_CHARS, NAME_CHARS, amount, clip, short_date, t
from desktop.labels import field_label, kind_label, status_label

_RULED = TableStyle(
    [
        # Cells hold Paragraphs, but a table still sets its cell font: keep it ours, or
        # Helvetica is listed in the PDF.
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
    ]
)


def ruled(
    header: Sequence[str], rows: Sequence[Sequence[Flowable]], widths: Sequence[float]
) -> list[Flowable]:
    """Header (our own words) and rows (already cells) as one ruled table."""
    head = [Cell(esc(clip(h, NAME_CHARS)), styles()["cell_head"]) for h in header]
    data = [head, *[list(r) for r in rows]]
    # A row taller than the rest of the page is split inside, rather than failing.
    table = Table(
        data, colWidths=list(widths), repeatRows=1, style=_RULED, hAlign="LEFT", splitInRow=1
    )
    return [table]


class Cell(Paragraph):
    """A table cell's paragraph, measured once per width.

    A Table wraps every cell to size its rows and again to draw it; a paragraph's lines
    depend only on the width, so the second measurement is returned from the first. A row
    split across pages (``splitInRow``) splits its cells, which drops their lines: such a
    cell is measured again.
    """

    _measured_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._measured_at != availWidth or not hasattr(self, "blPara"):
            super().wrap(availWidth, availHeight)
            self._measured_at = availWidth
        return self.width, self.height


def cell(text: str) -> Paragraph:
    """A table cell of user text (cut after ``CELL_CHARS``)."""
    return Cell(esc(clip(text, CELL_CHARS)), styles()["cell"])


def register(agreements: Sequence[Agreement], lang: str) -> list[Flowable]:
    """Every document on a line: date, kind, title, signatories, status."""
    widths = [19 * mm, 25 * mm, 0.0, 42 * mm, 21 * mm]
    widths[2] = TEXT_WIDTH - sum(widths)
    header = [
        t("date", lang),
        field_label("kind", lang),
        field_label("title", lang),
        field_label("signatories", lang),
        field_label("status", lang),
    ]
    rows = [
        [
            cell(short_date(a.signed_on, lang)),
            cell(kind_label(a.kind, lang)),
            cell(a.title),
            cell("\n".join(s.name for s in a.signatories)),
            cell(status_label(a.status, lang)),
        ]
        for a in agreements
    ]
    return ruled(header, rows, widths)


def pledges(found: Sequence[Pledge], lang: str) -> list[Flowable]:
    """Commitments with who owes them, how much, until when, and from which document."""
    widths = [24 * mm, 0.0, 24 * mm, 19 * mm, 44 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    header = [t(k, lang) for k in ("party", "commitment", "amount", "until_head", "document")]
    rows = []
    for pledge in found:
        c, a = pledge.commitment, pledge.agreement
        rows.append(
            [
                cell(party_label(c.party, lang) if c.party else ""),
                cell(c.description),
                cell(amount(c.amount, c.unit, lang) if c.amount is not None else c.unit),
                cell(short_date(c.until, lang) if c.until else t("open_ended", lang)),
                cell(f"{a.title} ({short_date(a.signed_on, lang)})"),
            ]
        )
    return ruled(header, rows, widths)


def counts(pairs: Sequence[tuple[str, int]], lang: str, head: str) -> list[Flowable]:
    """A two-column count table with a total line."""
    rows = [[cell(name), cell(str(n))] for name, n in pairs]
    rows.append([cell(t("total", lang)), cell(str(sum(n for _, n in pairs)))])
    return ruled([head, t("count", lang)], rows, [70 * mm, 25 * mm])

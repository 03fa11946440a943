"""The timeline: a vector chart of documents by date, one lane and one marker shape per kind.

Kinds differ by lane, label and marker shape (open/filled circle, square, triangle,
diamond, cross), so the chart reads the same on a black-and-white printer.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from db import Agreement, Kind, PartialDate
from desktop.briefing import fonts
from desktop.briefing.styles import DARK, INK, LIGHT, MID, TEXT_WIDTH
from desktop.labels import kind_label

DENSE = 60
"""Past this many dated documents, markers would smear: the chart counts per period."""
LANE = 20.0
AXIS = 22.0
SIZE = 3.4
LABEL_FONT_SIZE = 7.5

Marker = Callable[[float, float], Group]


def _circle(filled: bool) -> Marker:
    def draw(x: float, y: float) -> Group:
        return Group(
            Circle(x, y, SIZE, fillColor=INK if filled else None, strokeColor=INK, strokeWidth=0.7)
        )

    return draw


def _square(filled: bool) -> Marker:
    def draw(x: float, y: float) -> Group:
        side = SIZE * 1.75
        return Group(
            Rect(
                x - side / 2,
                y - side / 2,
                side,
                side,
                fillColor=INK if filled else None,
                strokeColor=INK,
                strokeWidth=0.7,
            )
        )

    return draw


def _polygon(points: Sequence[tuple[float, float]], filled: bool) -> Marker:
    def draw(x: float, y: float) -> Group:
        flat = [v for px, py in points for v in (x + px * SIZE, y + py * SIZE)]
        return Group(
            Polygon(flat, fillColor=INK if filled else None, strokeColor=INK, strokeWidth=0.7)
        )

    return draw


def _cross(x: float, y: float) -> Group:
    d = SIZE * 0.9
    return Group(
        Line(x - d, y - d, x + d, y + d, strokeColor=INK, strokeWidth=1.1),
        Line(x - d, y + d, x + d, y - d, strokeColor=INK, strokeWidth=1.1),
    )


_TRIANGLE = ((0, 1.15), (1.05, -0.75), (-1.05, -0.75))
_DIAMOND = ((0, 1.3), (1.1, 0), (0, -1.3), (-1.1, 0))

MARKERS: dict[Kind, Marker] = {
    Kind.LETTER_OF_INTENT: _circle(False),
    Kind.AGREEMENT: _circle(True),
    Kind.MEMORANDUM: _square(False),
    Kind.JOINT_DECLARATION: _polygon(_TRIANGLE, False),
    Kind.PROTOCOL: _polygon(_DIAMOND, False),
    Kind.CONTRACT: _square(True),
    Kind.TREATY: _polygon(_TRIANGLE, True),
    Kind.OTHER: _cross,
}


def _ticks(first: int, last: int) -> list[int]:
    """Years to label: every year for short spans, every 2, 5 or 10 for longer ones."""
    span = last - first + 1
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if span / s <= 12)
    return [y for y in range(first, last + 2) if y % step == 0 or step == 1]


def timeline(agreements: Sequence[Agreement], lang: str) -> Drawing | None:
    """The chart, or None when no document has a date."""
    dated = [(a, a.signed_on) for a in agreements if a.signed_on is not None]
    if not dated:
        return None
    kinds = [k for k in Kind if any(a.kind is k for a, _ in dated)]
    first_year = min(date.year for _, date in dated)
    last_year = max(date.year for _, date in dated)
    start = dt.date(first_year, 1, 1)
    end = dt.date(last_year + 1, 1, 1)
    width = TEXT_WIDTH
    names = {k: kind_label(k, lang) for k in kinds}
    # The lane labels take the room the longest needs, and never more than a third.
    widest = max(stringWidth(n, fonts.REGULAR, LABEL_FONT_SIZE) for n in names.values())
    label = min(widest + 26, width / 3)
    plot = width - label - 6
    height = AXIS + LANE * len(kinds) + 6

    def x_of(day: dt.date) -> float:
        return label + plot * (day - start).days / (end - start).days

    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # else the renderer starts in Helvetica
    for lane, kind in enumerate(kinds):
        y = height - 6 - LANE * (lane + 0.5)
        drawing.add(Line(label, y, label + plot, y, strokeColor=LIGHT, strokeWidth=0.5))
        drawing.add(MARKERS[kind](8, y))
        drawing.add(
            String(18, y - 3, names[kind], fontName=fonts.REGULAR, fontSize=LABEL_FONT_SIZE)
        )
    axis_y = AXIS - 4
    drawing.add(Line(label, axis_y, label + plot, axis_y, strokeColor=INK, strokeWidth=0.8))
    for year in _ticks(first_year, last_year):
        x = x_of(dt.date(year, 1, 1))
        drawing.add(Line(x, axis_y, x, axis_y - 3, strokeColor=INK, strokeWidth=0.6))
        drawing.add(Line(x, axis_y, x, height - 6, strokeColor=LIGHT, strokeWidth=0.3))
        drawing.add(
            String(
                x,
                axis_y - 11,
                str(year),
                fontName=fonts.REGULAR,
                fontSize=7,
                textAnchor="middle",
                fillColor=DARK,
            )
        )
    lanes = {kind: lane for lane, kind in enumerate(kinds)}
    if len(dated) > DENSE:
        _counts(drawing, dated, lanes, height, x_of, by_quarter=last_year - first_year < 4)
        return drawing
    for n, (agreement, date) in enumerate(dated):
        y = height - 6 - LANE * (lanes[agreement.kind] + 0.5)
        y += ((n * 7) % 5 - 2) * 1.6  # a little spread so neighbours stay countable
        low, high = x_of(date.first_day()), x_of(date.last_day() + dt.timedelta(days=1))
        if high - low > SIZE:
            drawing.add(Line(low, y, high, y, strokeColor=MID, strokeWidth=1.6))
        drawing.add(MARKERS[agreement.kind]((low + high) / 2, y))
    return drawing


def grouped(agreements: Sequence[Agreement]) -> str | None:
    """How a chart of ``agreements`` groups them: "year", "quarter", or None (one mark
    each); the caption says so."""
    dated = [a.signed_on for a in agreements if a.signed_on is not None]
    if len(dated) <= DENSE:
        return None
    return "quarter" if max(d.year for d in dated) - min(d.year for d in dated) < 4 else "year"


def _counts(
    drawing: Drawing,
    dated: Sequence[tuple[Agreement, PartialDate]],
    lanes: dict[Kind, int],
    height: float,
    x_of: Callable[[dt.date], float],
    by_quarter: bool,
) -> None:
    """One bar per kind and period, as long as the period, labelled with its count; a
    date known only to the year counts in its year's first quarter."""
    counts: Counter[tuple[Kind, dt.date]] = Counter()
    for agreement, date in dated:
        month = ((date.month or 1) - 1) // 3 * 3 + 1 if by_quarter else 1
        counts[(agreement.kind, dt.date(date.year, month, 1))] += 1
    for (kind, begin), count in sorted(counts.items()):
        end = (
            dt.date(begin.year + (begin.month + 3 > 12), (begin.month + 2) % 12 + 1, 1)
            if by_quarter
            else dt.date(begin.year + 1, 1, 1)
        )
        y = height - 6 - LANE * (lanes[kind] + 0.5)
        low, high = x_of(begin) + 0.8, x_of(end) - 0.8
        drawing.add(
            Rect(low, y - 3.2, high - low, 6.4, fillColor=LIGHT, strokeColor=INK, strokeWidth=0.5)
        )
        drawing.add(
            String(
                (low + high) / 2,
                y - 2.4,
                str(count),
                fontName=fonts.BOLD,
                fontSize=6.5,
                textAnchor="middle",
                fillColor=INK,
            )
        )

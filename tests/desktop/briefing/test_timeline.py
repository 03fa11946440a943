"""The timeline tells kinds apart without colour: its own lane, label and marker shape."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect, String

from db import Agreement, Kind, PartialDate, Party
from desktop.briefing.timeline import MARKERS, timeline


def signature(group: Group) -> tuple:
    """What a marker looks like in black and white: its shapes, outline points, fill."""
    parts = []
    for shape in group.contents:
        filled = getattr(shape, "fillColor", None) is not None
        if isinstance(shape, Polygon):
            parts.append(("polygon", len(shape.points), filled))
        elif isinstance(shape, (Circle, Rect, Line)):
            parts.append((type(shape).__name__, filled))
    return tuple(parts)


def test_every_kind_has_its_own_marker_shape() -> None:
    shapes = {kind: signature(MARKERS[kind](0, 0)) for kind in Kind}
    assert len(set(shapes.values())) == len(Kind)


def test_one_marker_per_dated_document_and_a_labelled_lane_per_kind() -> None:
    def record(kind: Kind, date: PartialDate | None) -> Agreement:
        return Agreement("t", kind, (Party.state("UA"), Party.state("LT")), signed_on=date)

    records = [
        record(Kind.TREATY, PartialDate(2001, 5, 2)),
        record(Kind.TREATY, PartialDate(2010)),
        record(Kind.MEMORANDUM, PartialDate(2020, 3)),
        record(Kind.OTHER, None),
    ]
    drawing = timeline(records, "uk")
    assert drawing is not None
    groups = [c for c in drawing.contents if isinstance(c, Group)]
    lane_markers, document_markers = groups[:2], groups[2:]
    assert [signature(g) for g in lane_markers] == [
        signature(MARKERS[Kind.MEMORANDUM](0, 0)),
        signature(MARKERS[Kind.TREATY](0, 0)),
    ]
    assert len(document_markers) == 3
    labels = {c.text for c in drawing.contents if isinstance(c, String)}
    assert {"меморандум про взаєморозуміння", "договір", "2002", "2020"} <= labels
    assert timeline([record(Kind.OTHER, None)], "en") is None

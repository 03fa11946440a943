"""A table cell measured once per width is measured again when ReportLab dropped its lines
(a row split across pages that found no room): a 5,000-document briefing drew such a cell."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from desktop.briefing.tables import cell


def test_a_cell_that_could_not_be_split_is_measured_again_before_it_is_drawn() -> None:
    found = cell("Литва")
    found.wrap(100, 1000)
    assert found.split(100, 1) == []  # no room for a line: ReportLab drops the cell's lines
    found.wrap(100, 1000)
    found.drawOn(Canvas(io.BytesIO()), 0, 0)  # drawn from its lines, measured again

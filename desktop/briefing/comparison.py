"""A comparison (documents side by side, or two versions of one) and the partnership
matrix as PDF, in the briefing's fonts, styles and ruled tables.

Marks are printed as text (``=``, ``+``, ``≠``) and word changes in two columns, struck
through or underlined as well as coloured, so nothing depends on colour: the page survives
a monochrome printer.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from db import write_output
from desktop import __version__
from desktop.briefing.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    esc,
    styles,
)
from desktop.briefing.tables import Cell, cell, ruled
from desktop.briefing.template import numbered_canvas
from desktop.briefing.text import TITLE_CHARS, clip
from desktop.compare.matrix import Matrix, cell_text
from desktop.compare.sides import ABSENT, Comparison, TextDiff
from desktop.compare.textdiff import Op, Side, two_sides
from desktop.labels import field_label, title_in

MARK_WIDTH = 7 * mm
FIELD_WIDTH = 24 * mm

_WORDS: dict[str, tuple[str, str]] = {
    "comparison": ("Comparison", "Порівняння"),
    "documents": ("Documents compared", "Документи, що порівнюються"),
    "legend": (
        "= the same in all · + only in some (— where absent) · ≠ differs",
        "= однакове в усіх · + лише в деяких (— де немає) · ≠ різниться",
    ),
    "diff_legend": (
        "Word differences, the first document on the left: removed words struck through "
        "(red), added words underlined (green), another form of the same word in italics.",
        "Відмінності в словах, перший документ ліворуч: вилучені слова закреслено "
        "(червоним), додані підкреслено (зеленим), іншу форму того самого слова — курсивом.",
    ),
    "field": ("Field", "Поле"),
    "matrix": ("Partnerships", "Партнерства"),
    "partner": ("Partner", "Партнер"),
}


def _t(key: str, lang: str) -> str:
    pair = _WORDS[key]
    return pair[1] if lang == "uk" else pair[0]


REMOVED_COLOUR, ADDED_COLOUR = "#a3201a", "#17692b"


def side_markup(side: Side) -> str:
    """Paragraph markup of one text of a word diff: user text escaped, what it lost struck
    through (red), what it gained underlined (green): the lines survive a black printer."""
    out = []
    for text, op in side:
        shown = esc(text).replace("\n", "<br/>")
        if op is Op.REMOVED and text.strip():
            out.append(f'<font color="{REMOVED_COLOUR}"><strike>{shown}</strike></font>')
        elif op is Op.ADDED and text.strip():
            out.append(f'<font color="{ADDED_COLOUR}"><u>{shown}</u></font>')
        elif op is Op.INFLECTED:
            out.append(f"<i>{shown}</i>")
        else:
            out.append(shown)
    return "".join(out)


def diff_table(comparison: Comparison, diff: TextDiff) -> list[Flowable]:
    """One word diff as two columns: the first document's text and the other's."""
    s = styles()
    first, second = two_sides(list(diff.segments))
    header = [
        f"[1] {comparison.headings[0]}",
        f"[{diff.other + 1}] {comparison.headings[diff.other]}",
    ]
    row = [Cell(side_markup(first), s["cell"]), Cell(side_markup(second), s["cell"])]
    return ruled(header, [row], [TEXT_WIDTH / 2] * 2)


def comparison_flowables(comparison: Comparison) -> list[Flowable]:
    """The comparison as a section: documents, legend, the aligned table, word diffs."""
    lang = comparison.lang
    s = styles()
    story: list[Flowable] = [
        Paragraph(esc(_t("comparison", lang)), s["h1"]),
        Paragraph(esc(_t("documents", lang)), s["h2"]),
    ]
    for n, (name, doc) in enumerate(zip(comparison.headings, comparison.documents, strict=True), 1):
        title = clip(title_in(doc, lang), TITLE_CHARS)
        story.append(
            Paragraph(f"<b>[{n}]</b> {esc(clip(name, TITLE_CHARS))} — {esc(title)}", s["body"])
        )
    story += [Spacer(1, 4), Paragraph(esc(_t("legend", lang)), s["small"]), Spacer(1, 4)]
    count = len(comparison.documents)
    column = (TEXT_WIDTH - MARK_WIDTH - FIELD_WIDTH) / count
    header = ["", _t("field", lang), *(f"[{n}]" for n in range(1, count + 1))]
    rows = [
        [
            cell(str(row.mark)),
            cell(row.label),
            *(cell(c if c is not None else ABSENT) for c in row.cells),
        ]
        for row in comparison.rows
    ]
    story += ruled(header, rows, [MARK_WIDTH, FIELD_WIDTH, *([column] * count)])
    if comparison.diffs:
        story += [Spacer(1, 6), Paragraph(esc(_t("diff_legend", lang)), s["small"])]
        for diff in comparison.diffs:
            if all(seg.op is Op.SAME for seg in diff.segments):
                continue  # the same text on both sides
            title = f"{field_label(diff.field, lang)}: [1] ⟷ [{diff.other + 1}]"
            story.append(Paragraph(esc(title), s["h2"]))
            story += diff_table(comparison, diff)
    return story


def matrix_flowables(matrix: Matrix, lang: str, columns_per_table: int = 6) -> list[Flowable]:
    """The partnership matrix as ruled tables, ``columns_per_table`` kinds or subjects at a
    time so that every table fits the page width."""
    s = styles()
    story: list[Flowable] = [Paragraph(esc(_t("matrix", lang)), s["h1"])]
    first = 34 * mm
    for start in range(0, max(len(matrix.columns), 1), columns_per_table):
        columns = matrix.columns[start : start + columns_per_table]
        width = (TEXT_WIDTH - first) / max(len(columns), 1)
        header = [_t("partner", lang), *(matrix.column_label(c, lang) for c in columns)]
        rows = [
            [cell(p), *(cell(cell_text(matrix.cell(p, c))) for c in columns)]
            for p in matrix.partners
        ]
        story += [*ruled(header, rows, [first, *([width] * len(columns))]), Spacer(1, 8)]
    return story


def _pdf(story: list[Flowable], lang: str, title: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_LEFT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        creator=f"Pactum {__version__}",
    )
    doc.build(story, canvasmaker=numbered_canvas(lang))
    return buffer.getvalue()


def comparison_pdf(comparison: Comparison, target: Path) -> None:
    """Write the comparison to ``target`` as a PDF (in the comparison's language), whole or
    not at all; ``target`` is one that ``db.safety.outputs.check_output_path`` allowed."""
    data = _pdf(
        comparison_flowables(comparison), comparison.lang, _t("comparison", comparison.lang)
    )
    write_output(target, data)


def matrix_pdf(matrix: Matrix, target: Path, lang: str = "uk") -> None:
    """Write the partnership matrix to ``target`` as a PDF, whole or not at all."""
    write_output(target, _pdf(matrix_flowables(matrix, lang), lang, _t("matrix", lang)))

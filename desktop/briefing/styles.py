"""Paragraph styles, the page geometry, and the one way user text enters a Paragraph.

Everything is black, white and greys that survive a monochrome office printer; hierarchy
comes from size, weight and rules, never from colour alone.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop.briefing import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
LABEL_WIDTH = 30 * mm

INK = Color(0, 0, 0)
DARK = Color(0.25, 0.25, 0.25)
MID = Color(0.5, 0.5, 0.5)
LIGHT = Color(0.85, 0.85, 0.85)
TINT = Color(0.93, 0.93, 0.93)


def esc(text: str) -> str:
    """User text as Paragraph markup that prints literally (``&``, ``<``, markup-like text).

    Line breaks inside one field are kept as breaks; long words and addresses are split by
    ReportLab's ``splitLongWords`` (on in every style here) rather than running off the page.
    """
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The named styles every section draws from (built once, after the fonts exist)."""
    family = fonts.register()
    base = ParagraphStyle(
        "body",
        fontName=family,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        bulletFontName=fonts.BOLD,
        bulletFontSize=7.5,
        splitLongWords=1,
        alignment=TA_LEFT,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "small": derive("small", fontSize=8, leading=10, textColor=DARK),
        "cover_kicker": derive(
            "cover_kicker", fontName=fonts.BOLD, fontSize=11, leading=14, textColor=DARK
        ),
        "cover_title": derive("cover_title", fontName=fonts.BOLD, fontSize=28, leading=33),
        "cover_fact": derive(
            "cover_fact", fontSize=10, leading=14, leftIndent=LABEL_WIDTH, bulletFontSize=8.5
        ),
        "marking": derive(
            "marking",
            fontName=fonts.BOLD,
            fontSize=11,
            leading=14,
            alignment=TA_CENTER,
            borderWidth=1.2,
            borderColor=INK,
            borderPadding=(5, 6, 5, 6),
        ),
        "part": derive(
            "part", fontName=fonts.BOLD, fontSize=22, leading=27, spaceAfter=10, keepWithNext=1
        ),
        "h1": derive(
            "h1",
            fontName=fonts.BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "doc_kicker": derive(
            "doc_kicker",
            fontName=fonts.BOLD,
            fontSize=7.5,
            leading=9,
            textColor=DARK,
            spaceBefore=10,
        ),
        "doc_title": derive(
            "doc_title",
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=14.5,
            spaceAfter=2,
        ),
        "doc_meta": derive("doc_meta", fontSize=8.5, leading=11, textColor=DARK, spaceAfter=4),
        "field": derive("field", fontSize=9, leading=12, leftIndent=LABEL_WIDTH, spaceAfter=1.5),
        "quote": derive(
            "quote",
            fontName=fonts.ITALIC,
            fontSize=8.5,
            leading=11.5,
            leftIndent=LABEL_WIDTH + 4 * mm,
            spaceAfter=3,
            textColor=DARK,
        ),
        "cell": derive("cell", fontSize=7.8, leading=9.6),
        "cell_head": derive("cell_head", fontName=fonts.BOLD, fontSize=7.8, leading=9.6),
        "toc0": derive(
            "toc0",
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            rightIndent=12 * mm,
            endDots=" . ",
        ),
        "toc1": derive(
            "toc1",
            fontSize=9.5,
            leading=12.5,
            leftIndent=6 * mm,
            rightIndent=12 * mm,
            endDots=" . ",
            spaceBefore=2,
        ),
        "toc2": derive(
            "toc2",
            fontSize=8,
            leading=10,
            leftIndent=12 * mm,
            rightIndent=12 * mm,
            endDots=" . ",
            textColor=DARK,
        ),
        "full_text": derive("full_text", fontSize=9, leading=12.5, spaceAfter=5),
    }

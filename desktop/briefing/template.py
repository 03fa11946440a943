"""The page: header with the handling marking, footer "page N of M", outline and contents.

The whole document is laid out once. The canvas holds every page until the end, when the
page count and each heading's page are known; only then does it write "page N of M" and
the contents' page numbers onto the held pages. Every entry of the contents is known
before layout (the headings are), so the contents take their final size at once and
ReportLab's two-pass ``multiBuild`` is not needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from db import Progress
from db import check_progress as check
from desktop.briefing import fonts
from desktop.briefing.styles import (
    DARK,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    MID,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    esc,
)
from desktop.briefing.text import t

#: The width of the date column before documents' titles in the contents.
DATE_COLUMN = 17 * mm


@dataclass(frozen=True)
class Anchor:
    """Where a heading sits in the outline (and, with ``toc``, in the table of contents)."""

    key: str
    level: int
    title: str
    toc: bool = True
    header: str | None = None  # a new running title for the page header from here on
    prefix: str = ""  # what the contents show before the title (a document's date)


class Heading(Paragraph):
    """A paragraph that registers itself in the outline and the contents once placed."""

    def __init__(self, text: str, style: Any, anchor: Anchor) -> None:
        super().__init__(text, style)
        self.anchor = anchor


class ContentsLine(Paragraph):
    """One entry of the contents: the title links to its heading; dot leaders run to the
    page-number column, and the number itself is written once the heading has been placed.
    """

    def __init__(self, anchor: Anchor, style: Any, pages: dict[str, int]) -> None:
        key = anchor.key
        if anchor.prefix:  # the date in a column of its own, the titles aligned after it
            style = _dated(style)
        super().__init__(
            f'<a href="#{key}">{esc(anchor.title)}</a>', style, bulletText=anchor.prefix or None
        )
        self.key = key
        self.pages = pages

    def draw(self) -> None:
        super().draw()
        lines = self.blPara.lines
        baseline = self.height - self.style.fontSize - (len(lines) - 1) * self.style.leading
        x, y = self.canv.absolutePosition(self.width, baseline)
        style, key, pages = self.style, self.key, self.pages

        def number(canvas: Canvas) -> None:
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            canvas.drawRightString(x, y, str(pages.get(key, "")))

        canvas = self.canv
        assert isinstance(canvas, HeldCanvas), "briefings are drawn on a HeldCanvas"
        canvas.later(number)


@cache
def _dated(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with room before the text for a date set as the paragraph's bullet."""
    return ParagraphStyle(
        f"{style.name}-dated",
        parent=style,
        bulletIndent=style.leftIndent,
        leftIndent=style.leftIndent + DATE_COLUMN,
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
    )


def fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (with an ellipsis) to fit one line of ``width`` points: page headers
    and markings are drawn as single lines, which would otherwise run off the paper."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


class Tick(Flowable):
    """Invisible: counts one laid-out document for the progress bar, checks for cancel."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class HeldCanvas(Canvas):
    """A canvas that holds its pages until the end, then writes "page N of M" on each (and
    whatever else waited for the end: the contents' page numbers)."""

    pattern = "{n} / {m}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Without this the canvas starts in Helvetica and lists it on every page.
        kwargs["initialFontName"] = fonts.REGULAR
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._later: dict[int, list[Callable[[Canvas], None]]] = {}

    def later(self, draw: Callable[[Canvas], None]) -> None:
        """Run ``draw`` on the current page once all pages are laid out."""
        self._later.setdefault(len(self._held), []).append(draw)

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        later = self._later
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            for draw in later.get(number - 1, ()):
                draw(self)
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(DARK)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_LEFT, MARGIN_BOTTOM - 14, self.pattern.format(n=number, m=total)
            )
            super().showPage()
        super().save()


def numbered_canvas(lang: str) -> type[HeldCanvas]:
    """The canvas class for one language's footer ("Сторінка N з M" / "Page N of M")."""
    pattern = t("page", lang, n="{n}", m="{m}")
    return type("NumberedCanvas", (HeldCanvas,), {"pattern": pattern})


class BriefingTemplate(BaseDocTemplate):
    """A4 pages with a running header and footer; feeds the outline and the contents."""

    def __init__(
        self,
        target: Any,
        *,
        lang: str,
        marking: str | None,
        footer: str,
        pages: dict[str, int],
        progress: Progress,
        total_steps: int,
        steps_before: int,
        **metadata: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_LEFT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **metadata,
        )
        self.lang = lang
        self.marking = marking
        self.footer = footer
        self.pages = pages
        self.progress = progress
        self.total_steps = total_steps
        self.steps_before = steps_before
        self.header = ""
        self.laid_out = 0
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPageEnd=self._cover_page),
                PageTemplate("body", [frame], onPageEnd=self._body_page),
            ]
        )

    # -- outline, contents, progress ----------------------------------------------------

    def beforeDocument(self) -> None:
        # The reader opens with the outline shown: sections, documents folded beneath.
        self.canv.showOutline()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Tick):
            self.laid_out += 1
            done = self.steps_before + self.laid_out
            check(self.progress, min(done, self.total_steps - 1), self.total_steps, every=1)
            return
        if not isinstance(flowable, Heading):
            return
        anchor = flowable.anchor
        if anchor.header is not None:
            self.header = anchor.header
        top = self.frame._y + flowable.height + flowable.style.spaceAfter
        self.canv.bookmarkPage(anchor.key, fit="XYZ", left=0, top=top)
        self.canv.addOutlineEntry(anchor.title, anchor.key, level=anchor.level, closed=True)
        self.pages[anchor.key] = self.page

    # -- page furniture ---------------------------------------------------------------

    def _marking(self, canvas: Canvas) -> None:
        if not self.marking:
            return
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColor(DARK)
        marking = fitted(self.marking, fonts.BOLD, 9, TEXT_WIDTH)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * 72 / 25.4, marking)

    def _footer(self, canvas: Canvas) -> None:
        y = MARGIN_BOTTOM - 4
        canvas.setStrokeColor(MID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, y, PAGE_WIDTH - MARGIN_LEFT, y)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(DARK)
        canvas.drawString(MARGIN_LEFT, y - 10, self.footer)

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._marking(canvas)
        self._footer(canvas)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._marking(canvas)
        y = PAGE_HEIGHT - MARGIN_TOP + 8
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(DARK)
        canvas.drawString(MARGIN_LEFT, y + 3, fitted(self.header, fonts.REGULAR, 8, TEXT_WIDTH))
        canvas.setStrokeColor(MID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, y, PAGE_WIDTH - MARGIN_LEFT, y)
        self._footer(canvas)
        canvas.restoreState()

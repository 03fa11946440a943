"""The page: header with the handling marking, footer "page N of M", outline and contents.

Contents and outline come from headings that carry an :class:`Anchor`; their keys are
derived from the story's structure, not from a running counter, so every layout pass of
``multiBuild`` produces the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from db.progress import Progress, check
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


@dataclass(frozen=True)
class Anchor:
    """Where a heading sits in the outline (and, with ``toc``, in the table of contents)."""

    key: str
    level: int
    title: str
    toc: bool = True
    header: str | None = None  # a new running title for the page header from here on


class Heading(Paragraph):
    """A paragraph that registers itself in the outline and the contents once placed."""

    def __init__(self, text: str, style: Any, anchor: Anchor) -> None:
        super().__init__(text, style)
        self.anchor = anchor


class Tick(Paragraph):
    """Counts one laid-out document for the progress bar (and checks for cancellation)."""


def numbered_canvas(lang: str) -> type[Canvas]:
    """A canvas class that holds its pages until the end, then writes "page N of M" on each."""
    pattern = t("page", lang, n="{n}", m="{m}")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this the canvas starts in Helvetica and lists it on every page.
            kwargs["initialFontName"] = fonts.REGULAR
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                self.setFont(fonts.REGULAR, 8)
                self.setFillColor(DARK)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_LEFT,
                    MARGIN_BOTTOM - 14,
                    pattern.format(n=number, m=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class BriefingTemplate(BaseDocTemplate):
    """A4 pages with a running header and footer; feeds the outline and the contents."""

    def __init__(
        self,
        target: Any,
        *,
        lang: str,
        marking: str | None,
        footer: str,
        contents: TableOfContents,
        progress: Progress,
        total_steps: int,
        steps_before: int,
        documents: int,
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
        self.contents = contents
        self.progress = progress
        self.total_steps = total_steps
        self.steps_before = steps_before
        self.documents = documents
        self.header = ""
        self.passes = 0
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

    # -- passes, outline, contents, progress -------------------------------------------

    def beforeDocument(self) -> None:
        self.header = ""
        self.laid_out = 0
        self.passes += 1
        # The outline opens at the sections, with documents folded beneath them.
        self.canv.showOutline()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Tick):
            self.laid_out += 1
            done = self.steps_before + (self.passes - 1) * self.documents + self.laid_out
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
        if anchor.toc:
            self.notify("TOCEntry", (anchor.level, esc(anchor.title), self.page, anchor.key))

    # -- page furniture ---------------------------------------------------------------

    def _marking(self, canvas: Canvas) -> None:
        if not self.marking:
            return
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColor(DARK)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * 72 / 25.4, self.marking)

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
        canvas.drawString(MARGIN_LEFT, y + 3, self.header)
        canvas.setStrokeColor(MID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_LEFT, y, PAGE_WIDTH - MARGIN_LEFT, y)
        self._footer(canvas)
        canvas.restoreState()

"""Helpers for reading briefing PDFs back: text per page, the outline, the fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader


class Pdf:
    """A written briefing as the tests see it: words, outline titles, metadata, fonts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader = PdfReader(str(path))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]
        # Text wraps wherever the page ends a line: compare with whitespace collapsed.
        self.flat = [" ".join(p.split()) for p in self.pages]
        self.text = " ".join(self.flat)

    def lines(self, index: int) -> list[str]:
        """Page ``index`` as printed lines, top to bottom (text grouped by its baseline)."""
        rows: dict[int, list[tuple[float, str]]] = {}

        def visit(text: str, cm: list, tm: list, font: object, size: object) -> None:
            if text.strip():
                y = round(tm[5] * cm[3] + cm[5])
                rows.setdefault(y, []).append((tm[4] * cm[0] + cm[4], text))

        self.reader.pages[index].extract_text(visitor_text=visit)
        return [flat(" ".join(t for _, t in sorted(rows[y]))) for y in sorted(rows, reverse=True)]

    def outline_titles(self) -> list[str]:
        found: list[str] = []

        def walk(items: list) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    found.append(item.title)

        walk(self.reader.outline)
        return found

    def fonts(self) -> list[dict]:
        seen = {}
        for page in self.reader.pages:
            for ref in page["/Resources"].get("/Font", {}).values():
                font = ref.get_object()
                seen[font.get("/BaseFont")] = font
        return list(seen.values())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def read_pdf():
    return Pdf

"""The comparison PDF: marks as text, user text printed literally, Cyrillic intact."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pypdf import PdfReader

from db import Catalog
from desktop.briefing.comparison import comparison_pdf
from desktop.compare.sides import compare

LT, SE = "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a01", "6f0c2a8e-2b53-4d0e-9a51-3c1f0d1e8a03"


def test_markup_in_user_text_prints_literally(demo: Catalog, tmp_path: Path) -> None:
    lt = demo.get(LT)
    odd = dataclasses.replace(lt, title="AT&T <b>угода", summary="<i>ґ є ї & <unknown>")
    target = tmp_path / "odd.pdf"
    comparison_pdf(compare([lt, odd, demo.get(SE)]), target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "AT&T <b>угода" in text and "<i>ґ є ї & <unknown>" in text
    assert "[3]" in text and "Page 1 of" in text

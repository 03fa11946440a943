"""A small crafted PDF cannot keep the attachment reader busy for hours.

Thousands of pages sharing one large content stream, or one page drawing a form a million
times, take pypdf hours to read although the file is a few kilobytes. Reading stops after
a bounded amount of page content and of drawing operations; the file is attached whole
with the text read so far. The bounds are made small here so that each case takes a
moment (with the real ones they hold a crafted file to seconds; without them, hours).
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from db import open_catalog
from db.features import attachment_text
from tests.safety.records import fill

CATALOG = b"<</Type/Catalog/Pages 2 0 R>>"
FONT = b"/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>"


def pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF of ``objects`` (numbered from 1, the first the catalogue) with a true xref."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(out)
    return path


def stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return b"<</Length %d/Filter/FlateDecode%s>>stream\n%s\nendstream" % (
        len(packed),
        extra,
        packed,
    )


def attach_text(tmp_path: Path, source: Path) -> tuple[str, str]:
    path = tmp_path / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 1)
        catalog.attach(1, source)
        return catalog.conn.execute("SELECT text_state, text FROM attachment_files").fetchone()


def test_thousands_of_pages_sharing_one_large_content_stream_are_read_within_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachment_text, "MAX_PDF_CONTENT_BYTES", 3 * 120_000)
    page = b"BT /F1 9 Tf (Agreement) Tj " + b"() Tj " * 20_000 + b"ET"
    crafted = pdf(
        tmp_path / "pages.pdf",
        [
            CATALOG,
            b"<</Type/Pages/Kids[" + b"3 0 R " * 3000 + b"]/Count 3000>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]/Contents 4 0 R" + FONT + b">>",
            stream(page),
        ],
    )
    assert crafted.stat().st_size < 50_000
    state, text = attach_text(tmp_path, crafted)
    assert state == "text" and 1 <= text.count("Agreement") <= 3


def test_a_form_drawn_a_hundred_thousand_times_is_read_within_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachment_text, "MAX_PDF_OPERATIONS", 20_000)
    form = b"BT /F1 1 Tf " + b"() Tj " * 1000 + b"ET"
    crafted = pdf(
        tmp_path / "forms.pdf",
        [
            CATALOG,
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]/Contents 4 0 R"
            b"/Resources<</XObject<</X 5 0 R>>>>>>",
            stream(b"/X Do " * 100_000),
            stream(form, b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]" + FONT + b">>"),
        ],
    )
    assert attach_text(tmp_path, crafted) == ("no_text", "")

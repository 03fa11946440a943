"""Files for the attachment tests: a PDF with Ukrainian text, a scan without text, an
encrypted PDF, a Word file, made on the fly."""

from __future__ import annotations

from pathlib import Path

from resources import resource_path

TEXT = "Україна та Литва домовилися про постачання безпілотників і радарів."


def text_pdf(path: Path, text: str = TEXT) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(
        TTFont("DejaVu", str(resource_path("fonts", "DejaVuSansCondensed.ttf")))
    )
    page = canvas.Canvas(str(path))
    page.setFont("DejaVu", 11)
    page.drawString(50, 750, text)
    page.save()
    return path


def scan_pdf(path: Path) -> Path:
    """A PDF whose page has no text layer, as a scanner makes it."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with path.open("wb") as out:
        writer.write(out)
    return path


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = text_pdf(path.with_name("plain-" + path.name))
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as out:
        writer.write(out)
    return path


def word_file(path: Path, text: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path

"""The text inside an attached file, for search: PDF, DOCX, ODT, plain text and HTML.

PDFs are read with pypdf, Word files with python-docx, OpenDocument text from its
``content.xml`` and HTML with the standard library's parser. A PDF whose pages hold no
text (a scan without a text layer) is marked "no text": reading it would need OCR, which
Pactum does not do. An encrypted or broken PDF, or a Word file that is no Word file, is
refused (the file is then not attached at all): a signed document Pactum cannot open is
more likely the wrong file than one to keep unread.
"""

from __future__ import annotations

import codecs
import logging
import mimetypes
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from db.errors import InputFileError

MAX_TEXT_CHARS = 10_000_000
"""The most text kept from one file (a record's own texts have the same bound)."""
MAX_TEXT_FILE_BYTES = 64 * 1024**2
"""The most of a plain-text or HTML file read for its text."""

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


def media_type(name: str, head: bytes) -> str:
    """What the file is, from its first bytes where they tell, else from its name."""
    suffix = Path(name).suffix.lower()
    if head.startswith(b"%PDF"):
        return PDF
    if head.startswith(b"PK\x03\x04") and suffix in (".docx", ".odt"):
        return DOCX if suffix == ".docx" else ODT
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def _opened(reader: Any) -> bool:
    """Whether an encrypted PDF opens without a password (only an owner password is set)."""
    from pypdf.errors import PyPdfError

    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, ValueError, NotImplementedError):
        return False


def _pdf_text(stream: IO[bytes], label: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its findings become our one line
    try:
        reader = PdfReader(stream)  # a stream, not bytes: pypdf reads what it needs
        if reader.is_encrypted and not _opened(reader):
            raise InputFileError(label, "is an encrypted PDF: attach a copy without its password")
        pages = []
        size = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            pages.append(text)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                break
    except InputFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as error:
        raise InputFileError(label, f"is not a readable PDF ({error})") from error
    return "\n".join(pages)


def _docx_text(stream: IO[bytes], label: str) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(stream)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputFileError(label, f"is not a readable Word file ({error})") from error
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _odt_text(stream: IO[bytes], label: str) -> str:
    try:
        with zipfile.ZipFile(stream) as archive, archive.open("content.xml") as content:
            root = ElementTree.parse(content).getroot()
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise InputFileError(label, f"is not a readable ODT file ({error})") from error
    return "\n".join(" ".join(e.itertext()) for e in root.iter() if e.tag.endswith("}p"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style") and self.hidden > 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _decoded(stream: IO[bytes]) -> str:
    data = stream.read(MAX_TEXT_FILE_BYTES)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _html_text(stream: IO[bytes]) -> str:
    parser = _Text()
    parser.feed(_decoded(stream))
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def extract(stream: IO[bytes], kind: str, label: str) -> tuple[str, str]:
    """``(state, text)`` of the file in ``stream`` (seekable; ``label`` names it in errors):
    state ``text`` (read), ``no_text`` (a PDF without a text layer) or ``not_read`` (a kind
    Pactum does not read); InputFileError for a broken file."""
    if kind == PDF:
        text = _pdf_text(stream, label)
    elif kind == DOCX:
        text = _docx_text(stream, label)
    elif kind == ODT:
        text = _odt_text(stream, label)
    elif kind in ("text/html", "application/xhtml+xml"):
        text = _html_text(stream)
    elif kind.startswith("text/"):
        text = _decoded(stream)
    else:
        return "not_read", ""
    text = text[:MAX_TEXT_CHARS].replace("\x00", "")
    # A lone surrogate (from a broken PDF's text) is no text SQLite can store.
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    if not text.strip():
        return ("no_text" if kind == PDF else "text"), ""
    return "text", text

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
import zlib
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from db.errors import InputFileError

MAX_TEXT_CHARS = 10_000_000
"""The most text kept from one file (a record's own texts have the same bound)."""
MAX_TEXT_FILE_BYTES = 64 * 1024**2
"""The most of a plain-text or HTML file read for its text, and the most one XML part of
a DOCX or ODT may unpack to (a zip bomb states more: it is refused before it is unpacked)."""
MAX_PDF_CONTENT_BYTES = 16 * 1024**2
"""The most page content (drawing instructions, unpacked) read from one PDF for its text."""
MAX_PDF_OPERATIONS = 2_000_000
"""The most drawing operations (forms drawn again counted each time) read from one PDF."""
MAX_UNPACKED_BYTES = 1024**3
"""The most all the parts of a DOCX or ODT may unpack to together."""

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


class _EnoughWork(Exception):
    """Raised from pypdf's operator visitor when a PDF has been read for long enough."""


def _pdf_text(stream: IO[bytes], label: str) -> str:
    """The text of the PDF's pages, read until :data:`MAX_TEXT_CHARS` characters, or
    :data:`MAX_PDF_CONTENT_BYTES` bytes of page content, or :data:`MAX_PDF_OPERATIONS`
    drawing operations: a small crafted file (thousands of pages sharing one large
    content stream, a form drawn a million times) would otherwise keep pypdf busy for
    hours. The file is attached whole either way; only its searchable text is cut."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its findings become our one line
    operations = 0

    def count(*_: object) -> None:
        nonlocal operations
        operations += 1
        if operations > MAX_PDF_OPERATIONS:
            raise _EnoughWork

    try:
        reader = PdfReader(stream)  # a stream, not bytes: pypdf reads what it needs
        if reader.is_encrypted and not _opened(reader):
            raise InputFileError(label, "is an encrypted PDF: attach a copy without its password")
        pages = []
        size = content = 0
        for page in reader.pages:
            drawn = page.get_contents()
            content += len(drawn.get_data()) if drawn is not None else 0
            if size > MAX_TEXT_CHARS or content > MAX_PDF_CONTENT_BYTES:
                break
            pages.append(page.extract_text(visitor_operand_before=count) or "")
            size += len(pages[-1])
    except InputFileError:
        raise
    except _EnoughWork:
        pass  # the text read so far is kept
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as error:
        raise InputFileError(label, f"is not a readable PDF ({error})") from error
    return "\n".join(pages)


def _check_unpacked(stream: IO[bytes], label: str, what: str) -> None:
    """Refuse a zip whose parts state they unpack to more than Pactum reads (zipfile never
    unpacks a part beyond the size it states, so the stated sizes bound the work)."""
    try:
        with zipfile.ZipFile(stream) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputFileError(label, f"is not a readable {what} ({error})") from error
    finally:
        stream.seek(0)
    xml = max((p.file_size for p in parts if p.filename.endswith((".xml", ".rels"))), default=0)
    if xml > MAX_TEXT_FILE_BYTES or sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
        raise InputFileError(
            label, f"unpacks to far more than a {what} holds (a zip bomb?): it was not read"
        )


# What a broken zip or XML inside a DOCX or ODT raises (zlib, lxml and expat errors).
_BROKEN_ZIP = (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, zlib.error)
_BROKEN_PART = (*_BROKEN_ZIP, NotImplementedError, RuntimeError, ElementTree.ParseError)


def _docx_text(stream: IO[bytes], label: str) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    _check_unpacked(stream, label, "Word file")
    try:
        document = docx.Document(stream)
    except (PackageNotFoundError, LxmlError, *_BROKEN_PART) as error:
        raise InputFileError(label, f"is not a readable Word file ({error})") from error
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _odt_text(stream: IO[bytes], label: str) -> str:
    _check_unpacked(stream, label, "ODT file")
    try:
        with zipfile.ZipFile(stream) as archive, archive.open("content.xml") as content:
            root = ElementTree.parse(content).getroot()
    except _BROKEN_PART as error:
        raise InputFileError(label, f"is not a readable ODT file ({error})") from error
    # A paragraph's text includes the paragraphs inside it: nested thousands deep, the
    # whole would be gigabytes, so reading stops once there is enough.
    parts, size = [], 0
    for element in root.iter():
        if element.tag.endswith("}p"):
            parts.append(" ".join(element.itertext()))
            size += len(parts[-1])
            if size > MAX_TEXT_CHARS:
                break
    return "\n".join(parts)


_HTML_PIECE = 1024 * 1024
"""Characters of HTML given to the parser at a time."""


class _Text:
    """What lxml's HTML parser finds, as text: everything outside scripts and styles."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.hidden = 0

    def start(self, tag: str, attrib: object) -> None:
        self.hidden += tag in ("script", "style")

    def end(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style") and self.hidden > 0

    def data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    def close(self) -> str:
        return " ".join(" ".join(self.parts).split())


def _decoded(stream: IO[bytes]) -> str:
    data = stream.read(MAX_TEXT_FILE_BYTES)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _html_text(stream: IO[bytes]) -> str:
    """The page's text. libxml2's HTML parser, fed a piece at a time, takes time in
    proportion to the file whatever it holds (the standard library's parser takes hours
    over a megabyte of unclosed ``<!--``); what it cannot parse ends the text early."""
    from lxml.etree import HTMLParser, LxmlError

    text = _Text()
    parser = HTMLParser(target=text, recover=True, no_network=True)
    decoded = _decoded(stream)
    try:
        for start in range(0, len(decoded), _HTML_PIECE):
            parser.feed(decoded[start : start + _HTML_PIECE])
        parser.close()
    except LxmlError:
        pass
    return text.close()


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

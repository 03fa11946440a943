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
import mimetypes
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from db.errors import InputFileError
from db.safety.outputs import shown

MAX_TEXT_CHARS = 10_000_000
"""The most text kept from one file (a record's own texts have the same bound)."""
MAX_TEXT_FILE_BYTES = 64 * 1024**2
"""The most of a plain-text or HTML file read for its text."""

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


def media_type(path: Path, head: bytes) -> str:
    """What the file is, from its first bytes where they tell, else from its name."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return PDF
    if head.startswith(b"PK\x03\x04") and suffix in (".docx", ".odt"):
        return DOCX if suffix == ".docx" else ODT
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    with path.open("rb") as stream:  # a stream, not the path: pypdf then reads it as needed
        try:
            reader = PdfReader(stream)
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputFileError(
                    shown(path), "is an encrypted PDF: attach a copy without its password"
                )
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
            raise InputFileError(shown(path), f"is not a readable PDF ({error})") from error
    return "\n".join(pages)


def _docx_text(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputFileError(shown(path), f"is not a readable Word file ({error})") from error
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _odt_text(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            root = ElementTree.parse(content).getroot()
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise InputFileError(shown(path), f"is not a readable ODT file ({error})") from error
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


def _decoded(path: Path) -> str:
    with path.open("rb") as stream:
        data = stream.read(MAX_TEXT_FILE_BYTES)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _html_text(path: Path) -> str:
    parser = _Text()
    parser.feed(_decoded(path))
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def extract(path: Path, kind: str) -> tuple[str, str]:
    """``(state, text)``: state ``text`` (read), ``no_text`` (a PDF without a text layer)
    or ``not_read`` (a kind Pactum does not read); InputFileError for a broken file."""
    if kind == PDF:
        text = _pdf_text(path)
    elif kind == DOCX:
        text = _docx_text(path)
    elif kind == ODT:
        text = _odt_text(path)
    elif kind in ("text/html", "application/xhtml+xml"):
        text = _html_text(path)
    elif kind.startswith("text/"):
        text = _decoded(path)
    else:
        return "not_read", ""
    text = text[:MAX_TEXT_CHARS].replace("\x00", "")
    # A lone surrogate (from a broken PDF's text) is no text SQLite can store.
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    if not text.strip():
        return ("no_text" if kind == PDF else "text"), ""
    return "text", text

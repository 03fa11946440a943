"""Files made to hurt the attachment reader: each is refused in one line saying which file
and why (never "unexpected error"), or attached, promptly and within memory; the
catalogue is unchanged by a refusal.

Word files with broken or entity-bombed XML, zip bombs stating gigabytes, HTML that makes
the standard library's parser take hours, and names that are no file names.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from db import InputFileError, open_catalog
from desktop.cli import main
from tests.safety.one_line import refused
from tests.safety.records import fill

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
LAUGHS = "".join(
    f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)
ENTITY_BOMB = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">{LAUGHS}]>'


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("PACTUM_PASSPHRASE", raising=False)
    path = tmp_path / "work.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 1)
    return path


def docx(path: Path, document: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
    return path


def test_a_word_file_with_broken_xml_is_refused_as_not_readable(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = docx(tmp_path / "bad.docx", f'<w:document xmlns:w="{W}"><w:body oops')
    line = refused(capsys, work, "attach", "1", str(bad), message="bad.docx")
    assert "not a readable Word file" in line and "unexpected" not in line


def test_a_word_file_with_an_entity_bomb_is_refused_as_not_readable(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body>'
    bomb = docx(tmp_path / "laughs.docx", ENTITY_BOMB + body + "</w:document>")
    line = refused(capsys, work, "attach", "1", str(bomb), message="laughs.docx")
    assert "unexpected" not in line


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    bomb = tmp_path / f"bomb{suffix}"
    part = "word/document.xml" if suffix == ".docx" else "content.xml"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("_rels/.rels", RELS)
        with archive.open(part, "w", force_zip64=True) as out:
            out.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            piece = b" " * 1024**2
            for _ in range(80):
                out.write(piece)
            out.write(b"</w:t></w:r></w:p></w:body></w:document>")
    assert bomb.stat().st_size < 1024**2
    line = refused(capsys, work, "attach", "1", str(bomb), message=f"bomb{suffix}")
    assert "zip bomb" in line


@pytest.mark.parametrize("construct", ["<!--", "</", "<a ", "<![", "<?"])
def test_html_of_unclosed_constructs_is_read_promptly(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], construct: str
) -> None:
    # Python 3.12's HTMLParser takes about a minute over 250 KB of "<!--" (quadratic).
    page = tmp_path / "page.html"
    page.write_text("<p>вступ</p>" + construct * (400_000 // len(construct)), encoding="utf-8")
    assert main(["--catalog", str(work), "attach", "1", str(page)]) == 0
    assert "attached page.html" in capsys.readouterr().out


def test_html_text_leaves_out_scripts_and_styles(work: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><style>p{}</style><script>var a = '<p>x</p>';</script></head>"
        "<body><p>Угода &amp; <b>протокол</b></p><!-- ні --></body></html>",
        encoding="utf-8",
    )
    with open_catalog(work) as catalog:
        catalog.attach(1, page)
        text = catalog.conn.execute("SELECT text FROM attachment_files").fetchone()[0]
    assert text == "Угода & протокол"


NAMES = {
    "blank": "   ",
    "line_break": "a\nb.pdf",
    "escape_sequence": "\x1b[31mred.pdf",
    "folder": "../../etc/passwd",
    "backslash": "..\\..\\boot.ini",
    "ten_thousand_characters": "x" * 10_000,
}


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_a_name_that_is_no_file_name_is_refused(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("текст", encoding="utf-8")
    line = refused(capsys, work, "attach", "1", str(note), "--name", name, message="note.txt")
    assert "cannot be kept under the name" in line and len(line) < 400


def crafted_import(work: Path, tmp_path: Path, *names: str) -> Path:
    """An export of ``work`` whose first record carries a file under each of ``names``."""
    out = tmp_path / "all.json"
    assert main(["--catalog", str(work), "export", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    raw = b"file"
    data["agreements"][0]["attachments"] = [
        {
            "name": name,
            "size": len(raw),
            "sha256": hashlib.sha256(raw).hexdigest(),
            "data": base64.b64encode(raw).decode(),
        }
        for name in names
    ]
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def test_an_import_naming_one_file_twice_on_a_record_is_refused_naming_it(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = crafted_import(work, tmp_path, "x.txt", "x.txt")
    capsys.readouterr()
    line = refused(capsys, work, "import", str(out))
    assert "attachment 2 (x.txt): named twice" in line


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_an_import_whose_attachment_name_is_no_file_name_is_refused(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = crafted_import(work, tmp_path, name)
    capsys.readouterr()
    line = refused(capsys, work, "import", str(out))
    assert "attachment 1" in line and len(line) < 600


def test_a_file_whose_name_is_not_utf8_is_refused_by_the_catalogue(
    work: Path, tmp_path: Path
) -> None:
    import os

    from db import InputFileError

    odd = tmp_path / os.fsdecode(b"\xcf\xf0\xe8.txt")  # typed in a CP1251 file manager
    odd.write_text("текст", encoding="utf-8")
    with open_catalog(work) as catalog, pytest.raises(InputFileError, match="not UTF-8"):
        catalog.attach(1, odd)


def test_an_odt_of_paragraphs_nested_thousands_deep_is_read_within_memory(
    work: Path, tmp_path: Path
) -> None:
    import tracemalloc

    from db.features.attachment_text import MAX_TEXT_CHARS, ODT, extract

    nested = tmp_path / "nested.odt"
    depth = 12_000  # the paragraphs' texts together: depth² / 2 = 72 million characters
    with zipfile.ZipFile(nested, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "content.xml", '<r xmlns:t="urn:t">' + "<t:p>x" * depth + "</t:p>" * depth + "</r>"
        )
    tracemalloc.start()
    try:
        with nested.open("rb") as stream:
            state, text = extract(stream, ODT, "nested.odt")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert state == "text" and len(text) <= MAX_TEXT_CHARS
    assert peak < 12 * MAX_TEXT_CHARS, peak


def test_the_open_catalogues_own_files_cannot_be_attached(tmp_path) -> None:
    """Reading and closing the catalogue or its -wal/-shm would drop this process's SQLite
    locks on them: each is refused before it is opened."""
    path = tmp_path / "own.pactum"
    with open_catalog(path, create=True, user="tester") as catalog:
        fill(catalog, 1)
        for target in (path, *(path.with_name(path.name + c) for c in ("-wal", "-shm"))):
            with pytest.raises(InputFileError, match="open in this program"):
                catalog.attach(1, target)

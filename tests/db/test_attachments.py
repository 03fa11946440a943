"""Files kept with records: inside the catalogue, byte for byte, once per content, searchable
in either language's word forms, and refused whole when they cannot be kept."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from db import (
    Agreement,
    AttachmentExistsError,
    AttachmentNotFoundError,
    Catalog,
    InputFileError,
    Kind,
    Party,
    open_catalog,
)
from db.search import search
from tests.db.attachment_files import encrypted_pdf, scan_pdf, text_pdf, word_file


def _record(catalog: Catalog, title: str = "Угода про співпрацю") -> int:
    added = catalog.add(Agreement(title, Kind.AGREEMENT, (Party.state("UA"), Party.state("LT"))))
    assert added.id is not None
    return added.id


def _stored_files(catalog: Catalog) -> tuple[int, int]:
    files = catalog.conn.execute("SELECT count(*) FROM attachment_files").fetchone()[0]
    chunks = catalog.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]
    return files, chunks


def test_a_pdf_is_found_by_a_word_inside_it_in_either_languages_forms(
    catalog: Catalog, tmp_path: Path
) -> None:
    record = _record(catalog, "Меморандум")
    attached = catalog.attach(record, text_pdf(tmp_path / "signed.pdf"))
    assert (attached.media_type, attached.text_state) == ("application/pdf", "text")
    for query in ("безпілотник", "безпілотниками", "радар", "Lithuania"):
        hits = search(catalog, query).hits
        assert [h.id for h in hits] == [record], query
    hit = search(catalog, "безпілотник").hits[0]
    assert hit.snippet.field == "attachment:signed.pdf"
    assert "[безпілотників]" in hit.snippet.text


def test_a_hit_in_the_record_itself_ranks_above_one_only_in_a_file(
    catalog: Catalog, tmp_path: Path
) -> None:
    in_file = _record(catalog, "Меморандум")
    catalog.attach(in_file, text_pdf(tmp_path / "a.pdf"))
    in_title = _record(catalog, "Угода про радари")
    assert [h.id for h in search(catalog, "радар").hits] == [in_title, in_file]


def test_an_attachment_comes_back_byte_for_byte_in_chunks(catalog: Catalog, tmp_path: Path) -> None:
    record = _record(catalog)
    source = tmp_path / "scan.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    attached = catalog.attach(record, source)
    assert attached.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert attached.text_state == "not_read"
    assert _stored_files(catalog) == (1, 4)
    out = catalog.save_attachment(record, "scan.bin", tmp_path / "out.bin")
    assert out.read_bytes() == source.read_bytes()


def test_attaching_a_large_file_holds_one_chunk_in_memory_not_the_file(
    catalog: Catalog, tmp_path: Path
) -> None:
    record = _record(catalog)
    source = tmp_path / "big.bin"
    with source.open("wb") as out:
        for _ in range(24):
            out.write(os.urandom(1024 * 1024))
    tracemalloc.start()
    try:
        catalog.attach(record, source)
        catalog.save_attachment(record, "big.bin", tmp_path / "back.bin")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, peak
    assert (tmp_path / "back.bin").read_bytes() == source.read_bytes()


def test_the_same_content_is_stored_once_and_kept_while_a_record_holds_it(
    catalog: Catalog, tmp_path: Path
) -> None:
    first, second = _record(catalog), _record(catalog, "Друга угода")
    pdf = text_pdf(tmp_path / "a.pdf")
    catalog.attach(first, pdf)
    catalog.attach(second, pdf, name="copy.pdf")
    assert _stored_files(catalog)[0] == 1
    catalog.detach(first, "a.pdf")
    assert [h.id for h in search(catalog, "безпілотник").hits] == [second]
    assert _stored_files(catalog)[0] == 1
    catalog.detach(second, "copy.pdf")
    assert search(catalog, "безпілотник").hits == ()
    assert _stored_files(catalog) == (0, 0)


def test_a_scan_without_a_text_layer_is_kept_and_marked_no_text(
    catalog: Catalog, tmp_path: Path
) -> None:
    record = _record(catalog)
    assert catalog.attach(record, scan_pdf(tmp_path / "scan.pdf")).text_state == "no_text"


def test_word_html_and_text_files_are_searchable(catalog: Catalog, tmp_path: Path) -> None:
    record = _record(catalog)
    catalog.attach(record, word_file(tmp_path / "m.docx", "Протокол про енергетичну безпеку"))
    (tmp_path / "p.html").write_text(
        "<html><script>var x = 'зброя';</script><p>Спільна заява про логістику</p></html>",
        encoding="utf-8",
    )
    catalog.attach(record, tmp_path / "p.html")
    (tmp_path / "n.txt").write_bytes("Примітка про фінансування".encode("cp1251"))
    catalog.attach(record, tmp_path / "n.txt")
    for query in ("енергетична", "логістика", "фінансування"):
        assert [h.id for h in search(catalog, query).hits] == [record], query
    assert search(catalog, "зброя").hits == ()  # a script is no text of the page


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_folder, "is a folder"),
        (lambda p: _written(p, b""), "is empty (0 bytes)"),
        (lambda p: _written(p, b"x" * 2048), "is larger than 1 KB"),
        (lambda p: _written(p.with_suffix(".pdf"), b"%PDF-1.4 no more"), "is not a readable PDF"),
        (lambda p: encrypted_pdf(p.with_suffix(".pdf")), "is an encrypted PDF"),
        (lambda p: _written(p.with_suffix(".docx"), b"PK\x03\x04 no zip"), "not a readable Word"),
        (lambda p: p, "No such file"),
    ],
)
def test_a_file_that_cannot_be_kept_is_refused_in_one_line_and_nothing_is_stored(
    catalog: Catalog, tmp_path: Path, make, reason: str
) -> None:
    record = _record(catalog)
    path = make(tmp_path / "input")
    with pytest.raises(InputFileError) as refused:
        catalog.attach(record, path, limit=1024 if "larger" in reason else 1024**2)
    assert reason in str(refused.value) and "\n" not in str(refused.value)
    assert catalog.attachments(record) == []
    assert _stored_files(catalog) == (0, 0)


def test_a_name_already_on_the_record_is_refused_and_a_missing_one_is_named(
    catalog: Catalog, tmp_path: Path
) -> None:
    record = _record(catalog)
    (tmp_path / "a.txt").write_text("раз", encoding="utf-8")
    catalog.attach(record, tmp_path / "a.txt")
    with pytest.raises(AttachmentExistsError):
        catalog.attach(record, tmp_path / "a.txt")
    with pytest.raises(AttachmentNotFoundError):
        catalog.save_attachment(record, "b.txt", tmp_path / "b.txt")
    with pytest.raises(AttachmentNotFoundError):
        catalog.detach(record, "b.txt")


def test_an_encrypted_catalogue_shows_no_trace_of_an_attachments_text(tmp_path: Path) -> None:
    path = tmp_path / "secret.pactum"
    word = "Тайноплан"
    with open_catalog(path, create=True, passphrase="пароль", user="t") as catalog:
        record = _record(catalog)
        catalog.attach(record, text_pdf(tmp_path / "signed.pdf", f"{word} Zapovitnyk-77"))
        assert [h.id for h in search(catalog, word).hits] == [record]
        stored = b"".join(p.read_bytes() for p in tmp_path.glob("secret.pactum*"))
    stored += b"".join(p.read_bytes() for p in tmp_path.glob("secret.pactum*"))
    for trace in (word, word.lower(), "тайноплан", "Zapovitnyk", "zapovitnyk", "%PDF"):
        assert trace.encode("utf-8") not in stored, trace
        assert trace.encode("utf-16-le") not in stored, trace


def test_an_english_file_is_found_by_english_word_forms_and_the_windows_search(
    catalog: Catalog, tmp_path: Path
) -> None:
    from db.search import search_ids, snippets

    record = _record(catalog)
    text = "The parties agreed on joint production of drones and air defence systems."
    catalog.attach(record, text_pdf(tmp_path / "mou.pdf", text))
    for query in ("drone", "defences", "system"):
        assert search_ids(catalog, query) == [record], query
    made = snippets(catalog, "drone", [record])
    assert made[record].field == "attachment:mou.pdf" and "[drones]" in made[record].text

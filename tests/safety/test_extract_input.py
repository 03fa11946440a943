"""Unbounded input (issue 12, item 10): what ``pactum extract`` and the article dialog read.

A named pipe, a device, a folder or a file larger than an article may be is refused with
one ``pactum:`` line and exit 1, before anything is read and without touching the
catalogue. A named pipe is guarded by a writer thread: if the code under test ever opened
it, the writer would close it at once and the test would fail instead of hanging.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.ingest import article_file

UTF8_TEXT = "date 2025-03-02\nУкраїна та Литва підписали меморандум про співпрацю в галузі оборони."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, catalogue: Path, article: Path, *options: str) -> str:
    """Run ``extract`` on ``article``; assert the one-line refusal and return it."""
    before = catalogue.read_bytes() if catalogue.exists() else None
    code, out, err = run(capsys, "--catalog", str(catalogue), "extract", str(article), *options)
    assert (code, out) == (1, "")
    assert err.startswith("pactum: ") and err.count("\n") == 1, err
    assert (catalogue.read_bytes() if catalogue.exists() else None) == before
    return err


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe with a writer waiting for a reader (who must never come)."""
    path = tmp_path / "article.txt"
    os.mkfifo(path)

    def writer() -> None:
        with open(path, "wb"):  # blocks until someone opens the pipe for reading
            pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    yield path
    # Release the writer: open the reading end ourselves, without blocking.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    thread.join()
    os.close(fd)


def test_a_named_pipe_is_refused_without_being_opened_for_a_wait(
    fifo: Path, demo_file: Path, capsys
) -> None:
    err = refused(capsys, demo_file, fifo, "--accept")
    assert "pipe" in err


def test_dev_zero_is_refused_before_reading(tmp_path: Path, capsys) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    assert "is a device" in refused(capsys, tmp_path / "c.pactum", Path("/dev/zero"))


def test_a_symlink_to_a_device_is_refused(tmp_path: Path, capsys) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    link = tmp_path / "article.txt"
    link.symlink_to("/dev/zero")
    assert "is a device" in refused(capsys, tmp_path / "c.pactum", link)


def test_a_folder_is_refused(tmp_path: Path, demo_file: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    assert "is a folder" in refused(capsys, demo_file, folder, "--accept")


def test_a_socket_is_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "article.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert "is a socket" in refused(capsys, tmp_path / "c.pactum", path)


def test_a_file_larger_than_the_limit_is_refused_by_its_size(tmp_path: Path, capsys) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: no disk space used, nothing worth reading
        handle.truncate(article_file.MAX_ARTICLE_BYTES + 1)
    assert "is larger than 10 MB" in refused(capsys, tmp_path / "c.pactum", big)


def test_a_file_exactly_at_the_limit_is_read(tmp_path: Path, capsys, monkeypatch) -> None:
    text = tmp_path / "a.txt"
    text.write_text(UTF8_TEXT, "utf-8")
    monkeypatch.setattr(article_file, "MAX_ARTICLE_BYTES", text.stat().st_size)
    code, _, err = run(capsys, "--catalog", str(tmp_path / "c.pactum"), "extract", str(text))
    assert (code, err) == (0, "1 draft\n")


def test_a_file_that_says_it_is_empty_is_still_read_only_up_to_the_limit(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """/proc files are regular files of size 0 that read as much as they hold."""
    maps = Path("/proc/self/maps")
    if not maps.exists() or maps.stat().st_size != 0:
        pytest.skip("needs Linux /proc, whose files report size 0")
    monkeypatch.setattr(article_file, "MAX_ARTICLE_BYTES", 16)
    assert "larger than" in refused(capsys, tmp_path / "c.pactum", maps)


def _drafts_json(capsys, catalogue: Path, article: Path) -> list[dict]:
    code, out, err = run(capsys, "--catalog", str(catalogue), "extract", str(article), "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_a_cp1251_text_is_read_as_the_same_ukrainian(tmp_path: Path, capsys) -> None:
    utf8, cp1251 = tmp_path / "utf8.txt", tmp_path / "cp1251.txt"
    utf8.write_bytes(UTF8_TEXT.encode("utf-8"))
    cp1251.write_bytes(UTF8_TEXT.encode("cp1251"))
    from_utf8 = _drafts_json(capsys, tmp_path / "c.pactum", utf8)
    assert [r["title"] for r in from_utf8] == ["Меморандум про співпрацю в галузі оборони"]
    assert _drafts_json(capsys, tmp_path / "c.pactum", cp1251) == from_utf8


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("utf16.txt", "Угода підписана".encode("utf-16")),  # a byte order mark, then NULs
        ("utf16-ascii.txt", "Signed".encode("utf-16-le")),  # valid UTF-8, but NULs
        ("scan.pdf.txt", b"%PDF-1.7\n\x00\x01\x02\x93\xff"),
        ("bad-byte.txt", b"\xd3\xe3\xee\xe4\xe0 \x98"),  # 0x98 is no CP1251 character
    ],
)
def test_a_file_that_is_neither_utf8_nor_cp1251_text_is_one_line(
    tmp_path: Path, capsys, name: str, content: bytes
) -> None:
    article = tmp_path / name
    article.write_bytes(content)
    err = refused(capsys, tmp_path / "c.pactum", article)
    assert err.startswith(f"pactum: {name}: not a UTF-8 or CP1251 text file (byte ")


def test_the_article_dialog_refuses_a_pipe_with_a_message(qtbot, catalog, fifo: Path) -> None:
    from desktop.ui.article.article_dialog import ArticleDialog

    dialog = ArticleDialog(catalog)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: str(fifo)
    dialog.open_file()
    assert "pipe" in dialog.message.text()
    assert dialog.text.toPlainText() == ""

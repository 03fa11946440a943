"""``pactum attach``, ``attachments``, ``attachment``, ``detach``: files on the command line,
each refusal one line, several files attached all or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import open_catalog
from desktop.cli import main
from tests.db.attachment_files import scan_pdf, text_pdf

SHEET = "Дата;Вид;Назва;Сторони\n2025-10-16;угода;Угода про дрони;Литва\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    (tmp_path / "s.csv").write_text(SHEET, encoding="utf-8")
    path = str(tmp_path / "c.pactum")
    assert run(capsys, "--catalog", path, "import", str(tmp_path / "s.csv"))[0] == 0
    return path


def test_attach_list_get_back_and_detach(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, scan = text_pdf(tmp_path / "signed.pdf"), scan_pdf(tmp_path / "scan.pdf")
    code, out, _ = run(capsys, "--catalog", catalogue, "attach", "1", str(pdf), str(scan))
    assert code == 0 and "attached scan.pdf" in out and "no text layer" in out
    code, out, _ = run(capsys, "--catalog", catalogue, "attachments", "1")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["scan.pdf", "signed.pdf"]
    assert "no text" in out.splitlines()[0]
    # In quotes: the word alone (unquoted, it also names the thesaurus concept "drones",
    # which the record's own title carries, and the title's match is what is shown).
    code, out, _ = run(capsys, "--catalog", catalogue, "search", '"безпілотників"')
    assert "in signed.pdf: " in out and "[безпілотників]" in out
    target = tmp_path / "got.pdf"
    assert (
        run(capsys, "--catalog", catalogue, "attachment", "1", "signed.pdf", "-o", str(target))[0]
        == 0
    )
    assert target.read_bytes() == pdf.read_bytes()
    assert run(capsys, "--catalog", catalogue, "detach", "1", "signed.pdf")[0] == 0
    code, out, _ = run(capsys, "--catalog", catalogue, "attachments", "1")
    assert out.startswith("scan.pdf") and out.count("\n") == 1


def test_one_refused_file_attaches_none(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = text_pdf(tmp_path / "signed.pdf")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "--catalog", catalogue, "attach", "1", str(good), str(empty))
    assert code == 1 and err.count("\n") == 1 and "is empty (0 bytes)" in err
    with open_catalog(Path(catalogue)) as catalog:
        assert catalog.attachments(1) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["attach", "1", "{tmp}"], "is a folder"),
        (["attach", "7", "{tmp}/s.csv"], "no agreement 7"),
        (["attachment", "1", "nothing.pdf", "-o", "{tmp}/x"], "has no attached file"),
        (["detach", "1", "nothing.pdf"], "has no attached file"),
    ],
)
def test_each_refusal_is_one_line(
    catalogue: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, "--catalog", catalogue, *args)
    assert code == 1 and err.count("\n") == 1 and message in err


def test_a_file_over_the_limit_is_refused(
    catalogue: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    code, _, err = run(capsys, "--catalog", catalogue, "attach", "1", str(big), "--limit-mb", "1")
    assert code == 1 and "is larger than 1 MB" in err

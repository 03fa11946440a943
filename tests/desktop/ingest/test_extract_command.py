"""``pactum extract``: print, print as JSON, accept (refusing duplicates unless told)."""

from __future__ import annotations

import json
from pathlib import Path

from db import open_catalog
from db.store.codec import decode
from desktop.cli import main
from tests.conftest import CORPUS

SAMPLE = str(CORPUS / "seed-article-uk.txt")
TEXTS = Path(__file__).parent / "texts"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_prints_the_drafts(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "--catalog", str(tmp_path / "c.pactum"), "extract", SAMPLE)
    assert code == 0
    assert out.count("Draft ") == 3 and "Девід Макгінті" in out
    assert "3 drafts" in err


def test_json_is_interchange_records_with_their_sentences(demo_file: Path, capsys) -> None:
    code, out, _ = run(capsys, "--catalog", str(demo_file), "extract", SAMPLE, "--json")
    assert code == 0
    records = json.loads(out)
    assert len(records) == 3
    for n, record in enumerate(records, 1):
        agreement, problems = decode(record)
        assert problems == [] and agreement is not None
        assert record["provenance"]["kind"][0] in record["sources"][0]["quotation"]
        assert record["possible_duplicates"] == [n]
    assert records[0]["commitments"][0]["until"] == "2027"


def test_accept_refuses_duplicates_unless_told(demo_file: Path, capsys) -> None:
    code, _, err = run(capsys, "--catalog", str(demo_file), "extract", SAMPLE, "--accept")
    assert code == 1 and "--allow-duplicates" in err
    assert len(err.splitlines()) == 1 and err.startswith("pactum: nothing added: ")
    assert all(f"looks like record {n}" in err for n in (1, 2, 3))
    with open_catalog(demo_file) as catalog:
        assert catalog.count() == 3
    code, out, _ = run(capsys, "--catalog", str(demo_file), "extract", SAMPLE, "--accept",
                       "--as-source")  # fmt: skip
    assert code == 0 and out.count("as a source of") == 3
    code, out, _ = run(capsys, "--catalog", str(demo_file), "extract", SAMPLE, "--accept",
                       "--allow-duplicates")  # fmt: skip
    assert code == 0 and out.count("added ") == 3
    with open_catalog(demo_file) as catalog:
        assert catalog.count() == 6
        assert len(catalog.get(1).sources) == 3


def test_html_file_with_its_metadata(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "c.pactum")
    code, out, _ = run(capsys, "--catalog", db, "extract", str(TEXTS / "en-html-contract.html"),
                       "--json")  # fmt: skip
    assert code == 0
    (record,) = json.loads(out)
    assert record["kind"] == "contract"
    assert (
        record["sources"][0]["url"] == "https://example.org/news/ukraine-germany-artillery-contract"
    )
    assert record["sources"][0]["published_on"] == "2025-05-28"
    assert "tracking" not in record["full_text"]


def test_date_option_for_texts_without_a_date_line(tmp_path: Path, capsys) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Вчора Україна та Литва підписали меморандум про співпрацю.", "utf-8")
    code, out, _ = run(capsys, "--catalog", str(tmp_path / "c.pactum"), "extract", str(text),
                       "--json", "--date", "2025-03-02", "--url", "https://e.org/x")  # fmt: skip
    assert code == 0
    (record,) = json.loads(out)
    assert record["signed_on"] == "2025-03-01"
    assert record["sources"][0]["url"] == "https://e.org/x"


def test_a_file_that_is_not_text_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    article = tmp_path / "scan.txt"
    article.write_bytes("Угода".encode("utf-16-le"))  # CP1251 text is read (tests/safety)
    code, out, err = run(capsys, "--catalog", str(tmp_path / "c.pactum"), "extract", str(article))
    assert (code, out) == (1, "")
    assert err == "pactum: scan.txt: not a UTF-8 or CP1251 text file (byte 1 is not text)\n"

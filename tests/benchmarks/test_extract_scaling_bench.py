"""Extraction scaling (issue 12, item 10): reading an article is linear, ≤ 2 s of CPU per MB.

Each kind of text below is written to a file of 100 KB, 200 KB, 500 KB and 1 MB and read as
``pactum extract`` reads it (``load_article`` then ``read_article``); the CPU seconds are
printed per size. The kinds are news built from the sample article and the test texts, and
the shapes that used to be quadratic or worse: a text without line breaks or without
sentence stops, one word or one abbreviation repeated, a run of dots, quotes and brackets,
groups of digits, a header line of dates, many documents, one document reported again and
again, a web page whose markup never closes.

The baseline is the code before this work (``BASELINE``, exported with ``git archive``),
reading the same 500 KB files in a subprocess that is stopped after ``OLD_LIMIT_S``; the
issue reported 18 s for a 500 KB text. CPU time is measured because the machine is shared.
Run with ``make bench``'s command.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest

from desktop.ingest import load_article, read_article
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "tests" / "desktop" / "ingest" / "texts"
SIZES_KB = (100, 200, 500, 1000)
TARGET_S_PER_MB = 2.0
#: The last commit before extraction was made linear, and how long it may read a 500 KB file.
BASELINE = "9348e4b"
OLD_LIMIT_S = 30
ISSUE_BASELINE = "18 s for a 500 KB text"

MONTHS = "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
PARTNERS = "Литва Польща Латвія Естонія Канада Швеція Норвегія Данія Фінляндія Німеччина Франція"
KINDS = ("угоду", "меморандум", "лист про наміри", "протокол", "договір", "декларацію")


def _paragraphs() -> list[str]:
    pieces = [load_article(CORPUS / "seed-article-uk.txt").text]
    pieces += [load_article(p).text for p in sorted(TEXTS.iterdir()) if p.suffix != ".json"]
    return [q for p in pieces for q in p.split("\n\n") if q.strip()]


def _filled(size: int, next_piece: Callable[[], str], joiner: str = "\n\n") -> str:
    out: list[str] = []
    count = 0
    while count < size:
        piece = next_piece()
        out.append(piece)
        count += len(piece.encode()) + len(joiner)
    return joiner.join(out)


def news(size: int) -> str:
    """Paragraphs of the sample article and the test texts in random order, years varied."""
    rng, paragraphs = random.Random(1), _paragraphs()
    vary = lambda: rng.choice(paragraphs).replace("2025", str(rng.randint(2015, 2026)))  # noqa: E731
    return "date 2025-08-25\n" + _filled(size, vary)


def sample_varied(size: int) -> str:
    """The sample article again and again, with other partners, days and years."""
    rng = random.Random(5)
    seed = load_article(CORPUS / "seed-article-uk.txt").text

    def varied() -> str:
        text = seed.replace("Литв", rng.choice(["Латві", "Естоні", "Литв"]))
        text = text.replace("25 серпня", f"{rng.randint(1, 28)} серпня")
        return text.replace("2027", str(rng.randint(2026, 2035)))

    return "date 2025-08-25\n" + _filled(size, varied)


def one_line(size: int) -> str:
    return news(size).replace("\n", " ")


def no_punctuation(size: int) -> str:
    return re.sub(r"[.!?…\n]+", " ", news(size))


def long_sentences(size: int) -> str:
    return re.sub(r"[.!?…]+(\s)", r",\1", news(size))


def many_documents(size: int) -> str:
    rng = random.Random(3)
    months, partners = MONTHS.split(), PARTNERS.split()

    def signing() -> str:
        return (
            f"{rng.randint(1, 28)} {rng.choice(months)} {rng.randint(1995, 2025)} року Україна "
            f"та {rng.choice(partners)} підписали {rng.choice(KINDS)} про співпрацю."
        )

    return "date 2025-08-25\n" + _filled(size, signing, " ")


def one_document_again(size: int) -> str:
    count = iter(range(1, size))

    def report() -> str:
        k = next(count)
        return (
            f"Міністр оборони України Денис Шмигаль{k} та міністерка оборони Литви Довілє "
            "Шакалєне підписали лист про наміри щодо спільного виробництва. Литва виділятиме "
            f"{k},25% свого ВВП на військову допомогу Україні до {2026 + k % 50} року."
        )

    return "date 2025-08-25\n" + _filled(size, report)


def repeated(unit: str, head: str = "date 2025-08-25\n", tail: str = "") -> Callable[[int], str]:
    return lambda size: head + unit * (size // len(unit.encode())) + tail


def web_page(size: int) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in news(size // 2).split("\n\n")[1:])
    return f"<html><body>{body}" + "<a" * (size // 4)


#: name: (how to make a text of about ``size`` bytes, the file's suffix)
TEXTS_BY_KIND: dict[str, tuple[Callable[[int], str], str]] = {
    "news (sample article, test texts)": (news, ".txt"),
    "sample article varied": (sample_varied, ".txt"),
    "one line, no line breaks": (one_line, ".txt"),
    "no sentence punctuation": (no_punctuation, ".txt"),
    "very long sentences": (long_sentences, ".txt"),
    "one word repeated": (repeated("Угода "), ".txt"),
    "abbreviations repeated": (repeated("млн. "), ".txt"),
    "dots": (repeated("."), ".txt"),
    "quotes and brackets": (repeated('«"(Україна [та] "Литва" (підписали) «угоду»)" '), ".txt"),
    "digit groups": (
        repeated(
            " 000", "date 2025-08-25\nУкраїна та Литва підписали угоду. Литва виділятиме 1", " ."
        ),
        ".txt",
    ),
    "a date line of dates": (
        repeated("1 січня 2020 року, ", "date ", "\nУгоду підписано."),
        ".txt",
    ),
    "many documents": (many_documents, ".txt"),
    "one document again and again": (one_document_again, ".txt"),
    "web page, markup never closed": (web_page, ".html"),
}

_OLD_READER = """
import sys, time
from desktop.ingest import load_article, read_article
read_article("date 2025-08-25\\nУкраїна та Литва підписали угоду.")
started = time.process_time()
read_article(load_article(sys.argv[1]))
print(time.process_time() - started)
"""


def _cpu_seconds(path: Path) -> float:
    started = time.process_time()
    read_article(load_article(path))
    return time.process_time() - started


def _old_code(folder: Path) -> Path | None:
    """The baseline's packages in ``folder``, or None when git or the commit is missing."""
    try:
        archive = subprocess.run(
            ["git", "archive", BASELINE, "db", "desktop", "resources"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return None
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def _old_seconds(old: Path, path: Path) -> str:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _OLD_READER, str(path)],
            cwd=old, env={**os.environ, "PYTHONPATH": str(old)},
            capture_output=True, text=True, timeout=OLD_LIMIT_S, check=True,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return f">{OLD_LIMIT_S}"
    except subprocess.CalledProcessError as error:
        return f"fails ({error.stderr.strip().splitlines()[-1][:40]})"
    return f"{float(done.stdout):.2f}"


@pytest.mark.benchmark
def test_extraction_is_linear_up_to_a_megabyte(tmp_path: Path) -> None:
    read_article("date 2025-08-25\nУкраїна та Литва підписали угоду.")  # dictionaries loaded
    old = _old_code(Path(tempfile.mkdtemp(dir=tmp_path)))
    sizes = " ".join(f"{kb:>6} KB" for kb in SIZES_KB)
    lines = [
        f"\nextract: CPU seconds to read a file (load_article + read_article); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        f"issue 12 baseline: {ISSUE_BASELINE}; old code = {BASELINE} on this run's 500 KB files",
        f"{'text':<34}{sizes}   s/MB  old 500 KB  old/new",
    ]
    worst = 0.0
    for name, (make, suffix) in TEXTS_BY_KIND.items():
        seconds, megabytes, half = [], 0.0, None
        for kb in SIZES_KB:
            path = tmp_path / f"{kb}{suffix}"
            path.write_text(make(kb * 1000), "utf-8")
            seconds.append(_cpu_seconds(path))
            megabytes = path.stat().st_size / 1e6
            if kb == 500:
                half = path.read_bytes()
        per_mb = seconds[-1] / megabytes
        worst = max(worst, per_mb)
        before, ratio = "not measured", ""
        if old is not None and half is not None:
            (tmp_path / f"old{suffix}").write_bytes(half)
            before = _old_seconds(old, tmp_path / f"old{suffix}")
            if before[:1].isdigit() or before.startswith(">"):
                ratio = f"{float(before.lstrip('>')) / max(seconds[2], 1e-3):.0f}×"
                ratio = (">" if before.startswith(">") else "") + ratio
        times = " ".join(f"{s:9.2f}" for s in seconds)
        lines.append(f"{name:<34}{times} {per_mb:6.2f}  {before:>10}  {ratio:>7}")
    lines.append(f"worst: {worst:.2f} s per MB (target {TARGET_S_PER_MB:.0f} s)")
    print("\n".join(lines))
    assert worst <= TARGET_S_PER_MB

"""The repository stands alone: a fresh clone, with nothing beside it, has all it reads.

Our own machines keep the team's notes and sample texts in a folder next to the checkout; a
user's clone has no such folder, so a test or a link that reaches for it passes here and fails
there. These tests look at what git carries, and run the tests that read sample data from a
copy of it placed where nothing is beside it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Built from pieces so that this file does not match its own patterns.
BESIDE = "sha" + "red"
REACHING_OUT = [
    re.compile(r"\.\.[/\\]" + BESIDE + r"\b"),
    re.compile(r"parents\[\d+\]\s*/\s*[\"']" + BESIDE + r"[\"']"),
    re.compile(r"\b" + BESIDE + r"/(corpus|docs|hooks)\b"),
]
MARKDOWN_LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")

# The tests that read the sample article, and the one that reads the README and docs/.
DATA_READERS = [
    "tests/desktop/ingest/test_sample_article.py",
    "tests/desktop/ingest/test_fields.py",
    "tests/desktop/ingest/test_catalogue.py",
    "tests/desktop/ingest/test_extract_command.py",
    "tests/test_docs.py",
]


def carried_files() -> list[str]:
    """Files a commit of this checkout would carry: tracked ones plus new, unignored ones."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (or no git): nothing to list")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return sorted({name for name in listed.split("\0") if name and (ROOT / name).is_file()})


def text_of(name: str) -> str | None:
    """The file's text, or None for a binary file (fonts, images, translations)."""
    data = (ROOT / name).read_bytes()
    if b"\0" in data:
        return None
    return data.decode("utf-8", errors="replace")


def test_no_tracked_file_reaches_for_a_folder_beside_the_checkout() -> None:
    offenders = []
    for name in carried_files():
        text = text_of(name)
        if text is None:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if any(pattern.search(line) for pattern in REACHING_OUT):
                offenders.append(f"{name}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_every_relative_link_in_the_markdown_points_into_the_repository() -> None:
    carried = set(carried_files())
    broken = []
    for name in carried:
        if not name.endswith(".md"):
            continue
        for target in MARKDOWN_LINK.findall((ROOT / name).read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue
            resolved = (ROOT / name).parent.joinpath(target).resolve()
            if not resolved.is_relative_to(ROOT) or not (
                resolved.relative_to(ROOT).as_posix() in carried or resolved.is_dir()
            ):
                broken.append(f"{name}: {target}")
    assert not broken, "\n".join(broken)


def test_sample_data_is_found_in_a_copy_with_nothing_beside_it(tmp_path: Path) -> None:
    alone = tmp_path / "alone" / "pactum"
    for name in carried_files():
        (alone / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, alone / name)
    env = {**os.environ, "PYTHONPATH": str(alone), "QT_QPA_PLATFORM": "offscreen"}
    where = subprocess.run(
        [sys.executable, "-c", "from tests.conftest import CORPUS; print(CORPUS)"],
        cwd=alone,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(alone), where
    assert (Path(where) / "seed-article-uk.txt").is_file()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *DATA_READERS],
        cwd=alone,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]

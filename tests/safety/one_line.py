"""What every refusal on the command line must look like, shared by the safety tests of
outputs, errors and inputs: one line ``pactum: …`` on stderr, a failing exit code, no
traceback, and the catalogue's bytes exactly as they were."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.cli import main


def fingerprint(path: Path) -> str | None:
    """The catalogue's bytes (with its companions), as a digest; None when there is none.
    Only call it while no connection to the file is open in this process."""
    found = [p for p in (path, Path(f"{path}-wal")) if p.is_file()]
    if not found:
        return None
    digest = hashlib.sha256()
    for file in found:
        digest.update(file.read_bytes())
    return digest.hexdigest()


def assert_one_line(code: int, err: str, codes: tuple[int, ...] = (1,)) -> None:
    assert code in codes, (code, err)
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("pactum: "), err


def refused(capsys, catalogue: Path, *args: str, message: str = "") -> str:
    """Run ``pactum --catalog CATALOGUE ARGS`` in this process and check that it was
    refused as promised; returns the line it printed."""
    before = fingerprint(catalogue)
    code = main(["--catalog", str(catalogue), *args])
    err = capsys.readouterr().err
    assert_one_line(code, err)
    assert message in err, err
    assert fingerprint(catalogue) == before
    return err.strip()

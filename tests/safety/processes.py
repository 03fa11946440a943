"""Other processes on one catalogue, for the safety tests: holders, CLI runs, locks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from db import open_catalog


class Holder:
    """A ``tests.safety.holder`` child: a window-like process keeping the catalogue open."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.holder", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.ask_nothing() == "open"

    def ask_nothing(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.ask_nothing()

    def kill(self) -> None:
        """SIGKILL, as a crash or a power cut would stop it."""
        assert self.process.stdin is not None
        self.process.stdin.write("kill\n")
        self.process.stdin.flush()
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


def pactum(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the ``pactum`` command line on ``path`` in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--catalog", str(path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def titles_with(path: Path, tag: str) -> int:
    """How many records of the catalogue carry ``tag`` in their title."""
    with open_catalog(path, verify=True) as catalog:
        return catalog.conn.execute(
            "SELECT count(*) FROM agreements WHERE title LIKE ?", (f"%{tag}%",)
        ).fetchone()[0]


def posix_locks(pid: int, path: Path) -> list[str]:
    """The POSIX locks ``pid`` holds on the file ``path`` (lines of /proc/locks)."""
    inode = str(os.stat(path).st_ino)
    held = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields or len(fields) < 8 or fields[1] != "POSIX":
            continue  # a waiter, or another kind of lock
        if fields[4] == str(pid) and fields[5].rsplit(":", 1)[-1] == inode:
            # Without the leading ordinal, which moves as other processes lock and unlock.
            held.append(" ".join(fields[1:]))
    return held


def has_open_for_writing(pid: int, path: Path) -> bool:
    """True when ``pid`` has a read-write descriptor on the file ``path`` (as SQLite opens
    it), not just a passing read of its header."""
    wanted = os.stat(path)
    fds = Path(f"/proc/{pid}/fd")
    try:
        entries = list(fds.iterdir())
    except FileNotFoundError:
        return False
    for entry in entries:
        try:
            found = os.stat(entry)
            flags = Path(f"/proc/{pid}/fdinfo/{entry.name}").read_text().split("flags:")[1]
        except (FileNotFoundError, IndexError):
            continue
        same = (found.st_dev, found.st_ino) == (wanted.st_dev, wanted.st_ino)
        if same and int(flags.split()[0], 8) & os.O_ACCMODE == os.O_RDWR:
            return True
    return False

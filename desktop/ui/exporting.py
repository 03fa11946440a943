"""Saving a view's content to a file the user picks: one way for every view to ask where,
write, and say so plainly when the file cannot be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, default_name: str, file_filter: str) -> Path | None:
    """The file to write, from the platform's save dialog (None when cancelled)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, default_name, file_filter)
    return Path(name) if name else None


def csv_writer(write: Callable[[TextIO], object]) -> Callable[[Path], object]:
    """Turn a function writing CSV to an open text stream into one writing a file."""

    def to_file(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as out:
            write(out)

    return to_file


def save(
    path: Path | None,
    write: Callable[[Path], object],
    done: Callable[[Path], object],
    warn: Callable[[str], object],
) -> None:
    """Write ``path`` (nothing when None); ``done`` after, or ``warn`` with the reason."""
    if path is None:
        return
    try:
        write(path)
    except OSError as error:
        warn(f"{path}: {error.strerror or error}")
        return
    done(path)

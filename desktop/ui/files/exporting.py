"""Saving a view's content to a file the user picks: one way for every view to ask where,
check it (never the catalogue, its companions or backups: ``db.outputs``), write it whole,
and say so plainly when the file cannot be written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtWidgets import QFileDialog, QWidget

from db import CatalogError, as_catalog_error, check_output_path, write_text_output
from desktop.ui.errors import error_text


def ask_save_path(parent: QWidget, title: str, default_name: str, file_filter: str) -> Path | None:
    """The file to write, from the platform's save dialog (None when cancelled)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, default_name, file_filter)
    return Path(name) if name else None


def csv_writer(write: Callable[[TextIO], object]) -> Callable[[Path], object]:
    """Turn a function writing CSV to an open text stream into one writing a file whole."""
    return lambda path: write_text_output(path, write)


def save(
    path: Path | None,
    write: Callable[[Path], object],
    done: Callable[[Path], object],
    warn: Callable[[str], object],
    *,
    catalogue: Path | None,
    suffixes: Sequence[str],
) -> None:
    """Write ``path`` (nothing when None; the first of ``suffixes`` added when it has none)
    unless it is a file no output may replace; ``done`` after, or ``warn`` with the reason."""
    if path is None:
        return
    if not path.suffix and suffixes:
        path = path.with_name(path.name + suffixes[0])
    try:
        write(check_output_path(path, catalogue, suffixes))
    except (CatalogError, OSError) as error:
        typed = as_catalog_error(error, str(path))
        warn(error_text(typed) if typed is not None else f"{path}: {error.strerror or error}")
        return
    done(path)

"""Remembering the main window's layout between sessions: its size and place, toolbars,
pane sizes and the table's columns, kept in the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

from desktop.ui.shell.settings import Settings


def restore_layout(
    window: QMainWindow, splitter: QSplitter, table: QTableView, settings: Settings
) -> None:
    """Put back what :func:`save_layout` kept (nothing, the first time)."""
    if settings.window_geometry:
        window.restoreGeometry(settings.window_geometry)
    if settings.window_state:
        window.restoreState(settings.window_state)
    if settings.splitter_state:
        splitter.restoreState(settings.splitter_state)
    if settings.table_header:
        table.horizontalHeader().restoreState(settings.table_header)


def save_layout(
    window: QMainWindow, splitter: QSplitter, table: QTableView, settings: Settings
) -> None:
    """Keep the layout as it is now, for the next window."""
    settings.window_geometry = bytes(window.saveGeometry().data())
    settings.window_state = bytes(window.saveState().data())
    settings.splitter_state = bytes(splitter.saveState().data())
    settings.table_header = bytes(table.horizontalHeader().saveState().data())

"""The shipped icon set (Tabler outline SVGs, MIT; see resources/icons/README.md)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resources import resource_path

APP_ICON = "org.pactum.Pactum"
"""The application icon (drawn for Pactum; rendered for each platform by `make icons`)."""


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon if the file is missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon(APP_ICON)

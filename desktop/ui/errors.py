"""The store's errors in the window's language: the one table of their translated texts."""

from __future__ import annotations


def error_text(error: BaseException) -> str:
    """What the window shows for ``error``."""
    return str(error)

"""How long work reports progress and learns it should stop, without knowing who watches.

The window passes an object that forwards to a progress dialog, the command line passes
nothing; the work itself is the same plain function either way.
"""

from __future__ import annotations

from typing import Protocol

from db.errors import CatalogError


class Cancelled(CatalogError):
    """The user cancelled; whatever the operation wrote was rolled back."""

    code = "cancelled"

    def __init__(self) -> None:
        self._say()


class Progress(Protocol):
    def set(self, done: int, total: int) -> None:
        """Report that ``done`` of ``total`` steps are finished."""

    def cancelled(self) -> bool:
        """True once the user asked to stop."""


class NoProgress:
    """For callers nobody is watching."""

    def set(self, done: int, total: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


def check(progress: Progress, done: int, total: int, every: int = 200) -> None:
    """Report every ``every`` steps and at the end; raise Cancelled when asked to stop."""
    if done % every == 0 or done == total:
        progress.set(done, total)
        if progress.cancelled():
            raise Cancelled()

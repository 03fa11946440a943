"""Passphrases of encrypted catalogues on the command line: never an option, never stored.

A passphrase on the command line would land in the shell's history and in ``ps``; it is
read from ``PACTUM_PASSPHRASE`` (for scripts) or asked at the terminal without echo.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable

from db import CatalogError, PassphraseNeededError

ENV = "PACTUM_PASSPHRASE"


def from_env() -> str | None:
    return os.environ.get(ENV) or None


def ask(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    """Ask at the terminal (twice with ``confirm``); refuse when there is no terminal."""
    if not sys.stdin.isatty():
        raise CatalogError(f"no terminal to ask the passphrase: set {ENV}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise CatalogError("the two passphrases differ; nothing was changed")
    return first


def with_passphrase[T](work: Callable[[str | None], T]) -> T:
    """Run ``work`` with the environment's passphrase; if the file turns out encrypted
    and none was given, ask once at the terminal and run it again."""
    passphrase = from_env()
    try:
        return work(passphrase)
    except PassphraseNeededError as error:
        if passphrase is not None or not sys.stdin.isatty():
            raise CatalogError(f"{error} (set {ENV} or run it at a terminal)") from error
        return work(ask())

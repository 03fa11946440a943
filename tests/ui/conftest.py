"""A main window on the demo catalogue in a file in ``tmp_path`` (the window needs no
in-memory branch), with the synchronous runner and nothing that blocks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from db import Catalog, WrongPassphraseError, open_catalog
from desktop.ui.ops.runner import SyncRunner
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.prompts import Prompter, StaleChoice
from desktop.ui.shell.settings import Settings


@dataclass
class ScriptedPrompter(Prompter):
    """Answers every question at once and remembers what the window said."""

    paths: list[Path | None] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    confirm_answer: bool = True
    confirmed: list[tuple[str, str, str, str]] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    stale_answer: StaleChoice = StaleChoice.CANCEL
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    opened: list[QUrl] = field(default_factory=list)
    parent: object = None

    def open_path(self, title: str, folder: str, filters: str) -> Path | None:
        return self.paths.pop(0)

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        return self.paths.pop(0)

    def folder_path(self, title: str) -> Path | None:
        return self.paths.pop(0)

    def passphrase(self, path: Path, opener):
        for key in self.passphrases:
            try:
                return opener(key)
            except WrongPassphraseError:
                continue
        return None

    def inform(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def confirm(self, title: str, text: str, yes: str = "", no: str = "") -> bool:
        self.confirmed.append((title, text, yes, no))
        return self.confirm_answer

    def text(self, title: str, label: str, suggested: str = "") -> str | None:
        return self.texts.pop(0)

    def stale(self, title: str, text: str) -> StaleChoice:
        return self.stale_answer

    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    """An empty catalogue in a file in ``tmp_path``, closed after the test (replaces the
    in-memory one of tests/conftest.py for the window's tests; ``demo`` builds on it)."""
    with open_catalog(tmp_path / "ui.pactum", create=True, user="tester") as opened:
        yield opened


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def window(qtbot, demo: Catalog, prompter: ScriptedPrompter) -> MainWindow:
    made: list[MainWindow] = []
    runner = SyncRunner(lambda: made[0].catalog if made else demo)  # whichever file is open
    w = MainWindow(demo, Settings({}), runner, prompter, lang="en")
    made.append(w)
    qtbot.addWidget(w)
    w.show()
    return w


def make_window(qtbot, catalog: Catalog, prompter: ScriptedPrompter) -> MainWindow:
    window = MainWindow(catalog, Settings({}), SyncRunner(lambda: catalog), prompter, lang="en")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def blank(qtbot, catalog: Catalog, prompter: ScriptedPrompter) -> MainWindow:
    """A window on an empty catalogue (in a file: tests/ui/conftest.py)."""
    return make_window(qtbot, catalog, prompter)


@pytest.fixture
def on_disk(qtbot, demo_file: Path, prompter: ScriptedPrompter) -> Iterator[MainWindow]:
    """A window on the demo catalogue in a file."""
    catalog = open_catalog(demo_file, user="tester")
    yield make_window(qtbot, catalog, prompter)
    catalog.close()

"""Starting the window: the application object, its settings, language and first catalogue.

``run_app`` is what ``pactum`` (no subcommand) calls. ``WindowController`` keeps the one
window and rebuilds it when the user switches language, so every label, country name and
kind is shown in the new language without restarting.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from db import Catalog, CatalogError, PassphraseNeededError, open_catalog
from desktop import __version__
from desktop.about import APP_ID
from desktop.ui.files.operations import open_encrypted, why_not_opened
from desktop.ui.ops.runner import ThreadRunner
from desktop.ui.shell.i18n import Translators, system_language
from desktop.ui.shell.icons import app_icon
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.prompts import Prompter
from desktop.ui.shell.settings import Settings

APP_NAME = "Pactum"
ORGANISATION = "Pactum"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # packaging/linux/org.pactum.Pactum.desktop
    return app


class WindowController:
    """Owns the main window, the worker thread and the installed translators."""

    def __init__(self, catalog: Catalog, settings: Settings) -> None:
        self.settings = settings
        self.translators = Translators()
        self.translators.install(settings.language or system_language())
        self.runner = ThreadRunner(catalog.path, catalog.passphrase)
        self.background = ThreadRunner(catalog.path, catalog.passphrase)
        self.window = self._build(catalog)

    def _build(self, catalog: Catalog) -> MainWindow:
        window = MainWindow(
            catalog,
            self.settings,
            self.runner,
            lang=self.translators.language,
            background=self.background,
        )
        window.language_requested.connect(self.switch_language)
        return window

    def switch_language(self, lang: str) -> None:
        old = self.window
        old.save_layout()
        old.retire()
        self.translators.install(lang)
        self.window = self._build(old.catalog)  # the same open catalogue, now the new window's
        old.deleteLater()
        old.hide()
        self.window.show()

    def shutdown(self) -> None:
        """Close the window, let the worker finish, then close the catalogue."""
        self.window.close()
        self.background.interrupt()  # the whole-file check is not worth waiting for
        self.background.shutdown()
        self.runner.shutdown()
        self.window.catalog.close()


def run_app(path: Path, demo: bool = False) -> int:
    """Open the window on the catalogue at ``path`` (created if missing); the exit code."""
    app = make_application()
    settings = Settings()
    try:
        try:
            catalog = open_catalog(
                path, create=not Path(path).exists(), verify=False, daily_backup=False
            )
        except PassphraseNeededError:
            Translators().install(settings.language or system_language())
            opened = Prompter().passphrase(Path(path), lambda key: open_encrypted(path, key))
            if opened is None:
                return 1  # no passphrase given
            catalog = opened
    except (CatalogError, OSError) as error:
        Translators().install(settings.language or system_language())
        Prompter().error(
            QCoreApplication.translate("App", "Cannot open the catalogue"), why_not_opened(error)
        )
        return 1
    if not demo:
        settings.add_recent(path)
    controller = WindowController(catalog, settings)
    controller.window.show()
    try:
        return app.exec()
    finally:
        controller.shutdown()

"""Starting the window: the application object, its settings, language and first catalogue.

``run_app`` is what ``pactum`` (no subcommand) calls. The ``Launcher`` decides what the
first screen is: the catalogue named on the command line, else the one used last (the
Recent list), else the welcome (a first start, or the last catalogue is gone). A file
found damaged before any window exists gets the damaged dialog (restore the newest good
backup, salvage, open another, quit), its work on the start-up worker, which then becomes
the window's. ``WindowController`` keeps the one window and rebuilds it when the user
switches language (keeping the undo history), so every label, country name and kind is
shown in the new language without restarting.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from db import (
    Catalog,
    CatalogError,
    DamagedCatalogError,
    PassphraseNeededError,
    is_damage,
    open_catalog,
)
from desktop import __version__
from desktop.about import APP_ID
from desktop.locations import CATALOG_SUFFIX, default_catalog_path, demo_catalog_path
from desktop.ui.errors import error_text
from desktop.ui.files.operations import open_encrypted, why_not_opened
from desktop.ui.ops import Operations
from desktop.ui.ops.runner import Runner, ThreadRunner
from desktop.ui.records.undo import rebind_commands
from desktop.ui.safety.damage_offer import DamageOffer
from desktop.ui.shell.i18n import Translators, system_language
from desktop.ui.shell.icons import app_icon
from desktop.ui.shell.mainwindow import MainWindow
from desktop.ui.shell.prompts import CATALOGUE_FILTER, Prompter
from desktop.ui.shell.settings import Settings
from desktop.ui.shell.welcome import ImportFormat, WelcomeChoice, WelcomeDialog

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
    """Owns the main window, the worker threads, the undo history and the translators."""

    def __init__(
        self,
        catalog: Catalog,
        settings: Settings,
        translators: Translators | None = None,
        runner: Runner | None = None,
        background: Runner | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        self.settings = settings
        self.prompter = prompter
        if translators is None:
            translators = Translators()
            translators.install(settings.language or system_language())
        self.translators = translators
        self.runner = runner or ThreadRunner()
        # A caller that brings its own worker (a test's synchronous one) gets no thread it
        # did not ask for: an unstopped worker thread destroyed later takes the process down.
        if background is None:
            background = runner or ThreadRunner(catalog.path, catalog.passphrase)
        self.background = background
        self.undo_stack = QUndoStack()
        """Outlives each window, so switching language keeps what can be undone."""
        self.window = self._build(catalog)

    def _build(self, catalog: Catalog) -> MainWindow:
        window = MainWindow(
            catalog,
            self.settings,
            self.runner,
            lang=self.translators.language,
            background=self.background,
            undo_stack=self.undo_stack,
            prompter=self.prompter,
        )
        rebind_commands(self.undo_stack, window.ops, window.records.record_changed.emit)
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
        if self.background is not self.runner:
            self.background.interrupt()  # the whole-file check is not worth waiting for
            self.background.shutdown()
        self.runner.shutdown()
        self.window.catalog.close()


class Launcher(QObject):
    """From ``pactum`` to a window: what to open first, the welcome, damage at start-up."""

    quit_requested = Signal()
    """The user chose to quit before any window was shown."""
    window_shown = Signal(object)
    """The main window is up (carries the ``WindowController``)."""

    def __init__(
        self,
        settings: Settings,
        translators: Translators,
        prompter: Prompter | None = None,
        runner: Runner | None = None,
        make_controller: Callable[..., WindowController] = WindowController,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.translators = translators
        self.prompter = prompter or Prompter()
        self.runner = runner or ThreadRunner()
        """The start-up worker (backups, salvage); then the window's."""
        self.ops = Operations(self.runner, self.prompter, parent=self)
        self.damage = DamageOffer(
            self.ops, None, self.open, self.open_another, self.quit, at_start=True
        )
        self.make_controller = make_controller
        self.controller: WindowController | None = None
        self.welcome: WelcomeDialog | None = None
        self.quitting = False

    def start(self, path: Path | None = None, demo: bool = False) -> None:
        """Open ``path`` (created if missing), the demo, the last catalogue, or welcome."""
        default = default_catalog_path()
        default.parent.mkdir(parents=True, exist_ok=True)  # a first start has none yet
        if demo:
            self.open(demo_catalog_path(), demo=True)
            return
        if path is not None:
            self.open(path, create=not path.exists())
            return
        recent = self.settings.recent_files
        if recent and recent[0].exists():
            self.open(recent[0])
        elif not recent and default.exists():  # made by the command line
            self.open(default)
        else:
            gone = self.tr("The catalogue used last, “%1”, is no longer there.")
            self.show_welcome(gone.replace("%1", str(recent[0])) if recent else "")

    def quit(self) -> None:
        self.quitting = True
        self.quit_requested.emit()

    # -- the welcome ------------------------------------------------------------------

    def show_welcome(self, note: str = "") -> WelcomeDialog:
        dialog = WelcomeDialog(note)
        dialog.finished.connect(lambda _code: self._welcomed(dialog))
        self.welcome = dialog
        dialog.open()
        return dialog

    def _welcomed(self, dialog: WelcomeDialog) -> None:
        self.welcome = None
        dialog.deleteLater()
        choice = dialog.choice
        if choice is WelcomeChoice.NEW:
            target = self._new_path(self.tr("New catalogue"), default_catalog_path())
            if target is not None:
                self.open(target, create=True)
        elif choice is WelcomeChoice.OPEN:
            self.open_another()
        elif choice is WelcomeChoice.DEMO:
            self.open(demo_catalog_path(), demo=True)
        elif choice is WelcomeChoice.IMPORT and dialog.import_format is not None:
            self._start_from_file(dialog.import_format)
        else:
            self.quit()

    def _new_path(self, title: str, suggested: Path) -> Path | None:
        """A new catalogue's path; back to the welcome when none (or an existing one)."""
        path = self.prompter.save_path(title, str(suggested), CATALOGUE_FILTER)
        if path is not None and not path.suffix:
            path = path.with_suffix(CATALOG_SUFFIX)
        if path is not None and path.exists():
            self.prompter.error(
                title, self.tr("“%1” already exists; choose a new name.").replace("%1", path.name)
            )
            path = None
        if path is None:
            self.show_welcome()
        return path

    def _start_from_file(self, chosen: ImportFormat) -> None:
        title = QCoreApplication.translate("Welcome", chosen.text).replace("&", "")
        source = self.prompter.open_path(title, self.settings.last_folder, chosen.file_filter)
        if source is None:
            self.show_welcome()
            return
        suggested = default_catalog_path().with_name(source.stem + CATALOG_SUFFIX)
        target = self._new_path(self.tr("New catalogue"), suggested)
        if target is not None:
            self.open(target, create=True, then=lambda w: chosen.start(w.files, source))

    # -- opening ----------------------------------------------------------------------

    def open_another(self) -> None:
        path = self.prompter.open_path(
            self.tr("Open catalogue"), self.settings.last_folder, CATALOGUE_FILTER
        )
        if path is None:
            self.show_welcome()
        else:
            self.open(path)

    def open(
        self,
        path: Path,
        create: bool = False,
        demo: bool = False,
        then: Callable[[MainWindow], object] | None = None,
    ) -> None:
        """Open ``path`` and show it; a damaged file gets the damaged dialog (opening
        never writes to a file it finds damaged: ``db.open_catalog`` checks first)."""
        tried: list[str] = []  # an encrypted file's backups open with its passphrase

        def with_key(key: str) -> Catalog:
            tried.append(key)
            return open_encrypted(path, key)

        try:
            try:
                catalog = open_catalog(path, create=create, verify=False, daily_backup=False)
            except PassphraseNeededError:
                opened = self.prompter.passphrase(path, with_key)
                if opened is None:
                    self.show_welcome()  # no passphrase given
                    return
                catalog = opened
        except (CatalogError, OSError) as error:
            if is_damage(error):
                reason = error.reason if isinstance(error, DamagedCatalogError) else str(error)
                self.damage.offer(path, tried[-1] if tried else None, [reason or error_text(error)])
                return
            self.prompter.error(self.tr("Cannot open the catalogue"), why_not_opened(error))
            self.show_welcome()
            return
        if not demo:
            self.settings.add_recent(path)
            self.settings.last_folder = str(path.parent)
        self.controller = self.make_controller(
            catalog, self.settings, self.translators, self.runner, prompter=self.prompter
        )
        self.controller.window.show()
        self.window_shown.emit(self.controller)
        if then is not None:
            then(self.controller.window)


def run_app(path: Path | None = None, demo: bool = False) -> int:
    """Open the window on ``path`` (created if missing), the demo, the catalogue used
    last, or the welcome; the exit code."""
    app = make_application()
    settings = Settings()
    translators = Translators()
    translators.install(settings.language or system_language())
    launcher = Launcher(settings, translators)
    app.setQuitOnLastWindowClosed(False)  # dialogs come and go before the window
    launcher.quit_requested.connect(app.quit)
    launcher.window_shown.connect(lambda _c: app.setQuitOnLastWindowClosed(True))
    launcher.start(path, demo)
    try:
        return 0 if launcher.quitting else app.exec()
    finally:
        if launcher.controller is not None:
            launcher.controller.shutdown()
        else:
            launcher.runner.shutdown()

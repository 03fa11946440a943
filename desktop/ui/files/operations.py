"""Catalogue files: New, Open, Open Recent, Save a copy, Import and Export.

Import, export and copying run on the worker (``ops``) behind a progress dialog
that can cancel them; the store rolls a cancelled import back and never leaves half an
export behind. Opening checks the file first: anything that is not a catalogue is refused
with a clear message and left untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from db import (
    Catalog,
    CatalogError,
    ExportReport,
    ImportReport,
    NotACatalogError,
    PassphraseNeededError,
    export_file,
    import_file,
    is_damage,
    open_catalog,
)
from desktop.locations import CATALOG_SUFFIX
from desktop.sheets import is_sheet
from desktop.ui.errors import error_text
from desktop.ui.files.sheet_import import IMPORT_FILTER, import_sheet
from desktop.ui.ops import CatalogOp, Operations, QueryOp
from desktop.ui.ops.runner import Job, TaskProgress
from desktop.ui.shell.actions import Act, ActionRegistry
from desktop.ui.shell.dialogs import suggested_name
from desktop.ui.shell.prompts import CATALOGUE_FILTER, INTERCHANGE_FILTER, Prompter
from desktop.ui.shell.settings import Settings


def why_not_opened(error: Exception) -> str:
    """The user-facing reason a file could not be opened as a catalogue."""
    if isinstance(error, NotACatalogError):
        return (
            QCoreApplication.translate(
                "FileOperations", "“%1” is not a Pactum catalogue: %2. The file was not changed."
            )
            .replace("%1", Path(error.path).name)
            .replace("%2", error.reason)
        )
    return error_text(error)


def open_encrypted(path: Path, passphrase: str) -> Catalog:
    """An encrypted catalogue opened as the window opens files (checked in the background)."""
    return open_catalog(path, verify=False, daily_backup=False, passphrase=passphrase)


def _left_out(report: ExportReport) -> str:
    """The records an export could not write, named (empty when there are none)."""
    if not report.left_out:
        return ""
    return (
        "\n\n"
        + QCoreApplication.translate(
            "FileOperations",
            "Left out %1 records holding values Pactum cannot read (Check lists them too):",
        ).replace("%1", str(len(report.left_out)))
        + "".join(f"\n{record}" for record in report.left_out[:10])
    )


def _import_noting_added(
    catalog: Catalog, path: Path, progress: TaskProgress
) -> tuple[ImportReport, list[int]]:
    """Import ``path``; the report and the records it added (it never replaces any)."""
    before = set(catalog.ids())
    report = import_file(catalog, path, progress=progress)
    return report, sorted(set(catalog.ids()) - before)


class FileOperations(QObject):
    """The File menu's work for one window."""

    catalogue_opened = Signal(object)
    """A catalogue was opened or created; carries the ``Catalog`` (the window adopts it)."""
    records_imported = Signal(object, object)
    """An import finished; carries its ``ImportReport`` and the ids of the records it
    added (the records feature makes them one undo step)."""

    def __init__(
        self,
        ops: Operations,
        prompter: Prompter,
        settings: Settings,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._ops = ops
        self._prompter = prompter
        self._settings = settings
        self._parent = parent_widget
        self.on_damaged: Callable[[Path, Exception], object] | None = None
        """Offers restore or salvage for a file that could not be opened as damaged."""

    def install(self, actions: ActionRegistry) -> None:
        """The File menu's catalogue and interchange actions."""
        actions.on(Act.NEW_CATALOGUE, self.new_catalogue)
        actions.on(Act.OPEN_CATALOGUE, self.open_catalogue)
        actions.on(Act.SAVE_COPY, self.save_copy)
        actions.on(Act.IMPORT, self.import_records)
        actions.on(Act.EXPORT, self.export_records)

    # -- opening ----------------------------------------------------------------------

    def _ask_catalogue_path(self, title: str) -> Path | None:
        """A new catalogue file's path (the usual suffix added when none was typed)."""
        path = self._prompter.save_path(title, self._settings.last_folder, CATALOGUE_FILTER)
        if path is not None and not path.suffix:
            path = path.with_suffix(CATALOG_SUFFIX)
        return path

    def new_catalogue(self) -> None:
        path = self._ask_catalogue_path(
            QCoreApplication.translate("FileOperations", "New catalogue")
        )
        if path is None:
            return
        if path.exists():
            self._prompter.error(
                QCoreApplication.translate("FileOperations", "New catalogue"),
                QCoreApplication.translate(
                    "FileOperations", "“%1” already exists; choose a new name."
                ).replace("%1", path.name),
            )
            return
        self._adopt(path, create=True)

    def open_catalogue(self, path: Path | None = None) -> bool:
        """Open ``path`` (asking for one if None); True when it is now the open catalogue."""
        if path is None:
            path = self._prompter.open_path(
                QCoreApplication.translate("FileOperations", "Open catalogue"),
                self._settings.last_folder,
                CATALOGUE_FILTER,
            )
            if path is None:
                return False
        return self._adopt(path, create=False)

    def _adopt(self, path: Path, create: bool) -> bool:
        try:
            try:
                catalog = open_catalog(  # verified and backed up in the background
                    path, create=create, verify=False, daily_backup=False
                )
            except PassphraseNeededError:
                opened = self._prompter.passphrase(path, lambda key: open_encrypted(path, key))
                if opened is None:
                    return False  # the user cancelled
                catalog = opened
        except (CatalogError, OSError) as error:
            if is_damage(error) and self.on_damaged is not None:
                self.on_damaged(path, error)
                return False
            self._prompter.error(
                QCoreApplication.translate("FileOperations", "Cannot open the catalogue"),
                why_not_opened(error),
            )
            return False
        self._settings.add_recent(path)
        self._settings.last_folder = str(path.parent)
        self.catalogue_opened.emit(catalog)
        return True

    # -- background work --------------------------------------------------------------

    def _run(
        self, title: str, job: Job, done: Callable[[object], None], write: bool = False
    ) -> None:
        """Run ``job`` as an operation with a progress dialog (Cancel stops it)."""
        op = (CatalogOp if write else QueryOp)(self._ops, job)
        op.with_progress(title, dialog=True).titled(title).success(done).run()

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._ops.progress_dialog

    def save_copy(self) -> None:
        path = self._ask_catalogue_path(QCoreApplication.translate("FileOperations", "Save a copy"))
        if path is None:
            return
        self._run(
            QCoreApplication.translate("FileOperations", "Saving a copy"),
            lambda catalog, progress: catalog.save_copy(path),
            lambda _result: self._prompter.inform(
                QCoreApplication.translate("FileOperations", "Save a copy"),
                QCoreApplication.translate("FileOperations", "Saved a copy to “%1”.").replace(
                    "%1", str(path)
                ),
            ),
        )

    def import_records(self, path: Path | None = None) -> None:
        path = path or self._prompter.open_path(
            QCoreApplication.translate("FileOperations", "Import"),
            self._settings.last_folder,
            IMPORT_FILTER,
        )
        if path is None:
            return
        if is_sheet(path):  # a spreadsheet: checked and previewed first
            import_sheet(self._ops, path, self._parent)
            return
        self._run(
            QCoreApplication.translate("FileOperations", "Importing"),
            lambda catalog, progress: _import_noting_added(catalog, path, progress),
            self._imported,
            write=True,
        )

    def _imported(self, result: object) -> None:
        assert isinstance(result, tuple)
        report, added = result
        assert isinstance(report, ImportReport)
        self.records_imported.emit(report, added)
        self._prompter.inform(
            QCoreApplication.translate("FileOperations", "Import"),
            QCoreApplication.translate(
                "FileOperations", "Added %1, unchanged %2, kept %3 that differ."
            )
            .replace("%1", str(report.added))
            .replace("%2", str(report.unchanged))
            .replace("%3", str(report.kept)),
        )

    def export_records(self, path: Path | None = None) -> None:
        path = path or self._prompter.save_path(
            QCoreApplication.translate("FileOperations", "Export"),
            str(Path(self._settings.last_folder) / suggested_name("export", suffix="json")),
            INTERCHANGE_FILTER,
        )
        if path is None:
            return
        if path.suffix.lower() not in (".json", ".csv"):
            path = path.with_suffix(".json")
        language = "uk" if self._settings.language == "uk" else "en"
        self._run(
            QCoreApplication.translate("FileOperations", "Exporting"),
            lambda catalog, progress: export_file(
                catalog, path, progress=progress, language=language
            ),
            lambda report: self._prompter.inform(
                QCoreApplication.translate("FileOperations", "Export"),
                QCoreApplication.translate("FileOperations", "Exported %1 records to “%2”.")
                .replace("%1", str(report.written))
                .replace("%2", path.name)
                + _left_out(report),
            ),
        )

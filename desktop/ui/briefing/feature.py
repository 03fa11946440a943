"""File › Export Briefing…: the dialog builds on the window's worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from db import Catalog
from desktop.ui.briefing.briefing_dialog import BriefingDialog
from desktop.ui.context import WindowContext
from desktop.ui.shell.actions import Act
from desktop.ui.shell.dialogs import suggested_name


class BriefingFeature(QObject):
    """Briefings on the partners ticked or selected."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.EXPORT_BRIEFING, self.export_briefing)

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    def briefing_partners(self) -> list[str]:
        """The partners ticked in the facets, else those of the selected records."""
        home = self.catalog.home_party
        keys = list(self.ctx.selection.filters().partners)
        if not [k for k in keys if k != home]:
            keys = [p for row in self.catalog.rows(self.ctx.selection.ids()) for p in row.parties]
        return list(dict.fromkeys(k for k in keys if k != home))

    def export_briefing(self) -> BriefingDialog:
        """The briefing builds as an operation on the window's worker."""
        dialog = BriefingDialog(self.catalog, self.ctx.window, self.ctx.ops)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_partners(self.briefing_partners())
        dialog.ask_output = lambda: self._briefing_output(dialog)
        dialog.open()
        return dialog

    def _briefing_output(self, dialog: BriefingDialog) -> str:
        prompter = self.ctx.prompter
        if dialog.per_file.isChecked():
            chosen = prompter.folder_path(
                QCoreApplication.translate("Features", "Folder for the briefings")
            )
        else:
            chosen = prompter.save_path(
                QCoreApplication.translate("Features", "Save Briefing"),
                suggested_name("briefing", [self.catalog.home_party, *dialog.checked_partners()]),
                "PDF (*.pdf)",
            )
        return str(chosen or "")

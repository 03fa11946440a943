"""Help › User Guide, Keyboard Shortcuts and About Pactum."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from db import Catalog
from desktop.about import about_info
from desktop.ui.about.about_dialog import AboutDialog
from desktop.ui.context import WindowContext
from desktop.ui.shell.actions import Act
from desktop.ui.shell.help import GuideDialog, ShortcutsDialog


class AboutFeature(QObject):
    """Version, catalogue, schema and licences."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.ABOUT, self.show_about)
        ctx.actions.on(Act.SHORTCUTS, self.show_shortcuts)
        ctx.actions.on(Act.GUIDE, self.show_guide)

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    def show_about(self) -> QDialog:
        dialog = AboutDialog(about_info(self.catalog), self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        """Help › Keyboard Shortcuts: made from the window's action registry."""
        return self._show(ShortcutsDialog(self.ctx.actions, self.ctx.window))

    def show_guide(self) -> QDialog:
        """Help › User Guide, in the interface language, from the shipped files."""
        return self._show(GuideDialog(self.ctx.lang, self.ctx.window))

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

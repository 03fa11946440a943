"""Help › About Pactum."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from db import Catalog
from desktop.about import about_info
from desktop.ui.about.about_dialog import AboutDialog
from desktop.ui.context import WindowContext
from desktop.ui.shell.actions import Act


class AboutFeature(QObject):
    """Version, catalogue, schema and licences."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.ABOUT, self.show_about)

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    def show_about(self) -> QDialog:
        dialog = AboutDialog(about_info(self.catalog), self.ctx.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

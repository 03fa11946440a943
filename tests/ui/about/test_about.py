"""Help › About."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.about import APP_ID
from desktop.ui.about.about_dialog import AboutDialog
from desktop.ui.shell.actions import Act
from desktop.ui.shell.app import make_application
from desktop.ui.shell.mainwindow import MainWindow


def test_about_shows_version_catalogue_schema_and_licences(window: MainWindow) -> None:
    window.actions_[Act.ABOUT].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    about = dialog.about
    assert f"Pactum {about.version}" in text and window.catalog.path.name in text
    assert f"latest: {about.schema[-1]}" in text
    assert "PySide6" in text and "reportlab" in text.lower()
    assert "DejaVu" in text and "Bitstream-Vera" in text
    assert make_application().desktopFileName() == APP_ID == QApplication.desktopFileName()

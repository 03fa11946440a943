"""Choosing and installing the interface language (Ukrainian or English).

Qt's own strings (dialog buttons, context menus) come from Qt's ``qtbase`` catalogue;
Pactum's from ``resources/translations/pactum_<lang>.qm``, compiled by ``make translations``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path

LANGUAGES = ("en", "uk")


def system_language() -> str:
    """``uk`` when the system locale is Ukrainian, English otherwise."""
    return "uk" if QLocale.system().language() == QLocale.Language.Ukrainian else "en"


class Translators:
    """The translators currently installed, so switching language replaces them cleanly."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, lang: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = lang if lang in LANGUAGES else "en"
        own = QTranslator()
        if own.load(str(resource_path("translations", f"pactum_{self.language}.qm"))):
            self._installed.append(own)
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self.language != "en" and qt.load(f"qtbase_{self.language}", folder):
            self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Ukrainian if lang == "uk" else "en_GB"))

"""Help › About: what ``pactum about`` prints, as a dialog (``desktop.about.about_info``)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.about import About, Licence
from desktop.ui.shell.dialogs import settle


class AboutDialog(QDialog):
    """Version, the open catalogue and its schema, and the licences of everything shipped."""

    def __init__(self, about: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle(self)
        self.about = about
        self.setWindowTitle(self.tr("About Pactum"))
        self.resize(620, 560)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def html(self) -> str:
        a = self.about
        catalogue = str(a.catalogue) if a.catalogue else self.tr("(in memory)")
        unknown = [m for m in a.schema if m not in a.schema_known]
        schema = self.tr("%1 of %2 migrations applied (latest: %3)")
        schema = (
            schema.replace("%1", str(len(a.schema)))
            .replace("%2", str(len(a.schema_known)))
            .replace("%3", a.schema[-1] if a.schema else "—")
        )
        if unknown:
            schema += " — " + self.tr("made by a newer Pactum: %1").replace(
                "%1", ", ".join(unknown)
            )
        facts = [
            (self.tr("Version"), a.version),
            (self.tr("Python"), a.python),
            (self.tr("Catalogue"), catalogue),
            (self.tr("Schema"), schema),
        ]
        rows = "".join(
            f"<tr><td style='color:#5a6570;padding-right:12px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in facts
        )
        purpose = self.tr("Agreements between states and organisations, kept offline.")
        libraries, fonts = self.tr("Libraries"), self.tr("Fonts")
        return (
            f"<h2>Pactum {escape(a.version)}</h2><p>{escape(purpose)}</p><table>{rows}</table>"
            f"<h3>{escape(libraries)}</h3>{self._licences(a.libraries)}"
            f"<h3>{escape(fonts)}</h3>{self._licences(a.fonts)}"
        )

    def _licences(self, items: tuple[Licence, ...]) -> str:
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{escape(i.name)}</td>"
            f"<td style='padding-right:12px'>{escape(i.version)}</td>"
            f"<td>{escape(i.licence)}</td></tr>"
            for i in items
        )
        return f"<table>{rows}</table>"

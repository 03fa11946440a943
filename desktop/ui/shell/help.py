"""Help › Keyboard Shortcuts and Help › User Guide.

The shortcut list is made from the action registry (``actions.SPECS``), so a shortcut
added there shows here without anyone remembering to; the few keys that belong to a
widget rather than to a menu command (Enter in the table, Space on a facet...) follow.
The guide is a short Markdown file shipped in ``resources/guide`` in each language,
shown in a text browser: it opens with no network.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.actions import ActionRegistry
from desktop.ui.shell.dialogs import settle
from resources import resource_path

WIDGET_KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("Help", "In the table: edit the selected agreement")),
    ("Space", QT_TRANSLATE_NOOP("Help", "On a filter value: tick or untick it")),
    ("Esc", QT_TRANSLATE_NOOP("Help", "In the search field: clear the search")),
    ("Ctrl+S, Ctrl+Enter", QT_TRANSLATE_NOOP("Help", "In the record editor: save")),
    ("Esc, Ctrl+W", QT_TRANSLATE_NOOP("Help", "In a dialog or side window: close it")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Help", "Move between the filters, table and record")),
)
"""Keys a widget reads itself (not menu commands), as (keys, what they do)."""


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "&Find…" → "Find"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(registry: ActionRegistry) -> list[tuple[str, str]]:
    """(keys, command) for every menu command that has keys, then the widgets' own keys,
    in the interface language and the platform's way of writing keys."""
    rows = [
        (
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            f"{plain(QCoreApplication.translate('Menus', menu.value))} › {plain(action.text())}",
        )
        for menu, action in registry.shortcuts()
    ]
    rows += [(keys, QCoreApplication.translate("Help", text)) for keys, text in WIDGET_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, in a table that can be read with the keyboard."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle(self)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 520)
        rows = shortcut_rows(registry)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Command")])
        for n, (keys, command) in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(keys))
            self.table.setItem(n, 1, QTableWidgetItem(command))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(n, 0).text(), self.table.item(n, 1).text())
            for n in range(self.table.rowCount())
        ]


def guide_text(lang: str) -> str:
    """The user guide in ``lang`` (English when there is none in that language)."""
    path = resource_path("guide", f"guide.{lang}.md")
    if not path.is_file():
        path = resource_path("guide", "guide.en.md")
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The short user guide, offline, in the interface language."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle(self)
        self.setWindowTitle(self.tr("User Guide"))
        self.resize(700, 640)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(guide_text(lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

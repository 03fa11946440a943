"""Every command of the window in one registry, keyed by an Enum.

Adding a feature's action and its menu entry is one line in ``SPECS``; the window then
connects it with ``registry.on(Act.X, handler)``. Shortcuts use ``QKeySequence.StandardKey``
where the platform has a standard, so they follow each platform's conventions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.shell.icons import icon

Key = QKeySequence.StandardKey


class Menu(Enum):
    FILE = QT_TRANSLATE_NOOP("Menus", "&File")
    EDIT = QT_TRANSLATE_NOOP("Menus", "&Edit")
    VIEW = QT_TRANSLATE_NOOP("Menus", "&View")
    TOOLS = QT_TRANSLATE_NOOP("Menus", "&Tools")
    LANGUAGE = QT_TRANSLATE_NOOP("Menus", "&Language")
    HELP = QT_TRANSLATE_NOOP("Menus", "&Help")


class Act(Enum):
    NEW_CATALOGUE = auto()
    OPEN_CATALOGUE = auto()
    SAVE_COPY = auto()
    IMPORT = auto()
    EXPORT = auto()
    QUIT = auto()
    NEW_RECORD = auto()
    EDIT_RECORD = auto()
    DELETE_RECORD = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    CLEAR_FILTERS = auto()
    TRASH = auto()
    ENGLISH = auto()
    UKRAINIAN = auto()
    NEW_FROM_ARTICLE = auto()
    EXPORT_BRIEFING = auto()
    HISTORY = auto()
    YOUR_NAME = auto()
    MATRIX = auto()
    DEADLINES = auto()
    COMPARE = auto()
    DUPLICATES = auto()
    ABOUT = auto()
    GUIDE = auto()
    SHORTCUTS = auto()
    CHECK = auto()
    BACKUPS = auto()
    ATTACHMENTS = auto()
    EXCHANGE = auto()


@dataclass(frozen=True)
class Spec:
    text: str
    menu: Menu
    shortcut: Key | str | None = None
    icon: str | None = None
    toolbar: bool = False
    separator_before: bool = False
    checkable: bool = False


SPECS: dict[Act, Spec] = {
    Act.NEW_CATALOGUE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&New catalogue…"), Menu.FILE, Key.New, "file-plus"
    ),
    Act.OPEN_CATALOGUE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Open catalogue…"), Menu.FILE, Key.Open, "folder-open"
    ),
    Act.SAVE_COPY: Spec(QT_TRANSLATE_NOOP("Actions", "Save a &copy…"), Menu.FILE, None, "copy"),
    Act.IMPORT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Import…"), Menu.FILE, "Ctrl+I", "file-import", True, True
    ),
    Act.EXPORT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Export…"), Menu.FILE, "Ctrl+E", "file-export", True
    ),
    Act.NEW_FROM_ARTICLE: Spec(
        QT_TRANSLATE_NOOP("Actions", "New from &Article…"),
        Menu.FILE,
        "Ctrl+Shift+A",
        separator_before=True,
    ),
    Act.EXPORT_BRIEFING: Spec(
        QT_TRANSLATE_NOOP("Actions", "Export &Briefing…"), Menu.FILE, Key.Print
    ),
    Act.QUIT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), Menu.FILE, Key.Quit, "logout", separator_before=True
    ),
    Act.NEW_RECORD: Spec(
        QT_TRANSLATE_NOOP("Actions", "New &agreement…"), Menu.EDIT, "Ctrl+Shift+N", "plus", True
    ),
    Act.EDIT_RECORD: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Edit agreement…"), Menu.EDIT, None, "edit", True
    ),
    Act.DELETE_RECORD: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Delete agreement"), Menu.EDIT, Key.Delete, "trash", True
    ),
    Act.HISTORY: Spec(QT_TRANSLATE_NOOP("Actions", "&History…"), Menu.EDIT, "Ctrl+H"),
    Act.ATTACHMENTS: Spec(QT_TRANSLATE_NOOP("Actions", "A&ttachments…"), Menu.EDIT, "Ctrl+Shift+F"),
    Act.YOUR_NAME: Spec(QT_TRANSLATE_NOOP("Actions", "Your &Name in the History…"), Menu.EDIT),
    Act.UNDO: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"), Menu.EDIT, Key.Undo, "arrow-back-up", True, True
    ),
    Act.REDO: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"), Menu.EDIT, Key.Redo, "arrow-forward-up", True
    ),
    Act.FIND: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Find…"), Menu.EDIT, Key.Find, "search", separator_before=True
    ),
    Act.CLEAR_FILTERS: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Clear filters"),
        Menu.VIEW,
        "Ctrl+Shift+L",
        "filter-off",
        True,
    ),
    Act.TRASH: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Trash…"), Menu.VIEW, "Ctrl+Shift+T", "trash-x", True
    ),
    Act.MATRIX: Spec(QT_TRANSLATE_NOOP("Actions", "Partnership &Matrix"), Menu.VIEW, "Ctrl+M"),
    Act.DEADLINES: Spec(QT_TRANSLATE_NOOP("Actions", "&Deadlines…"), Menu.VIEW, "Ctrl+Shift+D"),
    Act.COMPARE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Compare Selected"), Menu.TOOLS, "Ctrl+Shift+C"
    ),
    Act.DUPLICATES: Spec(QT_TRANSLATE_NOOP("Actions", "Find &Duplicates…"), Menu.TOOLS),
    Act.CHECK: Spec(
        QT_TRANSLATE_NOOP("Actions", "C&heck Catalogue"), Menu.TOOLS, separator_before=True
    ),
    Act.BACKUPS: Spec(QT_TRANSLATE_NOOP("Actions", "&Backups…"), Menu.TOOLS),
    Act.EXCHANGE: Spec(
        QT_TRANSLATE_NOOP("Actions", "E&xchange…"), Menu.TOOLS, separator_before=True
    ),
    Act.GUIDE: Spec(QT_TRANSLATE_NOOP("Actions", "User &Guide"), Menu.HELP, Key.HelpContents),
    Act.SHORTCUTS: Spec(QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), Menu.HELP, "Ctrl+/"),
    Act.ABOUT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&About Pactum"), Menu.HELP, separator_before=True
    ),
    Act.ENGLISH: Spec("English", Menu.LANGUAGE, checkable=True),
    Act.UKRAINIAN: Spec("Українська", Menu.LANGUAGE, checkable=True),
}


class ActionRegistry:
    """The QActions of one window, built from ``SPECS``."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[Act, QAction] = {}
        for act, spec in SPECS.items():
            action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
            action.setObjectName(act.name.lower())
            if spec.icon:
                action.setIcon(icon(spec.icon))
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setCheckable(spec.checkable)
            self._actions[act] = action

    def __getitem__(self, act: Act) -> QAction:
        return self._actions[act]

    def on(self, act: Act, handler) -> None:
        """Run ``handler()`` when the action is triggered."""
        self._actions[act].triggered.connect(lambda _checked=False: handler())

    def in_menu(self, menu: Menu) -> list[tuple[QAction, Spec]]:
        return [(self._actions[a], s) for a, s in SPECS.items() if s.menu is menu]

    def shortcuts(self) -> list[tuple[Menu, QAction]]:
        """Every action of the menus with the keys that run it (the Help list's rows)."""
        return [
            (spec.menu, self._actions[act])
            for act, spec in SPECS.items()
            if not self._actions[act].shortcut().isEmpty()
        ]

    def in_toolbar(self) -> list[tuple[QAction, Spec]]:
        return [(self._actions[a], s) for a, s in SPECS.items() if s.toolbar]

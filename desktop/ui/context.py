"""What a feature gets from the window: a ``WindowContext``, never the window itself.

After Spyder's plugins, which declare what they need instead of reaching into the main
window: the shell (``shell/mainwindow``) builds one context and passes it to each feature
(browse, search, records, files, safety, article, briefing, compare, analysis, about).
A feature installs its own actions into ``ctx.actions``, runs catalogue work through
``ctx.ops`` (the one worker, the change bus, errors in one place), asks the user through
``ctx.prompter``, pushes undo steps on ``ctx.undo_stack`` and reads or moves the selection
through ``ctx.selection``. Only the shell imports ``MainWindow``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from db import Catalog, Filters
from desktop.ui.ops import ChangeBus, Operations
from desktop.ui.ops.runner import Runner

if TYPE_CHECKING:
    from desktop.ui.shell.actions import ActionRegistry
    from desktop.ui.shell.prompts import Prompter
    from desktop.ui.shell.settings import Settings


class Selection(QObject):
    """The records selected in the table, and moving to one (the browse feature's).

    The shell fills in the callables when it builds the table; features only call them."""

    changed = Signal()
    """The selected rows, or the rows shown, changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: Callable[[], list[int]] = list
        """The selected records, in the table's order."""
        self.current: Callable[[], int | None] = lambda: None
        """The record of the current row, if any."""
        self.select: Callable[[int], bool] = lambda _id: False
        """Make the record current (False when the table does not show it)."""
        self.select_uuid: Callable[[str], None] = lambda _uuid: None
        """Show the record: select it, or show it in the record pane if filtered out."""
        self.filters: Callable[[], Filters] = Filters
        """The facets' filters the table shows."""
        self.show_filtered: Callable[[Filters], None] = lambda _filters: None
        """Show exactly the records of ``filters`` (search cleared, facets set)."""


class WindowContext(QObject):
    """The catalogue, the one runner, the prompter, the undo stack, the selection, the
    change bus, the language and settings of one window."""

    catalogue_opened = Signal(object)
    """Another catalogue is now shown (a ``db.Catalog``)."""

    def __init__(
        self,
        window: QMainWindow,
        catalog: Catalog,
        ops: Operations,
        actions: ActionRegistry,
        undo_stack: QUndoStack,
        settings: Settings,
        lang: str,
    ) -> None:
        super().__init__(window)
        self.window = window
        """The parent of the feature's dialogs (a plain ``QMainWindow`` to features)."""
        self.catalog = catalog
        """The catalogue shown now (the shell replaces it when another is opened)."""
        self.ops = ops
        self.actions = actions
        self.undo_stack = undo_stack
        self.settings = settings
        self.lang = lang
        self.selection = Selection(self)
        self.open_catalogue: Callable[[Path], object] = lambda _path: None
        """Open ``path`` as the window's catalogue (the files feature's)."""
        self.stop_reading: Callable[[], None] = lambda: None
        """Stop reading the open file (it is damaged, or about to be replaced)."""

    @property
    def runner(self) -> Runner:
        return self.ops.runner

    @property
    def prompter(self) -> Prompter:
        return self.ops.prompter

    @property
    def bus(self) -> ChangeBus:
        return self.ops.bus

    @property
    def retired(self) -> bool:
        """The window is being replaced: late answers are dropped."""
        return self.ops.retired

    def status(self, text: str) -> None:
        """Say ``text`` in the status bar ("" clears it)."""
        self.ops.status(text)

    def raise_window(self) -> None:
        self.window.raise_()
        self.window.activateWindow()

"""The window (PySide6), one folder per feature: ``shell`` (application, main window,
actions, settings, languages, prompts), ``browse``, ``search``, ``records`` (with the
editor, history and undo), ``files``, ``safety``, ``article``, ``briefing``, ``compare``,
``analysis``, ``about``; ``ops`` runs catalogue work on the one worker, ``context`` is what
each feature gets from the window, ``errors`` the store's errors in the window's language.

Modules moved into the folders can still be imported under their old flat names by code
outside ``desktop/ui`` (tests/safety, tests/benchmarks, packaging) until it is updated at
the merge: ``_OLD_NAMES`` maps them, and nothing inside ``desktop/ui`` uses them.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from types import ModuleType

_OLD_NAMES = {
    "desktop.ui.app": "desktop.ui.shell.app",
    "desktop.ui.mainwindow": "desktop.ui.shell.mainwindow",
    "desktop.ui.settings": "desktop.ui.shell.settings",
    "desktop.ui.i18n": "desktop.ui.shell.i18n",
    "desktop.ui.tasks": "desktop.ui.ops.runner",
    "desktop.ui.table_model": "desktop.ui.browse.table_model",
    "desktop.ui.record_view": "desktop.ui.records.record_view",
    "desktop.ui.damaged_dialog": "desktop.ui.safety.damaged_dialog",
    "desktop.ui.article_dialog": "desktop.ui.article.article_dialog",
}
"""Old flat module name → where it lives now (to drop once no importer uses them)."""


class _OldNames(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(
        self, name: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name in _OLD_NAMES:
            return importlib.machinery.ModuleSpec(name, self)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(_OLD_NAMES[spec.name])

    def exec_module(self, module: ModuleType) -> None:
        pass


sys.meta_path.append(_OldNames())

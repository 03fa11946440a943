"""Old name of ``desktop.ui.shell.i18n`` (moved in issue 13); kept only for
importers outside ``desktop/ui`` until they import the new path."""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("desktop.ui.shell.i18n")

"""Old name of ``desktop.ui.safety.damaged_dialog`` (moved in issue 13); kept only for
importers outside ``desktop/ui`` until they import the new path."""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("desktop.ui.safety.damaged_dialog")

"""The bundle's entry point: PyInstaller freezes a script, so this one runs the ``pactum`` command.

Kept outside ``desktop/`` so the installed package still starts through the console script
that pyproject.toml declares; the bundle and the wheel then run the very same ``main``.
"""

from __future__ import annotations

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

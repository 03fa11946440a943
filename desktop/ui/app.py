"""Starting the window (placeholder until the window's issue lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(path: Path, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel(f"Pactum — {path}")
    label.show()
    return app.exec()

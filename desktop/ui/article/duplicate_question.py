"""Accept all meets a draft that looks like a record already in the catalogue: ask.

Add it anyway (a new record), add the article as the existing record's source instead,
or skip it; Cancel stops Accept all with nothing saved. Skip is the default button.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class DuplicateChoice(Enum):
    """What Accept all does with a draft flagged as a likely duplicate."""

    ADD = "add"
    AS_SOURCE = "as_source"
    SKIP = "skip"
    CANCEL = "cancel"


def ask_duplicate(parent: QWidget, draft: str, record_id: int) -> DuplicateChoice:
    """Ask about the draft described by ``draft``, like record ``record_id``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DuplicateQuestion", "Likely duplicate"))
    box.setText(
        QCoreApplication.translate(
            "DuplicateQuestion", "“%1” looks like record #%2, already in the catalogue."
        )
        .replace("%1", draft)
        .replace("%2", str(record_id))
    )
    anyway = box.addButton(
        QCoreApplication.translate("DuplicateQuestion", "Add &anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    source = box.addButton(
        QCoreApplication.translate("DuplicateQuestion", "Add as its &source"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    skip = box.addButton(
        QCoreApplication.translate("DuplicateQuestion", "&Skip"), QMessageBox.ButtonRole.RejectRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(skip)
    box.exec()
    answers = {id(anyway): DuplicateChoice.ADD, id(source): DuplicateChoice.AS_SOURCE,
               id(skip): DuplicateChoice.SKIP}  # fmt: skip
    return answers.get(id(box.clickedButton()), DuplicateChoice.CANCEL)

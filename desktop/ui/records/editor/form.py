"""The record editor dialog: every field of an agreement, validated in place.

The dialog never writes: Save hands the record it built to a ``save`` callback (the
window's operation, which may push an undo command and can fail). Problems — unreadable
input or the store's rules (``db.validation``) — are shown under the field they concern
and the dialog stays open with everything typed, so nothing invalid is saved and nothing
typed is lost.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import Agreement, FieldProblem, Kind, Party, Status, validation_problems
from desktop.labels import field_label, kind_label, status_label
from desktop.ui.errors import problem_text
from desktop.ui.records.editor.dates import PartialDateEdit
from desktop.ui.records.editor.repeating import RepeatingEditor
from desktop.ui.records.editor.rows import (
    CommitmentRow,
    NoteRow,
    PartyRow,
    RelationRow,
    SignatoryRow,
    SourceRow,
    SubjectRow,
)
from desktop.ui.shell.dialogs import settle

Save = Callable[["RecordEditor", Agreement], bool]
"""Saves the record; True when it was saved (the dialog closes), False to stay open (a
save that finishes later calls ``RecordEditor.saved``)."""
Confirm = Callable[[], bool]
"""Asks whether typed changes may be thrown away."""

FORM_ORDER = ("kind", "title", "title_translation", "parties", "signed_on", "place", "status",
              "signatories", "subjects", "commitments", "summary", "summary_translation",
              "full_text", "sources", "relations", "notes")  # fmt: skip
"""The fields top to bottom, as the form lays them out and Tab follows them."""
REPEATING = ("parties", "signatories", "subjects", "commitments", "sources", "relations", "notes")


def _typed(widget: QWidget) -> object:
    """What a row's input holds, as typed."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    return None


class RecordEditor(QDialog):
    """Edits a new record (``original`` None) or an existing one."""

    def __init__(
        self,
        original: Agreement | None,
        save: Save,
        confirm_discard: Confirm,
        vocabulary: list[str],
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        settle(self)
        self._save = save
        self._confirm_discard = confirm_discard
        self._lang = lang
        self.original = original
        self.setWindowTitle(
            self.tr("New agreement") if original is None else self.tr("Edit agreement")
        )
        self.resize(1060, 760)
        self.errors: dict[str, QLabel] = {}
        self.kind = QComboBox(self)
        for kind in Kind:
            self.kind.addItem(kind_label(kind, lang), kind)
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(status_label(status, lang), status)
        self.title_edit = QLineEdit(self)
        self.title_translation = QLineEdit(self)
        self.title_translation.setPlaceholderText(
            self.tr("the title in English (or in Ukrainian, for an English title)")
        )
        self.place = QLineEdit(self)
        self.signed_on = PartialDateEdit(self)
        self.summary = QPlainTextEdit(self)
        self.summary_translation = QPlainTextEdit(self)
        self.full_text = QPlainTextEdit(self)
        for text in (self.summary, self.summary_translation, self.full_text):
            text.setTabChangesFocus(True)
            text.setMinimumHeight(90)
        self.lists: dict[str, RepeatingEditor] = {
            "parties": RepeatingEditor(lambda: PartyRow(lang), self.tr("Add party")),
            "signatories": RepeatingEditor(SignatoryRow, self.tr("Add signatory")),
            "subjects": RepeatingEditor(
                lambda: SubjectRow(vocabulary, lang), self.tr("Add subject")
            ),
            "commitments": RepeatingEditor(CommitmentRow, self.tr("Add commitment")),
            "sources": RepeatingEditor(SourceRow, self.tr("Add source")),
            "relations": RepeatingEditor(lambda: RelationRow(lang), self.tr("Add relation")),
            "notes": RepeatingEditor(NoteRow, self.tr("Add note")),
        }
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        for editor in self.lists.values():
            editor.rows_changed.connect(self._link_tab_order)
        self.lists["parties"].rows_changed.connect(self._offer_party_keys)
        self.load(original)

    # -- layout -----------------------------------------------------------------------

    def _field_widgets(self) -> dict[str, QWidget]:
        single = {
            "kind": self.kind,
            "title": self.title_edit,
            "title_translation": self.title_translation,
            "signed_on": self.signed_on,
            "place": self.place,
            "status": self.status,
            "summary": self.summary,
            "summary_translation": self.summary_translation,
            "full_text": self.full_text,
        }
        return {**single, **self.lists}

    def _build_layout(self) -> None:
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        widgets = self._field_widgets()
        for name in FORM_ORDER:
            cell = QWidget(form_host)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widgets[name])
            error = QLabel(cell)
            error.setObjectName(f"error_{name}")
            error.setWordWrap(True)
            error.setStyleSheet("color: #b3261e;")
            error.hide()
            box.addWidget(error)
            self.errors[name] = error
            label = QLabel(field_label(name, self._lang) + ":", form_host)
            label.setBuddy(widgets[name])
            form.addRow(label, cell)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _link_tab_order(self) -> None:
        """Tab follows the form top to bottom, whatever order rows were added in."""
        chain: list[QWidget] = []
        for name in FORM_ORDER:
            widget = self._field_widgets()[name]
            if name in self.lists:
                chain += self.lists[name].focus_chain()
            elif isinstance(widget, PartialDateEdit):
                chain += [widget.year, widget.month, widget.day]
            else:
                chain.append(widget)
        chain += self.buttons.buttons()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _offer_party_keys(self) -> None:
        keys = []
        for row in self.lists["parties"].rows:
            try:
                keys.append(row.value().key)
            except ValueError:
                continue
        for name in ("signatories", "commitments"):
            self.lists[name].set_party_keys([k for k in keys if k])

    # -- values -----------------------------------------------------------------------

    def load(self, agreement: Agreement | None) -> None:
        """Fill the form from ``agreement`` (a blank bilateral form for a new one)."""
        self.original = agreement
        record = agreement or Agreement(
            title="", kind=Kind.AGREEMENT, parties=(Party.state("UA"), Party())
        )
        self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.status.setCurrentIndex(self.status.findData(record.status))
        self.title_edit.setText(record.title)
        self.title_translation.setText(record.title_translation)
        self.place.setText(record.place)
        self.signed_on.set_value(record.signed_on)
        self.summary.setPlainText(record.summary)
        self.summary_translation.setPlainText(record.summary_translation)
        self.full_text.setPlainText(record.full_text)
        for name in REPEATING:
            self.lists[name].set_values(getattr(record, name))
        self._offer_party_keys()
        self._link_tab_order()
        self.show_problems([])
        self._loaded = self.snapshot()
        self.title_edit.setFocus()

    def snapshot(self) -> tuple[object, ...]:
        """Everything typed, readable or not: to tell whether closing would lose input."""
        texts: list[object] = [
            self.kind.currentIndex(),
            self.status.currentIndex(),
            self.title_edit.text(),
            self.title_translation.text(),
            self.place.text(),
            self.summary.toPlainText(),
            self.summary_translation.toPlainText(),
            self.full_text.toPlainText(),
            self.signed_on.year.value(),
            self.signed_on.month.value(),
            self.signed_on.day.value(),
        ]
        for name in REPEATING:
            for row in self.lists[name].rows:
                texts.append(tuple(_typed(w) for w in row.inputs))
            texts.append(name)
        return tuple(texts)

    def agreement(self) -> tuple[Agreement | None, list[FieldProblem]]:
        """The record the form describes, or None and what stops it being read or saved."""
        found: list[FieldProblem] = []
        values: dict[str, object] = {}
        for name in REPEATING:
            items, errors = self.lists[name].values()
            if name == "notes":
                items = [note for note in items if note]
            values[name] = tuple(items)
            found += [FieldProblem(name, message) for message in errors]
        try:
            values["signed_on"] = self.signed_on.value()
        except ValueError as error:
            found.append(FieldProblem("signed_on", str(error)))
            values["signed_on"] = None
        unreadable = {problem.field for problem in found}
        fields = dict(
            title=self.title_edit.text().strip(),
            title_translation=self.title_translation.text().strip(),
            kind=Kind(self.kind.currentData()),
            status=Status(self.status.currentData()),
            place=self.place.text().strip(),
            summary=self.summary.toPlainText().strip(),
            summary_translation=self.summary_translation.toPlainText().strip(),
            full_text=self.full_text.toPlainText().strip(),
            **values,
        )
        if self.original is None:
            record = Agreement(**fields)  # type: ignore[arg-type]
        else:
            record = dataclasses.replace(self.original, **fields)  # type: ignore[arg-type]
        # The store's rules, for every field that could be read: all problems at once.
        found += [p for p in validation_problems(record) if p.field not in unreadable]
        return (None, found) if found else (record, [])

    def show_problems(self, found: list[FieldProblem]) -> None:
        """Show each problem under its field (and focus the first); clear the others."""
        by_field: dict[str, list[str]] = {}
        for problem in found:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        for name, label in self.errors.items():
            messages = by_field.get(name, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        widgets = self._field_widgets()
        for name in widgets:
            if name in by_field:
                widgets[name].setFocus()
                break

    # -- closing ----------------------------------------------------------------------

    def try_save(self) -> None:
        record, found = self.agreement()
        self.show_problems(found)
        if record is not None and self._save(self, record):
            self.saved()

    def saved(self) -> None:
        """The store accepted the record: close (called when the write has finished)."""
        self._loaded = self.snapshot()
        self.accept()

    def reject(self) -> None:
        """Esc or Cancel: close at once unless that would throw away typed changes."""
        if self.snapshot() == self._loaded or self._confirm_discard():
            super().reject()

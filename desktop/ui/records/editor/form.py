"""The record editor dialog: every field of an agreement, validated in place.

The dialog never writes: Save hands the record it built to a ``save`` callback (the
window's operation, which may push an undo command and can fail). Problems — unreadable
input or the store's rules (``db.validation``) — are shown under the field they concern
and the dialog stays open with everything typed, so nothing invalid is saved and nothing
typed is lost. A message shown follows the typing: it changes or goes away as soon as
the field is fixed (or its row removed). Tab visits every field in reading order, then
Save and Cancel; Ctrl+S and Ctrl+Enter save; Esc cancels, asking first only when
something was changed.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db import Agreement, FieldProblem, Kind, Party, Status, country_name, validation_problems
from desktop.labels import field_label, kind_label, status_label
from desktop.ui.errors import problem_text
from desktop.ui.records.editor.dates import TypedDateEdit
from desktop.ui.records.editor.picker import FindRecords
from desktop.ui.records.editor.repeating import RepeatingEditor
from desktop.ui.records.editor.rows import (
    CommitmentRow,
    NoteRow,
    PartyRow,
    RelationRow,
    SignatoryRow,
    SourceRow,
    SubjectRow,
    watch,
)
from desktop.ui.shell.dialogs import settle

Save = Callable[["RecordEditor", Agreement], bool]
"""Saves the record; True when it was saved (the dialog closes), False to stay open (a
save that finishes later calls ``RecordEditor.saved``)."""
Confirm = Callable[[], bool]
"""Asks whether typed changes may be thrown away."""

REPEATING = ("parties", "signatories", "subjects", "commitments", "sources", "relations", "notes")
ORDER = ("kind", "title", "title_translation", "parties", "signed_on", "place", "status",
         "signatories", "subjects", "commitments", "summary", "summary_translation",
         "full_text", "sources", "relations", "notes")  # fmt: skip
"""The fields top to bottom: the form's rows and the order Tab visits them in."""


def _typed(widget: QWidget) -> object:
    """What a row's input holds, as typed."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
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
        find: FindRecords = lambda _text, done: done([]),
    ) -> None:
        """``find``: searches the catalogue for the relations' picker (off the GUI thread)."""
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
        self.signed_on = TypedDateEdit(lang, self)
        self.date_read = QLabel(self)
        self.date_read.setObjectName("date_read")
        self.date_read.setStyleSheet("color: #5a6570;")
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
            "commitments": RepeatingEditor(lambda: CommitmentRow(lang), self.tr("Add commitment")),
            "sources": RepeatingEditor(lambda: SourceRow(lang), self.tr("Add source")),
            "relations": RepeatingEditor(lambda: RelationRow(lang, find), self.tr("Add relation")),
            "notes": RepeatingEditor(NoteRow, self.tr("Add note")),
        }
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.try_save)
        self._build_layout()
        for editor in self.lists.values():
            editor.rows_changed.connect(self._link_tab_order)
            editor.edited.connect(self._follow_typing)
        self.lists["parties"].edited.connect(self._offer_parties)
        for widget in (self.kind, self.status, self.title_edit, self.place, self.signed_on,
                       self.summary, self.full_text):  # fmt: skip
            watch(widget, self._follow_typing)
        self.signed_on.editingFinished.connect(self._check_date)
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
        for name in ORDER:
            cell = QWidget(form_host)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if name == "signed_on":  # the date, and how precisely it was read
                line = QHBoxLayout()
                line.addWidget(self.signed_on)
                line.addWidget(self.date_read, 1)
                box.addLayout(line)
            else:
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from Cancel back to Kind
        scroll.setWidget(form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in reading order: every field, then Save and Cancel."""
        chain: list[QWidget] = []
        for name in ORDER:
            if name in self.lists:
                chain += self.lists[name].focus_chain()
            else:
                chain.append(self._field_widgets()[name])
        return [
            *chain,
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]

    def _link_tab_order(self) -> None:
        """Tab follows the form top to bottom, whatever order rows were added in."""
        for first, second in itertools.pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)

    def _offer_parties(self) -> None:
        """The signatories' and commitments' party lists follow the parties, by name."""
        parties: list[tuple[str, str]] = []
        for row in self.lists["parties"].rows:
            try:
                party = row.value()
            except ValueError:
                continue
            if party.key:
                name = country_name(party.code, self._lang) if party.code else party.key
                parties.append((party.key, name))
        for name in ("signatories", "commitments"):
            self.lists[name].set_parties(parties)

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
        self._offer_parties()
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
            self.signed_on.text(),
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

    def _messages(self, found: list[FieldProblem]) -> dict[str, list[str]]:
        by_field: dict[str, list[str]] = {}
        for problem in found:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        return by_field

    def _show(self, name: str, messages: list[str]) -> None:
        label = self.errors[name]
        label.setText("\n".join(messages))
        label.setVisible(bool(messages))

    def show_problems(self, found: list[FieldProblem]) -> None:
        """Show each problem under its field (and focus the first); clear the others."""
        by_field = self._messages(found)
        for name in self.errors:
            self._show(name, by_field.get(name, []))
        widgets = self._field_widgets()
        for name in ORDER:
            if name in by_field:
                widgets[name].setFocus()
                break

    def _follow_typing(self) -> None:
        """Messages already shown follow what is typed: changed, or gone once fixed."""
        self.date_read.setText(self.signed_on.precision())
        shown = [name for name, label in self.errors.items() if not label.isHidden()]
        if shown:
            by_field = self._messages(self.agreement()[1])
            for name in shown:
                self._show(name, by_field.get(name, []))

    def _check_date(self) -> None:
        """Leaving the date field says at once what is wrong with it."""
        self._show("signed_on", self._messages(self.agreement()[1]).get("signed_on", []))

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

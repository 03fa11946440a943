"""One row of each repeating field: a party, a signatory, a subject, a commitment..."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)

from db import (
    Commitment,
    PartialDate,
    Party,
    Relation,
    RelationKind,
    Signatory,
    Source,
    Stage,
    StageStep,
    subject_label,
    thesaurus,
)
from desktop.labels import relation_label
from desktop.ui.records.editor.countries import CountryPicker
from desktop.ui.records.editor.dates import TypedDateEdit
from desktop.ui.records.editor.picker import FindRecords, RecordPicker


def watch(widget: QWidget, changed: Callable[[], object]) -> None:
    """Call ``changed()`` whenever the user types or chooses something in ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: changed())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(lambda: changed())
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _index: changed())
        if widget.isEditable():
            widget.editTextChanged.connect(lambda _text: changed())


class RowEditor(QWidget):
    """A row's widgets side by side; ``value`` raises ValueError for what cannot be read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.inputs: list[QWidget] = []

    def _add(self, widget: QWidget, placeholder: str = "", stretch: int = 1) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setPlaceholderText(placeholder)
        if placeholder:
            widget.setAccessibleName(placeholder)
        self.layout_.addWidget(widget, stretch)
        self.inputs.append(widget)

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_parties(self, parties: list[tuple[str, str]]) -> None:
        """Rows that name a party offer the record's current parties: (key, name) pairs."""


def _party_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumWidth(150)
    return combo


def party_key(combo: QComboBox) -> str:
    """The key of the party chosen by name, or the text as typed (a key, or a party the
    record does not list yet: the store's rules then say so)."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return str(combo.itemData(index)) if text and index >= 0 else text


def set_party(combo: QComboBox, key: str) -> None:
    index = combo.findData(key) if key else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(key)


def _set_parties(combo: QComboBox, parties: list[tuple[str, str]]) -> None:
    """Offer ``parties`` by name, keeping the party chosen (now under its new name)."""
    key = party_key(combo)
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("", "")
    for party, name in parties:
        combo.addItem(name, party)
    set_party(combo, key)
    combo.blockSignals(False)


class PartyRow(RowEditor):
    """A country (picked by name) or an organisation (typed)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = QComboBox(self)
        self.which.addItems([self.tr("Country"), self.tr("Organisation")])
        self.country = CountryPicker(lang, self)
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("organisation, e.g. NATO"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.country)
        self.stack.addWidget(self.organisation)
        self.which.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self._add(self.which, self.tr("party type"), 0)
        self.layout_.addWidget(self.stack, 1)
        self.inputs += [self.country, self.organisation]

    def value(self) -> Party:
        if self.which.currentIndex() == 0:
            code = self.country.code()
            if code is None:
                text = self.country.currentText()
                raise ValueError(self.tr("“%1” is not a country from the list").replace("%1", text))
            return Party.state(code)
        return Party.org(self.organisation.text().strip())

    def set_value(self, value: object) -> None:
        assert isinstance(value, Party)
        self.which.setCurrentIndex(1 if value.organisation is not None else 0)
        self.country.set_code(value.code)
        self.organisation.setText(value.organisation or "")


class SignatoryRow(RowEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.party = _party_combo(self)
        self._add(self.name, self.tr("name"), 2)
        self._add(self.role, self.tr("role"), 2)
        self._add(self.party, self.tr("for party"), 1)

    def value(self) -> Signatory:
        return Signatory(self.name.text().strip(), self.role.text().strip(), party_key(self.party))

    def set_value(self, value: object) -> None:
        assert isinstance(value, Signatory)
        self.name.setText(value.name)
        self.role.setText(value.role)
        set_party(self.party, value.party)

    def set_parties(self, parties: list[tuple[str, str]]) -> None:
        _set_parties(self.party, parties)


class SubjectRow(RowEditor):
    """A subject, shown in the reader's language; completion offers every label of every
    thesaurus concept in either language and the catalogue's own subjects, and what is
    typed is kept as the concept it names (or as typed: a local concept)."""

    def __init__(
        self, vocabulary: list[str], lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.subject = QLineEdit(self)
        labels = [subject_label(s, lang) for s in vocabulary]
        labels += [label for label, _ in thesaurus().completions()]
        completer = QCompleter(list(dict.fromkeys(labels)), self.subject)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.subject.setCompleter(completer)
        self._add(self.subject, self.tr("subject, e.g. joint production"))

    def value(self) -> str:
        return thesaurus().canonical(self.subject.text())

    def set_value(self, value: object) -> None:
        self.subject.setText(subject_label(str(value), self._lang))


STAGE_NAMES = {
    Stage.PLEDGED: QT_TRANSLATE_NOOP("CommitmentRow", "pledged"),
    Stage.ALLOCATED: QT_TRANSLATE_NOOP("CommitmentRow", "allocated"),
    Stage.DELIVERED_IN_PART: QT_TRANSLATE_NOOP("CommitmentRow", "delivered in part"),
    Stage.DELIVERED: QT_TRANSLATE_NOOP("CommitmentRow", "delivered"),
    Stage.CANCELLED: QT_TRANSLATE_NOOP("CommitmentRow", "cancelled"),
}


class CommitmentRow(RowEditor):
    """One commitment. The stage list shows where it stands; choosing another stage adds
    a step dated today. Its earlier steps and its GDP basis are kept as they were: a row
    edits what it shows and never drops what it does not."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: Commitment | None = None
        self.party = _party_combo(self)
        self.description = QLineEdit(self)
        self.amount = QLineEdit(self)
        self.amount.setMaximumWidth(90)
        self.unit = QLineEdit(self)
        self.unit.setMaximumWidth(90)
        self.until = TypedDateEdit(lang, self)
        self.stage = QComboBox(self)
        for stage, name in STAGE_NAMES.items():
            self.stage.addItem(self.tr(name), str(stage))
        self._add(self.party, self.tr("party"), 1)
        self._add(self.description, self.tr("what is promised"), 3)
        self._add(self.amount, self.tr("amount"), 0)
        self._add(self.unit, self.tr("unit"), 0)
        self._add(self.until, self.tr("until"), 0)
        self._add(self.stage, self.tr("stage"), 0)

    def value(self) -> Commitment:
        text = self.amount.text().strip().replace(",", ".").replace(" ", "")
        try:
            amount = float(text) if text else None
        except ValueError:
            raise ValueError(self.tr("amount “%1” is not a number").replace("%1", text)) from None
        shown = self._shown
        stages = shown.stages if shown is not None else ()
        chosen = Stage(self.stage.currentData())
        if chosen != (shown.stage if shown is not None else Stage.PLEDGED):
            today = dt.date.today()
            stages = (*stages, StageStep(chosen, PartialDate(today.year, today.month, today.day)))
        return Commitment(
            party_key(self.party),
            self.description.text().strip(),
            amount,
            self.unit.text().strip(),
            self.until.value(),
            stages,
            shown.gdp if shown is not None else None,
        )

    def set_value(self, value: object) -> None:
        assert isinstance(value, Commitment)
        self._shown = value
        self.stage.setCurrentIndex(self.stage.findData(str(value.stage)))
        set_party(self.party, value.party)
        self.description.setText(value.description)
        self.amount.setText("" if value.amount is None else f"{value.amount:g}")
        self.unit.setText(value.unit)
        self.until.set_value(value.until)

    def set_parties(self, parties: list[tuple[str, str]]) -> None:
        _set_parties(self.party, parties)


class SourceRow(RowEditor):
    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outlet = QLineEdit(self)
        self.url = QLineEdit(self)
        self.published_on = TypedDateEdit(lang, self)
        self.quotation = QLineEdit(self)
        self._add(self.outlet, self.tr("outlet or channel"), 2)
        self._add(self.url, self.tr("web address"), 3)
        self._add(self.published_on, self.tr("published on"), 0)
        self._add(self.quotation, self.tr("quotation"), 3)

    def value(self) -> Source:
        return Source(
            self.outlet.text().strip(),
            self.url.text().strip(),
            self.published_on.value(),
            self.quotation.text().strip(),
        )

    def set_value(self, value: object) -> None:
        assert isinstance(value, Source)
        self.outlet.setText(value.outlet)
        self.url.setText(value.url)
        self.published_on.set_value(value.published_on)
        self.quotation.setText(value.quotation)


class RelationRow(RowEditor):
    """This record implements / amends / supersedes / follows up another, found by
    typing part of its title (the catalogue is searched on the worker)."""

    def __init__(self, lang: str, find: FindRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        for kind in RelationKind:
            self.kind.addItem(relation_label(kind, lang), kind)
        self.target = RecordPicker(find, self)
        self._add(self.kind, self.tr("relation"), 0)
        self._add(self.target, self.tr("the other record: type part of its title"), 1)

    def value(self) -> Relation:
        return Relation(RelationKind(self.kind.currentData()), self.target.uuid())

    def set_value(self, value: object) -> None:
        assert isinstance(value, Relation)
        self.kind.setCurrentIndex(self.kind.findData(value.kind))
        self.target.set_uuid(value.target)


class NoteRow(RowEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(60)
        self._add(self.text, self.tr("note"))

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def set_value(self, value: object) -> None:
        self.text.setPlainText(str(value))

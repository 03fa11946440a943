"""File › New from Article…: paste or open a news text, review the proposed drafts, accept.

The dialog is a thin face over ``desktop.ingest``: it reads the text, shows each draft's
fields as editable text, highlights the sentences a field came from, flags drafts that look
like records already in the catalogue, and hands the chosen ones to ``ingest.accept`` — one
transaction, reported by ``records_accepted`` so the window can push one undo step.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from db import Catalog, CatalogError, Kind, PartialDate, Status
from desktop.ingest import Accepted, Decision, Draft, accept, load_article, possible_duplicates
from desktop.ingest import read_article as read_drafts
from desktop.ingest.fields import EDITABLE, FieldError, edited, show
from desktop.ingest.text import read_header
from desktop.labels import field_label, kind_label, status_label
from desktop.ui.article.duplicate_question import DuplicateChoice, ask_duplicate
from desktop.ui.errors import error_text
from desktop.ui.ops import Submit, run_now
from desktop.ui.shell.dialogs import settle

#: How strongly a supporting sentence is marked: the focused field's, or any of the draft's.
FOCUS_COLOUR = QColor("#ffe08a")
DRAFT_COLOUR = QColor("#fff6d6")
MULTILINE = ("signatories", "commitments", "summary")


class ArticleDialog(QDialog):
    """Review drafts read from one article and accept all, some or none of them."""

    records_accepted = Signal(object)
    """The chosen drafts were saved in one transaction; carries the ``Accepted`` report."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        settle(self)
        self.setWindowTitle(self.tr("New from Article"))
        self.catalog = catalog
        self.read: Submit = run_now(catalog)
        """Where the drafts are read and compared with the catalogue (the worker)."""
        self.write: Submit = run_now(catalog)
        """Where the accepted drafts are saved (a ``CatalogOp`` on the worker)."""
        self.lang = lang  # of field names, kinds and statuses
        self.drafts: list[Draft] = []
        self.duplicates: list[list[int]] = []
        self.texts: list[dict[str, str]] = []
        self.choices: list[bool] = []
        self.current = -1
        self.offset = 0
        self.result_report: Accepted | None = None
        self._build()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("Paste a news text here (a first line 'date YYYY-MM-DD' gives its date)")
        )
        self.published = QLineEdit()
        self.published.setPlaceholderText(self.tr("published YYYY-MM-DD"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("address (URL)"))
        open_button = QPushButton(self.tr("Open .txt/.html…"))
        open_button.clicked.connect(self.open_file)
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.clicked.connect(self.read_text)
        source_row = QHBoxLayout()
        for widget in (self.published, self.address, open_button, self.read_button):
            source_row.addWidget(widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.text)
        left_layout.addLayout(source_row)

        self.list = QListWidget()
        self.list.currentRowChanged.connect(self.show_draft)
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for name in EDITABLE:
            widget = self._field_widget(name)
            widget.installEventFilter(self)
            self.fields[name] = widget
            form.addRow(field_label(name, self.lang), widget)
        self.as_source = QCheckBox()
        self.as_source.setVisible(False)
        self.as_source.toggled.connect(self._remember_choice)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.list, 1)
        right_layout.addWidget(self.as_source)
        right_layout.addLayout(form, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.accept_checked_button = QPushButton(self.tr("Accept checked"))
        self.accept_checked_button.clicked.connect(self.accept_checked)
        self.accept_all_button = QPushButton(self.tr("Accept all"))
        self.accept_all_button.clicked.connect(self.accept_all)
        discard = QPushButton(self.tr("Discard"))
        discard.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.accept_checked_button, self.accept_all_button, discard):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._set_enabled(False)
        self.resize(1100, 700)

    def _field_widget(self, name: str) -> QWidget:
        if name in ("kind", "status"):
            box = QComboBox()
            for value in Kind if name == "kind" else Status:
                label = (kind_label if name == "kind" else status_label)(value, self.lang)
                box.addItem(label, str(value))
            return box
        if name in MULTILINE:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            if name == "signatories":
                edit.setPlaceholderText("name | role | party")
            elif name == "commitments":
                edit.setPlaceholderText("party | description | amount | unit | until")
            return edit
        return QLineEdit()

    def _set_enabled(self, on: bool) -> None:
        for widget in (*self.fields.values(), self.accept_checked_button, self.accept_all_button):
            widget.setEnabled(on)

    # -- reading -----------------------------------------------------------------------

    def choose_file(self) -> str:
        """The file to open (a method, so tests can answer instead of a file dialog)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open article"), "", self.tr("Articles (*.txt *.html *.htm)")
        )
        return path

    def open_file(self) -> None:
        path = self.choose_file()
        if not path:
            return
        try:
            article = load_article(Path(path))
        except (CatalogError, OSError) as error:
            self.message.setText(error_text(error))
            return
        self.text.setPlainText(article.text)
        self.published.setText(article.published_on.iso() if article.published_on else "")
        self.address.setText(article.url)
        self.read_text()

    def read_text(self) -> None:
        """Read the text in the editor and list the drafts it proposes."""
        raw = self.text.toPlainText()
        article = read_header(raw)
        if self.published.text().strip():
            try:
                article.published_on = PartialDate.parse(self.published.text())
            except ValueError as error:
                self.message.setText(str(error))
                return
        article.url = self.address.text().strip() or article.url
        self.offset = max(0, raw.find(article.text)) if article.text else 0

        def work(catalog: Catalog) -> tuple[list[Draft], list[list[int]]]:
            drafts = read_drafts(
                article, home=catalog.home_party, known_subjects=catalog.subjects()
            )
            return drafts, [possible_duplicates(catalog, d) for d in drafts]

        self.read_button.setEnabled(False)
        self.read(work, self._show_drafts, self._not_read)

    def _not_read(self, error: Exception) -> None:
        self.read_button.setEnabled(True)
        self.message.setText(error_text(error))

    def _show_drafts(self, found_drafts: tuple[list[Draft], list[list[int]]]) -> None:
        self.read_button.setEnabled(True)
        self.drafts, self.duplicates = found_drafts
        self.texts = [{n: show(d.agreement, n) for n in EDITABLE} for d in self.drafts]
        self.choices = [False for _ in self.drafts]
        self.current = -1
        self.list.clear()
        for n, draft in enumerate(self.drafts):
            item = QListWidgetItem(self._label(draft, self.duplicates[n]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # A likely duplicate waits for the reviewer's choice instead of being added twice.
            duplicate = bool(self.duplicates[n])
            item.setCheckState(Qt.CheckState.Unchecked if duplicate else Qt.CheckState.Checked)
            self.list.addItem(item)
        found = len(self.drafts)
        self.message.setText(
            self.tr("%n draft(s) proposed", "", found)
            if found
            else self.tr("No signed document found")
        )
        self._set_enabled(bool(found))
        if found:
            self.list.setCurrentRow(0)
        else:
            self._highlight([])

    def _label(self, draft: Draft, duplicates: list[int]) -> str:
        a = draft.agreement
        date = a.signed_on.iso() if a.signed_on else "—"
        flag = f"  ⚠ #{', #'.join(map(str, duplicates))}" if duplicates else ""
        return f"{kind_label(a.kind, self.lang)} · {'–'.join(a.party_keys)} · {date}{flag}"

    # -- one draft in the form -----------------------------------------------------------

    def _store(self) -> None:
        if 0 <= self.current < len(self.texts):
            self.texts[self.current] = {n: self._value(n) for n in EDITABLE}

    def _value(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def show_draft(self, row: int) -> None:
        self._store()
        self.current = row
        if not 0 <= row < len(self.drafts):
            return
        for name, text in self.texts[row].items():
            widget = self.fields[name]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(text)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            elif isinstance(widget, QLineEdit):
                widget.setText(text)
        duplicates = self.duplicates[row]
        self.as_source.setVisible(bool(duplicates))
        if duplicates:
            self.as_source.blockSignals(True)
            self.as_source.setText(
                self.tr("Looks like record #%1 already in the catalogue: add this article as "
                        "its source instead").replace("%1", str(duplicates[0]))
            )  # fmt: skip
            self.as_source.setChecked(self.choices[row])
            self.as_source.blockSignals(False)
        self.highlight_field(None)

    def _remember_choice(self, on: bool) -> None:
        if 0 <= self.current < len(self.choices):
            self.choices[self.current] = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            name = next((n for n, w in self.fields.items() if w is watched), None)
            if name is not None:
                self.highlight_field(name)
        return super().eventFilter(watched, event)

    def highlight_field(self, name: str | None) -> None:
        """Mark the draft's sentences, and more strongly those the field ``name`` came from."""
        if not 0 <= self.current < len(self.drafts):
            return
        draft = self.drafts[self.current]
        marks = [(q.start, q.end, DRAFT_COLOUR) for q in draft.quotes()]
        focused = draft.provenance.get(name or "", ())
        marks += [(q.start, q.end, FOCUS_COLOUR) for q in focused]
        self._highlight(marks)
        if focused:
            cursor = self.text.textCursor()
            cursor.setPosition(self.offset + focused[0].start)
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def _highlight(self, marks: list[tuple[int, int, QColor]]) -> None:
        selections = []
        for start, end, colour in marks:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.text.document())
            selection.cursor.setPosition(self.offset + start)
            selection.cursor.setPosition(self.offset + end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)

    # -- accepting ---------------------------------------------------------------------

    def checked_rows(self) -> list[int]:
        return [
            n
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def ask_duplicate(self, row: int) -> DuplicateChoice:
        """What to do with a draft that looks like a record already in the catalogue
        (a method, so tests can answer instead of a message box)."""
        self.list.setCurrentRow(row)
        return ask_duplicate(self, self._label(self.drafts[row], []), self.duplicates[row][0])

    def accept_all(self) -> None:
        """Accept every draft; for each likely duplicate ask first: add it anyway, add
        the article as the existing record's source, or skip it (Cancel stops)."""
        self._store()
        for n in range(self.list.count()):
            add = True
            if self.duplicates[n]:
                choice = self.ask_duplicate(n)
                if choice is DuplicateChoice.CANCEL:
                    return
                add = choice is not DuplicateChoice.SKIP
                self.choices[n] = choice is DuplicateChoice.AS_SOURCE
            self.list.item(n).setCheckState(
                Qt.CheckState.Checked if add else Qt.CheckState.Unchecked
            )
        if self.current >= 0:
            self.show_draft(self.current)
        self.accept_checked()

    def accept_checked(self) -> None:
        """Save the checked drafts, as edited, in one transaction, then close."""
        self._store()
        decisions = []
        for row in self.checked_rows():
            try:
                agreement = edited(self.drafts[row].agreement, self.texts[row])
            except FieldError as error:
                self.list.setCurrentRow(row)
                self.message.setText(str(error))
                return
            draft = dataclasses.replace(self.drafts[row], agreement=agreement)
            target = self.duplicates[row][0] if self.choices[row] and self.duplicates[row] else None
            decisions.append(Decision(draft, source_of=target))
        if not decisions:
            self.message.setText(self.tr("Nothing is checked"))
            return
        self._set_enabled(False)
        self.write(lambda catalog: accept(catalog, decisions), self._accepted, self._refused)

    def _refused(self, error: Exception) -> None:
        self._set_enabled(True)
        self.message.setText(error_text(error))

    def _accepted(self, report: Accepted) -> None:
        self.result_report = report
        self.records_accepted.emit(report)
        self.accept()

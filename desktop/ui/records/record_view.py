"""The right pane: one record in full, as readable HTML, with its sources as links.

Links are never followed inside the pane: a web address is handed to the system browser
through ``link_opened`` (Pactum itself never goes online), and a relation's link selects
the related record through ``record_requested``. While a search is shown, the words it
matched are marked in the record's texts (``set_highlighter``).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from db import Agreement, party_label
from db.search import Highlighter
from desktop.labels import (
    FIELDS,
    field_label,
    kind_label,
    relation_label,
    status_label,
    subjects_in,
    unit_label,
)

RECORD_SCHEME = "pactum-record"
MARK_STYLE = "background-color:#ffe680;color:#000;font-weight:600"
"""How a searched word is marked in the record: a highlighter's yellow, readable in either
palette."""

Mark = Callable[[str], str]
"""Plain text → HTML (escaped, with some words marked)."""


def marker(highlighter: Highlighter) -> Mark:
    """Escapes text and marks the words ``highlighter`` matched."""

    def mark(text: str) -> str:
        return "".join(
            f"<span style='{MARK_STYLE}'>{escape(part)}</span>" if matched else escape(part)
            for part, matched in highlighter.parts(text)
        )

    return mark


def _paragraphs(text: str, mark: Mark = escape) -> str:
    return "".join(f"<p>{mark(p)}</p>" for p in text.split("\n") if p.strip())


def _label(field: str, lang: str) -> str:
    return field_label(field, lang) if field in FIELDS else field


def record_html(
    agreement: Agreement, lang: str, titles: dict[str, str], mark: Mark = escape
) -> str:
    """The record as HTML; ``titles`` maps related records' UUIDs to their titles; ``mark``
    escapes its texts (and may mark words in them)."""

    def party(key: str) -> str:
        return escape(party_label(key, lang))

    def section(field: str, body: str) -> str:
        return f"<h3>{escape(field_label(field, lang))}</h3>{body}" if body else ""

    def items(values: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{v}</li>" for v in values) + "</ul>" if values else ""

    facts = [
        (field_label("kind", lang), kind_label(agreement.kind, lang)),
        (field_label("status", lang), status_label(agreement.status, lang)),
        (field_label("signed_on", lang), str(agreement.signed_on or "—")),
        (field_label("place", lang), agreement.place or "—"),
        (
            field_label("parties", lang),
            ", ".join(party_label(k, lang) for k in agreement.party_keys),
        ),
    ]
    table = "".join(
        f"<tr><td class='k'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in facts
    )
    signatories = [
        mark(s.name)
        + (f", {mark(s.role)}" if s.role else "")
        + (f" ({party(s.party)})" if s.party else "")
        for s in agreement.signatories
    ]
    until = QCoreApplication.translate("RecordView", "until")
    commitments = [
        (f"<b>{party(c.party)}</b>: " if c.party else "")
        + mark(c.description)
        + (f" — {c.amount:g} {escape(unit_label(c.unit, lang))}" if c.amount is not None else "")
        + (f" ({escape(until)} {c.until})" if c.until else "")
        for c in agreement.commitments
    ]
    sources = []
    for s in agreement.sources:
        name = escape(s.outlet or s.url or QCoreApplication.translate("RecordView", "source"))
        line = f"<a href='{escape(s.url, quote=True)}'>{name}</a>" if s.url else name
        if s.published_on:
            line += f", {s.published_on}"
        if s.quotation:
            line += f"<blockquote>“{mark(s.quotation)}”</blockquote>"
        sources.append(line)
    relations = [
        f"{escape(relation_label(r.kind, lang))}: <a href='{RECORD_SCHEME}:{escape(r.target)}'>"
        f"{escape(titles.get(r.target, r.target))}</a>"
        for r in agreement.relations
    ]
    damaged = ""
    if agreement.damaged:  # values another program stored that Pactum cannot read
        heading = QCoreApplication.translate("RecordView", "Damaged: Pactum cannot read")
        damaged = f"<p style='color:#b00020'><b>⚠ {escape(heading)}</b></p>" + items(
            [escape(f"{_label(d.field, lang)}: {d.value} — {d.reason}") for d in agreement.damaged]
        )
    return (
        "<style>td.k{color:#5a6570;padding-right:12px} h3{margin-top:14px}</style>"
        f"<h2>{mark(agreement.title)}</h2>"
        + (
            f"<p><i>{mark(agreement.title_translation)}</i></p>"
            if agreement.title_translation
            else ""
        )
        + f"{damaged}<table>{table}</table>"
        + section("signatories", items(signatories))
        + section("subjects", mark(", ".join(subjects_in(agreement.subjects, lang))))
        + section("commitments", items(commitments))
        + section("summary", _paragraphs(agreement.summary, mark))
        + section("summary_translation", _paragraphs(agreement.summary_translation, mark))
        + section("sources", items(sources))
        + section("relations", items(relations))
        + section("notes", "".join(_paragraphs(n, mark) for n in agreement.notes))
        + section("full_text", _paragraphs(agreement.full_text, mark))
    )


class RecordView(QTextBrowser):
    """Shows the selected record, or a hint when none is selected."""

    link_opened = Signal(QUrl)
    """The user clicked a web address in the record (to open in the system browser)."""
    record_requested = Signal(str)
    """The user clicked a related record; carries its UUID."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._mark: Mark = escape
        self._shown: tuple[Agreement, dict[str, str]] | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.show_record(None)

    def show_record(
        self, agreement: Agreement | None, titles: dict[str, str] | None = None
    ) -> None:
        self._shown = None if agreement is None else (agreement, titles or {})
        if agreement is None:
            hint = self.tr("No record selected.")
            self.setHtml(f"<p style='color:#777'>{escape(hint)}</p>")
        else:
            self.setHtml(record_html(agreement, self._lang, titles or {}, self._mark))

    @property
    def agreement(self) -> Agreement | None:
        """The record shown, if any."""
        return None if self._shown is None else self._shown[0]

    def set_highlighter(self, highlighter: Highlighter | None) -> None:
        """Mark what a search matched from now on (None: mark nothing), in the record
        shown too."""
        self._mark = escape if highlighter is None else marker(highlighter)
        if self._shown is not None:
            self.show_record(*self._shown)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == RECORD_SCHEME:
            self.record_requested.emit(url.path())
        else:
            self.link_opened.emit(url)

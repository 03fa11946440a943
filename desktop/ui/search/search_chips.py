"""The search bar under the toolbar: the query's parse as removable chips, the order of the
results (relevance or date) and "Save search…".

Each chip says what a piece of the query means in the interface language ("Partner:
Lithuania" for ``partner:LT``), so a newcomer learns the query language by reading it, and
its × removes just that piece (``Parse.without``). Alternatives (``drones OR UAV``) sit in
one framed group with "or" between them, so it reads as "either". The bar is hidden while
nothing is searched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from db import Kind, Status, country_name, thesaurus
from db.search import Chip, Expanded, Parse, expansions
from desktop.labels import kind_label, status_label

_CHIP_STYLE = (
    "QFrame#chip { border: 1px solid palette(mid); border-radius: 10px;"
    " background: palette(alternate-base); }"
    'QFrame#chip[excluded="true"] { border-style: dashed; }'
    "QFrame#chip QToolButton { border: none; padding: 0 2px; }"
    "QFrame#orgroup { border: 1px dashed palette(dark); border-radius: 12px;"
    " background: palette(midlight); }"
    "QLabel#or { font-style: italic; }"
)


SHOWN_SYNONYMS = 3
"""Other names of a concept shown on a chip; the tooltip lists every one."""


def chip_label(chip: Chip, lang: str) -> str:
    """What ``chip`` means, in words of the interface language."""
    match chip.kind:
        case "partner":
            named = country_name(chip.value, lang) if len(chip.value) == 2 else chip.value
            return QCoreApplication.translate("SearchBar", "Partner: %1").replace("%1", named)
        case "kind":
            return QCoreApplication.translate("SearchBar", "Kind: %1").replace(
                "%1", kind_label(Kind(chip.value), lang)
            )
        case "status":
            return QCoreApplication.translate("SearchBar", "Status: %1").replace(
                "%1", status_label(Status(chip.value), lang)
            )
        case "after":
            return QCoreApplication.translate("SearchBar", "After %1").replace("%1", chip.value)
        case "before":
            return QCoreApplication.translate("SearchBar", "Before %1").replace("%1", chip.value)
        case "year":
            return QCoreApplication.translate("SearchBar", "Year: %1").replace("%1", chip.value)
        case "subject":
            concept = thesaurus().lookup(chip.value)
            named = concept.label(lang) if concept is not None else chip.value
            return QCoreApplication.translate("SearchBar", "Subject: %1").replace("%1", named)
        case "phrase":
            return QCoreApplication.translate("SearchBar", "“%1”").replace("%1", _typed(chip))
        case "exclude":
            return QCoreApplication.translate("SearchBar", "Without: %1").replace(
                "%1", _typed(chip)
            )
        case _:
            return _typed(chip)


def or_groups(parsed: Parse) -> list[int | None]:
    """For each chip, the index in ``parsed.groups`` of the OR group its word or phrase
    belongs to (None for filters and exclusions): terms get chips in the order typed."""
    order = iter([n for n, group in enumerate(parsed.groups) for _ in group])
    return [next(order, None) if c.kind in ("word", "phrase") else None for c in parsed.chips]


def expansion_label(label: QLabel, expanded: Expanded, lang: str) -> None:
    """Show on a word's chip the other names it is searched by, all of them in the tip."""
    others = expanded.others(lang)
    shown = ", ".join(others[:SHOWN_SYNONYMS]) + (", …" if len(others) > SHOWN_SYNONYMS else "")
    label.setText(f"{expanded.typed} → {shown}")
    label.setToolTip(
        QCoreApplication.translate(
            "SearchBar", "Also searched as: %1. Put the word in quotes to search it alone."
        ).replace("%1", ", ".join(others))
    )


def _typed(chip: Chip) -> str:
    """A word or phrase as the user typed it (the parse keeps it folded to lower case)."""
    return chip.text.lstrip("-").strip('"').strip() or chip.value


class ChipWidget(QFrame):
    """One piece of the query, with a × that removes it."""

    removed = Signal(object)
    """The user asked to remove this chip; carries the ``Chip``."""

    def __init__(self, chip: Chip, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chip = chip
        self.setObjectName("chip")
        self.setProperty("excluded", chip.kind == "exclude")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(chip_label(chip, lang), self)
        self.label.setToolTip(chip.text)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(
            QCoreApplication.translate("SearchBar", "Remove from the search")
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("SearchBar", "Remove %1").replace("%1", self.label.text())
        )
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.chip))
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


class SearchBar(QToolBar):
    """Chips of the current query, the results' order and saving the query."""

    chip_removed = Signal(object)
    """A chip's × was clicked; carries the ``Chip``."""
    order_changed = Signal(str)
    """The user chose "rank" or "date"."""
    save_requested = Signal()
    """The user wants to keep this query as a saved search."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SearchBar", "Search"), parent)
        self._lang = lang
        self.setObjectName("search_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # shown exactly while a search is
        self.setStyleSheet(_CHIP_STYLE)
        self.chips_area = QWidget(self)
        self._chips = QHBoxLayout(self.chips_area)
        self._chips.setContentsMargins(4, 2, 4, 2)
        self._chips.setSpacing(6)
        self._chips.addStretch(1)
        self.chips_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.chips_area)
        self.found = QLabel(self)
        self.addWidget(self.found)
        self.addSeparator()
        self.addWidget(QLabel(QCoreApplication.translate("SearchBar", "Order:"), self))
        self.by_rank = self._order_button(
            QCoreApplication.translate("SearchBar", "Relevance"), "rank"
        )
        self.by_date = self._order_button(QCoreApplication.translate("SearchBar", "Newest"), "date")
        self.by_rank.setChecked(True)
        self.save_button = QToolButton(self)
        self.save_button.setText(QCoreApplication.translate("SearchBar", "Save search…"))
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "SearchBar", "Keep this query in the sidebar's saved searches"
            )
        )
        self.save_button.clicked.connect(self.save_requested)
        self.addSeparator()
        self.addWidget(self.save_button)
        self._group = QButtonGroup(self)
        self._group.addButton(self.by_rank)
        self._group.addButton(self.by_date)
        self.chip_widgets: list[ChipWidget] = []
        self._shown: list[QWidget] = []

    def _order_button(self, text: str, order: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.clicked.connect(lambda: self.order_changed.emit(order))
        self.addWidget(button)
        return button

    @property
    def order(self) -> str:
        return "date" if self.by_date.isChecked() else "rank"

    def set_order(self, order: str) -> None:
        (self.by_date if order == "date" else self.by_rank).setChecked(True)

    def show_parse(self, parsed: Parse | None) -> None:
        """Show ``parsed``'s chips (None or an empty parse: no chips); alternatives joined
        by ``OR`` sit in one framed group with "or" between them; a word naming a thesaurus
        concept shows what it also finds ("дрони → drones, БпЛА, …")."""
        for widget in self._shown:
            self._chips.removeWidget(widget)
            widget.deleteLater()
        self._shown = []
        self.chip_widgets = []
        if parsed is None:
            return
        widened = {e.chip: e for e in expansions(parsed)}
        groups = or_groups(parsed)
        box: QFrame | None = None
        for n, chip in enumerate(parsed.chips):
            group = groups[n]
            joined = group is not None and len(parsed.groups[group]) > 1
            starts = joined and (n == 0 or groups[n - 1] != group)
            if starts:
                box = QFrame(self.chips_area)
                box.setObjectName("orgroup")
                QHBoxLayout(box).setContentsMargins(3, 1, 3, 1)
                self._add(box)
            elif joined and box is not None:
                word = QLabel(QCoreApplication.translate("SearchBar", "or"), box)
                word.setObjectName("or")
                box.layout().addWidget(word)
            widget = ChipWidget(chip, self._lang, box if joined and box else self.chips_area)
            if n in widened:
                expansion_label(widget.label, widened[n], self._lang)
            widget.removed.connect(self.chip_removed)
            self.chip_widgets.append(widget)
            if joined and box is not None:
                box.layout().addWidget(widget)
            else:
                self._add(widget)

    def _add(self, widget: QWidget) -> None:
        self._chips.insertWidget(self._chips.count() - 1, widget)
        self._shown.append(widget)

    def show_count(self, count: int | None, complete: bool = True) -> None:
        """How many records the search found (None while it runs; ``complete`` False:
        at least ``count``, the rest are being counted)."""
        if count is None:
            self.found.setText("")
            return
        shown = f"{count:,}" if complete else f"{count:,}+"
        self.found.setText(
            QCoreApplication.translate("SearchBar", "%1 found").replace("%1", shown) + "  "
        )

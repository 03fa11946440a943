"""The facet sidebar: partners, kinds, statuses, years and subjects, with counts.

Ticking values narrows the table; values of one facet widen each other ("any of these
kinds"), different facets narrow ("this kind and this partner"), except partners, where
several mean "touches all of them" (``db.Filters``). The counts are those of the records
the current filters leave.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from db import FacetCount, Filters, Kind, Status, party_label, subject_label
from desktop.labels import kind_label, status_label

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role holding a facet value as stored (a party key, a kind, a year...)."""

MAX_VALUES = 60
"""Values shown per facet: the most frequent ones, plus any already ticked."""

GROUPS = (
    ("partner", QT_TRANSLATE_NOOP("FacetSidebar", "Partners")),
    ("kind", QT_TRANSLATE_NOOP("FacetSidebar", "Kinds")),
    ("status", QT_TRANSLATE_NOOP("FacetSidebar", "Statuses")),
    ("year", QT_TRANSLATE_NOOP("FacetSidebar", "Years")),
    ("subject", QT_TRANSLATE_NOOP("FacetSidebar", "Subjects")),
)


def filters_with(filters: Filters, facet: str, values: tuple[str, ...]) -> Filters:
    """``filters`` with one facet's ticked values replaced."""
    match facet:
        case "partner":
            return replace(filters, partners=values)
        case "kind":
            return replace(filters, kinds=tuple(Kind(v) for v in values))
        case "status":
            return replace(filters, statuses=tuple(Status(v) for v in values))
        case "year":
            return replace(filters, years=tuple(int(v) for v in values))
        case _:
            return replace(filters, subjects=values)


def ticked_values(filters: Filters, facet: str) -> tuple[str, ...]:
    match facet:
        case "partner":
            return filters.partners
        case "kind":
            return tuple(str(k) for k in filters.kinds)
        case "status":
            return tuple(str(s) for s in filters.statuses)
        case "year":
            return tuple(str(y) for y in filters.years)
        case _:
            return filters.subjects


class FacetSidebar(QTreeWidget):
    """A tree of facets whose ticked values make the catalogue's filters."""

    filters_changed = Signal(object)
    """The user ticked or unticked a value; carries the new ``Filters``."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._filters = Filters()
        self._updating = False
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Filters"))
        self.itemClicked.connect(self.toggle)

    @property
    def filters(self) -> Filters:
        return self._filters

    def clear_filters(self) -> None:
        self._filters = Filters()
        self.filters_changed.emit(self._filters)

    def label(self, facet: str, value: str) -> str:
        match facet:
            case "partner":
                return party_label(value, self._lang)
            case "kind":
                return kind_label(Kind(value), self._lang)
            case "status":
                return status_label(Status(value), self._lang)
            case "subject":
                return subject_label(value, self._lang)
            case _:
                return value

    def show_counts(self, facets: dict[str, list[FacetCount]], filters: Filters) -> None:
        """Rebuild the tree from ``Catalog.facets(filters)``, keeping groups open or closed."""
        self._filters = filters
        expanded = {
            self.topLevelItem(i).data(0, VALUE_ROLE): self.topLevelItem(i).isExpanded()
            for i in range(self.topLevelItemCount())
        }
        self._updating = True
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            for facet, title in GROUPS:
                self._add_group(facet, title, facets.get(facet, []), expanded.get(facet, True))
        finally:
            self.setUpdatesEnabled(True)
            self._updating = False

    def _add_group(self, facet: str, title: str, counts: list[FacetCount], open_: bool) -> None:
        group = QTreeWidgetItem(self, [QCoreApplication.translate("FacetSidebar", title)])
        group.setData(0, VALUE_ROLE, facet)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        ticked = ticked_values(self._filters, facet)
        shown = counts[:MAX_VALUES]
        known = {c.value for c in shown}
        shown += [FacetCount(v, 0) for v in ticked if v not in known]
        if facet == "year":
            shown.sort(key=lambda c: c.value, reverse=True)
        for count in shown:
            item = QTreeWidgetItem(group, [f"{self.label(facet, count.value)}  ({count.count})"])
            item.setData(0, VALUE_ROLE, count.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            checked = count.value in ticked
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        group.setExpanded(open_)

    def find_item(self, facet: str, value: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group.data(0, VALUE_ROLE) != facet:
                continue
            for j in range(group.childCount()):
                if group.child(j).data(0, VALUE_ROLE) == value:
                    return group.child(j)
        return None

    def toggle(self, item: QTreeWidgetItem, column: int = 0) -> None:
        """A click (or Enter/Space) anywhere on a value's row ticks or unticks it.

        Values are not "user checkable" in Qt's sense, so the check box and the label
        toggle the same way, exactly once. The new filters are announced from the event
        loop, not from inside the click: listeners rebuild this tree, and the clicked item
        must not be deleted while Qt is still delivering the click to it."""
        group = item.parent()
        if group is None or self._updating:
            return
        ticked = item.checkState(0) != Qt.CheckState.Checked
        self._updating = True
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._updating = False
        facet = group.data(0, VALUE_ROLE)
        value = item.data(0, VALUE_ROLE)
        values = tuple(v for v in ticked_values(self._filters, facet) if v != value)
        self._filters = filters_with(self._filters, facet, (*values, value) if ticked else values)
        filters = self._filters
        QTimer.singleShot(0, self, lambda: self.filters_changed.emit(filters))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None and item.parent() is not None:
                self.toggle(item)
                return
        super().keyPressEvent(event)

"""The facet sidebar: partners, kinds, statuses, years and subjects, with counts.

Ticking values narrows the table; values of one facet widen each other ("any of these
kinds"), different facets narrow ("this kind and this partner"), except partners, where
several mean "touches all of them" (``db.Filters``).

The counts follow the search and the other facets: a kind's count is how many records
the table would show with that kind ticked too (:func:`facet_counts`), so ticking one kind
never makes the other kinds vanish. While the user ticks, the rows stay where they are
(only the counts change, a value no record has any more is greyed, not removed): the next
click lands on the value under the mouse. The list is laid out afresh when the filters
change from elsewhere (a search, Clear filters, a saved search, another catalogue).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from db import Catalog, FacetCount, Filters, Kind, Status, party_label, subject_label
from db.search import search_ids
from desktop.labels import kind_label, status_label
from desktop.ui.ops import Operations, QueryOp

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role holding a facet value as stored (a party key, a kind, a year...)."""
COUNT_COLUMN = 1
"""The count sits in a column of its own, sized to fit, so it is never cut off."""

MAX_VALUES = 60
"""Values shown per facet: the most frequent ones, plus any already ticked."""

GROUPS = (
    ("partner", QT_TRANSLATE_NOOP("FacetSidebar", "Partners")),
    ("kind", QT_TRANSLATE_NOOP("FacetSidebar", "Kinds")),
    ("status", QT_TRANSLATE_NOOP("FacetSidebar", "Statuses")),
    ("year", QT_TRANSLATE_NOOP("FacetSidebar", "Years")),
    ("subject", QT_TRANSLATE_NOOP("FacetSidebar", "Subjects")),
)
ANY_OF = ("kind", "status", "year", "subject")
"""Facets whose ticked values widen each other (partners narrow: "touches all")."""
Shown = tuple[Filters, str, bool]
"""What the table shows: its filters, the search text, whether that is still being typed."""


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


def facet_counts(
    catalog: Catalog, filters: Filters, text: str = "", typing: bool = False
) -> dict[str, list[FacetCount]]:
    """What each facet value would leave in the table if it were ticked too, within the
    search ``text`` (if any). For an any-of facet that has ticked values, its own ticks
    are left out of its counts (ticking another kind adds records, it does not narrow to
    none); partners mean "all of them", so their counts are those of the current filters.
    Runs on the worker: one search and one count per facet with ticks."""
    found = tuple(search_ids(catalog, text, "date", Filters(), typing)) if text else None

    def within(f: Filters) -> Filters:
        return f if found is None else replace(f, ids=found)

    counts = catalog.facets(within(filters))
    for facet in ANY_OF:
        if ticked_values(filters, facet):
            counts[facet] = catalog.facets(within(filters_with(filters, facet, ())))[facet]
    return counts


class _Wrapping(QStyledItemDelegate):
    """Makes a value's row tall enough for its label wrapped to the column's width (a long
    subject or organisation name is read whole, not cut to "financing of …")."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() == COUNT_COLUMN:
            return hint + QSize(10, 0)  # clear of the scroll bar and the frame
        if not index.parent().isValid():
            return hint
        style = self._tree.style()
        check = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 12
        width = self._tree.columnWidth(0) - 2 * self._tree.indentation() - check
        text = str(index.data() or "")
        flags = Qt.TextFlag.TextWordWrap
        box = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 100_000), flags, text)
        return QSize(hint.width(), max(hint.height(), box.height() + 4))


class FacetSidebar(QTreeWidget):
    """A tree of facets whose ticked values make the catalogue's filters."""

    filters_changed = Signal(object)
    """The user ticked or unticked a value; carries the new ``Filters``."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._filters = Filters()
        self._ticked_here: Filters | None = None
        self._updating = False
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setWordWrap(True)  # long subject or organisation names wrap, never cut
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegate(_Wrapping(self))
        self.setAccessibleName(self.tr("Filters"))
        self.itemClicked.connect(self.toggle)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Labels wrap to the new width: the rows' heights are measured again."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    @property
    def filters(self) -> Filters:
        return self._filters

    def clear_filters(self) -> None:
        self._filters = Filters()
        self._ticked_here = None
        self.filters_changed.emit(self._filters)

    def recount(self, ops: Operations, asked: Shown, shown: Callable[[], Shown | None]) -> None:
        """Count on the worker for ``asked`` (filters, search text, typing) and show the
        counts if ``shown()`` (what the table shows by then) is still ``asked``; a count
        whose search was typed over before it started is not made at all."""
        filters, text, typing = asked

        def count(catalog: Catalog, _progress: object) -> object:
            now = shown()
            if now is None or now[1] != text:
                return None
            return facet_counts(catalog, filters, text, typing)

        def show(counts: object) -> None:
            if isinstance(counts, dict) and shown() == asked:
                self.show_counts(counts, filters)

        QueryOp(ops, count).success(show).run()

    def lay_out_afresh(self) -> None:
        """The next counts come from a change made elsewhere (the search): list them anew."""
        self._ticked_here = None

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
        """Show ``facet_counts`` for ``filters``: in place after the user's own ticks (no
        row moves), laid out afresh otherwise, keeping groups open or closed."""
        self._filters = filters
        if filters == self._ticked_here and self.topLevelItemCount():
            self._update_in_place(facets)
            return
        self._ticked_here = None
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
        group.setFirstColumnSpanned(True)
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
            label = self.label(facet, count.value)
            item = QTreeWidgetItem(group, [label, ""])
            item.setToolTip(0, label)
            item.setData(0, VALUE_ROLE, count.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setTextAlignment(COUNT_COLUMN, Qt.AlignmentFlag.AlignRight)
            checked = count.value in ticked
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._set_count(item, count.count)
        group.setExpanded(open_)

    def _set_count(self, item: QTreeWidgetItem, count: int) -> None:
        """A count, with a value no record would have greyed (it stays clickable)."""
        item.setText(COUNT_COLUMN, f"{count:,}")
        role = QPalette.ColorRole.PlaceholderText if count == 0 else QPalette.ColorRole.Text
        brush = self.palette().brush(role)
        item.setForeground(0, brush)
        item.setForeground(COUNT_COLUMN, brush)

    def _update_in_place(self, facets: dict[str, list[FacetCount]]) -> None:
        """New counts on the rows already shown; none added, removed or moved."""
        self._updating = True
        try:
            for i in range(self.topLevelItemCount()):
                group = self.topLevelItem(i)
                facet = group.data(0, VALUE_ROLE)
                counts = {c.value: c.count for c in facets.get(facet, [])}
                ticked = ticked_values(self._filters, facet)
                for j in range(group.childCount()):
                    item = group.child(j)
                    value = item.data(0, VALUE_ROLE)
                    self._set_count(item, counts.get(value, 0))
                    state = Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked
                    item.setCheckState(0, state)
        finally:
            self._updating = False

    def find_item(self, facet: str, value: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group.data(0, VALUE_ROLE) != facet:
                continue
            for j in range(group.childCount()):
                if group.child(j).data(0, VALUE_ROLE) == value:
                    return group.child(j)
        return None

    def count_of(self, facet: str, value: str) -> int | None:
        """The count shown beside a value (None when the value is not listed)."""
        item = self.find_item(facet, value)
        return None if item is None else int(item.text(COUNT_COLUMN).replace(",", ""))

    def toggle(self, item: QTreeWidgetItem, column: int = 0) -> None:
        """A click (or Enter/Space) anywhere on a value's row ticks or unticks it.

        Values are not "user checkable" in Qt's sense, so the check box and the label
        toggle the same way, exactly once. The new filters are announced from the event
        loop, not from inside the click: listeners recount this tree."""
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
        filters = self._ticked_here = self._filters
        QTimer.singleShot(0, self, lambda: self.filters_changed.emit(filters))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None and item.parent() is not None:
                self.toggle(item)
                return
        super().keyPressEvent(event)

"""Paints a search hit's snippet in the table's Match column, matched words in bold.

The model gives the snippet as (text, matched) parts (``SNIPPET_ROLE``); drawing the parts
one after another with two fonts is far cheaper than a rich-text document per cell, and
keeps the row one line high like every other cell.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.browse.table_model import SNIPPET_ROLE

_Index = QModelIndex | QPersistentModelIndex
_ELIDE = Qt.TextElideMode.ElideRight
_ALIGN = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


class SnippetDelegate(QStyledItemDelegate):
    """Draws the snippet's parts left to right, bold where they matched, elided at the end."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        parts = index.data(SNIPPET_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        bold = QFont(option.font)
        bold.setBold(True)
        fonts = {False: (option.font, QFontMetrics(option.font)), True: (bold, QFontMetrics(bold))}
        rect = option.rect.adjusted(4, 0, -4, 0)
        parts = _first_match_in_view(parts, fonts[False][1], rect.width() // 4)
        x = rect.left()
        for text, matched in parts:
            font, metrics = fonts[matched]
            room = rect.right() - x
            if room <= 0:
                break
            width = metrics.horizontalAdvance(text)
            shown = text if width <= room else metrics.elidedText(text, _ELIDE, room)
            painter.setFont(font)
            painter.drawText(QRect(x, rect.top(), room, rect.height()), _ALIGN, shown)
            if shown != text:
                break
            x += width
        painter.restore()


def _first_match_in_view(
    parts: tuple[tuple[str, bool], ...], metrics: QFontMetrics, lead: int
) -> list[tuple[str, bool]]:
    """The parts with the text before the first match cut to ``lead`` pixels (from the
    left), so a narrow column still shows what matched."""
    first = next((n for n, (_, matched) in enumerate(parts) if matched), 0)
    before = "".join(text for text, _ in parts[:first])
    if not before or metrics.horizontalAdvance(before) <= lead:
        return list(parts)
    kept = metrics.elidedText(before, Qt.TextElideMode.ElideLeft, lead)
    return [(kept, False), *parts[first:]]

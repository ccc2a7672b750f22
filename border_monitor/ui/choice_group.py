"""A group box of check boxes laid out in as many columns as its width holds (at most ``columns``).

The filters panel's countries, types and statuses: in English two columns of types fit the panel; the
Lithuanian, Latvian and Polish names are longer, and a fixed grid would push the panel wider than its
dock (the last column cut off). The group reflows on every resize and when its texts change (a language
switch). It asks for the width of all its columns when that is at most ``FULL_WIDTH_MAX`` (English: the
panel keeps its two columns of types), else for the width of its widest box, so that one column always
shows every name whole.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QSizePolicy, QWidget


FULL_WIDTH_MAX = 300  # px: a group asking for more than this with all its columns asks for one column


class ChoiceGroup(QGroupBox):
    def __init__(self, title: str, columns: int, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.max_columns = max(1, columns)
        self.boxes: list[QCheckBox] = []
        self._grid = QGridLayout(self)
        self._columns = 0

    def add_box(self, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the group decides the columns
        self.boxes.append(box)
        self._columns = 0
        self._reflow()
        return box

    @property
    def columns(self) -> int:
        return self._columns

    def _widest(self) -> int:
        return max((box.sizeHint().width() for box in self.boxes), default=0)

    def _margins(self) -> int:
        """Horizontal pixels of the group around its grid's cells (the frame and the grid's margins)."""
        grid, own = self._grid.contentsMargins(), self.contentsMargins()
        return grid.left() + grid.right() + own.left() + own.right()

    def _room(self) -> int:
        return self.width() - self._margins()

    def columns_for(self, width: int) -> int:
        widest, spacing = self._widest(), max(0, self._grid.horizontalSpacing())
        if widest <= 0:
            return 1
        return max(1, min(self.max_columns, (width + spacing) // (widest + spacing)))

    def width_for(self, columns: int) -> int:
        """The width the group needs to show ``columns`` columns of whole names."""
        spacing = max(0, self._grid.horizontalSpacing())
        return columns * self._widest() + (columns - 1) * spacing + self._margins()

    def _reflow(self) -> None:
        full = self.width_for(self.max_columns)
        self.setMinimumWidth(full if full <= FULL_WIDTH_MAX else self.width_for(1))
        columns = self.columns_for(self._room()) if self.isVisible() else self.max_columns
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes:
            self._grid.removeWidget(box)
        for column in range(self.max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for i, box in enumerate(self.boxes):
            self._grid.addWidget(box, i // columns, i % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._reflow()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._reflow()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns = 0  # the names (and so the widest) may have changed
            self._reflow()

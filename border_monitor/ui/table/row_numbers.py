"""The incident table's row-number header, sized without asking the model for ~200 sections at every reset.

Qt's own ``QHeaderView::sizeHint`` measures the first and the last 100 visible sections with
``sectionSizeFromContents``, each asking the model for about eight roles, and a model reset (every filter
change) drops that figure. At 1M incidents this was 8 ms of the UI thread per filter change (4.8 ms in Qt,
~970 ``headerData`` calls in Python: measured with cProfile over 24 changes). Here the same sections' numbers
are measured with the bold font Qt measures them in (a sum of character advances), and only the widest is asked of Qt's
``sectionSizeFromContents``: the figure is Qt's for that section, so the header is as wide as before.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

MEASURED = 100  # sections measured from each end, as QHeaderView::sizeHint does


class RowNumberHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self._hint: tuple[tuple, QSize] | None = None

    def measured_sections(self) -> list[int]:
        """The sections Qt's size hint measures: the first and the last ``MEASURED`` visible ones."""
        count, first = self.count(), []
        if self.hiddenSectionCount() == 0:  # the table hides no rows: no question per section
            return list(range(min(MEASURED, count))) + list(range(count - 1, max(MEASURED, count - MEASURED) - 1, -1))
        i = 0
        while len(first) < MEASURED and i < count:
            if not self.isSectionHidden(i):
                first.append(i)
            i += 1
        last, j = [], count - 1
        while len(last) < MEASURED and j >= max(i, count - MEASURED):
            if not self.isSectionHidden(j):
                last.append(j)
            j -= 1
        return first + last

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        model = self.model()
        if model is None or self.count() == 0:
            return super().sizeHint()
        font = self.font()
        key = (id(model), self.count(), font.key(), self.locale().name(), model.headerData(self.count() - 1,
                                                                                               self.orientation()))
        if self._hint is None or self._hint[0] != key:
            bold = font
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            sections = self.measured_sections()
            if not sections:
                return super().sizeHint()
            # which is widest, by the sum of its characters' advances (a number's digits are not kerned in the
            # fonts seen; a pixel of kerning would only pick a neighbour): 200 ``horizontalAdvance`` calls of
            # whole texts took 5 ms a reset, this ~0.5 ms
            advance: dict[str, int] = {}

            def width(section: int) -> int:
                text = str(model.headerData(section, self.orientation()) or "")
                total = 0
                for char in text:
                    w = advance.get(char)
                    if w is None:
                        w = advance[char] = metrics.horizontalAdvance(char)
                    total += w
                return total

            self._hint = (key, self.sectionSizeFromContents(max(sections, key=width)))
        return QSize(self._hint[1])

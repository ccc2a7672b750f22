"""The table's row-number header is as wide as Qt's own would be, without measuring ~200 sections per reset."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from border_monitor.ui.table.row_numbers import RowNumberHeader


class _Rows(QAbstractTableModel):
    """Row numbers as the incident model gives them (the locale's digits and group separators); counts the
    header's questions."""

    def __init__(self, count: int):
        super().__init__()
        self.count, self.asked = count, 0

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        self.asked += 1
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(section + 1)
        return None

    def set_count(self, count: int) -> None:
        self.beginResetModel()
        self.count = count
        self.endResetModel()


def _qt_hint(model) -> tuple[int, int]:
    view = QTableView()
    view.setModel(model)
    hint = QHeaderView.sizeHint(view.verticalHeader())
    view.deleteLater()
    return hint.width(), hint.height()


def _ours(model) -> tuple[QTableView, RowNumberHeader]:
    view = QTableView()
    view.setVerticalHeader(RowNumberHeader(view))
    view.setModel(model)
    return view, view.verticalHeader()


def test_the_hint_is_qts_for_every_count_and_a_reset_asks_the_model_a_few_times(qapp):
    model = _Rows(0)
    view, header = _ours(model)
    widths = set()
    # counts across digit and group-separator boundaries, with ones whose last numbers are narrower than
    # earlier ones in a proportional font (11 against 10..: "1" is narrow)
    for count in (0, 1, 9, 10, 11, 99, 100, 111, 150, 250, 999, 1000, 1001, 1111, 99_999, 100_000, 1_000_000):
        model.set_count(count)
        ours = (header.sizeHint().width(), header.sizeHint().height())
        assert ours == _qt_hint(model), count
        widths.add(ours[0])
    assert len(widths) >= 4  # the figure follows the digits
    model.set_count(500_000)
    header.sizeHint()
    model.asked = 0
    model.set_count(400_000)  # a filter change: the view's layout after the reset
    view.executeDelayedItemsLayout()
    header.sizeHint()
    assert 0 < model.asked < 400, model.asked  # Qt's own asks ~8 roles of each of 200 sections
    view.deleteLater()


def test_the_hint_follows_a_font_change(qapp):
    model = _Rows(12345)
    view, header = _ours(model)
    before = header.sizeHint().width()
    font = header.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    header.setFont(font)
    after = header.sizeHint().width()
    assert after > before
    assert after == QHeaderView.sizeHint(header).width()
    view.deleteLater()


def test_the_measured_sections_are_qts_with_and_without_hidden_rows(qapp):
    model = _Rows(1000)
    view, header = _ours(model)
    assert header.measured_sections() == list(range(100)) + list(range(999, 899, -1))
    model.set_count(150)
    assert header.measured_sections() == list(range(100)) + list(range(149, 99, -1))
    model.set_count(1000)
    for row in (0, 5, 998):
        view.setRowHidden(row, True)
    assert header.measured_sections() == [r for r in range(102) if r not in (0, 5)] + \
        [r for r in range(999, 899, -1) if r != 998]  # as Qt: down to the 100th last, visible or not
    view.deleteLater()

"""The table's one-call cell delegate draws every cell as Qt's own delegate does from the model's roles."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from border_monitor.domain.filters import SortKey
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.table.delegate import IncidentCellDelegate
from border_monitor.ui.table.model import COLUMNS
from border_monitor.ui.table.panel import IncidentTablePanel


def _pixels(panel) -> bytes:
    panel.view.viewport().repaint()
    image = panel.view.viewport().grab().toImage()
    return bytes(image.constBits())


def test_the_cells_are_drawn_pixel_for_pixel_as_by_qts_delegate(qtbot, demo_store, app_state):
    panel = IncidentTablePanel(demo_store, app_state)
    try:
        panel.resize(1200, 420)
        panel.show()
        qtbot.waitUntil(lambda: panel.model.rowCount() > 20)
        view = panel.view
        assert isinstance(view.itemDelegate(), IncidentCellDelegate)
        # a selected row, the current cell, alternating rows, both swatches and the right-aligned numbers in sight
        view.selectionModel().select(panel.model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)
        view.selectionModel().setCurrentIndex(panel.model.index(3, COLUMNS.index(SortKey.PERSONS)),
                                              QItemSelectionModel.SelectionFlag.NoUpdate)
        ours = _pixels(panel)
        view.setItemDelegate(QStyledItemDelegate(view))
        qts = _pixels(panel)
        assert len(ours) == len(qts) > 0
        assert ours == qts
        # and the comparison sees a difference: a cell that differs in one character
        model = panel.model
        row = model.cell_look(0, 0)  # the row's cells are made
        cells = list(model._cells[0])
        cells[COLUMNS.index(SortKey.SECTOR)] += "x"
        model._cells[0] = tuple(cells)
        view.setItemDelegate(IncidentCellDelegate(model, view))
        assert _pixels(panel) != qts and row is not None
    finally:
        dispose(panel)


def test_a_cell_look_is_what_data_gives(qapp, demo_store, app_state):
    panel = IncidentTablePanel(demo_store, app_state)
    try:
        model = panel.model
        for row in (0, 7, 49, 50):
            for column, key in enumerate(COLUMNS):
                index = model.index(row, column)
                text, swatch, right = model.cell_look(row, column)
                assert text == model.data(index, Qt.ItemDataRole.DisplayRole)
                decoration = model.data(index, Qt.ItemDataRole.DecorationRole)
                assert (swatch is None) == (decoration is None), key
                if swatch is not None:
                    assert decoration.name() == swatch.lower() or decoration == swatch, key
                alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
                assert right == (alignment is not None), key
        assert model.cell_look(model.rowCount() + 5, 0) is None
    finally:
        dispose(panel)

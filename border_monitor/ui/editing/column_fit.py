"""Columns of the history and restore lists sized to their header and contents, the last one stretched.

Fixed pixel widths cut headers in Lithuanian or Polish and values such as "2021-09-03 14:05:00";
``fit_columns`` sizes every column but the last to the wider of its header and contents (at most
``max_width``, the rest can be read in the tooltip or by dragging), and the last takes the remaining room.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget

MAX_WIDTH = 360


def fit_columns(tree: QTreeWidget, max_width: int = MAX_WIDTH) -> None:
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(24)
    last = tree.columnCount() - 1
    for column in range(last):
        tree.resizeColumnToContents(column)  # the wider of the header and the items (Qt takes both)
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)

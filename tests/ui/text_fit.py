"""Which texts of a window are cut off: a widget narrower than its text, or reaching past its dock.

Used by test_window_text_fit.py on the main window in each language (toolbars, the menu bar and its
menus, the docks); each finding names the widget and its text. ``shown_texts`` lists what a user can read
(test_window_language.py compares a switched window with one built in the language).
"""
from __future__ import annotations

import collections

from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QMenuBar, QPushButton,
    QRadioButton, QTableView, QToolBar, QToolButton, QWidget,
)

SLACK = 1  # pixels of rounding


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _visible_in(widget: QWidget, container: QWidget) -> QRect:
    """The columns of ``widget`` inside ``container`` and every parent between them (container coordinates).

    Only the horizontal extent counts: a widget scrolled out of a panel's view vertically is reached by
    scrolling down, as panels are; one reaching past the right edge is cut off."""
    def columns(w: QWidget) -> QRect:
        return QRect(w.mapTo(container, QPoint(0, 0)).x(), 0, w.width(), 1)

    rect = columns(widget)
    parent = widget.parentWidget()
    while parent is not None and parent is not container:
        rect = rect.intersected(columns(parent))
        parent = parent.parentWidget()
    return rect.intersected(QRect(0, 0, container.width(), 1))


def _needed(widget: QWidget) -> int:
    """The width ``widget`` needs to show its text whole."""
    return widget.sizeHint().width()


def widget_problems(widget: QWidget, container: QWidget) -> list[str]:
    if not widget.isVisibleTo(container) or widget.width() <= 0:
        return []
    text = ""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return []
        text = widget.text()
    elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
        text = widget.text()
        if not text:
            return []
    elif isinstance(widget, QGroupBox):
        text = widget.title()
        needed = widget.fontMetrics().horizontalAdvance(_plain(text)) + 16
        if text and widget.width() + SLACK < needed:
            return [f"{_name(widget)} title {text!r}: {widget.width()} px < {needed} px"]
        return []
    elif isinstance(widget, QComboBox):
        current = widget.currentText()
        needed = widget.fontMetrics().horizontalAdvance(current) + 28
        if current and widget.width() + SLACK < needed:
            return [f"{_name(widget)} {current!r}: {widget.width()} px < {needed} px"]
        return []
    else:
        return []
    problems = []
    needed = _needed(widget)
    if widget.width() + SLACK < needed:
        problems.append(f"{_name(widget)} {text!r}: {widget.width()} px < {needed} px")
    shown = _visible_in(widget, container)
    if shown.width() + SLACK < widget.width():
        problems.append(f"{_name(widget)} {text!r}: only {shown.width()} of {widget.width()} px inside {_name(container)}")
    return problems


def table_problems(view: QTableView, rows: int = 30) -> list[str]:
    """Header texts and the words in the first ``rows`` rows that a column is too narrow for (elided)."""
    model, header = view.model(), view.horizontalHeader()
    if model is None or not view.isVisible():
        return []
    problems = []
    last = model.columnCount() - 1
    for column in range(last):  # the last section stretches
        if header.isSectionHidden(column):
            continue
        room = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        bold = header.font()
        bold.setBold(True)  # the sections of a selected row's columns are drawn bold
        arrow = 16 if header.isSortIndicatorShown() and header.sortIndicatorSection() == column else 0
        needed = QFontMetrics(bold).horizontalAdvance(title) + 12 + arrow
        if room + SLACK < needed:
            problems.append(f"table header {title!r}: {room} px < {needed} px")
        for row in range(min(rows, model.rowCount())):
            index = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            extra = view.iconSize().width() + 4 if model.data(index, Qt.ItemDataRole.DecorationRole) is not None else 0
            needed = view.fontMetrics().horizontalAdvance(text) + extra + 8
            tooltip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            if text and room + SLACK < needed and text not in tooltip:  # elided, but said whole in the tooltip
                problems.append(f"table column {title!r} cell {text!r}: {room} px < {needed} px")
                break
    return problems


def dock_problems(dock: QDockWidget) -> list[str]:
    problems = []
    title = dock.windowTitle()
    needed = dock.fontMetrics().horizontalAdvance(title) + 40  # the float and close buttons
    if dock.isVisible() and dock.width() + SLACK < needed:
        problems.append(f"dock {title!r}: {dock.width()} px < {needed} px for its title")
    content = dock.widget()
    if content is not None:
        for widget in [content, *content.findChildren(QWidget)]:
            problems += widget_problems(widget, dock)
        for view in content.findChildren(QTableView):
            problems += table_problems(view)
    return problems


def toolbar_problems(toolbar: QToolBar) -> list[str]:
    if not toolbar.isVisible():
        return []
    problems = []
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        problems.append(f"toolbar {toolbar.windowTitle()!r}: some of its actions are hidden behind »")
    for widget in toolbar.findChildren(QWidget):
        if widget is extension:
            continue
        problems += widget_problems(widget, toolbar)
    return problems


def menu_problems(menu: QMenu, screen_width: int) -> list[str]:
    problems = []
    menu.ensurePolished()
    menu.adjustSize()
    if menu.sizeHint().width() > screen_width:
        problems.append(f"menu {menu.title()!r}: {menu.sizeHint().width()} px wide, wider than the screen")
    metrics = menu.fontMetrics()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = _plain(action.text().split("\t")[0])
        room = menu.actionGeometry(action).width()
        if room + SLACK < metrics.horizontalAdvance(text):
            problems.append(f"menu {menu.title()!r} entry {text!r}: {room} px")
        if action.menu() is not None:
            problems += menu_problems(action.menu(), screen_width)
    return problems


def menubar_problems(bar: QMenuBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    right = bar.width()
    for action in bar.actions():
        geometry = bar.actionGeometry(action)
        text = _plain(action.text())
        if geometry.width() + SLACK < metrics.horizontalAdvance(text) or geometry.right() > right or geometry.isEmpty():
            problems.append(f"menu bar entry {text!r}: {geometry.width()} px at x={geometry.x()}")
        if action.menu() is not None:
            problems += menu_problems(action.menu(), 1600)
    return problems


def cut_texts(window) -> list[str]:
    """Every text of ``window`` (toolbars, menu bar and menus, docks) that is not shown whole."""
    problems = menubar_problems(window.menuBar())
    for toolbar in window.findChildren(QToolBar):
        problems += toolbar_problems(toolbar)
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible():
            problems += dock_problems(dock)
    for widget in window.statusBar().findChildren(QLabel):
        problems += widget_problems(widget, window.statusBar())
    return problems


def shown_texts(window) -> collections.Counter:
    """Every text a user can see in the window or its menus: actions, menus, docks, labels, buttons, group
    titles, placeholders, combo items, table headers (hidden widgets left out: they refresh when shown)."""
    texts = []
    for obj in [window, *window.findChildren(QObject)]:
        if isinstance(obj, QAction):
            texts += [obj.text(), obj.toolTip()]
            continue
        if not isinstance(obj, QWidget) or not (obj.isVisible() or isinstance(obj, QMenu)):
            continue
        if isinstance(obj, QMenu):
            texts.append(obj.title())
        if isinstance(obj, QDockWidget):
            texts.append(obj.windowTitle())
        if isinstance(obj, (QLabel, QAbstractButton)):
            texts.append(obj.text())
        if isinstance(obj, QGroupBox):
            texts.append(obj.title())
        if isinstance(obj, QLineEdit):
            texts.append(obj.placeholderText())
        if isinstance(obj, QComboBox):
            texts += [obj.itemText(i) for i in range(obj.count())]
        if isinstance(obj, QTableView) and obj.model() is not None:
            model = obj.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
            texts += [str(model.data(model.index(0, c)) or "") for c in range(model.columnCount())]
        if obj.toolTip():
            texts.append(obj.toolTip())
    texts.append(window.windowTitle())
    return collections.Counter(t for t in texts if t)

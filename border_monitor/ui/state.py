"""AppState: the one QObject every view listens to (napari's ViewerModel habit).

Views never talk to each other: they ask the state to change; the state emits once;
each view reads the store for what it shows. Setting a value equal to the current one
emits nothing, so a widget that pushes back a value it was just given cannot echo.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.filters import IncidentFilter
from ..domain.view_state import ViewState
from ..store.base import Change


class AppState(QObject):
    filterChanged = Signal(object)  # IncidentFilter
    selectionChanged = Signal(object, object)  # tuple[str, ...] ids, focus id or None
    dataChanged = Signal(object)  # store.base.Change, after a write

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._value = ViewState()

    # -- reading ---------------------------------------------------------------
    @property
    def value(self) -> ViewState:
        return self._value

    @property
    def filter(self) -> IncidentFilter:
        return self._value.filter

    @property
    def selection(self) -> tuple[str, ...]:
        return self._value.selection

    @property
    def focus(self) -> str | None:
        return self._value.focus

    # -- changing ----------------------------------------------------------------
    def set_filter(self, flt: IncidentFilter) -> None:
        if flt == self._value.filter:
            return
        self._value = ViewState(filter=flt, selection=self._value.selection, focus=self._value.focus)
        self.filterChanged.emit(flt)

    def update_filter(self, **changes) -> None:
        """Change some fields of the filter, e.g. ``update_filter(date_from=..., date_to=...)``."""
        self.set_filter(self._value.filter.with_changes(**changes))

    def select(self, ids, focus: str | None = None) -> None:
        new = self._value.with_selection(ids, focus)
        if (new.selection, new.focus) == (self._value.selection, self._value.focus):
            return
        self._value = new
        self.selectionChanged.emit(new.selection, new.focus)

    def notify_changed(self, change: Change) -> None:
        """Called once after a store write (by the command path)."""
        if change.any:
            self.dataChanged.emit(change)

"""AppState: the one QObject every view listens to (napari's ViewerModel habit).

It holds the open store, the filter and the selection. Views never talk to each other: they
ask the state to change; the state emits once; each view reads the store for what it shows.
Setting a value equal to the current one emits nothing, so a widget that pushes back a value
it was just given cannot echo.

A store switch is one step: the state takes the new store, resets the filter's dates and box,
clears the selection, and only then emits ``storeChanged`` (no ``filterChanged`` or
``selectionChanged`` for that switch): each view reads store, filter and selection together
and queries the new store once.

``displayZoneChanged`` tells every view that shows times (table, details, timeline) which zone to
show them in (``domain.display_zone.DisplayZone``); the View > Time zone menu sets it.

``queries`` is the views' query worker (``ui.query_worker``): the map, the table and the timeline run their
store queries there, off the UI thread, and a newer filter's query supersedes an older one's.

``dataChanged`` is emitted by ``notify_changed``, which only the write path (``ui.write_op``)
calls, once per write.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimeZone, Signal

from ..domain.display_zone import DisplayZone
from ..domain.filters import IncidentFilter
from ..store.base import Change, IncidentStore
from .query_worker import QueryWorker
from .view_state import ViewState


def system_zone() -> str:
    """The IANA name of this workstation's time zone (``UTC`` when the system names none zoneinfo knows)."""
    from zoneinfo import ZoneInfo

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace") or "UTC"
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return "UTC"
    return name


class AppState(QObject):
    filterChanged = Signal(object)  # IncidentFilter
    selectionChanged = Signal(object, object)  # tuple[str, ...] ids, focus id or None
    dataChanged = Signal(object)  # store.base.Change, after a write
    storeChanged = Signal(object)  # the new IncidentStore (or None); filter and selection already reset
    displayZoneChanged = Signal(object)  # DisplayZone: the zone times are shown in

    def __init__(self, parent: QObject | None = None, *, store: IncidentStore | None = None,
                 store_path: str | Path | None = None, workstation_zone: str | None = None):
        """``workstation_zone``: the IANA zone "this workstation's" time means (default: the system's)."""
        super().__init__(parent)
        self._value = ViewState()
        self._display_zone = DisplayZone.REPORTER
        self._workstation_zone = workstation_zone or system_zone()
        self._store = store
        self._store_path = str(store_path) if store_path else None
        self.queries = QueryWorker(self)

    # -- reading ---------------------------------------------------------------
    @property
    def value(self) -> ViewState:
        return self._value

    @property
    def store(self) -> IncidentStore | None:
        return self._store

    @property
    def store_path(self) -> str | None:
        return self._store_path

    @property
    def filter(self) -> IncidentFilter:
        return self._value.filter

    @property
    def selection(self) -> tuple[str, ...]:
        return self._value.selection

    @property
    def focus(self) -> str | None:
        return self._value.focus

    @property
    def display_zone(self) -> DisplayZone:
        return self._display_zone

    @property
    def workstation_zone(self) -> str:
        return self._workstation_zone

    # -- changing ----------------------------------------------------------------
    def set_store(self, store: IncidentStore | None, path: str | Path | None = None) -> IncidentStore | None:
        """Show another store: reset the filter's dates and box, clear the selection, emit ``storeChanged``
        once. Returns the store shown before (the caller closes it); the same store again changes nothing."""
        path = str(path) if path else None
        old = self._store
        if store is old:
            self._store_path = path or self._store_path
            return old
        self._store = store
        self._store_path = path
        flt = self._value.filter.with_changes(date_from=None, date_to=None, bbox=None)
        self._value = ViewState(filter=flt)
        self.storeChanged.emit(store)
        return old

    def adopt_store(self, store: IncidentStore | None) -> None:
        """For a view built with a store of its own (a panel on its own in a test or a tool): the state takes it
        if it holds none yet; a view cannot show a store other than the state's."""
        if store is None or store is self._store:
            return
        if self._store is not None:
            raise ValueError(f"the view was given the store {store.name!r} but the state shows {self._store.name!r}")
        self._store = store

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

    def set_display_zone(self, choice: DisplayZone | str) -> None:
        choice = DisplayZone(choice)
        if choice is self._display_zone:
            return
        self._display_zone = choice
        self.displayZoneChanged.emit(choice)

    def notify_changed(self, change: Change) -> None:
        """Announce a store write (called by ``ui.write_op`` only, once per write); an empty change says nothing."""
        if change.any:
            self.dataChanged.emit(change)

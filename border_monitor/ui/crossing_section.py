"""The details panel's "nearest crossing point" section: the nearest open crossing along the
incident's border, its state on the incident's day and now, the distance along the border line
and in a straight line; a nearer crossing that was not open is named too (geo/border_distance.py).
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..domain.errors import StoreError
from ..domain.incident import Incident
from ..geo.border_distance import BorderCrossings, CrossingDistance
from .state import AppState
from .text.distances import length_text

log = logging.getLogger(__name__)


class NearestCrossingSection(QLabel):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("nearestCrossing")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(4, 4, 4, 4)
        self._state = state
        self._crossings: BorderCrossings | None = None
        self._loaded_from = None  # the store the crossings were read from
        self.setVisible(False)

    def reference_changed(self) -> None:
        """The store's reference layers changed: read them again when next needed."""
        self._crossings = None
        self._loaded_from = None

    def _load(self) -> BorderCrossings | None:
        store = self._state.store
        if store is not self._loaded_from:
            self._loaded_from = store
            self._crossings = None
            if store is None:
                return None
            try:
                self._crossings = BorderCrossings.from_geojson(store.reference_layer("borders"),
                                                               store.reference_layer("crossing_points"))
            except (StoreError, KeyError, ValueError) as exc:
                log.warning("details: no crossing points to measure to: %s", exc)
                self._crossings = None
        return self._crossings

    def show_incident(self, incident: Incident | None) -> None:
        crossings = self._load() if incident is not None else None
        found = None
        if crossings is not None:
            border = incident.border.value if incident.border else None
            found = crossings.nearest(incident.lon, incident.lat, border=border, day=incident.local_time().date())
        if found is None:
            self.clear()
            self.setVisible(False)
            return
        title = self.tr("Nearest crossing point")  # not inside the f-string: lupdate does not read those
        parts = [f"<b>{html.escape(title)}</b><br>", self._describe(found.chosen, True)]
        if found.nearer is not None:
            parts.append("<br>" + html.escape(self.tr("Nearer, not open that day:")) + " " +
                         self._describe(found.nearer, False))
        self.setText("".join(parts))
        self.setVisible(True)

    def _status(self, status: str) -> str:
        names = {"open": self.tr("open"), "closed": self.tr("closed"), "uncertain": self.tr("uncertain"),
                 "unknown": self.tr("unknown")}
        return names.get(status, status)

    def _describe(self, c: CrossingDistance, full: bool) -> str:
        kinds = {"road": self.tr("road"), "rail": self.tr("rail")}
        head = f"{html.escape(c.name)} ({html.escape(kinds.get(c.kind, c.kind))}, {html.escape(c.border)})"
        state = self.tr("%1 on the incident's day, %2 now").replace("%1", self._status(c.status)).replace(
            "%2", self._status(c.current_status))
        along = self.tr("%1 along the border").replace("%1", length_text(c.along_border_m))
        if not full:
            return f"{head}: {html.escape(state)}; {html.escape(along)}"
        straight = self.tr("%1 in a straight line").replace("%1", length_text(c.straight_m))
        off = self.tr("%1 from the border line").replace("%1", length_text(c.offset_m))
        where = self.tr("the incident is %1").replace("%1", off)
        return (f"{head}<br>{html.escape(state)}<br><b>{html.escape(along)}</b>, {html.escape(straight)}; "
                f"{html.escape(where)}")

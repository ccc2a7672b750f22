"""The map's impact layer, Python side: the early-warning level of every sector, sent to the page.

The page draws the sectors of the reference layer in the colours of their levels (``bm-impact.js``);
this object computes the levels (``analysis.early_warning``, what ``border-monitor alerts`` prints)
while the layer is shown, and again after every write that touches incidents. Off by default in the
workstation (the layer control turns it on); the briefing window shows it from the start.

The reference time: the one set with ``set_reference`` (the briefing's), else the end of the filter's
last day when it has one, else ``ui.briefing.picture_time``'s rule (now, or the store's newest incident's
day when its data is older than a week).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from ...analysis.early_warning import EarlyWarning, UnitWarning, early_warning
from ...analysis.reference_time import ReferenceTime, parse_reference_time
from ...domain.errors import BorderMonitorError
from ..briefing.picture_time import briefing_time
from ..state import AppState
from ..text.warning_texts import reference_time_text
from .bridge import MapBridge

log = logging.getLogger(__name__)


def impact_labels() -> dict[str, str]:
    return {"layer": QCoreApplication.translate("MapPanel", "Impact level of the sectors"),
            "title": QCoreApplication.translate("MapPanel", "Impact level (early warning)"),
            "normal": QCoreApplication.translate("MapPanel", "normal"),
            "elevated": QCoreApplication.translate("MapPanel", "elevated"),
            "high": QCoreApplication.translate("MapPanel", "high"),
            "at": QCoreApplication.translate("MapPanel", "at {at}")}


def unit_detail(unit: UnitWarning) -> str:
    """One line on what a sector's level rests on: the counts of the last 24 h and 7 days against the expected."""
    locale = QLocale()
    a = unit.driving
    return QCoreApplication.translate("MapPanel", "24 h: %1 (%2 expected), 7 days: %3 (%4 expected)").replace(
        "%1", locale.toString(a.last_24h.count)).replace("%2", locale.toString(a.last_24h.expected, "f", 1)).replace(
        "%3", locale.toString(a.last_7d.count)).replace("%4", locale.toString(a.last_7d.expected, "f", 1))


class ImpactLayer(QObject):
    computed = Signal(object)  # the EarlyWarning just sent to the page (None: none could be computed)

    def __init__(self, bridge: MapBridge, state: AppState, shown: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._bridge = bridge
        self._state = state
        self._shown = bool(shown)
        self._reference: ReferenceTime | None = None
        self._seq = 0
        self.drawn_seq = 0  # the last levels the page says it coloured
        self.warning: EarlyWarning | None = None
        self.levels: dict[str, str] = {}  # sector -> level, as last sent
        bridge.toolReported.connect(self._on_tool)
        bridge.pageReady.connect(lambda _view: self._send_if_shown())
        state.dataChanged.connect(self._on_data)
        state.filterChanged.connect(lambda _flt: self._send_if_shown() if self._reference is None else None)

    # -- API -------------------------------------------------------------------------------------
    @property
    def shown(self) -> bool:
        """Whether the layer is on the map (a new page is built with it on or off as it is now)."""
        return self._shown

    def set_reference(self, at: ReferenceTime | None) -> None:
        """The time the levels are for (None: the default rule above); sent again if the layer is shown."""
        self._reference = at
        self._send_if_shown()

    def fit_border(self, border: str | None) -> None:
        """Show the sectors of one border ("LT-BY") or of every border (None) whole on the map."""
        self._bridge.send("fitBorder", border=border)

    def reference(self) -> ReferenceTime | None:
        if self._reference is not None:
            return self._reference
        store = self._state.store
        if store is None:
            return None
        flt = self._state.filter
        if flt.date_to is not None:
            return parse_reference_time(flt.date_to.isoformat())
        return briefing_time(store).reference

    def send(self) -> None:
        """Compute the levels now and send them to the page."""
        self._seq += 1
        store, at = self._state.store, self.reference()
        warning = None
        if store is not None and at is not None:
            try:
                warning = early_warning(store, at)
            except (BorderMonitorError, KeyError, ValueError) as exc:
                log.warning("map: no impact levels for %s: %s", store.name, exc)
        self.warning = warning
        units = warning.sectors if warning is not None else []
        self.levels = {u.name: u.level.value for u in units}
        self._bridge.send("impact", seq=self._seq, at=reference_time_text(at) if warning is not None else "",
                          levels=self.levels, details={u.name: unit_detail(u) for u in units})
        self.computed.emit(warning)

    # -- events ----------------------------------------------------------------------------------
    def _send_if_shown(self) -> None:
        if self._shown:
            self.send()

    @property
    def is_drawn(self) -> bool:
        """The page has coloured the last levels sent (or none were sent)."""
        return self.drawn_seq == self._seq

    def _on_tool(self, name: str, msg: dict) -> None:
        if name == "impactDrawn":
            self.drawn_seq = int(msg.get("seq") or 0)
            return
        if name != "impact":
            return
        on = bool(msg.get("on"))
        if on != self._shown:
            self._shown = on
            self._send_if_shown()

    def _on_data(self, change) -> None:
        if change.touches_incidents:
            self._send_if_shown()

"""The details panel: every field of the focus incident, and its history (the audit log) below."""
from __future__ import annotations

import html
import logging
from datetime import timezone

from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ..domain.display_zone import DisplayZone, zone_name
from ..domain.errors import StoreError
from ..domain.incident import Incident
from ..store.base import Change, IncidentStore
from .attachments_section import AttachmentsSection
from .retranslate import refresh_on_language_change
from .text.nationality_texts import nationality_label
from .crossing_section import NearestCrossingSection
from .editing.history import HistoryView
from .text.formats import datetime_text
from .text.labels import country_label, status_label, type_label
from .text.zone_texts import shown_time, time_header
from .state import AppState
from .failure_text import failure_text

log = logging.getLogger(__name__)


def _utc_text(value) -> str:
    if value is None:
        return ""
    return datetime_text(value.astimezone(timezone.utc), long=True) + " UTC"


class DetailsPanel(QWidget):
    def __init__(self, store: IncidentStore | None, state: AppState, parent: QWidget | None = None):
        """``store``: None to show the state's store; a panel built on its own may bring one (the state takes it)."""
        super().__init__(parent)
        self.setObjectName("DetailsPanel")
        state.adopt_store(store)
        self._state = state
        self._shown: Incident | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.history = HistoryView(None, state, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.crossing = NearestCrossingSection(state, self)  # nearest crossing point and distance along the border
        self.attachments = AttachmentsSection(state, self)  # photos and documents of the incident
        splitter.addWidget(self.browser)
        splitter.addWidget(self.crossing)
        splitter.addWidget(self.attachments)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setStretchFactor(3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)
        state.selectionChanged.connect(self._selection_changed)
        state.dataChanged.connect(self._data_changed)
        state.displayZoneChanged.connect(lambda _zone: self._selection_changed(state.selection, state.focus))
        state.storeChanged.connect(lambda _store: self._selection_changed(state.selection, state.focus))
        self._selection_changed(state.selection, state.focus)
        # a language switch: the incident's text again, in the new words and formats
        refresh_on_language_change(self, lambda: self._selection_changed(state.selection, state.focus))

    @property
    def _store(self) -> IncidentStore | None:
        return self._state.store

    @property
    def incident(self) -> Incident | None:
        return self._shown

    def _data_changed(self, change: Change) -> None:
        if change.reference:
            self.crossing.reference_changed()
        if not change.touches_incidents or self._shown is None:
            return
        if str(self._shown.id) in {str(i) for i in change.incidents}:
            self._selection_changed(self._state.selection, self._state.focus)

    def _selection_changed(self, ids: tuple, focus: str | None) -> None:
        self._shown = None
        self.crossing.show_incident(None)
        self.history.setVisible(bool(focus) and self._store is not None)  # its own "none" line would repeat ours
        if not focus or self._store is None:
            none = self.tr("No incident selected.")  # not inside the f-string: lupdate does not read those
            self.browser.setHtml(f"<p><i>{html.escape(none)}</i></p>")
            return
        try:
            incident = self._store.get(focus)
        except (StoreError, KeyError) as exc:
            self.browser.setHtml(f"<p>{html.escape(failure_text(exc, worded=True))}</p>")
            return
        self._shown = incident
        self.browser.setHtml(self.render(incident, len(ids)))
        self.crossing.show_incident(incident)

    def render(self, incident: Incident, selected: int) -> str:
        locale = QLocale()
        choice, workstation = self._state.display_zone, self._state.workstation_zone
        reporter = incident.country.timezone
        times = [(time_header(choice, workstation), html.escape(
            f"{shown_time(incident.occurred_at, reporter, choice, workstation, long=True)}"
            f" ({zone_name(choice, reporter, workstation)})"))]
        if choice is not DisplayZone.REPORTER:
            times.append((time_header(DisplayZone.REPORTER, workstation), html.escape(
                f"{shown_time(incident.occurred_at, reporter, DisplayZone.REPORTER, workstation, long=True)}"
                f" ({reporter})")))
        if choice is not DisplayZone.UTC:
            times.append((self.tr("Time (UTC)"), html.escape(_utc_text(incident.occurred_at))))
        nationalities = ", ".join(
            f"{html.escape(nationality_label(n.code))} ({n.code}{': ' + locale.toString(n.count) if n.count is not None else ''})"
            for n in incident.nationalities)
        distance = ("" if incident.distance_to_border_m is None
                    else self.tr("%1 km").replace("%1", locale.toString(incident.distance_to_border_m / 1000, "f", 2)))
        side = "" if incident.side is None else incident.side.value
        rows = [
            *times,
            (self.tr("Country"), html.escape(country_label(incident.country))),
            (self.tr("Border"), html.escape(incident.border.value if incident.border else "")),
            (self.tr("Sector"), html.escape(incident.sector or "")),
            (self.tr("Type"), html.escape(type_label(incident.type))),
            (self.tr("Status"), html.escape(status_label(incident.status))),
            (self.tr("Persons"), locale.toString(incident.persons)),
            (self.tr("Nationalities"), nationalities),
            (self.tr("Position"), f"{incident.lat:.5f}, {incident.lon:.5f}"),
            (self.tr("Distance to border"), html.escape(distance)),
            (self.tr("Side"), html.escape(side)),
            (self.tr("In border zone"), "" if incident.in_zone is None
             else (self.tr("yes") if incident.in_zone else self.tr("no"))),
            (self.tr("Source"), html.escape(incident.source)),
            (self.tr("Description"), html.escape(incident.description).replace("\n", "<br>")),
            (self.tr("Revision"), str(incident.revision)),
            (self.tr("Created"), html.escape(f"{_utc_text(incident.created_at)} {incident.created_by}".strip())),
            (self.tr("Updated"), html.escape(f"{_utc_text(incident.updated_at)} {incident.updated_by}".strip())),
            (self.tr("Origin"), html.escape(incident.origin)),
            (self.tr("Id"), str(incident.id)),
        ]
        parts = []
        if selected > 1:
            parts.append("<p><b>" + html.escape(self.tr("%1 incidents selected; showing the last one.").replace(
                "%1", locale.toString(selected))) + "</b></p>")
        if incident.deleted:
            parts.append("<p><b>" + html.escape(self.tr("This incident is deleted.")) + "</b></p>")
        parts.append("<table cellspacing='2'>")
        for label, value in rows:
            parts.append(f"<tr><td valign='top'><b>{html.escape(label)}</b></td><td>{value}</td></tr>")
        parts.append("</table>")
        return "".join(parts)

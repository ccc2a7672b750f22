"""The one object the map page and Python share over QWebChannel (Anki's webview habit).

Python -> page: ``send(op, **fields)`` emits ``command`` with a JSON message. Until the page
has called ``ready`` the messages wait in a queue; a newer message of a replacing kind
(new incidents, a new view, a new box) takes the place of the older one, so the page never
draws stale data on start-up.

Page -> Python: the slots below, re-emitted as Qt signals for the panel.
"""
from __future__ import annotations

import json
import logging
import re
import time

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

# Queued messages of these kinds replace an older queued one of the same kind.
SENT_KEPT = 64
_SEQ = re.compile(r'"seq":(\d+)')

REPLACING_OPS = frozenset({"incidents", "setView", "bbox", "selection", "focus", "impact", "fitBorder"})


class MapBridge(QObject):
    # to the page (the page connects to it)
    command = Signal(str)

    # to the panel
    pageReady = Signal(dict)  # the page's view when it became ready
    drawnReported = Signal(int, int)  # update sequence number, features drawn
    cursorReported = Signal(float, float)  # lon, lat
    viewReported = Signal(dict)  # lat, lon, zoom, west, south, east, north, width, height
    incidentClicked = Signal(int, int)  # update sequence number, index in that update
    boxDrawn = Signal(float, float, float, float)  # west, south, east, north
    boxCleared = Signal()
    contextReported = Signal(float, float)  # lon, lat
    markerDropped = Signal(str, float, float)  # incident id, lon, lat of the moved incident's handle
    toolReported = Signal(str, dict)  # a map tool's message (measuring, grids: ui/map/tools.py), its JSON
    timingReported = Signal(dict)  # how long the page took over an incidents update (ms; ``timing`` below)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ready = False
        self._queue: list[tuple[str, str]] = []
        self.bytes_sent = 0
        self.sent_at: dict[int, float] = {}  # incidents seq -> when it was handed to the channel (epoch ms)

    @property
    def is_ready(self) -> bool:
        return self._ready

    def reset(self) -> None:
        """The page is (re)loading: queue until it says ready again."""
        self._ready = False
        self._queue.clear()

    def send(self, op: str, **fields) -> None:
        self.send_json(op, json.dumps({"op": op, **fields}, separators=(",", ":")))

    def send_json(self, op: str, text: str) -> None:
        """Send a message already encoded as JSON (its ``op`` field must be ``op``)."""
        if self._ready:
            self.bytes_sent += len(text)
            if op == "incidents":
                self._stamp(text)
            self.command.emit(text)
            return
        if op in REPLACING_OPS:
            self._queue = [(o, t) for o, t in self._queue if o != op]
        self._queue.append((op, text))

    def _stamp(self, text: str) -> None:
        seq = _seq_of(text)
        if seq is not None:
            self.sent_at[seq] = time.time() * 1000.0
            while len(self.sent_at) > SENT_KEPT:
                del self.sent_at[next(iter(self.sent_at))]

    # -- slots the page calls -------------------------------------------------
    @Slot(str)
    def ready(self, view_json: str) -> None:
        self._ready = True
        queued, self._queue = self._queue, []
        for op, text in queued:
            self.send_json(op, text)
        self.pageReady.emit(_load(view_json))

    @Slot(int, int)
    def drawn(self, seq: int, count: int) -> None:
        self.drawnReported.emit(int(seq), int(count))

    @Slot(str)
    def timing(self, timing_json: str) -> None:
        """The page's figures for an incidents update: ``received`` (epoch ms), ``decode``, ``incidents`` (the
        canvas redraw), ``heat`` (the heat layer fed), ``frame`` (to the next animation frame), ``painted`` (to
        the task after that frame's paint), in ms; ``transfer`` (sent by Python to received) is added here."""
        timing = _load(timing_json)
        sent = self.sent_at.get(timing.get("seq"))
        if sent is not None and "received" in timing:
            timing["transfer"] = timing["received"] - sent
        self.timingReported.emit(timing)

    @Slot(float, float)
    def cursor(self, lon: float, lat: float) -> None:
        self.cursorReported.emit(float(lon), float(lat))

    @Slot(str)
    def view(self, view_json: str) -> None:
        self.viewReported.emit(_load(view_json))

    @Slot(int, int)
    def clicked(self, seq: int, index: int) -> None:
        self.incidentClicked.emit(int(seq), int(index))

    @Slot(float, float, float, float)
    def box(self, west: float, south: float, east: float, north: float) -> None:
        self.boxDrawn.emit(float(west), float(south), float(east), float(north))

    @Slot()
    def clearBox(self) -> None:  # noqa: N802 (name seen by the page)
        self.boxCleared.emit()

    @Slot(float, float)
    def context(self, lon: float, lat: float) -> None:
        self.contextReported.emit(float(lon), float(lat))

    @Slot(str, float, float)
    def moved(self, incident_id: str, lon: float, lat: float) -> None:
        self.markerDropped.emit(str(incident_id), float(lon), float(lat))

    @Slot(str, str)
    def tool(self, name: str, payload_json: str) -> None:
        self.toolReported.emit(str(name), _load(payload_json))


def _load(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        log.warning("map page sent an unreadable view: %.80s", text)
        return {}
    return value if isinstance(value, dict) else {}


def _seq_of(text: str) -> int | None:
    match = _SEQ.search(text, 0, 200)
    return int(match.group(1)) if match else None

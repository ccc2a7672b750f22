"""Cursor-on-Target events read back: checked like KML (no DTD, no entity), then parsed.

``parse_event(data, where)`` gives a ``CotEvent`` or raises ``CotError`` (a sentence naming where
the event came from and what is wrong). ``event_incident`` turns an event into the incident it
reports, or says why it is skipped (outside the monitored region, a type we do not map, a value
the model refuses).
"""
from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime

from ..domain.errors import BorderMonitorError, ValidationError
from ..domain.incident import REGION_BBOX, Incident, to_utc
from ..domain.taxonomy import Country, IncidentType, Status
from ..io.errors import UnreadableFileError, UnsafeFileError
from ..io.xml_safety import check_xml_bytes
from .cot_out import NAMESPACE, UID_PREFIX, UNKNOWN
from .cot_types import DELETE_TYPE, incident_type_for

# Incident ids of events that are not ours: a name-based UUID of the CoT uid, the same on every store.
FOREIGN_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:border-monitor:cot-uid")
_OURS = f"{{{NAMESPACE}}}incident"


class CotError(BorderMonitorError):
    """An event that cannot be read at all; the message names where it came from."""


@dataclass(frozen=True)
class CotEvent:
    uid: str
    type: str
    time: datetime
    start: datetime
    stale: datetime | None
    lat: float
    lon: float
    ce: float | None
    callsign: str
    remarks: str
    ours: dict  # the attributes of <bm:incident>, empty for a foreign event
    link_uid: str | None  # <link uid=...>: what a t-x-d-d deletes

    @property
    def is_delete(self) -> bool:
        return self.type == DELETE_TYPE

    @property
    def moment(self) -> datetime:
        """When this version of the report was made: the event's time, or the ``updated`` stamp our own
        events carry when it is later (their ``time`` is when the incident occurred)."""
        updated = self.ours.get("updated")
        if updated:
            try:
                return max(self.time, to_utc(updated, "updated"))
            except ValidationError:
                pass
        return self.time


def parse_event(data: bytes, where: str) -> CotEvent:
    """One ``<event>`` (bytes as received). DTDs and entities are refused before any parsing."""
    try:
        check_xml_bytes(where, data)
    except UnsafeFileError:
        raise CotError(f"{where}: refused: the event declares a document type or an entity; CoT never needs one, "
                       "and it can hide an entity-expansion bomb or a reference to a file on this computer") from None
    except UnreadableFileError as exc:
        raise CotError(f"{where}: {exc.problem}") from None
    root = ET.fromstring(data)  # safe now: no DTD, hence no entity to expand
    if root.tag != "event":
        raise CotError(f"{where}: is not a CoT event (its root element is <{root.tag}>)")
    uid, kind = root.get("uid"), root.get("type")
    if not uid or not kind:
        raise CotError(f"{where}: the event has no {'uid' if not uid else 'type'}")
    time = _time(root, "time", where, uid)
    start = _time(root, "start", where, uid) if root.get("start") else time
    stale = _time(root, "stale", where, uid) if root.get("stale") else None
    point = root.find("point")
    lat = lon = 0.0
    ce = None
    if point is not None:
        lat, lon = _number(point, "lat", where, uid), _number(point, "lon", where, uid)
        if point.get("ce"):
            ce = _number(point, "ce", where, uid)
            ce = None if ce >= UNKNOWN else ce
    elif kind != DELETE_TYPE:
        raise CotError(f"{where}: the event {uid} has no <point>")
    detail = root.find("detail")
    callsign = remarks = ""
    ours: dict = {}
    link_uid = None
    if detail is not None:
        contact = detail.find("contact")
        callsign = (contact.get("callsign") or "") if contact is not None else ""
        remarks = detail.findtext("remarks") or ""
        link = detail.find("link")
        link_uid = link.get("uid") if link is not None else None
        element = detail.find(_OURS)
        ours = dict(element.attrib) if element is not None else {}
    return CotEvent(uid=uid, type=kind, time=time, start=start, stale=stale, lat=lat, lon=lon, ce=ce,
                    callsign=callsign, remarks=remarks, ours=ours, link_uid=link_uid)


def incident_id(cot_uid: str) -> uuid.UUID:
    """The incident id of a CoT uid: our own uid gives back its incident's id, any other a uuid5 of it."""
    if cot_uid.startswith(UID_PREFIX):
        try:
            return uuid.UUID(cot_uid[len(UID_PREFIX):])
        except ValueError:
            pass
    return uuid.uuid5(FOREIGN_NAMESPACE, cot_uid)


class Skipped(Exception):
    """An event that reports no incident we keep; ``reason`` is one of ``REASONS``."""

    REASONS = ("outside", "unmapped", "invalid")

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def event_incident(event: CotEvent, region=REGION_BBOX, now: datetime | None = None) -> Incident:
    """The incident an event reports (status "reported", source its callsign, or the source our own
    ``<bm:incident>`` carries), or ``Skipped``."""
    minx, miny, maxx, maxy = region
    if not (minx <= event.lon <= maxx and miny <= event.lat <= maxy):
        raise Skipped("outside", f"event {event.uid} at {event.lat:.5f}, {event.lon:.5f} is outside the monitored region")
    ours = event.ours
    incident_type = None
    if ours.get("type"):
        try:
            incident_type = IncidentType.parse(ours["type"], "type")
        except ValidationError:
            incident_type = None
    if incident_type is None:
        incident_type = incident_type_for(event.type)
    if incident_type is None:
        raise Skipped("unmapped", f"event {event.uid} has the type {event.type}, which maps to no incident type")
    try:
        country = Country.parse(ours["country"], "country") if ours.get("country") else _nearest_country(event)
        persons = int(ours.get("persons") or 0)
        return Incident(
            id=incident_id(event.uid), occurred_at=event.start, country=country, type=incident_type,
            lon=event.lon, lat=event.lat, persons=persons, nationalities=ours.get("nationalities", ""),
            description=event.remarks, source=ours["source"] if "source" in ours else event.callsign,
            status=Status.REPORTED,
        )
    except (ValidationError, ValueError, OverflowError) as exc:
        raise Skipped("invalid", f"event {event.uid}: {exc}") from None


def _nearest_country(event: CotEvent) -> Country:
    """A foreign event names no reporting service: the country of the nearest border line."""
    from ..geo.enrich import enrich_one

    border = enrich_one(event.lon, event.lat)["border"]
    return Country(str(border.value if hasattr(border, "value") else border).split("-")[0])


def _time(element, name: str, where: str, uid: str) -> datetime:
    try:
        return to_utc(element.get(name) or "", name)
    except ValidationError:
        raise CotError(f"{where}: the event {uid} has {name}={element.get(name)!r}, not an ISO 8601 time in UTC") from None


def _number(element, name: str, where: str, uid: str) -> float:
    try:
        value = float(element.get(name) or "")
    except ValueError:
        raise CotError(f"{where}: the event {uid} has {name}={element.get(name)!r}, not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise CotError(f"{where}: the event {uid} has {name}={element.get(name)!r}, not a finite number")
    return value

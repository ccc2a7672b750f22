"""Incidents as Cursor-on-Target events (XML built with ``xml.etree``, never pasted together).

One incident is one event::

    <event version="2.0" uid="border-monitor.<incident id>" type="b-m-p-s-m" how="h-e"
           time="<occurred_at>" start="<occurred_at>" stale="<now + stale>">
      <point lat=".." lon=".." hae="9999999.0" ce="9999999.0" le="9999999.0"/>
      <detail>
        <contact callsign="<reporting unit>"/>
        <remarks>description</remarks>
        <link uid="border-monitor.<id>" relation="p-p" type="b-m-p-s-m" url="border-monitor:incident/<id>"/>
        <bm:incident xmlns:bm="urn:border-monitor:cot:1" id=".." type="apprehension" country="LT"
                     persons="3" nationalities="IRQ:2,SYR:1" status="reported" sector=".." border=".."
                     occurred="..Z" updated="..Z" revision="4"/>
      </detail>
    </event>

The uid is stable (the incident's id), so an edit replaces the marker on every TAK client and a
delete sends ``t-x-d-d`` naming the same uid. ``time`` and ``start`` are when the incident occurred
(the brief's rule; the moment this version was written travels as ``bm:incident/@updated``);
``stale`` is ``now + stale`` (default 24 hours: a report stays on the map for a day and a shift
beyond, then the TAK clients grey it out unless ``--follow`` refreshes it). Incidents carry no
position accuracy, so ``ce`` is unknown (9999999, as CoT spells unknown), as are ``hae`` and ``le``.
"""
from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ..domain.incident import Incident
from ..domain.nationality import format_nationalities
from .cot_types import DELETE_TYPE, Affiliation, cot_type

UID_PREFIX = "border-monitor."
NAMESPACE = "urn:border-monitor:cot:1"
UNKNOWN = 9999999.0
DEFAULT_STALE = timedelta(hours=24)
HOW = "h-e"  # human, estimated: a person reported the position

ET.register_namespace("bm", NAMESPACE)


@dataclass(frozen=True)
class CotPolicy:
    """How incidents are sent: the affiliation of atoms, how long a marker stays fresh, the
    callsign when an incident names no reporting unit."""

    affiliation: Affiliation = Affiliation.UNKNOWN
    stale: timedelta = DEFAULT_STALE
    callsign: str = "Border Monitor"

    def __post_init__(self) -> None:
        object.__setattr__(self, "affiliation", Affiliation.parse(self.affiliation))
        if self.stale <= timedelta(0):
            from ..domain.errors import ValidationError

            raise ValidationError("stale", self.stale, "must be more than zero")


def event_uid(incident_id) -> str:
    return f"{UID_PREFIX}{uuid.UUID(str(incident_id))}"


def cot_time(moment: datetime) -> str:
    """``2021-08-01T12:00:00.000Z`` (UTC, milliseconds), as every TAK implementation reads."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + \
        f"{moment.astimezone(timezone.utc).microsecond // 1000:03d}Z"


def incident_event(incident: Incident, policy: CotPolicy = CotPolicy(), now: datetime | None = None) -> ET.Element:
    """The CoT event of one incident."""
    now = now or datetime.now(timezone.utc)
    kind = cot_type(incident.type, policy.affiliation)
    uid = event_uid(incident.id)
    occurred = cot_time(incident.occurred_at)
    event = ET.Element("event", {
        "version": "2.0", "uid": uid, "type": kind, "how": HOW,
        "time": occurred, "start": occurred, "stale": cot_time(now + policy.stale),
    })
    ET.SubElement(event, "point", {
        "lat": repr(float(incident.lat)), "lon": repr(float(incident.lon)),
        "hae": f"{UNKNOWN:.1f}", "ce": f"{UNKNOWN:.1f}", "le": f"{UNKNOWN:.1f}",
    })
    detail = ET.SubElement(event, "detail")
    ET.SubElement(detail, "contact", {"callsign": incident.source or f"{policy.callsign} {incident.country.value}"})
    ET.SubElement(detail, "remarks").text = incident.description
    ET.SubElement(detail, "link", {"uid": uid, "relation": "p-p", "type": kind,
                                   "url": f"border-monitor:incident/{incident.id}"})
    ours = {
        "id": str(incident.id), "type": incident.type.value, "country": incident.country.value,
        "persons": str(incident.persons), "nationalities": format_nationalities(incident.nationalities),
        "status": incident.status.value, "source": incident.source, "occurred": occurred,
        "revision": str(incident.revision),
    }
    if incident.updated_at is not None:
        ours["updated"] = cot_time(incident.updated_at)
    if incident.sector:
        ours["sector"] = incident.sector
    if incident.border is not None:
        ours["border"] = incident.border.value
    ET.SubElement(detail, f"{{{NAMESPACE}}}incident", ours)
    return event


def delete_event(incident_id, now: datetime | None = None, stale: timedelta = timedelta(minutes=5)) -> ET.Element:
    """``t-x-d-d``: every TAK client removes the event whose uid the ``<link>`` names."""
    now = now or datetime.now(timezone.utc)
    uid = event_uid(incident_id)
    event = ET.Element("event", {
        "version": "2.0", "uid": f"{uid}.delete", "type": DELETE_TYPE, "how": "h-g-i-g-o",
        "time": cot_time(now), "start": cot_time(now), "stale": cot_time(now + stale),
    })
    ET.SubElement(event, "point", {"lat": "0.0", "lon": "0.0", "hae": f"{UNKNOWN:.1f}",
                                   "ce": f"{UNKNOWN:.1f}", "le": f"{UNKNOWN:.1f}"})
    detail = ET.SubElement(event, "detail")
    ET.SubElement(detail, "link", {"uid": uid, "relation": "none", "type": "none"})
    ET.SubElement(detail, "__forcedelete")
    return event


def to_bytes(event: ET.Element) -> bytes:
    """One event as UTF-8 XML, without a declaration (events travel back to back on a stream)."""
    return ET.tostring(event, encoding="utf-8", xml_declaration=False)


def incident_bytes(incident: Incident, policy: CotPolicy = CotPolicy(), now: datetime | None = None) -> bytes:
    return to_bytes(incident_event(incident, policy, now))


def delete_bytes(incident_id, now: datetime | None = None) -> bytes:
    return to_bytes(delete_event(incident_id, now))

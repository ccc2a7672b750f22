"""CoT out and in: the type table covers every incident type, an event carries what the brief lists and
reads back to the same incident, DTDs and entities are refused, a TCP stream is cut into events with a
bounded buffer."""
from __future__ import annotations

import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone

import pytest

from border_monitor.domain import Incident
from border_monitor.domain.taxonomy import IncidentType, Status
from border_monitor.tak.cot_in import CotError, Skipped, event_incident, incident_id, parse_event
from border_monitor.tak.cot_out import (CotPolicy, cot_time, delete_bytes, event_uid, incident_bytes,
                                        incident_event)
from border_monitor.tak.cot_types import OUT_TYPES, Affiliation, cot_type, incident_type_for
from border_monitor.tak.stream import EventSplitter

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
BM = "{urn:border-monitor:cot:1}incident"


def make_incident(**changes) -> Incident:
    values = dict(occurred_at="2021-08-03T21:15:00.123Z", country="LT", type="apprehension", lon=25.61234567,
                  lat=54.43219876, persons=5, nationalities="IRQ:3,SYR:2",
                  description='Group of 5 near Medininkai; "asked for asylum" & <left>',
                  source="VSAT Vilnius frontier district", status="verified",
                  id=uuid.UUID("5b1f6a52-3c1e-4a51-9d0b-1b7a0f3f0c11"))
    values.update(changes)
    return Incident(**values)


def foreign(uid="ANDROID-1.m", kind="a-h-A-M-F-Q", lat=54.5, lon=25.6, time="2026-11-30T10:00:00Z",
            extra=b"") -> bytes:
    return (f'<event version="2.0" uid="{uid}" type="{kind}" how="h-g-i-g-o" time="{time}" start="{time}" '
            f'stale="2026-12-01T10:00:00Z"><point lat="{lat}" lon="{lon}" hae="0" ce="12.5" le="10"/>'
            f'<detail><contact callsign="PATROL-7"/><remarks>drone over the road</remarks></detail></event>'
            ).encode() + extra


def test_every_incident_type_has_a_cot_type_and_air_tracks_take_the_affiliation():
    assert set(OUT_TYPES) == set(IncidentType)
    assert cot_type(IncidentType.AIRSPACE) == "a-u-A"
    assert cot_type(IncidentType.AIRSPACE, Affiliation.parse("hostile")) == "a-h-A"
    assert cot_type(IncidentType.MILITARY_ACTIVITY, "suspect") == "a-s-G-U"
    assert cot_type(IncidentType.APPREHENSION, "hostile") == "b-m-p-s-m"  # markers have no affiliation
    with pytest.raises(Exception, match="affiliation"):
        Affiliation.parse("enemy")


def test_foreign_types_map_back_or_are_unmapped():
    assert incident_type_for("a-h-A-M-F-Q") is IncidentType.AIRSPACE
    assert incident_type_for("a-u-A") is IncidentType.AIRSPACE
    assert incident_type_for("a-h-G-U-C-I") is IncidentType.MILITARY_ACTIVITY
    assert incident_type_for("a-u-G") is IncidentType.OTHER
    assert incident_type_for("b-m-p-s-m") is IncidentType.OTHER
    assert incident_type_for("b-r-f-h-c") is IncidentType.HUMANITARIAN
    assert incident_type_for("u-d-f") is None
    assert incident_type_for("a-f-G-U-C") is IncidentType.MILITARY_ACTIVITY
    assert incident_type_for("b-t-f") is None  # a chat message


def test_event_carries_uid_type_times_point_and_detail():
    incident = make_incident(sector="Medininkai", border="LT-BY")
    event = incident_event(incident, CotPolicy(stale=timedelta(hours=6)), now=NOW)
    assert event.tag == "event"
    assert event.get("uid") == "border-monitor.5b1f6a52-3c1e-4a51-9d0b-1b7a0f3f0c11"
    assert event.get("type") == "b-m-p-s-m" and event.get("how") == "h-e"
    assert event.get("time") == event.get("start") == "2021-08-03T21:15:00.123Z"
    assert event.get("stale") == "2026-11-30T18:00:00.000Z"
    point = event.find("point")
    assert float(point.get("lat")) == incident.lat and float(point.get("lon")) == incident.lon
    assert float(point.get("ce")) == float(point.get("le")) == float(point.get("hae")) == 9999999.0
    detail = event.find("detail")
    assert detail.find("contact").get("callsign") == "VSAT Vilnius frontier district"
    assert detail.findtext("remarks") == incident.description
    assert detail.find("link").get("uid") == event.get("uid")
    assert detail.find("link").get("url") == f"border-monitor:incident/{incident.id}"
    ours = detail.find(BM)
    assert ours.get("type") == "apprehension" and ours.get("persons") == "5"
    assert ours.get("nationalities") == "IRQ:3,SYR:2" and ours.get("sector") == "Medininkai"
    assert ours.get("border") == "LT-BY"


def test_airspace_incident_is_an_unknown_air_track_by_default():
    event = incident_event(make_incident(type="airspace", persons=0, nationalities=""), now=NOW)
    assert event.get("type") == "a-u-A"
    assert incident_event(make_incident(type="airspace", persons=0, nationalities=""),
                          CotPolicy(affiliation="hostile"), now=NOW).get("type") == "a-h-A"


def test_event_bytes_read_back_to_the_same_incident():
    incident = make_incident()
    event = parse_event(incident_bytes(incident, now=NOW), "test")
    assert event.uid == event_uid(incident.id) and event.ce is None
    back = event_incident(event)
    for name in ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
                 "source"):
        assert getattr(back, name) == getattr(incident, name), name
    assert back.status is Status.REPORTED  # ingested reports start as reported, whatever the sender's status


def test_no_source_gives_a_callsign_but_reads_back_empty():
    incident = make_incident(source="")
    data = incident_bytes(incident, now=NOW)
    assert ET.fromstring(data).find("detail/contact").get("callsign") == "Border Monitor LT"
    assert event_incident(parse_event(data, "test")).source == ""


def test_foreign_event_becomes_a_reported_incident_named_by_its_callsign():
    event = parse_event(foreign(), "test")
    assert event.ce == 12.5
    incident = event_incident(event)
    assert incident.type is IncidentType.AIRSPACE and incident.status is Status.REPORTED
    assert incident.source == "PATROL-7" and incident.description == "drone over the road"
    assert incident.country.value == "LT"  # nearest border line to 54.5N 25.6E is LT-BY
    assert incident.id == incident_id("ANDROID-1.m") == uuid.uuid5(incident_id.__globals__["FOREIGN_NAMESPACE"],
                                                                   "ANDROID-1.m")
    assert incident.occurred_at == datetime(2026, 11, 30, 10, tzinfo=timezone.utc)


def test_outside_region_unmapped_and_invalid_events_are_skipped_with_a_reason():
    with pytest.raises(Skipped) as outside:
        event_incident(parse_event(foreign(lat=40.0), "t"))
    assert outside.value.reason == "outside"
    with pytest.raises(Skipped) as unmapped:
        event_incident(parse_event(foreign(kind="u-d-f"), "t"))
    assert unmapped.value.reason == "unmapped"
    future = (datetime.now(timezone.utc) + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with pytest.raises(Skipped) as invalid:
        event_incident(parse_event(foreign(time=future), "t"))
    assert invalid.value.reason == "invalid" and "future" in str(invalid.value)


def test_delete_event_names_the_incident_uid():
    incident = make_incident()
    event = parse_event(delete_bytes(incident.id, now=NOW), "t")
    assert event.is_delete and event.type == "t-x-d-d"
    assert event.link_uid == event_uid(incident.id)
    assert incident_id(event.link_uid) == incident.id


@pytest.mark.parametrize("payload", [
    b'<!DOCTYPE event [<!ENTITY x "boom">]>' + foreign().replace(b"drone over the road", b"&x;"),
    b'<!DOCTYPE event SYSTEM "file:///etc/passwd">' + foreign(),
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    + foreign().replace(b"drone over the road", b"&lol2;"),
    foreign().replace(b"<event", b"<!ENTITY x SYSTEM 'http://example.org/'><event", 1),
])
def test_dtd_and_entities_are_refused_before_parsing(payload):
    with pytest.raises(CotError, match="refused: the event declares a document type or an entity"):
        parse_event(payload, "an event from tcp://x:1")


def test_undefined_entity_and_broken_xml_are_sentences():
    with pytest.raises(CotError, match="an event from s: .*line 1"):
        parse_event(foreign().replace(b"drone", b"&x;"), "an event from s")
    with pytest.raises(CotError, match="not well-formed|truncated"):
        parse_event(foreign()[:-10], "s")
    with pytest.raises(CotError, match="not an ISO 8601 time"):
        parse_event(foreign(time="yesterday"), "s")
    with pytest.raises(CotError, match="root element is <kml>"):
        parse_event(b"<kml/>", "s")


def test_splitter_cuts_events_across_any_chunk_boundary_keeping_each_prolog():
    stream = b'<?xml version="1.0" encoding="UTF-8"?>\n' + foreign("a") + b"\n" + \
        b'<?xml version="1.0"?>' + foreign("b") + foreign("c")
    whole = EventSplitter().feed(stream)
    assert [ET.fromstring(e).get("uid") for e in whole] == ["a", "b", "c"]
    splitter = EventSplitter()
    pieces = [e for k in range(len(stream)) for e in splitter.feed(stream[k:k + 1])]
    assert pieces == whole and splitter.pending < 16
    assert whole[1].startswith(b'<?xml version="1.0"?><event')


def test_a_dtd_in_front_of_an_event_on_a_stream_reaches_the_xml_check():
    stream = foreign("a") + b'\n<!DOCTYPE event [<!ENTITY x "boom">]>' + foreign("b").replace(b"drone", b"&x;")
    first, second = EventSplitter().feed(stream)
    assert parse_event(first, "s").uid == "a"
    with pytest.raises(CotError, match="declares a document type or an entity"):
        parse_event(second, "s")


def test_splitter_refuses_an_event_over_the_limit_and_keeps_reading():
    huge = foreign("big").replace(b"drone over the road", b"x" * 5000)
    splitter = EventSplitter(max_event_bytes=2000)
    out = []
    for k in range(0, len(huge) + 3000, 700):
        chunk = (huge + foreign("after"))[k:k + 700]
        out.extend(splitter.feed(chunk))
        assert splitter.pending <= 2000 + 700
    assert splitter.refused == 1
    assert [ET.fromstring(e).get("uid") for e in out] == ["after"]


def test_cot_time_is_utc_with_milliseconds():
    assert cot_time(datetime(2021, 8, 1, 15, 0, 0, 5000, tzinfo=timezone(timedelta(hours=3)))) == \
        "2021-08-01T12:00:00.005Z"


def test_tak_package_imports_without_qt():
    code = ("import sys, importlib, pkgutil, border_monitor.tak as t\n"
            "for m in pkgutil.walk_packages(t.__path__, 'border_monitor.tak.'): importlib.import_module(m.name)\n"
            "import border_monitor.cli.tak_cmd\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

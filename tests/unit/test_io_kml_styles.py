"""KML: a style per incident type with a styleUrl on each Placemark; <name> kept on import as the title."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from border_monitor.domain.incident import Incident
from border_monitor.io.kml_styles import kml_color, names_into_descriptions
from border_monitor.io.readers import read_incidents
from border_monitor.io.writers import write_incidents

KML = "{http://www.opengis.net/kml/2.2}"


def incidents() -> list[Incident]:
    at = datetime(2021, 9, 1, 10, tzinfo=timezone.utc)
    kinds = [("apprehension", "Group of 5 near Usnarz\nseen by a patrol"), ("smuggling", "Cigarettes"),
             ("apprehension", ""), ("barrier_damage", "Fence cut")]
    return [Incident(occurred_at=at, country="PL", type=t, lon=23.6 + k / 100, lat=53.0, persons=2
                         if t == "apprehension" else 0, description=d) for k, (t, d) in enumerate(kinds)]


def test_each_type_has_a_style_and_each_placemark_points_at_its_type(tmp_path):
    out = tmp_path / "e.kml"
    colors = {"apprehension": "#1f77b4", "smuggling": "#8c564b"}
    write_incidents(incidents(), out, type_colors=colors)
    root = ET.parse(out).getroot()
    styles = {s.get("id"): s.find(f"{KML}IconStyle/{KML}color").text for s in root.iter(f"{KML}Style")}
    assert styles == {"type-apprehension": "ffb4771f", "type-smuggling": "ff4b568c", "type-barrier_damage": "ff808080"}
    placemarks = list(root.iter(f"{KML}Placemark"))
    assert [p.find(f"{KML}styleUrl").text for p in placemarks] == [
        "#type-apprehension", "#type-smuggling", "#type-apprehension", "#type-barrier_damage"]
    children = [c.tag.removeprefix(KML) for c in placemarks[0]]
    assert children.index("styleUrl") < children.index("ExtendedData")
    assert [p.find(f"{KML}name").text for p in placemarks] == [
        "Group of 5 near Usnarz", "Cigarettes", "apprehension (PL, 2 persons)", "Fence cut"]


def test_kml_colour_is_aabbggrr():
    assert kml_color("#112233") == "ff332211"


def test_names_round_trip_through_export_and_import(tmp_path):
    foreign = tmp_path / "foreign.kml"
    foreign.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Crossing attempt at Białowieża</name><description>7 persons, returned</description>
<ExtendedData><Data name="type"><value>apprehension</value></Data><Data name="country"><value>PL</value></Data>
<Data name="persons"><value>7</value></Data><Data name="occurred_at"><value>2021-09-03T10:00:00Z</value></Data>
</ExtendedData><Point><coordinates>23.75,52.70</coordinates></Point></Placemark>
<Placemark><name>Damaged fence</name>
<ExtendedData><Data name="type"><value>barrier_damage</value></Data><Data name="country"><value>PL</value></Data>
<Data name="persons"><value>0</value></Data><Data name="occurred_at"><value>2021-09-04T10:00:00Z</value></Data>
</ExtendedData><Point><coordinates>23.70,52.80</coordinates></Point></Placemark>
</Document></kml>""", encoding="utf-8")
    first = read_incidents(foreign)
    assert first.rejects == []
    descriptions = [str(d) for d in first.batch.description]
    assert descriptions == ["Crossing attempt at Białowieża\n7 persons, returned", "Damaged fence"]
    out = tmp_path / "again.kml"
    write_incidents(first.batch, out)
    names = [p.find(f"{KML}name").text for p in ET.parse(out).getroot().iter(f"{KML}Placemark")]
    assert names == ["Crossing attempt at Białowieża", "Damaged fence"]
    second = read_incidents(out)
    assert [str(d) for d in second.batch.description] == descriptions  # not prefixed twice


def test_generated_names_are_not_taken_for_titles():
    assert list(names_into_descriptions(["apprehension (LT, 3 persons)", "", "Title"], ["text", "x", None])) == [
        "text", "x", "Title"]

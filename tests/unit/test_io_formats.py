"""GeoJSON, KML/KMZ, GPX and GeoPackage: writing, reading back, and what other programs write."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timedelta, timezone

import numpy as np
import pyogrio
import pytest
import shapely
from pyogrio import raw

from border_monitor.domain import Incident
from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.taxonomy import COUNTRIES, STATUSES, TYPES, TYPES_NEEDING_PERSONS, IncidentType
from border_monitor.io import UnreadableFileError, UnsupportedFormatError, read_incidents, write_incidents
from border_monitor.io.columns import EXPORT_FIELDS

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)
FIELDS = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
          "source", "status")


def incidents(n: int = 40) -> list[Incident]:
    rng = np.random.default_rng(8)
    out = []
    for k in range(n):
        kind = TYPES[k % len(TYPES)]
        persons = int(rng.integers(1, 30)) if kind in TYPES_NEEDING_PERSONS or k % 2 else 0
        out.append(Incident(
            occurred_at=datetime(2021, 6, 1, tzinfo=timezone.utc) + timedelta(milliseconds=int(rng.integers(0, 1e10))),
            country=COUNTRIES[k % 3], type=kind, lon=float(rng.uniform(23, 28)), lat=float(rng.uniform(51.5, 56)),
            persons=persons, nationalities=f"IRQ:{persons},SYR" if persons else "",
            description=['Grupė "x"; y', "łódź\nnowa linia", "", "<b>&amp;</b>"][k % 4],
            source=["VSAT", ""][k % 2], status=STATUSES[k % 3],
        ))
    return out


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".json", ".kml", ".gpkg"])
def test_write_then_read_gives_the_same_incidents(tmp_path, suffix):
    original = incidents()
    path = tmp_path / f"out{suffix}"
    assert write_incidents(original, path) == len(original)
    result = read_incidents(path, now=NOW)
    assert result.rejects == []
    back = {str(i.id): i for i in result.batch.to_incidents()}
    for inc in original:
        other = back[str(inc.id)]
        for name in FIELDS:
            assert getattr(other, name) == getattr(inc, name), (suffix, name)


def test_write_accepts_a_batch_columns_and_chunks(tmp_path):
    original = incidents(10)
    batch = IncidentBatch.from_incidents(original)
    write_incidents(batch, tmp_path / "a.csv")
    write_incidents([original[:4], original[4:]], tmp_path / "b.csv")
    write_incidents(iter(original), tmp_path / "c.csv")
    texts = {(tmp_path / f"{k}.csv").read_text(encoding="utf-8") for k in "abc"}
    assert len(texts) == 1


def test_csv_export_layout(tmp_path):
    inc = Incident(occurred_at=datetime(2021, 8, 1, 9, 5, 7, 40000, tzinfo=timezone.utc), country="LV",
                   type="barrier_damage", lon=27.3951, lat=55.8044, description="a, b", border="LV-BY",
                   in_zone=True, distance_to_border_m=12.5)
    path = tmp_path / "one.csv"
    write_incidents([inc], path)
    data = path.read_bytes()
    assert data.startswith(b"id,occurred_at,country,type,lon,lat,")  # UTF-8 without BOM, commas
    (row,) = list(csv.DictReader(data.decode("utf-8").splitlines()))
    assert list(row) == list(EXPORT_FIELDS)
    assert row["occurred_at"] == "2021-08-01T09:05:07.040Z"
    assert (row["lon"], row["lat"], row["description"]) == ("27.3951", "55.8044", "a, b")
    assert (row["border"], row["in_zone"], row["distance_to_border_m"], row["created_at"]) == ("LV-BY", "true", "12.5", "")


def test_kml_uses_name_description_and_timestamp(tmp_path):
    inc = incidents(1)[0]
    path = tmp_path / "one.kml"
    write_incidents([inc], path)
    text = path.read_text(encoding="utf-8")
    title = inc.description.strip().split("\n")[0].strip()  # the title (kml_styles); the type summary without one
    name = ET.parse(path).getroot().find(".//{http://www.opengis.net/kml/2.2}Placemark/{http://www.opengis.net/kml/2.2}name")
    assert name.text == (title or f"{inc.type.value} ({inc.country.value}, {inc.persons} persons)")
    assert "<when>" + inc.occurred_at.isoformat(timespec="milliseconds").replace("+00:00", "Z") + "</when>" in text
    assert '<SimpleData name="lon">' + repr(inc.lon) + "</SimpleData>" in text


def test_a_placemark_moved_elsewhere_keeps_its_new_place(tmp_path):
    inc = incidents(1)[0]
    path = tmp_path / "moved.kml"
    write_incidents([inc], path)
    text = path.read_text(encoding="utf-8")
    old = f"{inc.lon:.15g},{inc.lat:.15g}"
    assert old in text.replace("\n", "").replace(" ", "")
    start = text.index("<coordinates>")
    end = text.index("</coordinates>")
    path.write_text(text[:start] + "<coordinates>24.5,54.25,0" + text[end:], encoding="utf-8")
    (back,) = read_incidents(path, now=NOW).batch.to_incidents()
    assert (back.lon, back.lat) == (24.5, 54.25)


def test_empty_export(tmp_path):
    for suffix in (".csv", ".geojson", ".gpkg"):
        path = tmp_path / f"none{suffix}"
        assert write_incidents([], path) == 0
        assert len(read_incidents(path, now=NOW).batch) == 0


def test_unknown_suffix_and_missing_folder(tmp_path):
    with pytest.raises(UnsupportedFormatError, match=r"'\.shp'.*\.csv, \.geojson"):
        write_incidents(incidents(1), tmp_path / "out.shp")
    with pytest.raises(Exception, match="does not exist"):
        write_incidents(incidents(1), tmp_path / "no" / "out.csv")
    assert not list(tmp_path.iterdir())


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "keep.csv"
    path.write_text("old")
    bad = {"id": np.array(["x"], dtype=object), "lon": np.array([1.0]), "lat": np.array([2.0]),
           "occurred_at": np.array(["not a time"], dtype=object)}
    with pytest.raises(Exception):
        write_incidents(bad, path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]


def geojson(features) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features})


def feature(geometry, **properties):
    base = {"occurred_at": "2021-08-01T10:00:00Z", "country": "LT", "type": "other"}
    return {"type": "Feature", "properties": {**base, **properties}, "geometry": geometry}


def test_geojson_rows_are_feature_numbers_and_geometry_is_checked(tmp_path):
    path = tmp_path / "in.geojson"
    path.write_text(geojson([
        feature({"type": "Point", "coordinates": [25.1, 54.2]}),
        feature({"type": "LineString", "coordinates": [[25, 54], [25.1, 54.1]]}),
        feature(None),
        feature({"type": "Point", "coordinates": [25.1, 54.2]}, type="parade"),
        feature({"type": "Point", "coordinates": [5.0, 54.2]}),
    ]))
    result = read_incidents(path, now=NOW)
    assert [(e.row, e.field) for e in result.rejects] == [(2, "geometry"), (3, "geometry"), (4, "type"),
                                                         (5, "location")]
    assert "not a point" in result.rejects[0].message and result.rejects[0].value == "LineString"
    assert len(result.batch) == 1 and result.source.row_label == "feature"


def test_geojson_naive_times_take_the_country_zone(tmp_path):
    path = tmp_path / "in.geojson"
    path.write_text(geojson([feature({"type": "Point", "coordinates": [23.6, 53.5]}, country="PL",
                                     occurred_at="2021-12-24T18:00:00")]))
    (inc,) = read_incidents(path, now=NOW).batch.to_incidents()
    assert inc.occurred_at == datetime(2021, 12, 24, 17, 0, tzinfo=timezone.utc)


def test_truncated_and_disguised_geojson(tmp_path):
    path = tmp_path / "cut.geojson"
    write_incidents(incidents(5), path)
    path.write_bytes(path.read_bytes()[:-120])
    with pytest.raises(UnreadableFileError, match="cut.geojson: is not valid GeoJSON: it is truncated"):
        read_incidents(path, now=NOW)
    path.write_text("<kml></kml>")
    with pytest.raises(UnreadableFileError, match="is not GeoJSON"):
        read_incidents(path, now=NOW)


def test_geopackage_in_another_crs_and_layer_choice(tmp_path):
    from pyproj import Transformer

    x, y = Transformer.from_crs(4326, 3346, always_xy=True).transform([25.2797], [54.6872])  # LKS-94
    path = tmp_path / "lks.gpkg"
    fields = [np.array(["2021-08-01T10:00:00Z"], dtype=object), np.array(["LT"], dtype=object),
              np.array(["smuggling"], dtype=object)]
    raw.write(path, np.array(shapely.to_wkb(shapely.points(x, y)), dtype=object), fields,
              ["occurred_at", "country", "type"], driver="GPKG", geometry_type="Point", crs="EPSG:3346", layer="obs")
    raw.write(path, np.array(shapely.to_wkb(shapely.points([0], [0])), dtype=object), [np.array(["x"], dtype=object)],
              ["note"], driver="GPKG", geometry_type="Point", crs="EPSG:4326", layer="other", append=False)
    assert sorted(str(n) for n, _ in pyogrio.list_layers(path)) == ["obs", "other"]
    result = read_incidents(path, layer="obs", now=NOW)
    (inc,) = result.batch.to_incidents()
    assert inc.lon == pytest.approx(25.2797, abs=1e-9) and inc.lat == pytest.approx(54.6872, abs=1e-9)
    with pytest.raises(UnreadableFileError, match="has no layer 'nope'; its layers are: obs, other"):
        read_incidents(path, layer="nope")


def test_gpx_waypoints_with_extensions(tmp_path):
    path = tmp_path / "track.gpx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="handheld" xmlns="http://www.topografix.com/GPX/1/1" xmlns:bm="https://example.org/bm">
 <wpt lat="54.5426" lon="25.6967"><time>2021-08-01T10:00:00Z</time><name>wp1</name>
  <desc>Grupė prie Medininkų</desc><src>VSAT patrol 4</src><type>apprehension</type>
  <extensions><bm:country>LT</bm:country><bm:persons>5</bm:persons><bm:nationalities>IRQ:5</bm:nationalities></extensions>
 </wpt>
 <wpt lat="55.7053" lon="26.8280"><time>2021-08-02T03:00:00</time><name>wp2</name><type>barrier_damage</type>
  <extensions><bm:country>LV</bm:country></extensions>
 </wpt>
</gpx>""", encoding="utf-8")
    result = read_incidents(path, now=NOW)
    assert result.rejects == []
    a, b = result.batch.to_incidents()
    assert (a.type, a.persons, a.description, a.source) == (IncidentType.APPREHENSION, 5, "Grupė prie Medininkų",
                                                            "VSAT patrol 4")
    assert [(n.code, n.count) for n in a.nationalities] == [("IRQ", 5)]
    assert b.occurred_at == datetime(2021, 8, 2, 0, 0, tzinfo=timezone.utc)  # 03:00 in Riga, summer


def test_kml_from_elsewhere_with_the_type_in_the_name(tmp_path):
    path = tmp_path / "other.kml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Smuggling</name><description>cigarettes</description>
 <TimeStamp><when>2021-09-01T22:10:00+03:00</when></TimeStamp>
 <ExtendedData><Data name="country"><value>LT</value></Data></ExtendedData>
 <Point><coordinates>24.1,53.95,0</coordinates></Point></Placemark>
<Placemark><name>Picnic</name><ExtendedData><Data name="country"><value>LT</value></Data></ExtendedData>
 <TimeStamp><when>2021-09-01T22:10:00Z</when></TimeStamp><Point><coordinates>24.1,53.95,0</coordinates></Point></Placemark>
</Document></kml>""", encoding="utf-8")
    result = read_incidents(path, now=NOW)
    assert [(e.row, e.field, e.value) for e in result.rejects] == [(2, "type", "Picnic")]
    (inc,) = result.batch.to_incidents()
    assert (inc.type, inc.description) == (IncidentType.SMUGGLING, "cigarettes")
    assert inc.occurred_at == datetime(2021, 9, 1, 19, 10, tzinfo=timezone.utc)
    assert any("type was read from" in note for note in result.source.notes)


def test_kmz_is_read_and_checked(tmp_path):
    kml = tmp_path / "doc.kml"
    write_incidents(incidents(3), kml)
    kmz = tmp_path / "pack.kmz"
    with zipfile.ZipFile(kmz, "w") as archive:
        archive.write(kml, "doc.kml")
    assert len(read_incidents(kmz, now=NOW).batch) == 3
    with zipfile.ZipFile(kmz, "w") as archive:
        archive.writestr("doc.kml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><kml/>')
    with pytest.raises(UnreadableFileError, match=r"pack.kmz!doc.kml: is refused"):
        read_incidents(kmz, now=NOW)

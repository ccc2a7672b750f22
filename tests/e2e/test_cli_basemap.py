"""``border-monitor basemap build``: a small .osm file written here becomes a base map GeoPackage that GDAL
reads, with the strip in full detail, the surroundings coarser, the ODbL attribution; bad input is a
sentence (exit 2) and nothing is written."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

from border_monitor.basemap.build import read_info
from border_monitor.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from basemap_osm import OSM, VILLAGE_NAME, write_osm  # noqa: E402

# Far from the Belarus border (the Lithuanian coast, about 250 km away): a hamlet, a residential street and a
# primary road. Only the primary road is kept there, as coarse detail.
FAR = """ <node id="101" version="1" lat="55.70" lon="21.20"><tag k="place" v="hamlet"/><tag k="name" v="Toli"/></node>
 <node id="102" version="1" lat="55.70" lon="21.10"/>
 <node id="103" version="1" lat="55.71" lon="21.30"/>
 <node id="104" version="1" lat="55.72" lon="21.31"/>
 <way id="110" version="1"><nd ref="102"/><nd ref="103"/><tag k="highway" v="primary"/></way>
 <way id="111" version="1"><nd ref="103"/><nd ref="104"/><tag k="highway" v="residential"/></way>
</osm>
"""


def columns(path, layer: str, names: list[str]) -> dict:
    meta, _, _, fields = pyogrio.raw.read(path, layer=layer, columns=names)
    return {str(name): list(values) for name, values in zip(meta["fields"], fields)}


def test_build_keeps_the_strip_in_detail_and_the_surroundings_coarse(tmp_path, capsys):
    osm = tmp_path / "mixed.osm"
    osm.write_text(OSM.replace("</osm>\n", FAR), encoding="utf-8")
    out = tmp_path / "base.gpkg"
    assert main(["basemap", "build", str(osm), "--out", str(out)]) == 0
    assert "Wrote the base map" in capsys.readouterr().out
    layers = {str(name) for name, _ in pyogrio.list_layers(out)}
    assert {"places", "roads", "railways", "waterways", "areas"} <= layers
    places = columns(out, "places", ["name", "class", "detail"])
    assert places["name"] == [VILLAGE_NAME] and places["detail"] == ["strip"]  # the far hamlet is left out
    roads = columns(out, "roads", ["class", "detail"])
    assert sorted(zip(roads["class"], roads["detail"])) == [("primary", "area"), ("primary", "strip")]
    assert columns(out, "areas", ["name", "class"])["class"] == ["water"]
    assert pyogrio.read_info(out, layer="roads")["crs"] == "EPSG:3857"
    assert "OpenStreetMap" in read_info(out)["attribution"]
    info = subprocess.run(["ogrinfo", "-so", "-al", str(out)], capture_output=True, text=True)
    if info.returncode == 0:  # GDAL's own tools, when installed: the attribution is in the file's metadata
        assert "attribution=© OpenStreetMap contributors (ODbL)" in info.stdout


def test_two_overlapping_extracts_keep_each_object_once(tmp_path):
    a = write_osm(tmp_path, "a.osm")
    b = write_osm(tmp_path, "b.osm")
    out = tmp_path / "two.gpkg"
    assert main(["basemap", "build", str(a), str(b), "--out", str(out)]) == 0
    for layer, n in (("places", 1), ("roads", 1), ("areas", 1)):
        assert pyogrio.read_info(out, layer=layer)["features"] == n


@pytest.mark.parametrize("case", ["missing", "not_osm", "exists", "over_input", "not_gpkg"])
def test_bad_input_is_one_sentence_and_writes_nothing(tmp_path, capsys, case):
    osm = write_osm(tmp_path)
    out = tmp_path / "base.gpkg"
    args = [str(osm), "--out", str(out)]
    expect = ""
    if case == "missing":
        args[0] = str(tmp_path / "nowhere.osm.pbf")
        expect = "nowhere.osm.pbf does not exist"
    elif case == "not_osm":
        bad = tmp_path / "notes.osm"
        bad.write_text("just words, not XML")
        args[0] = str(bad)
        expect = "notes.osm"
    elif case == "exists":
        out.write_bytes(b"keep me")
        expect = "exists already"
    elif case == "over_input":
        args[2] = str(osm)
        expect = "it is the input"
    elif case == "not_gpkg":
        args[2] = str(tmp_path / "base.shp")
        expect = "must be a GeoPackage"
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    assert main(["basemap", "build", *args]) == 2
    err = capsys.readouterr().err
    assert expect in err and "Traceback" not in err, err
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before

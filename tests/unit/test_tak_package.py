"""ATAK data packages: a zip whose manifest lists every entry, CoT files that read back to the same
incidents, the reference layers as KML GDAL reads; hostile packages refused in a sentence."""
from __future__ import annotations

import io
import uuid
import xml.etree.ElementTree as ET
import zipfile

import pyogrio
import pytest
from test_tak_cot import foreign, make_incident

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.io import read_incidents
from border_monitor.io.errors import UnreadableFileError
from border_monitor.io.output_files import OutputError
from border_monitor.store import open_store
from border_monitor.tak.package import MANIFEST, read_package, write_package

FIELDS = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description", "source",
          "status")


def incidents():
    return [
        make_incident(),
        make_incident(id="6b1f6a52-3c1e-4a51-9d0b-1b7a0f3f0c12", type="airspace", persons=0, nationalities="",
                      description="Balloon with cigarettes", status="closed"),
        make_incident(id="7b1f6a52-3c1e-4a51-9d0b-1b7a0f3f0c13", country="PL", lon=23.5, lat=52.5, source="",
                      description="Grupa 12 osób koło Białowieży", persons=12, nationalities="AFG:4,IRQ"),
    ]


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "p.gpkg", create=True)
    s.add(incidents(), "ana")
    yield s
    s.close()


def test_package_is_a_zip_whose_manifest_lists_every_entry(store, tmp_path):
    out = tmp_path / "mission.zip"
    n = write_package([store.page(IncidentFilter())], out, store=store.path, reference=store.reference_layer,
                      name="Test package")
    assert n == 3
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        root = ET.fromstring(archive.read(MANIFEST))
        assert root.tag == "MissionPackageManifest" and root.get("version") == "2"
        config = {p.get("name"): p.get("value") for p in root.find("Configuration")}
        uuid.UUID(config["uid"])
        assert config["name"] == "Test package"
        listed = {c.get("zipEntry") for c in root.find("Contents")}
        assert listed == names - {MANIFEST}
        cots = sorted(n for n in names if n.endswith(".cot"))
        assert cots == sorted(f"incidents/{i.id}.cot" for i in incidents())
        for content in root.find("Contents"):
            if content.get("zipEntry").endswith(".cot"):
                event = ET.fromstring(archive.read(content.get("zipEntry")))
                assert content.find("Parameter").get("value") == event.get("uid")
        assert {n for n in names if n.endswith(".kml")} == {f"reference/{layer}.kml" for layer in
                                                           ("borders", "sectors", "crossing_points", "zones",
                                                            "countries")}
        archive.extract("reference/crossing_points.kml", tmp_path)
    info = pyogrio.read_info(tmp_path / "reference" / "crossing_points.kml")
    assert info["features"] == len(store.reference_layer("crossing_points")["features"])


def test_package_reads_back_to_the_same_incidents(store, tmp_path):
    out = tmp_path / "mission.zip"
    write_package(store.page(IncidentFilter()), out, reference=store.reference_layer)
    result = read_incidents(out)
    assert result.ok and result.source.format == "TAK package" and result.source.rows == 3
    back = {i.id: i for i in result.batch.to_incidents()}
    for original in incidents():
        for name in FIELDS:
            assert getattr(back[original.id], name) == getattr(original, name), name


def test_cli_export_and_import_of_a_package(store, tmp_path, capsys):
    store.close()
    out = tmp_path / "lt.zip"
    assert main(["export", "--store", str(tmp_path / "p.gpkg"), "--out", str(out), "--country", "LT"]) == 0
    assert "exported 2 incidents" in capsys.readouterr().out
    other = tmp_path / "other.gpkg"
    open_store(other, create=True).close()
    assert main(["import", str(out), "--store", str(other)]) == 0
    with open_store(other) as target:
        assert {i.id for i in target.page(IncidentFilter())} == {i.id for i in incidents()[:2]}
    explicit = tmp_path / "named.pkg"
    assert main(["export", "--store", str(tmp_path / "p.gpkg"), "--out", str(explicit), "--format",
                 "tak-package"]) == 0
    assert zipfile.is_zipfile(explicit)


def test_package_is_never_written_over_the_store(store, tmp_path):
    with pytest.raises(OutputError, match="it is the store"):
        write_package([], store.path, store=store.path)
    assert open_store(store.path).count(IncidentFilter()) == 3


def _zip(path, entries: dict, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compress) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _manifest(*entries):
    contents = "".join(f'<Content ignore="false" zipEntry="{e}"/>' for e in entries)
    return (f'<MissionPackageManifest version="2"><Configuration><Parameter name="uid" value="x"/>'
            f'</Configuration><Contents>{contents}</Contents></MissionPackageManifest>')


def test_an_event_with_a_dtd_in_a_package_is_a_reject_naming_its_entry(tmp_path):
    bad = b'<!DOCTYPE event [<!ENTITY x "y">]>' + foreign("bad")
    path = _zip(tmp_path / "p.zip", {MANIFEST: _manifest("a.cot", "b.cot"), "a.cot": foreign("good"), "b.cot": bad})
    result = read_package(path)
    assert len(result.batch) == 1 and len(result.rejects) == 1
    reject = result.rejects[0]
    assert reject.row == 2 and reject.value == "b.cot" and "document type or an entity" in reject.message


def test_hostile_packages_are_refused_in_a_sentence(tmp_path):
    with pytest.raises(UnreadableFileError, match="lists the entry 'missing.cot'"):
        read_package(_zip(tmp_path / "m.zip", {MANIFEST: _manifest("missing.cot")}))
    with pytest.raises(UnreadableFileError, match="declares a <!DOCTYPE>|document type"):
        read_package(_zip(tmp_path / "d.zip", {MANIFEST: '<!DOCTYPE x [<!ENTITY a "b">]>' + _manifest()}))
    bomb = b"<event>" + b" " * (50 << 20) + b"</event>"
    with pytest.raises(UnreadableFileError, match="zip bomb"):
        read_package(_zip(tmp_path / "b.zip", {MANIFEST: _manifest("x.cot"), "x.cot": bomb}))
    big = foreign("big").replace(b"drone over the road", bytes(range(65, 91)) * 60000)
    with pytest.raises(UnreadableFileError, match="larger than 1 MB"):
        read_package(_zip(tmp_path / "l.zip", {MANIFEST: _manifest("x.cot"), "x.cot": big}, zipfile.ZIP_STORED))
    with pytest.raises(UnreadableFileError, match="not a zip archive"):
        (tmp_path / "n.zip").write_bytes(b"PK\x03\x04 not really")
        read_package(tmp_path / "n.zip")
    with pytest.raises(UnreadableFileError, match="compressed with bzip2, which cannot be read; save the package"):
        read_package(_zip(tmp_path / "z.zip", {MANIFEST: _manifest("x.cot"), "x.cot": foreign()}, zipfile.ZIP_BZIP2))


def test_cli_import_of_a_hostile_package_is_exit_2_and_leaves_the_store(tmp_path, capsys):
    target = tmp_path / "t.gpkg"
    open_store(target, create=True).close()
    before = target.read_bytes()
    path = _zip(tmp_path / "m.zip", {MANIFEST: _manifest("missing.cot")})
    assert main(["import", str(path), "--store", str(target)]) == 2
    err = capsys.readouterr().err
    assert "m.zip" in err and "missing.cot" in err and "Traceback" not in err
    assert target.read_bytes() == before


def test_package_without_manifest_reads_its_cot_entries(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("one.cot", foreign("one"))
    (tmp_path / "nm.zip").write_bytes(buffer.getvalue())
    assert len(read_package(tmp_path / "nm.zip").batch) == 1

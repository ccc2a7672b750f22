"""Attachments travel with a GeoPackage export and come back with its import (the real CLI, real files)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.gpkg.attachment_tables import MB

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))  # attachment_files
from attachment_files import pdf_bytes, png_bytes  # noqa: E402
from store_support import SYSTEM_PYTHON, random_batch  # noqa: E402


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "source.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(5), "tester")
        ids = sorted(str(i.id) for i in store.page(IncidentFilter(), limit=10))
        store.add_attachment(ids[0], "fence.png", png_bytes(), "ona")
        store.add_attachment(ids[0], "report.pdf", pdf_bytes(), "ona")
        store.add_attachment(ids[1], "drone.png", png_bytes(20, 20, (1, 200, 3)), "jonas")
    return path, ids


def _empty_store(path: Path) -> Path:
    open_store(path, create=True).close()
    return path


def test_gpkg_export_carries_attachments_and_import_brings_them_back(source, tmp_path, capsys):
    path, ids = source
    out = tmp_path / "export.gpkg"
    assert main(["export", "--store", str(path), "--out", str(out)]) == 0
    layers = {name for name, _ in pyogrio.list_layers(out)}
    assert {"incidents", "incident_media", "incidents_incident_media"} <= layers
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT relation_name, base_table_name, related_table_name FROM gpkgext_relations"
                        ).fetchall() == [("media", "incidents", "incident_media")]
    pairs = conn.execute("SELECT t.id, m.name FROM incidents_incident_media r JOIN incidents t ON t.fid = r.base_id "
                         "JOIN incident_media m ON m.id = r.related_id ORDER BY m.id").fetchall()
    conn.close()
    assert pairs == [(ids[0], "fence.png"), (ids[0], "report.pdf"), (ids[1], "drone.png")]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "from osgeo import gdal; gdal.Dataset.GetRelationshipNames"],
                           capture_output=True)
    if probe.returncode == 0:
        names = subprocess.run([SYSTEM_PYTHON, "-c", "import sys; from osgeo import gdal; "
                                "print(gdal.OpenEx(sys.argv[1]).GetRelationshipNames())", str(out)],
                               capture_output=True, text=True, check=True).stdout
        assert "incidents_incident_media" in names

    target = _empty_store(tmp_path / "target.gpkg")
    capsys.readouterr()
    assert main(["import", str(out), "--store", str(target)]) == 0
    assert "imported 5 incidents with 3 attachments" in capsys.readouterr().out
    with open_store(path) as old, open_store(target) as new:
        for incident in ids[:2]:
            before, after = old.attachments(incident), new.attachments(incident)
            assert [(a.name, a.content_type, a.sha256) for a in after] == \
                [(a.name, a.content_type, a.sha256) for a in before]
            assert [new.attachment_data(a.id) for a in after] == [old.attachment_data(a.id) for a in before]
        assert new.attachments(ids[2]) == []
        assert [e.action for e in new.history(ids[0])].count("attach") == 2


def test_filtered_export_carries_only_its_incidents_attachments(source, tmp_path):
    path, ids = source
    out = tmp_path / "one.gpkg"
    with open_store(path, read_only=True) as store:
        target = store.get(ids[1])
    day = target.local_time().date().isoformat()
    assert main(["export", "--store", str(path), "--out", str(out), "--from", day, "--to", day]) == 0
    conn = sqlite3.connect(out)
    names = [r[0] for r in conn.execute("SELECT name FROM incident_media")]
    exported = {r[0] for r in conn.execute("SELECT id FROM incidents")}
    conn.close()
    expected = {"drone.png"} | ({"fence.png", "report.pdf"} if ids[0] in exported else set())
    assert set(names) == expected


def test_export_without_attachments_adds_no_extension_tables(tmp_path):
    path = tmp_path / "plain.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(3), "tester")
    out = tmp_path / "plain_export.gpkg"
    assert main(["export", "--store", str(path), "--out", str(out)]) == 0
    assert {name for name, _ in pyogrio.list_layers(out)} == {"incidents"}


def test_import_refuses_an_attachment_over_the_limit_and_writes_nothing(source, tmp_path, capsys):
    path, _ids = source
    out = tmp_path / "export.gpkg"
    assert main(["export", "--store", str(path), "--out", str(out)]) == 0
    target = _empty_store(tmp_path / "target.gpkg")
    first = len(png_bytes())
    with open_store(target) as store:  # each file fits, but not fence.png and report.pdf on one incident
        store.set_metadata("attachment_max_incident_mb", str((first + 10) / MB))
    capsys.readouterr()
    code = main(["import", str(out), "--store", str(target)])
    err = capsys.readouterr().err
    assert code == 2 and "export.gpkg" in err and "report.pdf" in err and "per incident" in err
    assert "Traceback" not in err
    with open_store(target) as store:
        assert store.count(IncidentFilter()) == 0


def test_attach_cli_add_list_get_remove(tmp_path, capsys):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(2), "tester")
        incident = str(store.page(IncidentFilter(), limit=1)[0].id)
    photo, report = tmp_path / "fence.png", tmp_path / "report.pdf"
    photo.write_bytes(png_bytes())
    report.write_bytes(pdf_bytes())
    assert main(["attach", "add", "--store", str(path), "--incident", incident, str(photo), str(report),
                 "--user", "ona"]) == 0
    assert "attached fence.png (image/png" in capsys.readouterr().out
    assert main(["attach", "list", "--store", str(path), "--incident", incident, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["name"], a["content_type"]) for a in listed] == [("fence.png", "image/png"),
                                                                 ("report.pdf", "application/pdf")]
    out = tmp_path / "back.pdf"
    assert main(["attach", "get", "--store", str(path), "--id", str(listed[1]["id"]), "--out", str(out)]) == 0
    assert out.read_bytes() == report.read_bytes() and (out.stat().st_mode & 0o777) == 0o600
    assert main(["attach", "get", "--store", str(path), "--id", str(listed[1]["id"]), "--out", str(out)]) == 2
    assert "exists already" in capsys.readouterr().err
    assert main(["attach", "get", "--store", str(path), "--id", "1", "--out", str(path)]) == 2  # never the store
    junk = tmp_path / "notes.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    assert main(["attach", "add", "--store", str(path), "--incident", incident, str(photo), str(junk)]) == 2
    err = capsys.readouterr().err
    assert "notes.bin" in err and "not a format" in err and "Traceback" not in err
    with open_store(path) as store:
        assert len(store.attachments(incident)) == 2  # all or nothing: fence.png was not attached again
    assert main(["attach", "remove", "--store", str(path), "--id", str(listed[0]["id"]), "--user", "jonas"]) == 0
    with open_store(path) as store:
        assert [a.name for a in store.attachments(incident)] == ["report.pdf"]

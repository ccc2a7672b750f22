"""Exports from a synthetic store carry the notice in every format; exports of real data carry none; import
ignores the notice column."""
from __future__ import annotations

import csv
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.domain.data_notice import NOTICE_FIELD, SYNTHETIC_NOTICE
from border_monitor.scenario.demo_store import write_demo_store
from border_monitor.store import open_store

KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("notice") / "demo.gpkg"
    write_demo_store(path, n=40)
    return path


@pytest.fixture(scope="module")
def real(tmp_path_factory, demo) -> Path:
    """The same incidents in a store made by ``init`` (real data)."""
    folder = tmp_path_factory.mktemp("real")
    csv_path = folder / "all.csv"
    assert main(["export", "--store", str(demo), "--out", str(csv_path)]) == 0
    store = folder / "real.gpkg"
    assert main(["import", str(csv_path), "--store", str(store), "--create"]) == 0
    return store


def export(store: Path, out: Path) -> Path:
    assert main(["export", "--store", str(store), "--out", str(out)]) == 0
    return out


def test_csv_has_a_notice_column_in_every_row_which_import_ignores(demo, tmp_path, capsys):
    out = export(demo, tmp_path / "x.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 40
    assert {r[NOTICE_FIELD] for r in rows} == {SYNTHETIC_NOTICE}
    assert out.read_text(encoding="utf-8").startswith("id,")  # no comment line: the file imports as it is
    capsys.readouterr()
    back = tmp_path / "back.gpkg"
    assert main(["import", str(out), "--store", str(back), "--create"]) == 0
    assert NOTICE_FIELD not in capsys.readouterr().err  # not listed among "columns not imported"
    with open_store(back) as store:
        assert store.count(IncidentFilter()) == 40


def test_geojson_has_a_top_level_notice_and_the_property(demo, tmp_path):
    data = json.loads(export(demo, tmp_path / "x.geojson").read_text(encoding="utf-8"))
    assert data["notice"] == SYNTHETIC_NOTICE
    assert {f["properties"][NOTICE_FIELD] for f in data["features"]} == {SYNTHETIC_NOTICE}


def test_kml_document_names_the_notice(demo, tmp_path):
    root = ET.parse(export(demo, tmp_path / "x.kml")).getroot()
    document = root.find(f"{KML}Document")
    assert SYNTHETIC_NOTICE in document.findtext(f"{KML}name")
    assert document.findtext(f"{KML}description") == SYNTHETIC_NOTICE


def test_gpkg_layer_description_and_metadata_table(demo, tmp_path):
    out = export(demo, tmp_path / "x.gpkg")
    conn = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    try:
        (description,) = conn.execute("SELECT description FROM gpkg_contents WHERE table_name = 'incidents'").fetchone()
        assert SYNTHETIC_NOTICE in description
        metadata = [m for (m,) in conn.execute("SELECT metadata FROM gpkg_metadata")]
        assert any(SYNTHETIC_NOTICE in m for m in metadata)
        assert {v for (v,) in conn.execute(f"SELECT {NOTICE_FIELD} FROM incidents")} == {SYNTHETIC_NOTICE}
    finally:
        conn.close()


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".kml", ".gpkg"])
def test_real_data_carries_no_notice(real, tmp_path, suffix):
    out = export(real, tmp_path / f"x{suffix}")
    if suffix == ".gpkg":
        conn = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
        text = "\n".join(str(row) for row in conn.execute("SELECT * FROM gpkg_contents"))
        columns = [row[1] for row in conn.execute("PRAGMA table_info(incidents)")]
        conn.close()
        assert NOTICE_FIELD not in columns
    else:
        text = out.read_text(encoding="utf-8")
    assert SYNTHETIC_NOTICE not in text and NOTICE_FIELD not in text


def test_xlsx_has_the_notice_in_its_title_a_sheet_and_a_column_which_import_ignores(demo, real, tmp_path, capsys):
    import openpyxl

    out = export(demo, tmp_path / "x.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        assert book.properties.title == SYNTHETIC_NOTICE
        assert book.sheetnames == ["incidents", "notice"]
        rows = list(book["incidents"].iter_rows(values_only=True))
        assert rows[0][-1] == NOTICE_FIELD and {r[-1] for r in rows[1:]} == {SYNTHETIC_NOTICE} and len(rows) == 41
    finally:
        book.close()
    capsys.readouterr()
    back = tmp_path / "back.gpkg"
    assert main(["import", str(out), "--store", str(back), "--create"]) == 0
    assert NOTICE_FIELD not in capsys.readouterr().err
    with open_store(back) as store:
        assert store.count(IncidentFilter()) == 40
    plain = openpyxl.load_workbook(export(real, tmp_path / "real.xlsx"), read_only=True)
    try:
        assert plain.sheetnames == ["incidents"] and not plain.properties.title
        assert NOTICE_FIELD not in next(plain["incidents"].iter_rows(values_only=True))
    finally:
        plain.close()

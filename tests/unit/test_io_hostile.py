"""Hostile and malformed files (issue 14): each is a sentence naming the file, never a traceback,
and the limits refuse what would cost unbounded memory or time."""
from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from datetime import datetime, timezone

import pytest

from border_monitor.domain import Incident
from border_monitor.domain.taxonomy import Country, IncidentType
from border_monitor.io import UnreadableFileError, read_incidents, write_incidents
from border_monitor.io.read_limits import ReadLimits

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)
HEADER = "occurred_at,country,type,lon,lat,persons,nationalities,description\n"
ROW = "2021-08-01T10:00:00Z,LT,other,25.1,54.2,2,IRQ:2,{}\n"


def one(**kw) -> list[Incident]:
    values = dict(occurred_at=datetime(2021, 8, 1, 10, tzinfo=timezone.utc), country=Country.LT,
                  type=IncidentType.OTHER, lon=25.1, lat=54.2, description="Grupė łódź")
    values.update(kw)
    return [Incident(**values)]


def geojson(tmp_path, properties: dict, name="x.geojson"):
    path = tmp_path / name
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [25.1, 54.2]},
               "properties": {"occurred_at": "2021-08-01T10:00:00Z", "country": "LT", "type": "other", **properties}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}, ensure_ascii=False),
                    encoding="utf-8")
    return path


# -- not regular files, streaming ----------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".kml", ".gpkg"])
def test_a_symlink_to_a_device_is_refused(tmp_path, suffix):
    path = tmp_path / f"zero{suffix}"
    os.symlink("/dev/zero", path)
    with pytest.raises(UnreadableFileError, match="is not a regular file"):
        read_incidents(path)


def test_a_huge_field_is_refused_naming_the_limit(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(HEADER + ROW.format("x" * 300_000), encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"big\.csv: is refused: line 2 is longer.*--max-field-bytes"):
        read_incidents(path, limits=ReadLimits(max_field_bytes=50_000))
    assert len(read_incidents(path, now=NOW).batch) == 1  # the default limit (1 MB) takes it


def test_a_huge_quoted_multi_line_field_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(HEADER + ROW.format('"' + "line\n" * 30_000 + '"'), encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"is refused: a field that ends on line \d+ is longer"):
        read_incidents(path, limits=ReadLimits(max_field_bytes=50_000))


def test_too_many_csv_columns_are_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(HEADER.strip() + "," + ",".join(f"c{k}" for k in range(2000)) + "\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="2,008 columns.*--max-fields"):
        read_incidents(path)


def test_csv_read_in_chunks_keeps_line_numbers(tmp_path, monkeypatch):
    from border_monitor.io import csv_dialects, csv_reader

    monkeypatch.setattr(csv_reader, "CHUNK", 7)
    monkeypatch.setattr(csv_dialects, "BLOCK", 64)
    lines = [ROW.format(f'"multi\nline {k}"' if k % 5 == 0 else f"d{k}") for k in range(40)]
    lines[33] = ROW.format("x").replace(",LT,", ",XX,")
    path = tmp_path / "chunks.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    result = read_incidents(path, now=NOW)
    # the header is line 1; the 7 rows before the bad one with k = 0, 5, .., 30 take two lines each
    assert [(e.row, e.field) for e in result.rejects] == [(2 + 33 + 7, "country")]
    assert len(result.batch) == 39


# -- encodings -----------------------------------------------------------------------------------

def test_one_invalid_byte_in_utf8_is_refused_not_read_as_cp1250(tmp_path):
    path = tmp_path / "damaged.csv"
    data = (HEADER + ROW.format("Grupė łódź") * 3).encode("utf-8")
    data = data.replace("ó".encode(), b"\xf3", 1)  # one byte of cp1250 in a UTF-8 file
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError, match=r"UTF-8 text with 1 invalid byte sequence.*first at byte \d+ \(line 2\)"
                                                  r".*--encoding"):
        read_incidents(path, now=NOW)
    # naming the encoding reads it (in that encoding)
    assert len(read_incidents(path, encoding="cp1250", now=NOW).batch) == 3


@pytest.mark.parametrize("codec,text", [("cp1257", "Grupė šalis žmonės"), ("cp1250", "Grupa łódź śnieg")])
def test_code_page_files_are_still_detected(tmp_path, codec, text):
    path = tmp_path / "cp.csv"
    path.write_bytes((HEADER + ROW.format(text)).encode(codec))
    result = read_incidents(path, now=NOW)
    assert result.source.encoding == codec
    assert result.batch.to_incidents()[0].description == text


@pytest.mark.parametrize("codec", ["rot13", "base64", "utf-16", "no-such-codec"])
def test_wrong_encodings_are_sentences(tmp_path, codec):
    path = tmp_path / "plain.csv"
    path.write_text(HEADER + ROW.format("x"), encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"plain\.csv: "):
        read_incidents(path, encoding=codec, now=NOW)


def test_encoding_for_a_geojson_is_a_sentence(tmp_path):
    with pytest.raises(UnreadableFileError, match="encoding can be named for CSV files only"):
        read_incidents(geojson(tmp_path, {}), encoding="utf-8")


@pytest.mark.parametrize("codec", ["cp1257", "latin-1"])
def test_geojson_not_in_utf8_is_a_sentence(tmp_path, codec):
    path = tmp_path / "x.geojson"
    path.write_bytes(geojson(tmp_path, {"description": "Ärger ö"}, "u.geojson").read_text("utf-8").encode(codec))
    with pytest.raises(UnreadableFileError, match=r"x\.geojson: is not UTF-8 text: byte 0x.. at byte \d+ \(line 1\)"):
        read_incidents(path)


# -- GeoJSON structure ---------------------------------------------------------------------------

def test_deep_json_is_refused_before_gdal(tmp_path):
    path = tmp_path / "deep.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ' + "[" * 5000 + "]" * 5000 + "}")
    with pytest.raises(UnreadableFileError, match=r"nested more than 64 deep \(line 1\).*--max-depth"):
        read_incidents(path)


def test_broken_deep_json_is_a_sentence_even_when_allowed(tmp_path):
    path = tmp_path / "deep.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ' + "[" * 3000)
    with pytest.raises(UnreadableFileError, match=r"deep\.geojson: "):
        read_incidents(path, limits=ReadLimits(max_depth=10_000))


def test_many_properties_are_refused_fast(tmp_path):
    path = geojson(tmp_path, {f"p{k}": k for k in range(100_000)})
    with pytest.raises(UnreadableFileError, match="more than 1,000 distinct properties.*--max-fields"):
        read_incidents(path)


def test_array_valued_properties_are_row_errors(tmp_path):
    path = geojson(tmp_path, {"persons": [1, 2], "description": {"a": 1}})
    result = read_incidents(path, now=NOW)
    assert len(result.batch) == 0
    assert {e.field for e in result.rejects} >= {"persons"}
    assert all("list" in e.message or "object" in e.message or "whole number" in e.message for e in result.rejects)


def test_a_string_containing_quotes_and_brackets_is_not_nesting(tmp_path):
    path = geojson(tmp_path, {"description": 'a \\" [[[[{{{{ ' * 100})
    assert len(read_incidents(path, now=NOW).batch) == 1


# -- KML / KMZ ---------------------------------------------------------------------------------

KML = ('<?xml version="1.0" encoding="{enc}"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
       '<name>other</name><TimeStamp><when>2021-08-01T10:00:00Z</when></TimeStamp><ExtendedData>'
       '<Data name="country"><value>LT</value></Data></ExtendedData><Point><coordinates>25.5,54.5</coordinates>'
       '</Point></Placemark></Document></kml>\n')


def test_kml_with_an_unknown_encoding_is_a_sentence(tmp_path):
    path = tmp_path / "odd.kml"
    path.write_text(KML.format(enc="x-no-such-encoding"), encoding="utf-8")
    with pytest.raises(UnreadableFileError, match=r"odd\.kml: "):
        read_incidents(path)


def test_deep_kml_is_refused(tmp_path):
    path = tmp_path / "deep.kml"
    path.write_text(KML.format(enc="UTF-8").replace("<Document>", "<Folder>" * 200 + "<Document>")
                    .replace("</Document>", "</Document>" + "</Folder>" * 200), encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="nested more than 64 deep"):
        read_incidents(path)


def test_a_kmz_bomb_is_refused_before_inflating(tmp_path):
    path = tmp_path / "bomb.kmz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("doc.kml", "w") as member:
            member.write(KML.format(enc="UTF-8").encode()[:-8] + b" " * (60 << 20) + b"</kml>\n")
    assert path.stat().st_size < 1 << 20
    with pytest.raises(UnreadableFileError, match="inflates .* times its compressed size.*--max-zip-ratio"):
        read_incidents(path)
    with pytest.raises(UnreadableFileError, match="inflate to more than 10 MB.*--max-unzipped-mb"):
        read_incidents(path, limits=ReadLimits(max_zip_ratio=10**6, max_unzipped_mb=10))


def _kmz(tmp_path, name="x.kmz"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", KML.format(enc="UTF-8") * 1)
    return path


def _patch_entry(path, **fields):
    """Set the flag bits / method of the only entry, in both the local and the central header."""
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    for at, flag_at, method_at in ((local, 6, 8), (central, 8, 10)):
        if "flags" in fields:
            data[at + flag_at] |= fields["flags"]
        if "method" in fields:
            data[at + method_at:at + method_at + 2] = fields["method"].to_bytes(2, "little")
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("fields,message", [
    ({"flags": 1}, "is encrypted"),
    ({"method": 9}, "deflate64"),
    ({"method": 99}, "AES"),
])
def test_kmz_entries_we_cannot_unpack_are_sentences(tmp_path, fields, message):
    path = _kmz(tmp_path)
    _patch_entry(path, **fields)
    with pytest.raises(UnreadableFileError, match=message):
        read_incidents(path)


def test_kmz_with_a_corrupt_deflate_stream_is_a_sentence(tmp_path):
    path = _kmz(tmp_path)
    data = bytearray(path.read_bytes())
    start = data.find(b"PK\x03\x04") + 30 + len("doc.kml")
    for k in range(start + 5, start + 60):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableFileError, match=r"x\.kmz"):
        read_incidents(path)


def connect(path):
    from border_monitor.store.gpkg.binary import register_functions

    conn = sqlite3.connect(path)
    register_functions(conn)  # the R-tree triggers of a GeoPackage call them
    return conn


# -- GeoPackage ----------------------------------------------------------------------------------

def test_gpkg_text_with_invalid_utf8_names_the_feature(tmp_path):
    path = tmp_path / "bad.gpkg"
    write_incidents(one() * 1 + one(lon=25.2), path)
    with connect(path) as conn:
        conn.execute("UPDATE incidents SET description = CAST(x'47727570c4' AS TEXT) WHERE fid = 2")
    with pytest.raises(UnreadableFileError, match=r"bad\.gpkg: feature 2 of layer 'incidents' holds text that is not UTF-8"):
        read_incidents(path)


def test_gpkg_without_layers_is_a_sentence(tmp_path):
    path = tmp_path / "empty.gpkg"
    write_incidents(one(), path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM gpkg_contents")
    with pytest.raises(UnreadableFileError, match="holds no layer of features"):
        read_incidents(path)


def test_a_gpkg_view_over_a_recursive_cte_is_not_run(tmp_path):
    path = tmp_path / "view.gpkg"
    write_incidents(one(), path)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE incidents RENAME TO real_incidents")
        conn.execute("UPDATE gpkg_contents SET table_name = 'real_incidents' WHERE table_name = 'incidents'")
        conn.execute("UPDATE gpkg_geometry_columns SET table_name = 'real_incidents' WHERE table_name = 'incidents'")
        conn.execute("CREATE VIEW incidents AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                     "SELECT r.* FROM real_incidents r, c")
        conn.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('incidents', 'features', 'v')")
    with pytest.raises(UnreadableFileError, match="layer 'incidents' is a view .* only tables are read"):
        read_incidents(path)
    assert len(read_incidents(path, layer="real_incidents", now=NOW).batch) == 1


def test_a_slow_gpkg_query_is_stopped(tmp_path):
    path = tmp_path / "slow.gpkg"
    write_incidents(one(), path)
    with connect(path) as conn:  # enough rows that reading them takes more than the limit
        rows = [tuple(r) for r in conn.execute("SELECT * FROM incidents")]
        for _ in range(15):
            conn.executemany(f"INSERT INTO incidents VALUES ({', '.join('?' * len(rows[0]))})",
                             [(None,) + r[1:] for r in rows])
            rows = [tuple(r) for r in conn.execute("SELECT * FROM incidents")]
    with pytest.raises(UnreadableFileError, match=r"took longer than 1e-06 seconds.*--query-seconds"):
        read_incidents(path, limits=ReadLimits(query_seconds=1e-6))


def test_a_gpkg_source_is_opened_read_only(tmp_path):
    path = tmp_path / "ro.gpkg"
    write_incidents(one(), path)
    with sqlite3.connect(path) as conn:  # a trigger that would write if the reader wrote or trusted it
        conn.execute("CREATE TABLE seen (x)")
        conn.execute("CREATE TRIGGER t AFTER UPDATE ON incidents BEGIN INSERT INTO seen VALUES (1); END")
    before = path.read_bytes()
    os.chmod(path, 0o444)
    try:
        assert len(read_incidents(path, now=NOW).batch) == 1
    finally:
        os.chmod(path, 0o644)
    assert path.read_bytes() == before


def test_importing_a_store_skips_its_deleted_incidents(tmp_path):
    from border_monitor.store import open_store

    store_path = tmp_path / "store.gpkg"
    with open_store(store_path, create=True) as store:
        incidents = one() + one(lon=25.2) + one(lon=25.3)
        store.add(incidents, "t")
        victim = incidents[1]
        store.delete([victim.id], "t")
    result = read_incidents(store_path, now=NOW)
    assert len(result.batch) == 2
    assert str(victim.id) not in {str(i) for i in result.batch.id}
    assert any("1 deleted incident(s)" in note for note in result.source.notes)


# -- values --------------------------------------------------------------------------------------

def test_double_zone_is_refused_naming_row_and_field(tmp_path):
    path = tmp_path / "zz.csv"
    path.write_text(HEADER + ROW.format("x").replace("10:00:00Z", "10:00:00ZZ"), encoding="utf-8")
    (error,) = read_incidents(path, now=NOW).rejects
    assert (error.row, error.field, error.message) == (2, "occurred_at", "is not an ISO 8601 date and time")


def test_a_twenty_digit_nationality_count_is_a_row_error(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text(HEADER + ROW.format("x").replace("IRQ:2", "IRQ:99999999999999999999"), encoding="utf-8")
    (error,) = read_incidents(path, now=NOW).rejects
    assert error.field == "nationalities" and "count" in error.message


def test_messages_cut_huge_values(tmp_path):
    from border_monitor.domain.batch import RowError
    from border_monitor.io.rejects import from_row_errors

    path = tmp_path / "long.csv"
    path.write_text(HEADER + ROW.format("x").replace(",LT,", "," + "Q" * 5000 + ","), encoding="utf-8")
    (error,) = read_incidents(path, now=NOW).rejects
    sentence = from_row_errors([error])[0].sentence("line")
    assert len(sentence) < 400 and "…" in sentence
    assert len(str(RowError(2, "country", "Q" * 5000, "is bad"))) < 300


def test_the_duplicate_id_refusal_counts_every_id_the_store_holds(tmp_path, monkeypatch):
    from border_monitor.domain.batch import IncidentBatch
    from border_monitor.domain.errors import ImportRejected
    from border_monitor.store import open_store
    from border_monitor.store.gpkg import write as gpkg_write

    monkeypatch.setattr(gpkg_write, "CHUNK", 3)  # the store inserts in chunks (25,000 rows in real use)
    rows = [one(lon=23.5 + 0.01 * k)[0] for k in range(10)]
    with open_store(tmp_path / "s.gpkg", create=True) as store:
        store.add(rows[5:], "t")  # the last 5 ids, which fall in the second to fourth chunks
        with pytest.raises(ImportRejected) as info:
            store.add_batch(IncidentBatch.from_incidents(rows), "t")
    assert "5 incident id(s) are already in the store" in str(info.value)
    assert sorted(r[1] for r in info.value.rejects) == [6, 7, 8, 9, 10]

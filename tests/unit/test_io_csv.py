"""CSV import: encodings, separators, decimal commas, header spellings, local times, bad rows."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from border_monitor.domain.taxonomy import Country, IncidentType, Status
from border_monitor.io import UnreadableFileError, UnsupportedFormatError, read_incidents

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)
HEADER = ["id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
          "source", "status"]


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def good_line(k: int = 0, sep: str = ",", decimal: str = ".") -> str:
    lon = f"25{decimal}{1000 + k:04d}"
    lat = f"54{decimal}{5000 + k:04d}"
    return sep.join(["", f"2021-08-{1 + k % 28:02d}T10:00:00Z", "LT", "apprehension", lon, lat, "3", "IRQ:3",
                     f"group {k}", "VSAT", "reported"])


def table(lines: list[str], sep: str = ",") -> str:
    return sep.join(HEADER) + "\n" + "\n".join(lines) + "\n"


def test_every_field_of_a_plain_csv(tmp_path):
    text = ("id,occurred_at,country,type,lon,lat,persons,nationalities,description,source,status\n"
            "6f1c2b9e-2d7a-4c55-9a53-0d0f6d1e7a10,2021-08-03T21:15:30.250Z,PL,prevented_entry,23.6576,53.5272,"
            "14,\"IRQ:10, SYR:4\",\"Group of 14 near Kuźnica, \"\"pushed back\"\"\",SG Podlaski,verified\n")
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert result.rejects == []
    (inc,) = result.batch.to_incidents()
    assert str(inc.id) == "6f1c2b9e-2d7a-4c55-9a53-0d0f6d1e7a10"
    assert inc.occurred_at == datetime(2021, 8, 3, 21, 15, 30, 250000, tzinfo=timezone.utc)
    assert inc.country is Country.PL and inc.type is IncidentType.PREVENTED_ENTRY and inc.status is Status.VERIFIED
    assert (inc.lon, inc.lat, inc.persons) == (23.6576, 53.5272, 14)
    assert [(n.code, n.count) for n in inc.nationalities] == [("IRQ", 10), ("SYR", 4)]
    assert inc.description == 'Group of 14 near Kuźnica, "pushed back"'
    assert inc.source == "SG Podlaski"
    assert result.source.encoding == "utf-8" and result.source.separator == ","


LITHUANIAN = "Grupė sulaikyta prie Medininkų; pažeidėjai grąžinti, ąčęėįšųūž ĄČĘĖĮŠŲŪŽ"
LATVIAN = "Robežsargi aizturēja grupu pie Silenes: ā ē ī ū ģ ķ ļ ņ"
POLISH = "Zatrzymano grupę w pobliżu Kuźnicy; łódź, ąęłżśćńóź ĄĘŁŻŚĆŃÓŹ"


@pytest.mark.parametrize("encoding, country, description", [
    ("cp1257", "LT", LITHUANIAN),
    ("cp1257", "LV", LATVIAN),
    ("cp1250", "PL", POLISH),
])
def test_semicolons_decimal_commas_and_code_pages(tmp_path, encoding, country, description):
    text = ("Id;Occurred_At;Country;Type;Longitude;Latitude;Persons;Nationalities;Description;Source;Status\n"
            f';2021-09-10 14:05;{country};smuggling;"25,123456";54,654321;2;IRQ:1,SYR:1;"{description}";VSAT;\n')
    result = read_incidents(write(tmp_path, text, encoding), now=NOW)
    assert result.rejects == []
    assert result.source.encoding == encoding and result.source.encoding_detected
    assert result.source.separator == ";" and result.source.decimal_comma
    (inc,) = result.batch.to_incidents()
    assert inc.description == description
    assert (inc.lon, inc.lat) == (25.123456, 54.654321)
    assert [(n.code, n.count) for n in inc.nationalities] == [("IRQ", 1), ("SYR", 1)]


def test_utf8_with_byte_order_mark(tmp_path):
    path = write(tmp_path, table([good_line()]), "utf-8-sig")
    result = read_incidents(path, now=NOW)
    assert result.rejects == [] and len(result.batch) == 1
    assert result.source.encoding == "utf-8-sig"
    assert result.source.columns["id"] == "id"


@pytest.mark.parametrize("lon_name, lat_name", [("lon", "lat"), ("LNG", "Latitude"), ("Longitude", "LAT"),
                                                 ("x", "y"), ("long", "latitude")])
def test_header_spellings_for_coordinates(tmp_path, lon_name, lat_name):
    header = ",".join(["occurred_at", "country", "type", lat_name, lon_name])
    path = write(tmp_path, f"{header}\n2021-08-01T10:00:00Z,LV,other,55.8,27.4\n")
    (inc,) = read_incidents(path, now=NOW).batch.to_incidents()
    assert (inc.lon, inc.lat) == (27.4, 55.8)


@pytest.mark.parametrize("country, local, utc", [
    ("LT", "2021-07-15 02:30", datetime(2021, 7, 14, 23, 30, tzinfo=timezone.utc)),  # EEST, UTC+3
    ("LT", "2021-01-15 02:30", datetime(2021, 1, 15, 0, 30, tzinfo=timezone.utc)),  # EET, UTC+2
    ("LV", "2021-07-15T02:30:00", datetime(2021, 7, 14, 23, 30, tzinfo=timezone.utc)),
    ("PL", "2021-07-15T02:30", datetime(2021, 7, 15, 0, 30, tzinfo=timezone.utc)),  # CEST, UTC+2
    ("PL", "15.01.2021 02:30", datetime(2021, 1, 15, 1, 30, tzinfo=timezone.utc)),  # CET, day-first dots
    ("LT", "2021-10-31 04:30", datetime(2021, 10, 31, 2, 30, tzinfo=timezone.utc)),  # after the autumn change
    ("LT", "2021-03-28 04:30", datetime(2021, 3, 28, 1, 30, tzinfo=timezone.utc)),  # after the spring change
    ("LT", "2021-07-15T02:30:00+01:00", datetime(2021, 7, 15, 1, 30, tzinfo=timezone.utc)),  # a zone wins
])
def test_times_without_zone_are_the_reporting_countrys_wall_clock(tmp_path, country, local, utc):
    path = write(tmp_path, f"occurred_at,country,type,lon,lat\n{local},{country},other,25.0,54.0\n")
    (inc,) = read_incidents(path, now=NOW).batch.to_incidents()
    assert inc.occurred_at == utc


def test_many_local_times_converted_vectorised_match_zoneinfo(tmp_path):
    from zoneinfo import ZoneInfo

    rng = np.random.default_rng(5)
    start = datetime(2021, 1, 1).timestamp()
    stamps = [datetime.fromtimestamp(start + s) for s in rng.integers(0, 365 * 86400, 500).tolist()]
    countries = rng.choice(["LT", "LV", "PL"], 500)
    lines = [f"{t:%Y-%m-%d %H:%M:%S},{c},other,25.0,54.0" for t, c in zip(stamps, countries)]
    path = write(tmp_path, "occurred_at,country,type,lon,lat\n" + "\n".join(lines) + "\n")
    got = read_incidents(path, now=NOW).batch.to_incidents()
    zones = {"LT": "Europe/Vilnius", "LV": "Europe/Riga", "PL": "Europe/Warsaw"}
    expected = [t.replace(tzinfo=ZoneInfo(zones[c])).astimezone(timezone.utc) for t, c in zip(stamps, countries)]
    assert [i.occurred_at for i in got] == expected


def test_line_numbers_count_lines_inside_quoted_fields(tmp_path):
    text = ("occurred_at,country,type,lon,lat,description\n"
            "2021-08-01T10:00:00Z,LT,other,25.0,54.0,\"two\nlines\"\n"
            "\n"
            "2021-08-01T10:00:00Z,LT,other,25.0,95.0,bad latitude\n")
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert [(e.row, e.field) for e in result.rejects] == [(5, "lat")]
    assert len(result.batch) == 1 and result.batch.to_incidents()[0].description == "two\nlines"


@pytest.mark.parametrize("cell, field, words", [
    ("lon=nan", "lon", "not a finite number"),
    ("lat=91.5", "lat", "outside -90..90"),
    ("lon=181", "lon", "outside -180..180"),
    ("lon=10.0", "lon, lat", "outside the monitored region"),  # the position: its columns by header
    ("lon=", "lon", "is empty"),
    ("lat=54,7", "lat", "not a number"),
    ("type=invasion", "type", "not a known incident type"),
    ("country=BY", "country", "not LT, LV or PL"),
    ("occurred_at=2031-01-01T00:00:00Z", "occurred_at", "in the future"),
    ("occurred_at=yesterday", "occurred_at", "not an ISO 8601"),
    ("occurred_at=2021-02-30T10:00", "occurred_at", "not an ISO 8601"),
    ("persons=three", "persons", "not a whole number"),
    ("persons=2.5", "persons", "not a whole number"),
    ("persons=0", "persons", "at least 1"),
    ("nationalities=IRQ:2,XYZ", "nationalities", "not an ISO 3166-1"),
    ("nationalities=IRQ:9", "nationalities", "more persons"),
    ("status=lost", "status", "not a known status"),
    ("id=not-a-uuid-but-other-rows-have-one", "id", "not a UUID"),
])
def test_each_bad_value_is_named_by_line_and_field(tmp_path, cell, field, words):
    name, value = cell.split("=", 1)
    lines = []
    for k in range(5):
        row = dict(zip(HEADER, next(csv.reader([good_line(k)]))))
        row["id"] = f"00000000-0000-4000-8000-00000000000{k}"
        if k == 3:
            row[name] = value
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow([row[h] for h in HEADER])
        lines.append(buffer.getvalue())
    result = read_incidents(write(tmp_path, table(lines)), now=NOW)
    assert {e.row for e in result.rejects} == {5}, result.rejects  # header is line 1, the 4th record line 5
    named = [e for e in result.rejects if e.field == field]
    assert named and words in named[0].message, result.rejects
    assert len(result.batch) == 4 and 5 not in result.batch.rows.tolist()


def test_a_row_with_several_problems_reports_them_all(tmp_path):
    text = table([",2031-01-01T00:00:00Z,LT,invasion,x,54.0,2,ZZZ,,,"])
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert sorted(e.field for e in result.rejects) == ["lon", "nationalities", "occurred_at", "type"]
    assert {e.row for e in result.rejects} == {2}


def test_rows_with_a_wrong_number_of_fields_are_rejected(tmp_path):
    text = table([good_line(0), "2021-08-01T10:00:00Z,LT,other", good_line(2)])
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert [(e.row, e.field) for e in result.rejects] == [(3, "fields")]
    assert "3 fields where the header has 11" in result.rejects[0].message
    assert len(result.batch) == 2


def test_trailing_separators_and_blank_lines_are_harmless(tmp_path):
    text = ";".join(HEADER) + "\n" + good_line(1, ";", ",") + ";;\n;;;;;;;;;;\n\n"
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert result.rejects == [] and len(result.batch) == 1


def test_missing_column_is_a_file_error_naming_file_and_column(tmp_path):
    path = write(tmp_path, "occurred_at,country,type,lon\n2021-08-01T10:00:00Z,LT,other,25.0\n")
    with pytest.raises(UnreadableFileError) as info:
        read_incidents(path, now=NOW)
    assert str(path) in str(info.value) and "no lat column" in str(info.value)


def test_wrong_separator_hint(tmp_path):
    path = write(tmp_path, "occurred_at|country|type|lon|lat\n")
    path.write_text("occurred_at\tcountry:type:lon:lat\n")
    with pytest.raises(UnreadableFileError, match="separator"):
        read_incidents(path, now=NOW)


def test_truncated_in_a_quoted_field(tmp_path):
    text = table([good_line(0), good_line(1)]) + ',2021-08-01T10:00:00Z,LT,other,25.0,54.0,1,,"the report was cu'
    path = write(tmp_path, text)
    with pytest.raises(UnreadableFileError) as info:
        read_incidents(path, now=NOW)
    assert str(path) in str(info.value)
    assert "truncated" in str(info.value) and "line 4" in str(info.value)


def test_truncated_in_the_middle_of_a_line(tmp_path):
    path = write(tmp_path, table([good_line(0), good_line(1)]) + ",2021-08-01T10:00:00Z,LT,oth")
    with pytest.raises(UnreadableFileError, match=r"truncated: its last line \(4\) has 4 of the 11 columns"):
        read_incidents(path, now=NOW)


def test_truncated_in_the_middle_of_a_utf8_letter(tmp_path):
    data = (table([good_line(0)]) + ",2021-08-01T10:00:00Z,LT,other,25.0,54.0,1,,Grupė").encode("utf-8")[:-1]
    path = tmp_path / "cut.csv"
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError, match="truncated.*UTF-8 character on line 3"):
        read_incidents(path, now=NOW)


def test_wrong_encoding_named_by_line_and_column(tmp_path):
    path = write(tmp_path, table([good_line(0)]) + ",2021-08-01T10:00:00Z,LT,other,25.0,54.0,1,,Grupė,,\n",
                 "cp1257")
    with pytest.raises(UnreadableFileError, match=r"is not utf-8 text: byte 0xEB on line 3, column 49"):
        read_incidents(path, encoding="utf-8", now=NOW)


def test_bytes_no_candidate_encoding_knows(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(table([good_line(0)]).encode() + b",2021-08-01T10:00:00Z,LT,other,25.0,54.0,1,,\x81\x98,,\n")
    with pytest.raises(UnreadableFileError, match="not UTF-8, cp1257 or cp1250 text.*line 3"):
        read_incidents(path, now=NOW)


def test_utf16_and_binary_files_are_refused(tmp_path):
    path = write(tmp_path, table([good_line(0)]), "utf-16")
    with pytest.raises(UnreadableFileError, match="UTF-16"):
        read_incidents(path, now=NOW)
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(UnreadableFileError, match="not a text file"):
        read_incidents(path, now=NOW)


def test_missing_empty_and_unknown_files(tmp_path):
    with pytest.raises(UnreadableFileError, match="does not exist"):
        read_incidents(tmp_path / "nope.csv")
    with pytest.raises(UnreadableFileError, match="is empty"):
        read_incidents(write(tmp_path, "  \n"))
    with pytest.raises(UnsupportedFormatError, match="'.ods'"):
        read_incidents(tmp_path / "book.ods")


def test_an_id_column_without_uuids_is_not_ours(tmp_path):
    text = "id,occurred_at,country,type,lon,lat\n1,2021-08-01T10:00:00Z,LT,other,25,54\n2,2021-08-01T10:00:00Z,LT,other,25,54\n"
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert result.rejects == [] and len(result.batch) == 2
    assert any("no UUIDs" in note for note in result.source.notes)
    assert len({str(i.id) for i in result.batch.to_incidents()}) == 2


def test_duplicate_ids_in_one_file(tmp_path):
    uid = "6f1c2b9e-2d7a-4c55-9a53-0d0f6d1e7a10"
    text = f"id,occurred_at,country,type,lon,lat\n{uid},2021-08-01T10:00:00Z,LT,other,25,54\n" \
           f"{uid.upper()},2021-08-01T10:00:00Z,LT,other,25,54\n"
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert [(e.row, e.field) for e in result.rejects] == [(3, "id")]
    assert "repeats the id of row 2" in result.rejects[0].message


def test_values_in_other_spellings(tmp_path):
    text = ("occurred_at,country,type,lon,lat,persons,status\n"
            "2021-08-01T10:00:00Z,Lithuania,Prevented entry,25,54,4,VERIFIED\n"
            "2021-08-01T10:00:00Z, pol ,RETURN-TO-BELARUS,23.6,53.0,1.0,\n")
    a, b = read_incidents(write(tmp_path, text), now=NOW).batch.to_incidents()
    assert (a.country, a.type, a.status, a.persons) == (Country.LT, IncidentType.PREVENTED_ENTRY, Status.VERIFIED, 4)
    assert (b.country, b.type, b.status, b.persons) == (Country.PL, IncidentType.RETURN_TO_BELARUS, Status.REPORTED, 1)


def test_separate_date_and_time_columns(tmp_path):
    text = ("Date;Time;Country;Type;X;Y\n"
            "2021-07-15;02:30;LT;other;25,1;54,2\n"
            "15.07.2021;;PL;other;23,6;53,0\n"
            "2021-07-15;2:30;LV;other;27,1;55,9\n")
    result = read_incidents(write(tmp_path, text), now=NOW)
    assert result.rejects == []
    assert [i.occurred_at for i in result.batch.to_incidents()] == [
        datetime(2021, 7, 14, 23, 30, tzinfo=timezone.utc), datetime(2021, 7, 14, 22, 0, tzinfo=timezone.utc),
        datetime(2021, 7, 14, 23, 30, tzinfo=timezone.utc)]

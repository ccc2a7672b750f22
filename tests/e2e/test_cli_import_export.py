"""``border-monitor import`` / ``export`` against real stores in tmp_path."""
from __future__ import annotations

import csv
import hashlib
import resource
import sqlite3
import subprocess
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from border_monitor.cli.main import main
from border_monitor.domain import Incident, IncidentFilter
from border_monitor.domain.taxonomy import COUNTRIES, STATUSES, TYPES, TYPES_NEEDING_PERSONS
from border_monitor.io.rejects import read_report
from border_monitor.store import open_store

MODEL_FIELDS = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
                "source", "status")
CARRIED = ("created_at", "created_by", "origin")
DESCRIPTIONS = [
    "", 'Grupė sulaikyta prie Medininkų; "pažeidėjai" grąžinti', "Zatrzymano grupę w pobliżu Kuźnicy, łódź",
    "Robežsargi aizturēja grupu pie Silenes", "two\nlines, a comma; a semicolon", "<b>markup</b> & ampersand",
    "  spaces kept  ",
]


def make_incidents(n: int, seed: int = 3) -> list[Incident]:
    rng = np.random.default_rng(seed)
    start = datetime(2021, 6, 1, tzinfo=timezone.utc)
    out = []
    for k in range(n):
        kind = TYPES[k % len(TYPES)]
        persons = int(rng.integers(1, 40)) if kind in TYPES_NEEDING_PERSONS or k % 3 else 0
        nationalities = {1: f"IRQ:{persons}", 2: f"SYR:{persons // 2},AFG", 3: "COD"}.get(k % 4, "") if persons else ""
        out.append(Incident(
            occurred_at=start + timedelta(milliseconds=int(rng.integers(0, 200 * 86_400_000))),
            country=COUNTRIES[k % 3], type=kind,
            lon=float(rng.uniform(23.5, 28.0)), lat=float(rng.uniform(51.5, 56.0)), persons=persons,
            nationalities=nationalities, description=DESCRIPTIONS[k % len(DESCRIPTIONS)],
            source=["VSAT", "VRS", "SG Podlaski", ""][k % 4], status=STATUSES[k % 3],
        ))
    return out


def new_store(path: Path, incidents: list[Incident] | None = None) -> Path:
    with open_store(path, create=True) as store:
        if incidents:
            store.add(incidents, "seeder")
    return path


def stored(path: Path) -> dict[str, Incident]:
    with open_store(path) as store:
        return {str(i.id): i for i in store.page(IncidentFilter(), limit=1_000_000)}


def fingerprint(path: Path) -> tuple:
    """The store file's bytes and, read without touching it, its incident count and audit log."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        count = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        audit = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()
    return digest, count, audit


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def source_store(tmp_path_factory) -> Path:
    return new_store(tmp_path_factory.mktemp("source") / "source.gpkg", make_incidents(60))


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".kml", ".gpkg", ".xlsx"])
def test_export_then_import_gives_identical_incidents(source_store, tmp_path, capsys, suffix):
    out = tmp_path / f"export{suffix}"
    code, text, _ = run(["export", "--store", source_store, "--out", out], capsys)
    assert code == 0 and text.strip() == f"exported 60 incidents from {source_store} to {out}"
    target = new_store(tmp_path / "target.gpkg")
    code, text, err = run(["import", out, "--store", target, "--user", "importer"], capsys)
    assert code == 0, err
    assert text.strip() == f"imported 60 incidents from {out} into {target}"
    before, after = stored(source_store), stored(target)
    assert set(before) == set(after)
    for uid, a in before.items():
        b = after[uid]
        for name in MODEL_FIELDS + CARRIED:
            assert getattr(a, name) == getattr(b, name), (suffix, uid, name)
        assert b.border == a.border and b.sector == a.sector  # derived again, from the same place


def test_export_applies_the_filter(source_store, tmp_path, capsys):
    out = tmp_path / "lt.csv"
    code, _, _ = run(["export", "--store", source_store, "--out", out, "--country", "LT", "--from", "2021-07-01",
                      "--to", "2021-09-30", "--type", "apprehension,smuggling,other"], capsys)
    assert code == 0
    flt = IncidentFilter(countries={"LT"}, date_from="2021-07-01", date_to="2021-09-30",
                         types={"apprehension", "smuggling", "other"})
    with open_store(source_store) as store:
        expected = {str(i.id) for i in store.page(flt, limit=10_000)}
    with open(out, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {r["id"] for r in rows} == expected and expected
    assert all(r["country"] == "LT" and r["occurred_at"].endswith("Z") for r in rows)


def test_export_of_nothing_and_to_an_unknown_suffix(source_store, tmp_path, capsys):
    code, text, _ = run(["export", "--store", source_store, "--out", tmp_path / "none.geojson",
                         "--from", "2020-01-01", "--to", "2020-01-02"], capsys)
    assert code == 0 and "exported 0 incidents" in text
    code, _, err = run(["export", "--store", source_store, "--out", tmp_path / "out.xls"], capsys)
    assert code == 2 and "'.xls'" in err and "out.xls" in err


def good_rows(n: int) -> list[list[str]]:
    rows = []
    for k, inc in enumerate(make_incidents(n, seed=11)):
        rows.append([str(inc.id), inc.occurred_at.isoformat().replace("+00:00", "Z"), inc.country.value,
                     inc.type.value, repr(inc.lon), repr(inc.lat), str(inc.persons),
                     ",".join(str(x) for x in inc.nationalities), inc.description, inc.source, inc.status.value])
    return rows


def line_of(rows: list[list[str]], k: int) -> int:
    """The line a text editor shows for record k: after the header, each record takes one line
    plus the newlines inside its quoted fields."""
    return 2 + sum(1 + sum(cell.count("\n") for cell in row) for row in rows[:k])


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(MODEL_FIELDS)
        writer.writerows(rows)
    return path


def test_one_bad_row_among_a_thousand_refuses_the_file(tmp_path, capsys):
    store = new_store(tmp_path / "store.gpkg", make_incidents(5, seed=1))
    before = fingerprint(store)
    rows = good_rows(1000)
    rows[636][5] = "95.5"  # latitude out of range on the 637th record
    line = line_of(rows, 636)
    assert line > 638
    source = write_csv(tmp_path / "batch.csv", rows)
    assert source.read_text(encoding="utf-8").splitlines()[line - 1].startswith(rows[636][0])
    report = tmp_path / "rejects.csv"
    code, text, err = run(["import", source, "--store", store, "--rejects", report], capsys)
    assert code == 2
    assert "imported" not in text
    assert f"line {line}, lat: '95.5' is outside -90..90" in err
    assert [(r.row, r.field, r.value) for r in read_report(report)] == [(line, "lat", "95.5")]
    assert fingerprint(store) == before


def test_partial_imports_the_good_rows_and_reports_the_rest(tmp_path, capsys):
    store = new_store(tmp_path / "store.gpkg")
    rows = good_rows(300)
    rows[9][3] = "invasion"
    rows[19][4] = "nan"
    rows[29][1] = "2099-01-01T00:00:00Z"
    source = write_csv(tmp_path / "batch.csv", rows)
    report = tmp_path / "rejects.csv"
    code, text, err = run(["import", source, "--store", store, "--partial", "--rejects", report], capsys)
    assert code == 0, err
    assert text.strip() == f"imported 297 incidents from {source} into {store}"
    assert [(r.row, r.field) for r in read_report(report)] == [
        (line_of(rows, 9), "type"), (line_of(rows, 19), "lon"), (line_of(rows, 29), "occurred_at")]
    ids = set(stored(store))
    assert len(ids) == 297 and rows[9][0] not in ids and rows[0][0] in ids


def test_ids_already_in_the_store_refuse_the_import_unless_partial(tmp_path, capsys):
    rows = good_rows(20)
    store = new_store(tmp_path / "store.gpkg")
    write_csv(tmp_path / "first.csv", rows[:5])
    assert run(["import", tmp_path / "first.csv", "--store", store], capsys)[0] == 0
    before = fingerprint(store)
    source = write_csv(tmp_path / "again.csv", rows)
    code, _, err = run(["import", source, "--store", store, "--rejects", tmp_path / "r.csv"], capsys)
    assert code == 2 and "already in the store" in err
    assert [r.row for r in read_report(tmp_path / "r.csv")] == [line_of(rows, k) for k in range(5)]
    assert fingerprint(store) == before
    code, text, _ = run(["import", source, "--store", store, "--partial"], capsys)
    assert code == 0 and "imported 15 incidents" in text
    assert len(stored(store)) == 20


@pytest.mark.parametrize("encoding, text", [
    ("cp1257", "Pažeidėjai sulaikyti prie Šalčininkų, grąžinti į Baltarusiją"),
    ("cp1250", "Straż Graniczna: zatrzymano grupę koło Białowieży, łódź źródło"),
])
def test_spreadsheet_csv_in_a_code_page_lands_exactly(tmp_path, capsys, encoding, text):
    store = new_store(tmp_path / "store.gpkg")
    country = "LT" if encoding == "cp1257" else "PL"
    lines = ["occurred_at;country;type;longitude;latitude;persons;description",
             f'2021-07-15 02:30;{country};apprehension;25,3938;54,2747;4;"{text}"']
    source = tmp_path / "sheet.csv"
    source.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    code, _, err = run(["import", source, "--store", store], capsys)
    assert code == 0, err
    (inc,) = stored(store).values()
    assert inc.description == text
    assert (inc.lon, inc.lat, inc.persons) == (25.3938, 54.2747, 4)
    # 02:30 summer time: EEST (UTC+3) in Vilnius, CEST (UTC+2) in Warsaw
    expected = datetime(2021, 7, 14, 23, 30) if country == "LT" else datetime(2021, 7, 15, 0, 30)
    assert inc.occurred_at == expected.replace(tzinfo=timezone.utc)


def test_truncated_file_is_refused_naming_file_and_line(tmp_path, capsys):
    store = new_store(tmp_path / "store.gpkg")
    before = fingerprint(store)
    source = write_csv(tmp_path / "cut.csv", good_rows(50))
    source.write_bytes(source.read_bytes()[:-40])
    last_line = source.read_bytes().count(b"\n") + 1
    code, text, err = run(["import", source, "--store", store, "--rejects", tmp_path / "r.csv"], capsys)
    assert code == 2 and text == ""
    assert str(source) in err and "truncated" in err and f"line ({last_line})" in err
    (reject,) = read_report(tmp_path / "r.csv")
    assert reject.field == "file" and "truncated" in reject.message
    assert fingerprint(store) == before


def test_missing_file_and_missing_store(tmp_path, capsys):
    store = new_store(tmp_path / "store.gpkg")
    code, _, err = run(["import", tmp_path / "nowhere.csv", "--store", store], capsys)
    assert code == 2 and f"{tmp_path / 'nowhere.csv'} does not exist" in err
    source = write_csv(tmp_path / "ok.csv", good_rows(2))
    code, _, err = run(["import", source, "--store", tmp_path / "nostore.gpkg"], capsys)
    assert code == 2 and f"{tmp_path / 'nostore.gpkg'} does not exist" in err
    code, _, err = run(["export", "--store", tmp_path / "nostore.gpkg", "--out", tmp_path / "x.csv"], capsys)
    assert code == 2 and f"{tmp_path / 'nostore.gpkg'} does not exist" in err
    assert not (tmp_path / "nostore.gpkg").exists()


XXE_KML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE kml [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>
  <name>apprehension</name><description>&xxe;</description>
  <TimeStamp><when>2021-08-01T10:00:00Z</when></TimeStamp>
  <ExtendedData><Data name="country"><value>LT</value></Data><Data name="persons"><value>2</value></Data></ExtendedData>
  <Point><coordinates>25.5,54.5</coordinates></Point>
</Placemark></Document></kml>
"""


def test_external_entity_kml_never_reads_the_referenced_file(tmp_path, capsys):
    secret_text = f"SECRET-{uuid.uuid4()}"
    secret = tmp_path / "secret.txt"
    secret.write_text(secret_text)
    store = new_store(tmp_path / "store.gpkg")
    before = fingerprint(store)
    source = tmp_path / "evil.kml"
    source.write_text(XXE_KML.format(secret=secret))
    report = tmp_path / "r.csv"
    code, text, err = run(["import", source, "--store", store, "--rejects", report], capsys)
    assert code == 2 and "refused" in err and "DOCTYPE" in err
    for place in (text, err, report.read_text(encoding="utf-8"), store.read_bytes().decode("latin-1")):
        assert secret_text not in place
    assert fingerprint(store) == before
    # The same file without the DTD imports: the refusal is about the declaration alone.
    source.write_text(XXE_KML.format(secret=secret).replace(f'<!DOCTYPE kml [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>',
                                                             "").replace("&xxe;", "plain"))
    code, _, err = run(["import", source, "--store", store], capsys)
    assert code == 0, err
    assert [i.description for i in stored(store).values()] == ["plain"]


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
{body}
"""
KML_BODY = ('<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&lol9;</name>'
            "<Point><coordinates>25,54</coordinates></Point></Placemark></Document></kml>")
GPX_BODY = ('<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">'
            '<wpt lat="54" lon="25"><name>&lol9;</name></wpt></gpx>')


@pytest.mark.parametrize("suffix, body", [(".kml", KML_BODY), (".gpx", GPX_BODY)])
def test_entity_expansion_bomb_is_refused_within_a_small_memory_budget(tmp_path, suffix, body):
    """Expanded, the bomb is 3 GB of text: a process limited to 1 GB of address space (and a minute
    of CPU) could not survive it, so finishing with the refusal proves nothing was expanded."""
    store = new_store(tmp_path / "store.gpkg")
    before = fingerprint(store)
    source = tmp_path / f"bomb{suffix}"
    source.write_text(BOMB.format(body=body))

    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        resource.setrlimit(resource.RLIMIT_CPU, (60, 60))

    result = subprocess.run([sys.executable, "-m", "border_monitor", "import", str(source), "--store", str(store)],
                            capture_output=True, text=True, preexec_fn=limits, timeout=300)
    assert result.returncode == 2, result.stderr
    assert "is refused: it declares a <!DOCTYPE>" in result.stderr and str(source) in result.stderr
    assert fingerprint(store) == before


def test_a_file_in_the_wrong_encoding_is_refused_naming_line_and_byte(tmp_path, capsys):
    store = new_store(tmp_path / "store.gpkg")
    before = fingerprint(store)
    source = tmp_path / "baltic.csv"
    source.write_bytes("occurred_at,country,type,lon,lat,description\n"
                       "2021-08-01T10:00:00Z,LT,other,25.1,54.2,Grupė\n".encode("cp1257"))
    code, _, err = run(["import", source, "--store", store, "--encoding", "utf-8"], capsys)
    assert code == 2
    assert f"{source}: is not utf-8 text: byte 0xEB on line 2, column 45" in err
    assert fingerprint(store) == before
    code, text, err = run(["import", source, "--store", store], capsys)  # detected: cp1257
    assert code == 0, err
    assert [i.description for i in stored(store).values()] == ["Grupė"]


def test_export_format_xlsx_adds_the_suffix_and_refuses_a_different_one(source_store, tmp_path, capsys):
    import openpyxl

    code, text, err = run(["export", "--store", source_store, "--out", tmp_path / "august", "--format", "xlsx",
                           "--from", "2021-08-01", "--to", "2021-08-31"], capsys)
    assert code == 0, err
    out = tmp_path / "august.xlsx"
    assert text.strip().endswith(f"to {out}")
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["incidents"].iter_rows(values_only=True))
    book.close()
    with open_store(source_store) as store:
        expected = store.count(IncidentFilter(date_from="2021-08-01", date_to="2021-08-31"))
    assert len(rows) - 1 == expected and expected
    assert all(isinstance(r[1], datetime) and datetime(2021, 7, 31) <= r[1] < datetime(2021, 9, 1) for r in rows[1:])
    code, _, err = run(["export", "--store", source_store, "--out", tmp_path / "august.csv", "--format", "xlsx"],
                       capsys)
    assert code == 2 and "ends in '.csv', not '.xlsx'" in err and not (tmp_path / "august.csv").exists()

"""``border-monitor import`` of a CSV that pyarrow reads (``csv_stream.ARROW``) stores exactly the rows that reading
it with ``csv.reader`` stores: every column of the incidents table, for our export, the benchmark's file and awkward
files (code pages, separators, decimal commas, line breaks inside quotes, CR or CR LF line ends, a byte order mark,
blank lines, trailing separators, blanks around values, empty fields)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from border_monitor.cli.main import main
from border_monitor.io import csv_record_bytes, csv_stream

from test_cli_import_streamed import export_csv

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_import import make_csv  # noqa: E402

# Set at each import, not read from the file (when the file has no such column, or an empty id).
STAMPED = {"created_at", "updated_at", "origin", "uuid"}

LT_ROWS = [
    ';2021-09-10 14:05;LT;smuggling;"25,123456";54,654321;2;IRQ:1,SYR:1;"Grupė sulaikyta prie Medininkų;\r\n'
    'pažeidėjai grąžinti, ""ąčęėįšųūž""";VSAT;',
    ';10.09.2021 9:05;LV;apprehension;27,0001;56,0001;1;;Robežsargi aizturēja: ā ē ī ū ģ ķ ļ ņ;VRS;reported',
    ';2021.09.11 23:59;LT;other;25,5;54,5;0;;;;',
]
PL_ROWS = [
    '\t2021-09-10T14:05:00+02:00\tPL\tsmuggling\t23,6576\t53,5272\t3\tIRQ:3\t"Zatrzymano grupę w pobliżu Kuźnicy,\n'
    'łódź\tąęłżśćńóź"\tSG\t',
    '\t2021-09-12T01:00:00Z\tPL\tprevented_entry\t23,7\t52,9\t14\t"IRQ:10, SYR:4"\t" spacje "\tSG Podlaski\tverified',
]
RU_ROWS = [
    ',2021-08-01T10:00:00Z,LT,apprehension, 25.2 , 54.6 ,3,IRQ:3,"Группа из трёх, ""задержана""\rу границы",VSAT,',
    ",2021-08-02T10:00:00Z,LV,other,27.5,56.0,0,,,,reported",
    "",
    ",2021-08-03T10:00:00Z,PL,smuggling,23.5,53.0,1,SYR:1,'=formula guarded,SG,",
]
HEADER = ["id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description", "source",
          "status"]


def awkward(path: Path, rows: list[str], separator: str, newline: str, encoding: str, copies: int = 8) -> Path:
    """The rows over and over (a chunk holds a few), under a header, then a record with separators after its last
    field (as spreadsheets write them: pyarrow refuses it, csv.reader reads that chunk)."""
    last = separator.join(rows[1].split(separator)[:len(HEADER)]) + separator * 2
    lines = [separator.join(HEADER)] + rows * copies + [last]
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode())
    return path


def table_of(store: Path) -> tuple[list[str], list[tuple]]:
    with sqlite3.connect(store) as conn:
        names = [r[1] for r in conn.execute("PRAGMA table_info(incidents)")]
        return names, conn.execute("SELECT * FROM incidents ORDER BY fid").fetchall()


def imported(monkeypatch, caplog, source: Path, store: Path, arrow: bool) -> tuple[list[str], list[tuple]]:
    monkeypatch.setattr(csv_stream, "ARROW", arrow)
    caplog.clear()
    with caplog.at_level("DEBUG", logger="border_monitor"):
        assert main(["import", str(source), "--store", str(store), "--create", "--user", "k"]) == 0
    assert "(streamed)" in caplog.text  # read while stored, not whole
    if arrow:
        assert "by pyarrow" in caplog.text and "0 chunks read by pyarrow" not in caplog.text
    return table_of(store)


@pytest.mark.parametrize("make", ["export", "benchmark", "lt-cp1257", "pl-cp1250-tabs-cr", "bom-russian"])
def test_the_store_holds_what_the_csv_reader_reading_stores(tmp_path, monkeypatch, caplog, capsys, make):
    monkeypatch.setattr(csv_stream, "CHUNK", 7)
    monkeypatch.setattr(csv_record_bytes, "BLOCK", 700)
    source = tmp_path / "in.csv"
    if make == "export":
        export_csv(source, 40)
    elif make == "benchmark":
        make_csv(source, 300)
    elif make == "lt-cp1257":
        awkward(source, LT_ROWS, ";", "\r\n", "cp1257")
    elif make == "pl-cp1250-tabs-cr":
        awkward(source, PL_ROWS, "\t", "\r", "cp1250")
    else:
        awkward(source, RU_ROWS, ",", "\n", "utf-8-sig")
    names, old = imported(monkeypatch, caplog, source, tmp_path / "old.gpkg", arrow=False)
    _, again = imported(monkeypatch, caplog, source, tmp_path / "again.gpkg", arrow=False)
    stamped = {name for k, name in enumerate(names) if any(a[k] != b[k] for a, b in zip(old, again))}
    assert stamped <= STAMPED
    new_names, new = imported(monkeypatch, caplog, source, tmp_path / "new.gpkg", arrow=True)
    assert new_names == names and len(new) == len(old) > 10
    kept = [k for k, name in enumerate(names) if name not in stamped]
    for a, b in zip(old, new):
        assert [a[k] for k in kept] == [b[k] for k in kept]
    capsys.readouterr()

"""``border-monitor import`` of a CSV into a GeoPackage streams it chunk by chunk (``io.csv_stream`` and
``GeoPackageStore.add_batches``): the store it makes must hold exactly what the whole-file path stores, and a
file with a problem anywhere (also after the first chunk) must be refused exactly as before."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from border_monitor.cli import import_cmd
from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.io import csv_dialects, csv_stream, csv_stream_process
from border_monitor.io.csv_stream import CsvStream, NotStreamable
from border_monitor.io.readers import read_incidents
from border_monitor.store import open_store

from test_cli_import_export import make_incidents

COMPARED = ("occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description", "source",
            "status", "border", "sector", "distance_to_border_m", "side", "in_zone", "created_by", "origin")


def export_csv(path: Path, n: int) -> Path:
    """n incidents in our own export format (``border-monitor export``)."""
    store = path.with_suffix(".seed.gpkg")
    with open_store(store, create=True) as s:
        s.add(make_incidents(n), "seeder")
    assert main(["export", "--store", str(store), "--out", str(path)]) == 0
    return path


def rows_of(store: Path) -> dict[str, tuple]:
    with open_store(store) as s:
        return {str(i.id): tuple(getattr(i, f) for f in COMPARED) for i in s.page(IncidentFilter(), limit=100_000)}


@pytest.fixture(params=["here", "child"])
def small_chunks(request, monkeypatch):
    """40 rows in 6 chunks, read in this process, then in a child process (``io.csv_stream_process``, which big
    files take) whatever the file's size."""
    monkeypatch.setattr(csv_stream, "CHUNK", 7)
    if request.param == "child":
        monkeypatch.setattr(csv_stream_process, "MIN_BYTES", 0)
    return request.param


def test_streamed_store_equals_the_whole_file_path(tmp_path, small_chunks, capsys, caplog):
    source = export_csv(tmp_path / "in.csv", 40)
    streamed = tmp_path / "streamed.gpkg"
    with caplog.at_level("INFO"):
        assert main(["import", str(source), "--store", str(streamed), "--create", "--user", "k"]) == 0
    assert "(streamed)" in caplog.text  # not the whole-file path
    if small_chunks == "child":
        assert "in a child process" in caplog.text
    else:
        assert "in chunks of 7" in caplog.text and "in a child process" not in caplog.text
    assert "imported 40 incidents" in capsys.readouterr().out
    whole = tmp_path / "whole.gpkg"
    with open_store(whole, create=True) as s:
        s.add_batch(read_incidents(source).batch, "k", validated=True, source_name=str(source))
    assert rows_of(streamed) == rows_of(whole)
    with sqlite3.connect(streamed) as conn:
        assert conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
        inside = conn.execute("SELECT count(*) FROM rtree_incidents_geom WHERE minx >= 23 AND maxx <= 29").fetchone()
        assert inside[0] == 40
        entries = conn.execute("SELECT action, json_extract(after_json, '$.count'), "
                               "json_extract(after_json, '$.first_fid'), json_extract(after_json, '$.last_fid') "
                               "FROM audit_log").fetchall()
    assert entries == [("import", 40, 1, 40)]  # one entry for the whole import, naming its fids
    assert main(["audit", "verify", "--store", str(streamed)]) == 0
    with open_store(streamed) as s:  # the index the import left (or its snapshot) answers as the file does
        assert s.count(IncidentFilter()) == 40


def test_streamed_into_a_store_with_rows_keeps_them(tmp_path, small_chunks):
    source = export_csv(tmp_path / "in.csv", 30)
    store = tmp_path / "s.gpkg"
    with open_store(store, create=True) as s:
        s.add(make_incidents(5, seed=9), "seeder")
    before = rows_of(store)
    assert main(["import", str(source), "--store", str(store)]) == 0
    after = rows_of(store)
    assert len(after) == 35 and all(after[k] == v for k, v in before.items())
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0] == 35


def _break_line(path: Path, line: int, field: str, value: str) -> None:
    with open(path, newline="", encoding="utf-8") as f:
        records = list(csv.reader(f))
    records[line - 1][records[0].index(field)] = value
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(records)


def _both_ways(monkeypatch, capsys, tmp_path, args: list[str], store_name: str = "new.gpkg"):
    """(code, stdout, stderr, rows stored) of ``import`` as it runs, then with streaming off (the whole-file path
    as it always was), each into a fresh copy of the store folder's state."""
    capsys.readouterr()
    results = []
    for streaming in (True, False):
        store = tmp_path / store_name
        for leftover in tmp_path.glob(store_name + "*"):
            leftover.unlink()
        if not streaming:
            monkeypatch.setattr(import_cmd, "_stream_import", lambda *a: None)
        code = main(["import", *args, "--store", str(store)])
        out = capsys.readouterr()
        results.append((code, out.out, out.err, len(rows_of(store)) if store.exists() else None))
    return results


def test_a_bad_row_after_the_first_chunk_refuses_the_whole_file(tmp_path, small_chunks, capsys, monkeypatch):
    source = export_csv(tmp_path / "in.csv", 40)
    _break_line(source, 33, "persons", "many")
    streamed, whole = _both_ways(monkeypatch, capsys, tmp_path, [str(source), "--create"])
    assert streamed == whole
    code, _, err, stored_rows = streamed
    assert code == 2 and "'many'" in err and "Nothing was imported" in err and stored_rows is None
    assert not list(tmp_path.glob("new.gpkg*"))  # the store made for it is gone again


def test_partial_import_of_a_bad_row_after_the_first_chunk(tmp_path, small_chunks, capsys, monkeypatch):
    source = export_csv(tmp_path / "in.csv", 40)
    _break_line(source, 20, "country", "XX")
    report = tmp_path / "rejects.csv"
    streamed, whole = _both_ways(monkeypatch, capsys, tmp_path, [str(source), "--create", "--partial",
                                                                 "--rejects", str(report)])
    assert streamed == whole
    assert streamed[0] == 0 and "imported 39 incidents" in streamed[1] and streamed[3] == 39


def test_an_id_repeated_in_another_chunk_is_reported_as_in_the_file(tmp_path, small_chunks, capsys, monkeypatch):
    source = export_csv(tmp_path / "in.csv", 40)
    with open(source, newline="", encoding="utf-8") as f:
        first_id = list(csv.DictReader(f))[0]["id"]
    _break_line(source, 38, "id", first_id)
    streamed, whole = _both_ways(monkeypatch, capsys, tmp_path, [str(source), "--create"])
    assert streamed == whole
    assert streamed[0] == 2 and "repeats the id of row 2" in streamed[2] and "already in the store" not in streamed[2]


def test_ids_already_in_the_store_are_named_by_row(tmp_path, small_chunks, capsys):
    source = export_csv(tmp_path / "in.csv", 20)
    store = tmp_path / "s.gpkg"
    assert main(["import", str(source), "--store", str(store), "--create"]) == 0
    capsys.readouterr()
    assert main(["import", str(source), "--store", str(store)]) == 2
    assert "already in the store" in capsys.readouterr().err
    assert len(rows_of(store)) == 20


def test_stream_yields_what_read_csv_reads(tmp_path):
    source = export_csv(tmp_path / "in.csv", 25)
    whole = read_incidents(source)
    stream = CsvStream(source, chunk_rows=4)
    parts = list(stream.batches())
    assert [len(p) for p in parts] == [4, 4, 4, 4, 4, 4, 1]
    for name in ("occurred_at_ms", "country", "type", "lon", "lat", "persons", "status", "row"):
        assert np.array_equal(np.concatenate([getattr(p, name) for p in parts]), getattr(whole.batch, name)), name
    for name in ("id", "nationalities", "description", "source"):
        assert [str(v) for p in parts for v in getattr(p, name)] == [str(v) for v in getattr(whole.batch, name)]
    assert stream.source == whole.source


def test_a_child_process_reads_what_the_stream_reads(tmp_path):
    source = export_csv(tmp_path / "in.csv", 25)
    here = CsvStream(source, chunk_rows=4)
    mine = list(here.batches())
    with csv_stream_process.CsvStreamProcess(source, chunk_rows=4) as child:
        theirs = list(child.batches())
        assert child.source == here.source
    assert [len(p) for p in theirs] == [4, 4, 4, 4, 4, 4, 1]
    for a, b in zip(mine, theirs):
        for name in ("occurred_at_ms", "country", "type", "lon", "lat", "persons", "status", "row"):
            assert np.array_equal(getattr(a, name), getattr(b, name)), name
        for name in ("id", "nationalities", "description", "source"):
            assert getattr(a, name).tolist() == getattr(b, name).tolist(), name
        assert a.extra.keys() == b.extra.keys()


def test_a_child_process_refuses_as_the_stream_does_and_ends(tmp_path):
    source = export_csv(tmp_path / "in.csv", 12)
    _break_line(source, 10, "lon", "")
    with pytest.raises(NotStreamable) as here:
        list(CsvStream(source, chunk_rows=4).batches())
    child = csv_stream_process.CsvStreamProcess(source, chunk_rows=4, measure=True)
    got = []
    with pytest.raises(NotStreamable) as there:
        for item in child.batches():
            got.append(item)
    assert str(there.value) == str(here.value)
    # the two chunks before line 10's, measured and sent by the child's second thread, came first and in order
    assert [batch.row.tolist() for batch, _ in got] == [[2, 3, 4, 5], [6, 7, 8, 9]]
    assert [len(derived) for _, derived in got] == [4, 4]
    child.close()
    assert child.exit_code is not None  # ended, not left behind
    missing = csv_stream_process.CsvStreamProcess(tmp_path / "gone.csv")
    with pytest.raises(NotStreamable):
        list(missing.batches())
    missing.close()


def test_a_batch_the_child_fails_to_measure_ends_its_stream_there(tmp_path, monkeypatch):
    """The child's sending thread measures batch 2 and fails: the parent hears that, after batch 1 and before
    anything else; batch 3, read meanwhile, is not sent (``_serve`` run in this process, its pipe a buffer)."""
    import io
    import pickle

    from border_monitor.geo import enrich

    source = export_csv(tmp_path / "in.csv", 14)
    measured = []
    real = enrich.enrich

    def failing(lon, lat):
        measured.append(len(lon))
        if len(measured) == 2:
            raise ValueError("Position 1 (lon 99, lat 99) is too far from the monitored region")
        return real(lon, lat)
    monkeypatch.setattr(enrich, "enrich", failing)
    out = io.BytesIO()
    csv_stream_process._serve(out, str(source), {"chunk_rows": 4}, True)
    out.seek(0)
    messages = []
    while out.tell() < len(out.getvalue()):
        messages.append(pickle.load(out))
    assert [kind for kind, _ in messages] == ["batch", "not"]
    assert messages[0][1][0].row.tolist() == [2, 3, 4, 5]
    assert messages[1][1] == "ValueError: Position 1 (lon 99, lat 99) is too far from the monitored region"
    assert measured == [4, 4]  # batches 3 and 4 were read, but never measured nor sent


def big_export(tmp_path: Path, n: int, encoding: str = "utf-8", description=None, notes=None) -> Path:
    """An export of ``n`` rows (10 incidents again and again, each row with an id of its own), past the first block
    a child reads at once as UTF-8 (``csv_dialects.scan_utf8_start``) when n is over ~5,000; ``description(k)``:
    row k's description; ``notes(k)``: row k's text in a column "notes" the import ignores. A row whose texts are
    ASCII is all ASCII (the letters of its other columns dropped)."""
    import uuid

    seed = export_csv(tmp_path / "seed.csv", 10)
    with open(seed, newline="", encoding="utf-8") as f:
        header, *rows = list(csv.reader(f))
    at_id, at_text = header.index("id"), header.index("description")
    path = tmp_path / "big.csv"
    with open(path, "w", newline="", encoding=encoding) as f:
        out = csv.writer(f)
        out.writerow(header + (["notes"] if notes else []))
        for k in range(n):
            row = list(rows[k % len(rows)])
            row[at_id] = str(uuid.UUID(int=k + 1, version=4))
            row[at_text] = description(k) if description else f"report {k}"
            row += [notes(k)] if notes else []
            if all(field.isascii() for field in row[at_text:at_text + 1] + row[len(header):]):
                row = [field.encode("ascii", "ignore").decode() for field in row]
            out.writerow(row)
    return path


def test_a_child_reads_a_big_utf8_file_at_once_and_reports_it_as_the_whole_scan_does(tmp_path):
    source = big_export(tmp_path, 8000, description=lambda k: f"Grupė {k} prie sienos")
    assert source.stat().st_size > csv_dialects.BLOCK and csv_dialects.scan_utf8_start(source) is not None
    here = CsvStream(source, chunk_rows=3000)
    mine = list(here.batches())
    with csv_stream_process.CsvStreamProcess(source, chunk_rows=3000) as child:
        theirs = list(child.batches())
        assert child.source == here.source  # encoding and all, as the scan of the whole file has it
    assert [len(b) for b in theirs] == [3000, 3000, 2000]
    assert [t for b in theirs for t in b.description.tolist()] == [t for b in mine for t in b.description.tolist()]


def test_a_big_file_that_starts_as_utf8_but_is_a_code_page_is_not_streamed_and_imports_right(tmp_path, capsys,
                                                                                              monkeypatch, caplog):
    """cp1257 whose first block is ASCII and whose letters are in a column the import ignores (which the child's
    parser never decodes): the child reads it as UTF-8 at once, the whole scan (in the importing process) says
    cp1257, so the stream is refused at its end and the file is read whole."""
    source = big_export(tmp_path, 8000, "cp1257", notes=lambda k: "ok" if k < 7000 else f"Grupė {k}")
    assert csv_dialects.scan_utf8_start(source) is not None and csv_dialects.scan_encoding(source).encoding == "cp1257"
    with csv_stream_process.CsvStreamProcess(source, chunk_rows=3000) as child:
        got = []
        with pytest.raises(NotStreamable, match="was read as utf-8 text, but it is cp1257"):
            for batch in child.batches():
                got.append(len(batch))
        assert got == [3000, 3000, 2000]  # every batch came, then the stream was refused
    monkeypatch.setattr(csv_stream_process, "MIN_BYTES", 0)  # the import reads it in a child too
    store = tmp_path / "s.gpkg"
    with caplog.at_level("INFO"):
        assert main(["import", str(source), "--store", str(store), "--create"]) == 0
    assert "is not imported while read (" in caplog.text and "but it is cp1257" in caplog.text
    out = capsys.readouterr()
    assert "imported 8000 incidents" in out.out and "notes" in out.err  # the whole-file path: a column not imported
    with open_store(store) as s:
        assert s.count(IncidentFilter()) == 8000


def test_a_big_utf8_file_damaged_past_its_first_block_is_refused_as_the_whole_file_path_refuses_it(
        tmp_path, capsys, monkeypatch):
    source = big_export(tmp_path, 8000, description=lambda k: f"Grupė {k} prie sienos")
    data = source.read_bytes()
    at = data.index("Grupė 7500".encode())
    source.write_bytes(data[:at] + b"\xff" + data[at + 1:])  # one byte that is no UTF-8 (in a text column)
    with csv_stream_process.CsvStreamProcess(source, chunk_rows=3000) as child:
        with pytest.raises(NotStreamable):
            list(child.batches())
    streamed, whole = _both_ways(monkeypatch, capsys, tmp_path, [str(source), "--create"])
    assert streamed == whole
    assert streamed[0] == 2 and streamed[3] is None and "UTF-8" in streamed[2]


def test_a_child_process_left_halfway_is_ended(tmp_path):
    source = export_csv(tmp_path / "in.csv", 40)
    child = csv_stream_process.CsvStreamProcess(source, chunk_rows=4)
    assert len(next(child.batches())) == 4
    child.close()  # the import was abandoned after a batch: the reader must not be left running
    assert child.exit_code is not None


def test_stream_refuses_what_it_would_read_differently(tmp_path):
    source = export_csv(tmp_path / "in.csv", 12)
    _break_line(source, 10, "lon", "")
    with pytest.raises(NotStreamable):
        list(CsvStream(source, chunk_rows=4).batches())
    truncated = tmp_path / "cut.csv"
    truncated.write_bytes(export_csv(tmp_path / "ok.csv", 12).read_bytes()[:-40])
    with pytest.raises(NotStreamable):
        list(CsvStream(truncated, chunk_rows=4).batches())


def test_the_index_after_a_streamed_import_answers_as_the_file_opened_again(tmp_path):
    """The columnar index the import appends to (codes of sectors, nationalities and sources) is the one a fresh
    open loads from the file."""
    source = export_csv(tmp_path / "in.csv", 40)
    path = tmp_path / "s.gpkg"
    filters = [IncidentFilter(), IncidentFilter(text="SYR"), IncidentFilter(text="VSAT"), IncidentFilter(text="SG"),
               IncidentFilter(text="Medininkų"), IncidentFilter(bbox=(23.5, 53.0, 26.0, 56.0))]

    def answers(store):
        return [(store.count(f), [str(i.id) for i in store.page(f, limit=100)], store.stats(f)) for f in filters]

    with open_store(path, create=True) as store:
        store.add(make_incidents(3, seed=11), "seeder")
        store.add_batches(CsvStream(source, chunk_rows=9).batches(), "k", source_name=str(source))
        live = answers(store)
    with open_store(path) as store:
        assert answers(store) == live
    assert live[0][0] == 43 and 0 < live[1][0] < 43 and 0 < live[2][0] < 43


def test_an_empty_index_takes_a_streamed_import_s_columns_as_a_fresh_open_loads_them(tmp_path):
    """Into an empty store the index takes the import's own arrays (``append_coded(owned=True)``), days worked out
    before the commit: every column, the local day included, is what opening the file again loads."""
    source = export_csv(tmp_path / "in.csv", 30)
    path = tmp_path / "e.gpkg"
    with open_store(path, create=True) as store:
        store.add_batches(CsvStream(source, chunk_rows=7).batches(), "k", source_name=str(source))
        live = {name: values.copy() for name, values in store._cache.index.cols.items()}
    with open_store(path) as store:
        loaded = store._cache.index.cols
        assert set(loaded) == set(live) and "day" in live
        for name, values in loaded.items():
            assert values.dtype == live[name].dtype and np.array_equal(values, live[name]), name
    assert len(set(live["day"].tolist())) > 1

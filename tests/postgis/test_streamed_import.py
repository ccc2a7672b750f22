"""``border-monitor import`` of a CSV into a database store streams it (``PostgisStore.add_batches``: the file read
in this process or a child process while one COPY sends it): the rows must be what the whole-file path stores,
texts with tabs, backslashes and line breaks included; a clash, a cancel or a bad row leaves nothing behind."""
from __future__ import annotations

import csv
import sys
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.domain.errors import ImportCancelled, ImportRejected
from border_monitor.io import csv_stream, csv_stream_process
from border_monitor.io.csv_stream import CsvStream
from border_monitor.io.readers import read_incidents
from border_monitor.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from test_cli_import_export import make_incidents  # noqa: E402
from pg_fixtures import drop_database, new_store_database  # noqa: E402
from test_bulk_load import csv_of, editors, incident  # noqa: E402,F401 - editors: a fixture

COMPARED = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description", "source",
            "status", "border", "sector", "distance_to_border_m", "side", "in_zone", "created_by", "updated_by",
            "revision", "deleted")
AWKWARD = ["tab\there", "back\\slash \\N", "two\nlines", "carriage\r\nreturn", "ąčęėįšųūž «ż» 'quoted' \"too\"", ""]


def export_csv(path: Path, n: int) -> Path:
    """n incidents in our own export format, with awkward texts in description and source."""
    incidents = [replace(inc, description=AWKWARD[k % len(AWKWARD)] + f" {k}", source=AWKWARD[(k + 3) % len(AWKWARD)])
                 for k, inc in enumerate(make_incidents(n))]
    seed = path.with_suffix(".seed.gpkg")
    with open_store(seed, create=True) as s:
        s.add(incidents, "seeder")
    assert main(["export", "--store", str(seed), "--out", str(path)]) == 0
    return path


def rows_of(url: str) -> dict[str, tuple]:
    with open_store(url) as s:
        page = s.page(IncidentFilter(), limit=100_000)
    return {str(i.id): tuple(getattr(i, f) for f in COMPARED) for i in page}


def fids_and_seqs(url: str) -> list[tuple[int, int]]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT fid, change_seq FROM incidents ORDER BY fid").fetchall()


@pytest.fixture(params=["here", "child"])
def small_chunks(request, monkeypatch):
    """40 rows in 6 chunks, read in this process, then in a child process (``io.csv_stream_process``)."""
    monkeypatch.setattr(csv_stream, "CHUNK", 7)
    if request.param == "child":
        monkeypatch.setattr(csv_stream_process, "MIN_BYTES", 0)
    return request.param


@pytest.fixture
def second_url(pg_server):
    url = new_store_database()
    yield url
    drop_database(url)


def test_a_streamed_import_stores_what_the_whole_file_path_stores(pg_url, second_url, tmp_path, small_chunks,
                                                                  caplog, capsys):
    source = export_csv(tmp_path / "in.csv", 40)
    with caplog.at_level("INFO"):
        assert main(["import", str(source), "--store", pg_url, "--user", "k"]) == 0
    assert "(streamed)" in caplog.text  # not the whole-file path
    assert ("in a child process" in caplog.text) == (small_chunks == "child")
    assert "imported 40 incidents" in capsys.readouterr().out
    with open_store(second_url) as s:
        s.add_batch(read_incidents(source).batch, "k", validated=True, source_name=str(source))
    streamed, whole = rows_of(pg_url), rows_of(second_url)
    assert len(streamed) == 40 and streamed == whole
    assert {row[COMPARED.index("description")].split(" ")[0] for row in streamed.values()} >= {"tab\there", "two\nlines"}
    rows = fids_and_seqs(pg_url)
    assert [f for f, _ in rows] == list(range(rows[0][0], rows[0][0] + 40)) and len({s for _, s in rows}) == 40
    with psycopg.connect(pg_url) as conn:
        entries = conn.execute("SELECT action, after_json::jsonb->>'count', after_json::jsonb->>'first_fid', "
                               "after_json::jsonb->>'last_fid' "
                               "FROM audit_log").fetchall()
    assert entries == [("import", "40", str(rows[0][0]), str(rows[-1][0]))]  # one entry naming the fids
    assert main(["audit", "verify", "--store", pg_url]) == 0


def test_the_cache_after_a_streamed_import_answers_as_a_fresh_open(pg_url, tmp_path, small_chunks):
    source = export_csv(tmp_path / "in.csv", 40)
    with open_store(pg_url) as store:
        store.add(make_incidents(3, seed=9), "k")  # rows before the import keep their place
        change = store.add_batches(CsvStream(source, chunk_rows=9).batches(), "k", source_name=str(source))
        assert change.added == 40 and len(change.incidents) == 40
        pl = IncidentFilter(countries=frozenset({"PL"}))
        here = (store.count(IncidentFilter()), store.count(pl), store.page(pl, limit=100))
    with open_store(pg_url) as fresh:
        assert (fresh.count(IncidentFilter()), fresh.count(pl), fresh.page(pl, limit=100)) == here
    assert here[0] == 43


def test_ids_already_stored_are_named_by_row_and_nothing_is_written(pg_url, tmp_path, capsys):
    source = export_csv(tmp_path / "in.csv", 20)
    with open(source, newline="", encoding="utf-8") as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    batch = read_incidents(source).batch
    row = int(batch.rows[15])  # the file's line: texts with line breaks make rows of several lines
    with open_store(pg_url) as store:
        store.add_batch(batch.take(slice(15, 16)), "k", validated=True)
        before = fids_and_seqs(pg_url)
        with pytest.raises(ImportRejected, match="already in the store") as refused:
            store.add_batches(CsvStream(source, chunk_rows=4).batches(), "k", source_name="in.csv")
        assert [(r[0], r[1], r[2]) for r in refused.value.rejects] == [("in.csv", row, "id")]
        assert ids[15] in refused.value.rejects[0][3]
        assert store.count(IncidentFilter()) == 1
    assert fids_and_seqs(pg_url) == before
    assert main(["import", str(source), "--store", pg_url]) == 2  # the CLI reads the file whole and names the row
    err = capsys.readouterr().err
    assert "already in the store" in err and str(row) in err


def test_a_cancelled_streamed_import_leaves_nothing(pg_url, tmp_path):
    source = export_csv(tmp_path / "in.csv", 30)
    asked = []
    with open_store(pg_url) as store:
        with pytest.raises(ImportCancelled):
            store.add_batches(CsvStream(source, chunk_rows=7).batches(), "k", progress=lambda done, n: asked.append(done),
                              cancel=lambda: len(asked) >= 2)
        assert asked[:2] == [7, 14] and store.count(IncidentFilter()) == 0
    assert fids_and_seqs(pg_url) == []


def test_a_bad_row_after_the_first_chunk_is_refused_as_before(pg_url, tmp_path, small_chunks, capsys):
    source = export_csv(tmp_path / "in.csv", 40)
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    header = next(csv.reader([lines[0]]))
    rows = list(csv.reader(source.open(newline="", encoding="utf-8")))
    rows[33][header.index("persons")] = "many"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    assert main(["import", str(source), "--store", pg_url]) == 2
    err = capsys.readouterr().err
    assert "'many'" in err and "Nothing was imported" in err
    assert fids_and_seqs(pg_url) == []


def test_an_operator_streams_through_row_level_security(pg_url, editors, tmp_path, small_chunks, caplog, capsys):
    mine = csv_of(tmp_path / "lt.csv", [incident("LT", 1 + k % 28) for k in range(40)])
    with caplog.at_level("INFO"):
        assert main(["import", str(mine), "--store", editors["operator"], "--user", "op"]) == 0
    assert "(streamed)" in caplog.text and "imported 40 incidents" in capsys.readouterr().out
    mixed = csv_of(tmp_path / "mixed.csv", [incident("LT", 1 + k % 28) for k in range(30)] + [incident("PL", 3)])
    assert main(["import", str(mixed), "--store", editors["operator"], "--user", "op"]) == 2
    assert "row-level security" in capsys.readouterr().err
    assert len(fids_and_seqs(pg_url)) == 40

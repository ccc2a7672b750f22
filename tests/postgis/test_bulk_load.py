"""Schema version 5 (bulk loads without a PL/pgSQL call per inserted row): the change sequence still rises for
every insert, update and delete (COPY of the owner, the staged import of an operator, plain SQL), an operator
still cannot give a row its own ``change_seq`` or ``fid`` nor insert one that is not "reported", an operator's
import works through row-level security, and ``db upgrade`` brings a version 4 store with its rows to 5."""
from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timezone
from pathlib import Path

import psycopg
import pytest

from border_monitor.cli.main import main
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.io import read_incidents
from border_monitor.io.writers import write_incidents
from border_monitor.store import open_store
from border_monitor.store.postgis import schema

_INSERT = ("INSERT INTO incidents (uuid, geom, occurred_at, country, type, persons{extra}) VALUES "
           "(gen_random_uuid(), ST_SetSRID(ST_MakePoint(25, 54.5), 4326), now(), '{country}', 'apprehension', 1"
           "{values})")


def incident(country: str = "LT", day: int = 1, status: str = "reported") -> Incident:
    lon, lat = {"LT": (25.0, 54.5), "PL": (23.8, 53.1)}[country]
    return Incident(occurred_at=datetime(2021, 8, day, 10, tzinfo=timezone.utc), country=country, type="apprehension",
                    lon=lon, lat=lat, persons=2, status=status)


def insert_sql(country: str = "LT", **columns) -> str:
    extra = "".join(f", {k}" for k in columns)
    values = "".join(f", {v}" for v in columns.values())
    return _INSERT.format(extra=extra, values=values, country=country)


def high_water(conn) -> int:
    return conn.execute("SELECT greatest((SELECT max(change_seq) FROM incidents), "
                        "(SELECT max(change_seq) FROM incident_removals), 0)").fetchone()[0]


@pytest.fixture
def editors(pg_server, pg_url, tmp_path, capsys):
    """URLs of an operator and a supervisor of LT on the store of ``pg_url``."""
    suffix = secrets.token_hex(3)
    made = {}
    for level in ("operator", "supervisor"):
        name = f"t_{level}_{suffix}"
        password = secrets.token_hex(8)
        secret = tmp_path / f"{name}.pw"
        secret.write_text(password + "\n")
        assert main(["db", "user", "add", name, "--service", "LT", "--role", level, "--store", pg_url,
                     "--password-file", str(secret)]) == 0
        made[level] = pg_server.database_url(pg_url.rsplit("/", 1)[1], user=name, password=password)
    capsys.readouterr()
    yield made
    for url in made.values():
        main(["db", "user", "remove", url.split("//", 1)[1].split(":", 1)[0], "--store", pg_url])


def refused(url: str, statement: str, why: str) -> None:
    with psycopg.connect(url) as conn:
        with pytest.raises(psycopg.Error, match=why):
            conn.execute(statement)


def csv_of(path: Path, incidents: list[Incident]) -> Path:
    write_incidents(incidents, path)
    return path


def test_a_new_store_is_at_version_5_with_no_row_trigger_on_insert(pg_url):
    with psycopg.connect(pg_url) as conn:
        assert schema.schema_version(conn) == 5 == schema.CURRENT_VERSION
        row_triggers = conn.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'incidents'::regclass AND NOT tgisinternal "
            "AND (tgtype & 1) = 1 AND (tgtype & 2) = 2 AND (tgtype & 4) = 4").fetchall()  # ROW, BEFORE, INSERT
        assert row_triggers == []  # a BEFORE row trigger on insert would call PL/pgSQL per row and stop multi-inserts


def test_every_insert_update_and_delete_still_raises_the_sequence(pg_url, tmp_path):
    n = 3000
    rows = [incident("LT" if k % 2 else "PL", 1 + k % 28) for k in range(n)]
    batch = read_incidents(csv_of(tmp_path / "in.csv", rows)).batch
    with open_store(pg_url) as store, psycopg.connect(pg_url, autocommit=True) as psql:
        store.add([incident()], "me")
        before = high_water(psql)
        store.add_batch(batch, "me", validated=True, source_name="in.csv")  # the owner's COPY
        loaded = psql.execute("SELECT fid, change_seq FROM incidents WHERE change_seq > %s ORDER BY fid",
                              (before,)).fetchall()
        assert len(loaded) == n
        fids = [r[0] for r in loaded]
        seqs = [r[1] for r in loaded]
        assert fids == list(range(2, n + 2))  # consecutive fids after the first incident's
        assert len(set(seqs)) == n and min(seqs) > before
        after_copy = high_water(psql)
        psql.execute(insert_sql())  # plain SQL of another program
        after_insert = high_water(psql)
        assert after_insert > after_copy
        psql.execute("UPDATE incidents SET persons = 7 WHERE fid = 5")
        assert psql.execute("SELECT change_seq, fid FROM incidents WHERE persons = 7").fetchall() == \
            [(after_insert + 1, 5)]
        psql.execute("UPDATE incidents SET fid = 999999 WHERE fid = 6")  # an update keeps the fid
        assert psql.execute("SELECT count(*) FROM incidents WHERE fid = 6").fetchone()[0] == 1
        psql.execute("DELETE FROM incidents WHERE fid = 7")
        removed = psql.execute("SELECT fid, change_seq FROM incident_removals").fetchall()
        assert removed == [(7, high_water(psql))] and removed[0][1] > after_insert + 1
        changes = store.changes_since(after_copy)
        assert len(changes.ids) == 4 and changes.seq == high_water(psql)  # the insert, two updates, the delete
        store.refresh()
        assert store.count(IncidentFilter()) == 1 + n + 1 - 1


def test_an_operator_cannot_forge_the_sequence_or_the_fid(pg_url, editors):
    operator, supervisor = editors["operator"], editors["supervisor"]
    with psycopg.connect(pg_url, autocommit=True) as owner:
        owner.execute(insert_sql())
        top = high_water(owner)
    for url in (operator, supervisor):
        refused(url, insert_sql(change_seq=1), "permission denied")
        refused(url, insert_sql(fid=424242), "permission denied")
        refused(url, "UPDATE incidents SET change_seq = 1", "permission denied")
        refused(url, "UPDATE incidents SET fid = 424242", "permission denied")
        with psycopg.connect(url) as conn:  # the setting that keeps the fids of a copied store gives an editor none
            conn.execute("SET bm.keep_fid = 'on'")
            with pytest.raises(psycopg.Error, match="permission denied"):
                conn.execute(insert_sql(fid=424242))
        with psycopg.connect(url) as conn:
            with pytest.raises(psycopg.Error, match="permission denied|row-level security"):
                with conn.cursor() as cur, cur.copy("COPY incidents (uuid, fid, change_seq, occurred_at, country, "
                                                    "type) FROM STDIN") as copy:
                    copy.write_row((str(uuid.uuid4()), 424242, 1, "2021-08-01T10:00:00Z", "LT", "apprehension"))
    refused(operator, insert_sql(status="'closed'"), "a new incident is reported, not closed")
    refused(operator, insert_sql(deleted="true"), "a new incident is reported, not deleted")
    refused(operator, insert_sql(country="PL"), "row-level security")
    with psycopg.connect(operator, autocommit=True) as conn:
        conn.execute(insert_sql())  # what an operator may insert
    with psycopg.connect(supervisor, autocommit=True) as conn:
        conn.execute(insert_sql(status="'closed'"))  # a supervisor inserts closed incidents
    with psycopg.connect(pg_url) as owner:
        rows = owner.execute("SELECT fid, change_seq, status FROM incidents WHERE change_seq > %s ORDER BY fid",
                             (top,)).fetchall()
        assert [r[2] for r in rows] == ["reported", "closed"]
        assert all(r[0] < 424242 and r[1] > top for r in rows)
        assert owner.execute("SELECT count(*) FROM incidents WHERE fid = 424242 OR change_seq = 1 AND fid > 1"
                             ).fetchone()[0] == 0


def test_an_operator_imports_through_row_level_security(pg_url, editors, tmp_path, capsys):
    operator = editors["operator"]
    mine = csv_of(tmp_path / "lt.csv", [incident("LT", d) for d in range(1, 11)])
    mixed = csv_of(tmp_path / "mixed.csv", [incident("LT", 12), incident("PL", 13)])
    closed = csv_of(tmp_path / "closed.csv", [incident("LT", 14, status="closed")])
    with psycopg.connect(pg_url) as conn:
        before = high_water(conn)
    assert main(["import", str(mine), "--store", operator, "--user", "op"]) == 0
    assert "imported 10 incidents" in capsys.readouterr().out
    for path, why in ((mixed, "row-level security"), (closed, "a new incident is reported, not closed")):
        assert main(["import", str(path), "--store", operator, "--user", "op"]) == 2
        assert why in capsys.readouterr().err
    with open_store(pg_url) as store:
        assert store.count(IncidentFilter()) == 10  # the refused files left nothing behind
        assert store.verify_audit().intact
    with psycopg.connect(pg_url) as conn:
        fids, seqs = zip(*conn.execute("SELECT fid, change_seq FROM incidents ORDER BY fid").fetchall())
    assert list(fids) == list(range(fids[0], fids[0] + 10)) and min(seqs) > before and len(set(seqs)) == 10


def test_upgrade_from_version_4_keeps_the_rows_and_their_sequence(pg_empty_url, capsys):
    with psycopg.connect(pg_empty_url, autocommit=True) as conn:
        assert schema.init(conn, "t", "tests", target=4) == [1, 2, 3, 4]
        for _ in range(3):
            conn.execute(insert_sql())
        old = conn.execute("SELECT fid, change_seq FROM incidents ORDER BY fid").fetchall()
        assert conn.execute("SELECT column_default FROM information_schema.columns WHERE table_name = 'incidents' "
                            "AND column_name = 'change_seq'").fetchone()[0] == "0"
    assert main(["db", "upgrade", "--store", pg_empty_url]) == 0
    assert "from schema version 4 to 5" in capsys.readouterr().out
    with psycopg.connect(pg_empty_url, autocommit=True) as conn:
        assert conn.execute("SELECT fid, change_seq FROM incidents ORDER BY fid").fetchall() == old
        conn.execute(insert_sql())
        conn.execute("UPDATE incidents SET persons = 3 WHERE fid = 1")
        rows = conn.execute("SELECT fid, change_seq FROM incidents ORDER BY fid").fetchall()
    assert rows[-1] == (4, old[-1][1] + 1) and rows[0] == (1, old[-1][1] + 2)
    with open_store(pg_empty_url) as store:
        assert store.count(IncidentFilter()) == 4


def test_a_cancelled_or_clashing_import_leaves_nothing(pg_url, editors):
    from border_monitor.domain.batch import IncidentBatch
    from border_monitor.domain.errors import ImportCancelled, ImportRejected
    from border_monitor.store.gpkg.write import CHUNK

    rows = [incident("LT", 1 + k % 28) for k in range(CHUNK + 10)]  # two chunks of one COPY stream
    asked = []
    with open_store(pg_url) as store:
        with pytest.raises(ImportCancelled):
            store.add_batch(IncidentBatch.from_incidents(rows), "me", progress=lambda done, n: asked.append(done),
                            cancel=lambda: bool(asked) and asked[-1] >= CHUNK)
        assert asked == [0, CHUNK] and store.count(IncidentFilter()) == 0
        store.add([rows[0]], "me")
    with open_store(editors["operator"]) as operator:  # the staged import of an operator names the clash too
        with pytest.raises(ImportRejected, match="already in the store"):
            operator.add_batch(IncidentBatch.from_incidents([incident("LT", 3), rows[0]]), "op")
        operator.add_batch(IncidentBatch.from_incidents([incident("LT", 4)]), "op")  # the session is usable
        assert operator.count(IncidentFilter()) == 2


def test_a_pushed_store_has_every_index_and_the_sequence_of_a_new_one(pg_url, pg_server, tmp_path):
    from border_monitor.store.postgis.transfer import geopackage_to_database

    def indexes(url):
        with psycopg.connect(url) as conn:
            return sorted(r[0] for r in conn.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'incidents'"))

    gpkg = tmp_path / "s.gpkg"
    with open_store(gpkg, create=True) as store:
        store.add([incident("LT", d) for d in range(1, 21)], "op")
    expected = indexes(pg_url)  # a new store's
    assert len(expected) == 5
    assert geopackage_to_database(gpkg, pg_url).incidents == 20  # the load drops and builds three of them again
    assert indexes(pg_url) == expected
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(DISTINCT change_seq), min(change_seq) > 0, max(fid) FROM incidents"
                            ).fetchone() == (20, True, 20)
        conn.execute(insert_sql())
        assert conn.execute("SELECT max(fid) FROM incidents").fetchone()[0] == 21


def test_a_change_seq_the_owner_names_on_insert_is_replaced_by_the_next_number(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as psql:
        for _ in range(3):
            psql.execute(insert_sql())
        top = high_water(psql)
        psql.execute(insert_sql(change_seq=1))  # below everything a reader has seen
        psql.execute(insert_sql(change_seq=10 ** 12))  # above the sequence: later numbers would fall below it
        psql.execute("INSERT INTO incidents (uuid, geom, occurred_at, country, type, persons, change_seq) "
                     "SELECT gen_random_uuid(), geom, occurred_at, country, type, persons, change_seq FROM incidents "
                     "WHERE change_seq <= %s", (top,))  # rows copied with their old numbers
        rows = psql.execute("SELECT change_seq FROM incidents WHERE fid > 3 ORDER BY fid").fetchall()
        last = psql.execute("SELECT last_value FROM bm_change_seq").fetchone()[0]
        assert len(rows) == 5 and all(top < r[0] <= last for r in rows)
        psql.execute(insert_sql())
        assert high_water(psql) == last + 1


def _index_oids(url) -> dict[str, tuple[int, str]]:
    """index name -> (its oid, its definition), of the incidents table."""
    with psycopg.connect(url) as conn:
        return {name: (oid, definition) for name, oid, definition in conn.execute(
            "SELECT indexname, indexname::regclass::oid, indexdef FROM pg_indexes WHERE tablename = 'incidents'")}


PLAIN = {"incidents_geom_gist", "incidents_change_seq", "incidents_occurred_at"}


def test_an_import_into_an_empty_store_builds_its_plain_indexes_after_the_rows(pg_url):
    from border_monitor.domain.batch import IncidentBatch

    before = _index_oids(pg_url)
    assert PLAIN < set(before) and len(before) == 5
    with open_store(pg_url) as store:
        store.add_batch(IncidentBatch.from_incidents([incident("LT", d) for d in range(1, 29)]), "me")
        first = _index_oids(pg_url)
        # the same indexes, the plain ones made anew (new oids), those of the keys kept
        assert {k: v[1] for k, v in first.items()} == {k: v[1] for k, v in before.items()}
        assert {k for k in before if first[k][0] != before[k][0]} == PLAIN
        store.add_batch(IncidentBatch.from_incidents([incident("PL", d) for d in range(1, 8)]), "me")
        assert _index_oids(pg_url) == first  # a store that holds rows keeps its indexes through an import
        assert store.count(IncidentFilter(bbox=(23.5, 52.9, 24.1, 53.3))) == 7
        assert store.count(IncidentFilter(date_from="2021-08-05", date_to="2021-08-07")) == 3 + 3
    with psycopg.connect(pg_url) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = " ".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT fid FROM incidents WHERE geom && ST_MakeEnvelope(23, 52, 24, 54, 4326)"))
    assert "incidents_geom_gist" in plan


def test_a_failed_import_into_an_empty_store_leaves_its_indexes_as_they_were(pg_url):
    from border_monitor.domain.batch import IncidentBatch
    from border_monitor.domain.errors import ImportCancelled
    from border_monitor.store.gpkg.write import CHUNK

    before = _index_oids(pg_url)
    asked = []
    with open_store(pg_url) as store:
        with pytest.raises(ImportCancelled):
            store.add_batch(IncidentBatch.from_incidents([incident("LT", 1 + k % 28) for k in range(CHUNK + 10)]),
                            "me", progress=lambda done, n: asked.append(done),
                            cancel=lambda: bool(asked) and asked[-1] >= CHUNK)
        assert store.count(IncidentFilter()) == 0
    assert _index_oids(pg_url) == before  # the drop went back with the rows: the very same indexes

"""Field sync with a PostgreSQL/PostGIS server (real server, databases from the tests' template): laptop <->
server both ways, merges and conflicts, delete against edit, a package imported twice, a connection killed
between batches and resumed, three laptops, the roles, and the CLI with ``postgresql://`` addresses."""
from __future__ import annotations

import secrets
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sync_helpers import audit_report, cli, incident, new_store, replica

from border_monitor.cli.main import main
from border_monitor.domain.errors import StoreError, StoreUnavailable
from border_monitor.domain.incident import Status
from border_monitor.store import open_store
from border_monitor.store.postgis.schema import CURRENT_VERSION, schema_version
from border_monitor.sync import gpkg_rows, postgis_rows
from border_monitor.sync.operations import export_package, import_package, sync_stores
from border_monitor.sync.postgis_replica import PostgisReplica


def server(url: str) -> PostgisReplica:
    return PostgisReplica.open(url)


def gpkg_values(path: Path) -> dict[str, dict]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        uuids = [r[0] for r in conn.execute("SELECT uuid FROM incidents")]
        return gpkg_rows.fetch_rows(conn, uuids)
    finally:
        conn.close()


def pg_values(url: str) -> dict[str, dict]:
    with psycopg.connect(url) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        return {raw[0]: postgis_rows.row_dict(raw) for raw in conn.execute(postgis_rows.SELECT_ROW).fetchall()}


def pg_count(url: str, sql: str) -> int:
    with psycopg.connect(url) as conn:
        return int(conn.execute(sql).fetchone()[0])


def edit(address, incident_id, user="tester", **changes) -> None:
    with open_store(address) as store:
        store.update(replace(store.get(incident_id), **changes), user)


def sync(laptop: Path, url: str, **kwargs):
    with replica(laptop) as local, server(url) as remote:
        return sync_stores(local, remote, **kwargs)


def assert_intact(laptop: Path, url: str) -> None:
    assert audit_report(laptop).intact
    with open_store(url) as store:
        report = store.verify_audit()
    assert report.intact, report.message


def test_the_migration_makes_the_sync_tables_and_the_sync_action(pg_url):
    with psycopg.connect(pg_url) as conn:
        assert schema_version(conn) == CURRENT_VERSION >= 3
        assert conn.execute("SELECT to_regclass('bm_sync_items')").fetchone()[0] is not None


def test_laptop_and_server_sync_both_ways_merging_fields_and_keeping_conflicts(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(k) for k in range(3)], "field")
    with open_store(pg_url) as store:
        store.add([incident(10 + k) for k in range(2)], "hq")
    out, back = sync(laptop, pg_url)
    assert (out.new, back.new) == (3, 2)
    assert gpkg_values(laptop) == pg_values(pg_url)
    assert len(pg_values(pg_url)) == 5

    target = sorted(gpkg_values(laptop))[0]
    edit(laptop, target, description="seen from the field")
    edit(pg_url, target, status=Status.VERIFIED)
    sync(laptop, pg_url)
    merged = pg_values(pg_url)[target]
    assert (merged["description"], merged["status"]) == ("seen from the field", "verified")
    assert gpkg_values(laptop) == pg_values(pg_url)

    edit(laptop, target, persons=7)
    edit(pg_url, target, persons=9)
    out, back = sync(laptop, pg_url)
    assert out.conflicts + back.conflicts >= 1
    with replica(laptop) as local, server(pg_url) as remote:
        assert [c.uuid for c in local.conflicts()] == [c.uuid for c in remote.conflicts()] == [target]
        versions_here = {s.value for s in remote.conflict(target).versions("persons")}
        assert {v[1] for v in versions_here} == {7, 9}  # both versions kept
    assert gpkg_values(laptop) == pg_values(pg_url)  # the same provisional winner on both
    assert_intact(laptop, pg_url)


def test_a_resolution_on_the_server_syncs_to_the_laptop(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(1)], "field")
    sync(laptop, pg_url)
    target = next(iter(gpkg_values(laptop)))
    edit(laptop, target, persons=4)
    edit(pg_url, target, persons=5)
    sync(laptop, pg_url)
    with server(pg_url) as remote:
        conflict = remote.conflict(target)
        chosen = next(s for s in conflict.versions("persons") if s.value[1] == 4)
        remote.resolve(target, {"persons": chosen}, "supervisor")
        assert remote.conflicts() == []
    sync(laptop, pg_url)
    assert gpkg_values(laptop)[target]["persons"] == 4 == pg_values(pg_url)[target]["persons"]
    with replica(laptop) as local:
        assert local.conflicts() == []
    assert_intact(laptop, pg_url)


def test_delete_on_the_laptop_and_edit_on_the_server_is_a_conflict_and_a_delete_does_not_come_back(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(k) for k in range(2)], "field")
    sync(laptop, pg_url)
    first, second = sorted(gpkg_values(laptop))
    with open_store(laptop) as store:
        store.delete([first], "field")
    edit(pg_url, first, description="still there")
    sync(laptop, pg_url)
    with server(pg_url) as remote:
        assert [c.uuid for c in remote.conflicts()] == [first]
        assert "deleted" in remote.conflict(first).groups
    assert gpkg_values(laptop) == pg_values(pg_url)

    with open_store(pg_url) as store:  # a plain delete on the server (no edit on the laptop)
        store.delete([second], "hq")
    sync(laptop, pg_url)
    sync(laptop, pg_url)
    assert gpkg_values(laptop)[second]["deleted"] == 1 == pg_values(pg_url)[second]["deleted"]
    assert_intact(laptop, pg_url)


def test_the_same_package_imported_twice_into_the_server_changes_nothing(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(k) for k in range(6)], "field")
    package = tmp_path / "to-hq.bmsync"
    with replica(laptop) as local:
        export_package(local, package, batch_size=2)
    with server(pg_url) as remote:
        first = import_package(remote, package)
    rows, audit = pg_values(pg_url), pg_count(pg_url, "SELECT count(*) FROM audit_log")
    with server(pg_url) as remote:
        again = import_package(remote, package)
    assert first.new == 6 and again.new == again.changed == again.batches == 0 and again.skipped > 0
    assert pg_values(pg_url) == rows and len(rows) == 6
    assert pg_count(pg_url, "SELECT count(*) FROM audit_log") == audit


def test_a_connection_killed_between_batches_resumes_without_loss_or_doubles(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(k) for k in range(23)], "field")
    with open_store(pg_url) as store:
        store.add([incident(100 + k) for k in range(7)], "hq")
    calls = []
    with replica(laptop) as local, server(pg_url) as remote:
        pid = remote.backend_pid

        def kill_after_two_batches(done, total):
            calls.append(done)
            if len(calls) == 2:  # from another connection, between two batches
                with psycopg.connect(pg_url, autocommit=True) as admin:
                    assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]

        with pytest.raises(StoreUnavailable, match="run the sync again"):
            sync_stores(local, remote, batch_size=5, progress=kill_after_two_batches)
    kept = pg_count(pg_url, "SELECT count(*) FROM incidents")
    assert 7 < kept < 30  # the first batches stayed applied
    out, back = sync(laptop, pg_url, batch_size=5)
    assert out.new == 30 - kept  # only what had not arrived
    assert pg_count(pg_url, "SELECT count(*) FROM incidents") == 30
    assert pg_count(pg_url, "SELECT count(DISTINCT uuid) FROM incidents") == 30
    assert gpkg_values(laptop) == pg_values(pg_url)
    # the laptop's audit entries arrived once each
    assert pg_count(pg_url, "SELECT count(*) FROM audit_log a JOIN bm_sync_audit_sources m ON m.local_id = a.id") \
        == pg_count(pg_url, "SELECT count(DISTINCT (origin, source_id)) FROM bm_sync_audit_sources")
    assert_intact(laptop, pg_url)


def test_audit_entries_travel_with_their_origin(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(1)], "field-user")
        origin = store.origin
    sync(laptop, pg_url)
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT actor, action FROM audit_log WHERE origin = %s", (origin,)).fetchall()
    assert ("field-user", "create") in rows


def test_three_laptops_and_the_server_end_identical(tmp_path, pg_url):
    laptops = [tmp_path / f"laptop{k}.gpkg" for k in range(3)]
    for k, path in enumerate(laptops):
        with new_store(path) as store:
            store.add([incident(10 * k + j) for j in range(3)], f"field{k}")
    for path in laptops:
        sync(path, pg_url)
    shared = sorted(gpkg_values(laptops[0]))[0]  # every laptop holds it after the first round
    edit(laptops[0], shared, description="from laptop 0")
    edit(laptops[1], shared, source="from laptop 1")
    edit(laptops[2], shared, persons=11)
    with open_store(laptops[2]) as store:
        store.delete([sorted(gpkg_values(laptops[2]))[-1]], "field2")
    for _ in range(2):
        for path in reversed(laptops):
            sync(path, pg_url)
    values = pg_values(pg_url)
    assert len(values) == 9
    assert (values[shared]["description"], values[shared]["source"], values[shared]["persons"]) == \
        ("from laptop 0", "from laptop 1", 11)
    for path in laptops:
        assert gpkg_values(path) == values
        assert audit_report(path).intact
    assert_intact(laptops[0], pg_url)


@pytest.fixture
def role_urls(pg_server, pg_url, tmp_path, capsys):
    suffix = secrets.token_hex(3)
    made = {}
    for level in ("viewer", "operator", "supervisor"):
        name = f"s_{level}_{suffix}"
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


def test_a_viewer_or_operator_cannot_sync_and_a_supervisor_can(tmp_path, pg_url, role_urls):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(1)], "field")  # an LT incident
    for level in ("viewer", "operator"):
        with pytest.raises(StoreError, match="only a supervisor or the database's owner may sync"):
            PostgisReplica.open(role_urls[level])
    result = cli("sync", "--store", laptop, "--remote", role_urls["viewer"])
    assert result.returncode == 2 and "may sync" in result.stderr and "Traceback" not in result.stderr
    assert pg_count(pg_url, "SELECT count(*) FROM incidents") == 0
    out, _ = sync(laptop, role_urls["supervisor"])
    assert out.new == 1 and pg_count(pg_url, "SELECT count(*) FROM incidents") == 1
    # a supervisor of LT syncing a Polish incident: the server's row-level security refuses the batch, undone whole
    with open_store(laptop) as store:
        store.add([incident(2, country="PL", lon=23.8, lat=53.1)], "field")
    audit = pg_count(pg_url, "SELECT count(*) FROM audit_log")
    with pytest.raises(StoreError, match="refused the sync for supervisor LT"):
        sync(laptop, role_urls["supervisor"])
    assert pg_count(pg_url, "SELECT count(*) FROM incidents") == 1
    assert pg_count(pg_url, "SELECT count(*) FROM audit_log") == audit


def test_the_cli_syncs_with_a_server_and_exports_and_imports_packages(tmp_path, pg_url):
    laptop = tmp_path / "laptop.gpkg"
    with new_store(laptop) as store:
        store.add([incident(k) for k in range(4)], "field")
    with open_store(pg_url) as store:
        store.add([incident(50)], "hq")
    result = cli("sync", "--store", laptop, "--remote", pg_url)
    assert result.returncode == 0, result.stderr
    assert "4 new" in result.stdout and "1 new" in result.stdout
    assert gpkg_values(laptop) == pg_values(pg_url)

    other = tmp_path / "other.gpkg"
    new_store(other).close()
    package = tmp_path / "from-hq.bmsync"
    # for a store it has not synced with: every change (without --peer: what its one peer, the laptop, lacks)
    result = cli("sync", "export", "--store", pg_url, "--out", package, "--peer", "other.gpkg")
    assert result.returncode == 0, result.stderr
    result = cli("sync", "import", package, "--store", other)
    assert result.returncode == 0, result.stderr
    assert gpkg_values(other) == pg_values(pg_url)

    edit(other, sorted(gpkg_values(other))[0], description="from the other laptop")
    back = tmp_path / "to-hq.bmsync"
    assert cli("sync", "export", "--store", other, "--out", back).returncode == 0
    for _ in range(2):
        result = cli("sync", "import", back, "--store", pg_url)
        assert result.returncode == 0, result.stderr
    assert gpkg_values(other) == pg_values(pg_url)
    assert "from the other laptop" in {v["description"] for v in pg_values(pg_url).values()}

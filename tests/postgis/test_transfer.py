"""A whole GeoPackage store into a database and back: ``import STORE.gpkg --store URL`` then ``export --store URL
--out X.gpkg``. Incidents (ids, revisions, bookkeeping, derived fields, soft deletes), the audit log entry for
entry (its hash chain intact, the history of each incident still found), events and saved filters come back
equal."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timezone

from border_monitor.cli.main import main
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from border_monitor.store.gpkg import audit
from border_monitor.store.base import ContextEvent


def make_store(path):
    with open_store(path, create=True) as store:
        made = [Incident(occurred_at=datetime(2021, 8, d, 10, tzinfo=timezone.utc), country=("LT", "LV", "PL")[d % 3],
                         type="apprehension", lon=(25.0, 27.5, 23.8)[d % 3], lat=(54.5, 55.9, 53.1)[d % 3],
                         persons=d, nationalities="IRQ:1,SYR", description=f"group {d} Kuźnica")
                for d in range(1, 13)]
        store.add(made, "op")
        store.update(replace(store.get(made[0].id), persons=30, status="verified"), "supervisor")
        store.delete([made[1].id], "supervisor")
        store.set_events([ContextEvent(None, date(2021, 8, 10), date(2021, 8, 12), "PL", "State of emergency")], "s")
        store.save_filter("Poland", IncidentFilter(countries=frozenset({"PL"})), "analyst")
        return [m.id for m in made]


def everything(path):
    with open_store(path, read_only=True) as store:
        incidents = sorted((i for i in store.page(IncidentFilter(include_deleted=True), limit=1000)),
                           key=lambda i: str(i.id))
        events = [(e.start, e.end, e.country, e.title) for e in store.events()]
        filters = [(f.name, f.filter, f.author) for f in store.saved_filters()]
        histories = {str(i.id): [(e.id, e.action, e.user, e.before, e.after) for e in store.history(i.id)]
                     for i in incidents}
    conn = sqlite3.connect(path)
    try:
        log = conn.execute("SELECT id, at, user, origin, action, incident_uuid, before_json, after_json, prev_hash, "
                           "hash FROM audit_log ORDER BY id").fetchall()
        chain = audit.verify(conn)
    finally:
        conn.close()
    return incidents, events, filters, histories, log, chain


def test_geopackage_to_database_and_back_is_equal(pg_url, tmp_path, capsys):
    source, back = tmp_path / "field.gpkg", tmp_path / "back.gpkg"
    ids = make_store(source)
    assert main(["import", str(source), "--store", pg_url]) == 0
    assert "12 incidents, 15 audit entries, 1 events, 1 saved filters" in capsys.readouterr().out
    with open_store(pg_url) as db:
        assert db.count(IncidentFilter()) == 11
        assert db.verify_audit().intact
        assert [e.action for e in db.history(ids[0])] == ["create", "update"]
        assert db.get(ids[0]).revision == 2 and db.get(ids[1]).deleted
        assert db.count(IncidentFilter(text="kuznica")) == 11
    assert main(["export", "--store", pg_url, "--out", str(back)]) == 0
    capsys.readouterr()
    before, after = everything(source), everything(back)
    assert after[0] == before[0]  # incidents, field for field
    assert after[1:5] == before[1:5]  # events, saved filters, histories, the audit log row for row
    assert after[5].intact and after[5].entries == 15
    assert main(["check", "--store", str(back)]) == 0


def test_a_store_is_loaded_only_into_an_empty_database(pg_url, tmp_path, capsys):
    source = tmp_path / "field.gpkg"
    make_store(source)
    assert main(["import", str(source), "--store", pg_url]) == 0
    capsys.readouterr()
    assert main(["import", str(source), "--store", pg_url]) == 2
    err = capsys.readouterr().err
    assert "already holds 12 incidents and 15 audit entries" in err
    with open_store(pg_url) as db:
        assert db.count(IncidentFilter(include_deleted=True)) == 12


def test_imports_after_a_transfer_keep_the_fid_order(pg_url, tmp_path, capsys):
    source = tmp_path / "field.gpkg"
    make_store(source)
    assert main(["import", str(source), "--store", pg_url]) == 0
    with open_store(pg_url) as db:
        new = Incident(occurred_at=datetime(2021, 9, 1, 10, tzinfo=timezone.utc), country="LT", type="apprehension",
                       lon=25.0, lat=54.5, persons=1)
        db.add([new], "op")
        assert db.count(IncidentFilter(include_deleted=True)) == 13
    with open_store(pg_url) as again:
        assert again.get(new.id).persons == 1 and again.count(IncidentFilter(include_deleted=True)) == 13


def test_an_existing_geopackage_is_replaced_only_with_overwrite(pg_url, tmp_path, capsys):
    source, out = tmp_path / "field.gpkg", tmp_path / "out.gpkg"
    make_store(source)
    assert main(["import", str(source), "--store", pg_url]) == 0
    out.write_bytes(b"precious")
    assert main(["export", "--store", pg_url, "--out", str(out)]) == 2
    assert "--overwrite" in capsys.readouterr().err and out.read_bytes() == b"precious"
    assert main(["export", "--store", pg_url, "--out", str(out), "--overwrite"]) == 0
    with open_store(out, read_only=True) as copy:
        assert copy.count(IncidentFilter(include_deleted=True)) == 12
    assert not [p for p in tmp_path.iterdir() if ".export." in p.name]  # no partial file left behind

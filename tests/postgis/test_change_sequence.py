"""The change sequence of a database store: bumped by every write of any program (psql too), read back by
``changes_since``, applied to the cache incrementally by ``refresh()``, announced by NOTIFY."""
from __future__ import annotations

import select
import uuid
from dataclasses import replace
from datetime import datetime, timezone

import psycopg
import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.store import open_store


def incident(day: int = 1, persons: int = 2) -> Incident:
    return Incident(occurred_at=datetime(2021, 8, day, 10, tzinfo=timezone.utc), country="LT", type="apprehension",
                    lon=25.0, lat=54.5, persons=persons)


def test_every_write_of_any_program_bumps_the_sequence(pg_url):
    with open_store(pg_url) as store:
        start = store.change_seq()
        a = incident()
        store.add([a], "op")
        after_add = store.change_seq()
        assert after_add > start
        with psycopg.connect(pg_url, autocommit=True) as psql:  # another program: plain SQL
            psql.execute("UPDATE incidents SET persons = 9 WHERE uuid = %s", (str(a.id),))
        after_psql = store.change_seq()
        assert after_psql > after_add
        changes = store.changes_since(after_add)
        assert changes.seq == after_psql and changes.ids == {a.id}
        assert store.changes_since(after_psql).ids == frozenset()


def test_refresh_takes_in_only_what_others_wrote(pg_url):
    with open_store(pg_url) as mine, open_store(pg_url) as theirs:
        mine.add([incident(d) for d in range(1, 21)], "me")
        theirs.refresh()
        cache = theirs._index  # noqa: SLF001 - the cache object must survive a refresh (no full rebuild)
        kept = mine.page(IncidentFilter(), limit=3)
        mine.update(replace(kept[0], persons=40), "me")
        mine.delete([kept[1].id], "me")
        extra = incident(25)
        mine.add([extra], "me")
        change = theirs.refresh()
        assert change.incidents == {str(kept[0].id), str(kept[1].id), str(extra.id)}
        assert change.added == 1 and change.updated == 2 and change.deleted == 1
        assert theirs._index is cache  # noqa: SLF001
        assert theirs.count(IncidentFilter()) == 20 and theirs.stats(IncidentFilter()).persons == 19 * 2 + 40  # 21 less the deleted one
        assert theirs.refresh() == type(change)()  # nothing new: an empty Change


def test_rows_removed_or_added_by_psql_reach_the_cache(pg_url):
    with open_store(pg_url) as store:
        a, b = incident(1), incident(2)
        store.add([a, b], "op")
        with psycopg.connect(pg_url, autocommit=True) as psql:
            psql.execute("DELETE FROM incidents WHERE uuid = %s", (str(a.id),))
            psql.execute("INSERT INTO incidents (geom, occurred_at, country, type, persons) VALUES "
                         "(ST_SetSRID(ST_MakePoint(23.9, 53.2), 4326), '2021-08-03T10:00:00Z', 'PL', "
                         "'apprehension', 6)")
        change = store.refresh()
        assert str(a.id) in change.incidents and change.added == 1
        assert store.count(IncidentFilter()) == 2
        assert store.stats(IncidentFilter()).by_country["PL"] == 1
        assert {str(i.id) for i in store.page(IncidentFilter())} - {str(b.id)}  # the row QGIS/psql added, with a uuid


def test_a_write_takes_in_what_others_wrote_first_and_the_next_refresh_announces_it(pg_url):
    with open_store(pg_url) as mine, open_store(pg_url) as theirs:
        other = incident(3)
        theirs.add([other], "them")
        mine.add([incident(4)], "me")  # the cache takes in their row before appending mine
        assert mine.count(IncidentFilter()) == 2
        change = mine.refresh()
        assert change.incidents == {str(other.id)}


def test_a_save_raises_a_notification_on_the_listening_socket(pg_url):
    with open_store(pg_url) as viewer, open_store(pg_url) as workstation:
        source = viewer.change_source()
        assert source.fileno is not None and source.poll_seconds is None
        source.drain()
        workstation.add([incident()], "op")
        readable, _, _ = select.select([source.fileno], [], [], 10)
        assert readable, "no NOTIFY arrived within 10 s of the save"
        assert source.drain() >= 1
        assert viewer.refresh().added == 1


def test_a_revision_conflict_between_workstations_is_refused(pg_url):
    with open_store(pg_url) as one, open_store(pg_url) as two:
        a = incident()
        one.add([a], "one")
        two.refresh()
        seen_by_two = two.get(a.id)
        one.update(replace(one.get(a.id), persons=5), "one")
        from border_monitor.domain.errors import StoreError

        with pytest.raises(StoreError, match="changed by one"):
            two.update(replace(seen_by_two, persons=6), "two")
        assert two.get(a.id).persons == 5


def test_the_audit_log_refuses_update_and_delete_for_everyone(pg_url):
    with open_store(pg_url) as store:
        store.add([incident()], "op")
    with psycopg.connect(pg_url, autocommit=True) as psql:  # even the owner, a superuser
        for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log",
                          "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="insert-only"):
                psql.execute(statement)
        assert psql.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1


def test_unknown_id_is_not_found(pg_url):
    from border_monitor.domain.errors import NotFoundError

    with open_store(pg_url) as store:
        with pytest.raises(NotFoundError):
            store.get(uuid.uuid4())
        with pytest.raises(NotFoundError):
            store.delete([uuid.uuid4()], "op")

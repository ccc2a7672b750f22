"""Property: three field laptops and a central store make random edits and sync in random orders (directly and
through packages); after a final round every replica is identical, nothing anyone wrote is lost, and every audit
chain verifies. The same property runs with the central store on the PostgreSQL server (a fresh database from
the tests' template per example) when one can run here.

"Nothing lost" is checked against a model that knows only what each replica had seen when it wrote (the union
of what it synced with): a write survives unless a later write of the same field was made by a replica that had
seen it. For each incident and field the final versions (the conflict's siblings, or the one value) must be
exactly the values of the surviving writes.
"""
from __future__ import annotations

import shutil
import sqlite3
import uuid
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import audit_report, incident, rows

from border_monitor.store import open_store
from border_monitor.sync.exchange import sync_replicas
from border_monitor.sync.gpkg_replica import GeoPackageReplica
from border_monitor.sync.operations import export_package, import_package
from border_monitor.sync import conflict_choice, gpkg_rows, postgis_rows

NAMES = ("laptop1", "laptop2", "laptop3", "central")
DATA = ("description", "status", "persons", "source")
CHECKED = (*DATA, "deleted")

replica_ix = st.integers(0, 3)
ops = st.one_of(
    st.tuples(st.just("create"), replica_ix),
    st.tuples(st.just("edit"), replica_ix, st.integers(0, 5), st.sampled_from(DATA)),
    st.tuples(st.just("delete"), replica_ix, st.integers(0, 5)),
    st.tuples(st.just("restore"), replica_ix, st.integers(0, 5)),
    st.tuples(st.just("sync"), replica_ix, replica_ix),
    st.tuples(st.just("package"), replica_ix, replica_ix),
    st.tuples(st.just("resolve"), replica_ix, st.integers(0, 5), st.sampled_from(("local", "remote"))),
)


class Model:
    """Writes, who had seen what, and the edits each replica made since it last recorded them."""

    def __init__(self):
        self.writes: dict[int, tuple[str, str, tuple]] = {}
        self.superseded: set[int] = set()
        self.seen = [set() for _ in NAMES]
        self.pending = [dict() for _ in NAMES]  # incident -> {"base": {...}, "deleted_conflict": bool, groups}
        self._ids = count()

    def write(self, r: int, inc: str, group: str, value: tuple) -> None:
        w = next(self._ids)
        for other in self.seen[r]:
            if self.writes[other][:2] == (inc, group):
                self.superseded.add(other)
        self.writes[w] = (inc, group, value)
        self.seen[r].add(w)

    def union(self, r: int, other: int) -> None:
        """After a two-way sync both have seen what either had (two sets, not one shared)."""
        both = self.seen[r] | self.seen[other]
        self.seen[r], self.seen[other] = set(both), set(both)

    def flush(self, r: int) -> None:
        for inc, edit in self.pending[r].items():
            base, changes = edit["base"], edit["changes"]
            data = [g for g in DATA if g in changes and changes[g] != base[g]]
            for g in data:
                self.write(r, inc, g, changes[g])
            deleted = changes.get("deleted", base["deleted"])
            if deleted != base["deleted"]:
                self.write(r, inc, "deleted", deleted)
            elif data and not deleted[0] and not edit["deleted_conflict"]:
                self.write(r, inc, "deleted", (0,))
        self.pending[r].clear()

    def live(self) -> dict[tuple[str, str], set]:
        out: dict[tuple[str, str], set] = {}
        for w, (inc, group, value) in self.writes.items():
            if w not in self.superseded:
                out.setdefault((inc, group), set()).add(value)
        return out


def _values(store, inc: str) -> dict[str, tuple]:
    got = store.get(inc)
    return {"description": (got.description,), "status": (got.status.value,), "source": (got.source,),
            "persons": (got.type.value, got.persons, ""), "deleted": (int(got.deleted),)}


def _make_stores(folder, template):
    paths = []
    for name in NAMES:
        path = folder / f"{name}.gpkg"
        shutil.copy(template, path)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE bm_metadata SET value = ? WHERE key = 'origin'", (str(uuid.uuid4()),))
        conn.commit()
        conn.close()
        paths.append(path)
    return paths


def _row_values(address) -> dict[str, dict]:
    """Every incident's column values, by id, from either backend (what identical replicas agree on)."""
    if str(address).startswith("postgresql://"):
        import psycopg

        with psycopg.connect(str(address)) as conn:
            conn.execute("SET TIME ZONE 'UTC'")
            return {raw[0]: postgis_rows.row_dict(raw) for raw in conn.execute(postgis_rows.SELECT_ROW)}
    conn = sqlite3.connect(address)
    try:
        return gpkg_rows.fetch_rows(conn, [r[0] for r in conn.execute("SELECT uuid FROM incidents")])
    finally:
        conn.close()


def _query(address, sql: str) -> list[tuple]:
    if str(address).startswith("postgresql://"):
        import psycopg

        with psycopg.connect(str(address)) as conn:
            return [tuple(r) for r in conn.execute(sql).fetchall()]
    conn = sqlite3.connect(address)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, min_size=4, max_size=24))
def test_random_edits_and_syncs_end_identical_with_nothing_lost(tmp_path_factory, steps):
    _run(tmp_path_factory, steps, central_on_server=False)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, min_size=4, max_size=24))
def test_three_laptops_and_a_postgis_server_end_identical_with_nothing_lost(tmp_path_factory, steps):
    import pg_fixtures

    reason = pg_fixtures.unavailable()
    if reason:
        pytest.skip(reason)
    _run(tmp_path_factory, steps, central_on_server=True)


def _run(tmp_path_factory, steps, central_on_server: bool) -> None:
    folder = tmp_path_factory.mktemp("replicas")
    template = folder / "template.gpkg"
    open_store(template, create=True).close()
    paths = _make_stores(folder, template)
    if central_on_server:
        import pg_fixtures

        from border_monitor.sync.postgis_replica import PostgisReplica

        paths[3] = pg_fixtures.new_store_database()
    stores = [open_store(p) for p in paths]
    replicas = [GeoPackageReplica(s) for s in stores[:3]]
    replicas.append(PostgisReplica(stores[3]) if central_on_server else GeoPackageReplica(stores[3]))
    try:
        _play(folder, steps, paths, stores, replicas)
    finally:
        if central_on_server:
            pg_fixtures.drop_database(paths[3])


def _play(folder, steps, paths, stores, replicas) -> None:
    model = Model()
    created: list[str] = []
    values = count(100)
    try:
        for step in [("create", 0), *steps]:
            kind, r = step[0], step[1]
            store = stores[r]
            if kind == "create":
                inc = incident(len(created))
                store.add([inc], NAMES[r])
                created.append(str(inc.id))
                for g, v in _values(store, str(inc.id)).items():
                    model.write(r, str(inc.id), g, v)
                continue
            if kind in ("sync", "package"):
                other = step[2]
                if other == r:
                    continue
                model.flush(r)
                model.flush(other)
                if kind == "sync":
                    sync_replicas(replicas[r], replicas[other], size=2)
                    model.union(r, other)
                else:
                    out = folder / f"{NAMES[r]}-to-{NAMES[other]}.bmsync"
                    export_package(replicas[r], out, peer=replicas[other].name, batch_size=2)
                    import_package(replicas[other], out)
                    model.seen[other] |= model.seen[r]
                continue
            inc = created[step[2] % len(created)]
            try:
                current = store.get(inc)
            except KeyError:
                continue  # this replica has not received the incident yet
            if kind == "resolve":
                model.flush(r)
                replicas[r].scan()
                try:
                    conflict = replicas[r].conflict(inc)
                except Exception:  # noqa: BLE001 - no conflict on this incident here
                    continue
                choices = conflict_choice.choices_for(conflict, replicas[r].origin, step[3], {})
                replicas[r].resolve(inc, choices, "supervisor")
                for g, chosen in choices.items():
                    model.write(r, inc, g, chosen.value)
                continue
            if inc not in model.pending[r]:
                in_conflict = any(c.uuid == inc and "deleted" in c.groups for c in replicas[r].conflicts())
                model.pending[r][inc] = {"base": _values(store, inc), "deleted_conflict": in_conflict, "changes": {}}
            changes = model.pending[r][inc]["changes"]
            if kind == "edit":
                if current.deleted:
                    continue
                group, v = step[3], next(values)
                edit = {"description": {"description": f"d{v}"}, "source": {"source": f"s{v}"},
                        "persons": {"persons": v}, "status": {"status": ("reported", "verified", "closed")[v % 3]}}
                if group == "status" and current.status.value == edit["status"]["status"]:
                    continue  # not a change
                store.update(current.with_changes(**edit[group]), NAMES[r])
                changes[group] = _values(store, inc)[group]
            elif kind == "delete" and not current.deleted:
                store.delete([inc], NAMES[r])
                changes["deleted"] = (1,)
            elif kind == "restore" and current.deleted:
                store.restore([inc], NAMES[r])
                changes["deleted"] = (0,)
        # the final round: every laptop with the central store, twice over
        for r in (0, 1, 2, 0, 1):
            model.flush(r)
            model.flush(3)
            sync_replicas(replicas[r], replicas[3])
            model.union(r, 3)
        states = []
        for rep in replicas:
            rep.scan()
            states.append({c.uuid: {g: sorted(s.to_json().__repr__() for s in c.state.groups[g]) for g in c.groups}
                           for c in rep.conflicts()})
    finally:
        for rep in replicas:
            rep.close()
        for s in stores:
            s.close()
    # every replica identical
    first = rows(paths[0])
    assert len(first) == len(created)
    for p in paths[1:3]:
        assert rows(p) == first
    values = _row_values(paths[0])
    assert _row_values(paths[3]) == values
    assert all(s == states[0] for s in states)
    # nothing lost: the versions of every field are exactly the writes no one superseded
    live = model.live()
    found = dict(_query(paths[3], "SELECT CAST(uuid AS text), state FROM bm_sync_items"))
    from border_monitor.sync.versions import ItemState

    for inc in created:
        state = ItemState.from_json(found[inc])
        for g in CHECKED:
            assert {s.value for s in state.groups[g]} == live[(inc, g)], (inc, g)
    # every audit entry on every replica, once, and every chain intact
    entries = []
    for p in paths:
        if str(p).startswith("postgresql://"):
            with open_store(p) as central:
                assert central.verify_audit().intact
        else:
            assert audit_report(p).intact
        listed = _query(p, "SELECT COALESCE(m.origin, a.origin), COALESCE(m.source_id, a.id) FROM audit_log a "
                           "LEFT JOIN bm_sync_audit_sources m ON m.local_id = a.id WHERE a.action != 'sync'")
        assert len(listed) == len(set(listed))
        entries.append({(o, int(i)) for o, i in listed})
    assert all(e == entries[0] for e in entries)

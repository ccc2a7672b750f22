"""The compact form of sync states a GeoPackage keeps (``ItemState.to_stored_json``): it reads back as the same
state as the long form, whatever the state, it is smaller, stores write it, and a store holding long-form states
(written before schema version 11) still syncs."""
from __future__ import annotations

import json
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st
from sync_helpers import incident, replica, rows

from border_monitor.store import open_store
from border_monitor.sync.exchange import sync_replicas
from border_monitor.sync.versions import GROUPS, ItemState, Sibling, first_state, local_edit, merge

_origins = st.sampled_from(["#" + "a" * 32, "#" + "b" * 32, "4d9985b6-907d-4ccc-92ff-ac8e2893c298", "o"])
_values = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=False), st.text(max_size=20))


@st.composite
def states(draw):
    groups = {}
    for g, columns in GROUPS.items():
        n = draw(st.integers(1, 3))
        sibs = {}
        for _ in range(n):
            origin, counter = draw(_origins), draw(st.integers(1, 50))
            sibs[(origin, counter)] = Sibling(origin, counter, draw(st.integers(0, 60)),
                                              tuple(draw(_values) for _ in columns))
        groups[g] = tuple(sorted(sibs.values()))
    vv = draw(st.dictionaries(_origins, st.integers(1, 99), min_size=1, max_size=4))
    last = (draw(st.integers(0, 60)), draw(_origins), draw(st.one_of(st.none(), st.text(max_size=24))),
            draw(st.one_of(st.none(), st.text(max_size=8))))
    created = tuple(draw(st.one_of(st.none(), st.text(max_size=24))) for _ in range(3))
    return ItemState(vv, groups, last, created)


@settings(max_examples=300, deadline=None)
@given(states())
def test_the_compact_form_reads_back_as_the_same_state_as_the_long_form(state):
    compact = state.to_stored_json()
    assert json.loads(compact)["f"] == 2
    assert ItemState.from_json(compact) == state == ItemState.from_json(state.to_json())
    assert ItemState.from_json(compact).to_json() == state.to_json()  # packages still carry the long form


def _row(k=0, **changes):
    row = {"occurred_at": "2021-08-01T10:00:00.000Z", "country": "LT", "type": "apprehension", "persons": 3,
           "nationalities": "IRQ:2,SYR:1", "lon": 25.581459382724482, "lat": 54.218386845425734, "border": "LT-BY",
           "sector": "Dieveniškės NW", "distance_to_border_m": 777.6862311705927, "side": "EU", "in_zone": 1,
           "description": f"Patrol stopped 3 migrants 0.9 km inside the border near Dieveniškės ({k}).",
           "source": "VSAT Varėna frontier district", "status": "closed", "deleted": 0, "revision": 1,
           "updated_at": "2021-08-01T10:05:00.000Z", "updated_by": "alice", "created_at": "2021-08-01T10:05:00.000Z",
           "created_by": "alice", "origin": "4d9985b6-907d-4ccc-92ff-ac8e2893c298"}
    row.update(changes)
    return row


def test_a_first_state_is_under_60_percent_of_the_long_form_and_conflicts_survive():
    state = first_state("9c2f6f5e-0000-4000-8000-000000000001", _row())
    assert len(state.to_stored_json()) < 0.6 * len(state.to_json())
    # two concurrent edits of the status: a conflict, kept whole in the compact form
    a = local_edit(state, _row(status="verified", revision=2), "laptop-a", 1)
    b = local_edit(state, _row(status="rejected", revision=2), "laptop-b", 1)
    both = merge(a, b)
    assert both.conflicts() == ["status"]
    back = ItemState.from_json(both.to_stored_json())
    assert back == both and back.conflicts() == ["status"] and back.winner("status") == both.winner("status")


def test_a_store_keeps_compact_states_and_syncs_with_a_store_holding_long_ones(two_stores):
    a, b = two_stores
    with open_store(a) as store:
        store.add([incident(k) for k in range(20)], "alice")
    with replica(a) as ra, replica(b) as rb:
        sync_replicas(ra, rb)
    for path in (a, b):
        with sqlite3.connect(path) as conn:
            texts = [t for (t,) in conn.execute("SELECT state FROM bm_sync_items")]
        assert len(texts) == 20 and all(json.loads(t)["f"] == 2 for t in texts)
        assert max(map(len, texts)) < 0.6 * min(len(ItemState.from_json(t).to_json()) for t in texts)
    # b as a store written before schema version 11 left it: every state in the long form
    with sqlite3.connect(b) as conn:
        long = [(ItemState.from_json(t).to_json(), u) for u, t in conn.execute("SELECT uuid, state FROM bm_sync_items")]
        conn.executemany("UPDATE bm_sync_items SET state = ? WHERE uuid = ?", long)
    _edit_one(b, "bob", description="seen from the tower")
    with replica(a) as ra, replica(b) as rb:
        out, back = sync_replicas(ra, rb)
    assert back.changed == 1 and out.conflicts == back.conflicts == 0
    assert rows(a) == rows(b)
    with sqlite3.connect(b) as conn:
        forms = [json.loads(t).get("f") for (t,) in conn.execute("SELECT state FROM bm_sync_items")]
    assert forms.count(2) >= 1 and forms.count(None) >= 1  # the edited one rewritten compact, the rest as they were


def _edit_one(path, user, **changes):
    with sqlite3.connect(path) as conn:
        (uid,) = conn.execute("SELECT uuid FROM incidents ORDER BY fid LIMIT 1").fetchone()
    with open_store(path) as store:
        store.update(store.get(uid).with_changes(**changes), user)

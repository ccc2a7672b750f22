"""The audit log refuses INSERT OR REPLACE, is checked on every open, and its hash chain names each tampering."""
from __future__ import annotations

import json
import sqlite3

import pytest
from store_support import random_batch

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.domain.errors import StoreError
from border_monitor.store import audit_chain, open_store
from border_monitor.store.gpkg.store_schema import AUDIT_TRIGGERS


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(10, seed=1), "ana")
        incidents = store.page(IncidentFilter(), limit=4)
        for inc in incidents:
            store.update(inc.with_changes(persons=inc.persons + 1), "ben")
    return path  # audit entries 1 (import) .. 5 (updates)


def verify(path, capsys) -> tuple[int, dict]:
    code = main(["audit", "verify", "--store", str(path), "--json"])
    return code, json.loads(capsys.readouterr().out)


def tamper(path, *statements, params=()) -> None:
    """As an attacker with sqlite3: drop the triggers, change the log, put the triggers back."""
    conn = sqlite3.connect(path)
    for name in AUDIT_TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    for sql in statements:
        conn.execute(sql, params if "?" in sql else ())
    for ddl in AUDIT_TRIGGERS.values():
        conn.execute(ddl)
    conn.commit()
    conn.close()


def test_an_intact_log_verifies(store_path, capsys):
    assert verify(store_path, capsys) == (0, {"intact": True, "entries": 5, "broken_at": None, "kind": "",
                                              "message": verify(store_path, capsys)[1]["message"], "problems": []})


def test_insert_or_replace_on_an_existing_id_is_refused(store_path):
    conn = sqlite3.connect(store_path)
    before = conn.execute("SELECT * FROM audit_log WHERE id = 1").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("INSERT OR REPLACE INTO audit_log (id, at, user, origin, action, prev_hash, hash) "
                     "VALUES (1, '2021-01-01T00:00:00Z', 'mallory', 'x', 'create', '', '')")
    assert conn.execute("SELECT * FROM audit_log WHERE id = 1").fetchone() == before
    conn.close()


def test_altered_entry_is_named(store_path, capsys):
    tamper(store_path, "UPDATE audit_log SET user = 'mallory' WHERE id = 3")
    code, report = verify(store_path, capsys)
    assert code == 1 and report["kind"] == "altered" and report["broken_at"] == 3
    assert "entry 3" in report["message"]


def test_altered_last_entry_with_its_hash_recomputed_is_named(store_path, capsys):
    conn = sqlite3.connect(store_path)
    row = conn.execute("SELECT id, at, user, origin, action, incident_uuid, before_json, after_json, prev_hash "
                       "FROM audit_log WHERE id = 5").fetchone()
    conn.close()
    forged = audit_chain.entry_hash(row[0], row[1], "mallory", *row[3:])
    tamper(store_path, "UPDATE audit_log SET user = 'mallory', hash = ? WHERE id = 5", params=(forged,))
    code, report = verify(store_path, capsys)
    assert (code, report["kind"], report["broken_at"]) == (1, "altered", 5)


def test_removed_entry_is_named(store_path, capsys):
    tamper(store_path, "DELETE FROM audit_log WHERE id = 2")
    code, report = verify(store_path, capsys)
    assert (code, report["kind"], report["broken_at"]) == (1, "removed", 2)
    assert "entry 2 was removed" in report["message"]


def test_removed_tail_is_named(store_path, capsys):
    tamper(store_path, "DELETE FROM audit_log WHERE id >= 4")
    code, report = verify(store_path, capsys)
    assert (code, report["kind"], report["broken_at"]) == (1, "removed", 4)


def test_entry_inserted_out_of_order_is_named(store_path, capsys):
    conn = sqlite3.connect(store_path)
    first = conn.execute("SELECT hash FROM audit_log WHERE id = 1").fetchone()[0]
    conn.close()
    # entry 2 taken out and a forged one put in its place, linked to entry 1 and correctly hashed
    forged = audit_chain.entry_hash(2, "2021-01-01T00:00:00.000Z", "mallory", "x", "create", None, None, None, first)
    tamper(store_path, "DELETE FROM audit_log WHERE id = 2",
           "INSERT INTO audit_log (id, at, user, origin, action, prev_hash, hash) VALUES "
           "(2, '2021-01-01T00:00:00.000Z', 'mallory', 'x', 'create', ?, ?)", params=(first, forged))
    code, report = verify(store_path, capsys)
    assert (code, report["kind"], report["broken_at"]) == (1, "inserted", 3)  # 3 no longer follows what precedes it


def test_entry_appended_outside_border_monitor_is_named(store_path, capsys):
    conn = sqlite3.connect(store_path)
    last = conn.execute("SELECT hash FROM audit_log WHERE id = 5").fetchone()[0]
    conn.close()
    forged = audit_chain.entry_hash(6, "2021-01-01T00:00:00.000Z", "mallory", "x", "create", None, None, None, last)
    tamper(store_path, "INSERT INTO audit_log (id, at, user, origin, action, prev_hash, hash) VALUES "
                       "(6, '2021-01-01T00:00:00.000Z', 'mallory', 'x', 'create', ?, ?)", params=(last, forged))
    code, report = verify(store_path, capsys)
    assert (code, report["kind"], report["broken_at"]) == (1, "inserted", 6)


@pytest.mark.parametrize("damage", ["DROP TRIGGER audit_log_no_delete", "DROP TRIGGER audit_log_no_replace",
                                    "DROP TABLE audit_log"])
def test_a_store_whose_audit_log_lost_its_guards_reads_but_refuses_writes(store_path, capsys, damage):
    conn = sqlite3.connect(store_path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    with open_store(store_path) as store:
        assert store.count(IncidentFilter()) == 10  # reads work
        assert store.audit_problems
        with pytest.raises(StoreError, match="will not be changed.*audit verify"):
            store.add_batch(random_batch(2, seed=3), "ana")
        with pytest.raises(StoreError, match="will not be changed"):
            store.set_metadata("synthetic", "true")
    with open_store(store_path) as store:
        assert store.count(IncidentFilter()) == 10  # nothing was written
    assert main(["check", "--store", str(store_path)]) == 1
    assert "audit" in capsys.readouterr().out.lower()

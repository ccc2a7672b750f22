"""``.bmsync`` packages through the real CLI: idempotent imports, tampered and wrongly encrypted packages refused
with one sentence and the store untouched, an import killed between batches and resumed."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

from sync_helpers import audit_report, cli, file_digest, incident, rows

from border_monitor.store import open_store


def _fill(path, n: int, start: int = 0) -> None:
    with open_store(path) as store:
        store.add([incident(start + k) for k in range(n)], "alice")


def _audit_ids(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT origin, at, action, incident_uuid FROM audit_log WHERE action != 'sync' "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def test_the_same_package_imported_twice_changes_nothing_the_second_time(two_stores, tmp_path):
    a, b = two_stores
    _fill(a, 30)
    pkg = tmp_path / "a.bmsync"
    done = cli("sync", "export", "--store", a, "--out", pkg, "--batch-size", "7")
    assert done.returncode == 0, done.stderr
    first = cli("sync", "import", pkg, "--store", b)
    assert first.returncode == 0, first.stderr
    assert "30 new" in first.stdout
    after_first, audit_first = rows(b), _audit_ids(b)
    again = cli("sync", "import", pkg, "--store", b)
    assert again.returncode == 0 and "0 new, 0 changed" in again.stdout and "skipped" in again.stdout
    assert rows(b) == after_first and _audit_ids(b) == audit_first
    # a new package of the same changes (a's mark for b did not move) is applied, and still changes nothing
    cli("sync", "export", "--store", a, "--out", tmp_path / "again.bmsync")
    third = cli("sync", "import", tmp_path / "again.bmsync", "--store", b)
    assert third.returncode == 0 and "0 new, 0 changed" in third.stdout and "0 audit entries" in third.stdout
    assert rows(b) == after_first and _audit_ids(b) == audit_first
    assert len(rows(b)) == 30 and audit_report(b).intact


def test_packages_both_ways_acknowledge_and_carry_only_what_the_other_side_lacks(two_stores, tmp_path):
    a, b = two_stores
    _fill(a, 10)
    cli("sync", "export", "--store", a, "--out", tmp_path / "1.bmsync", "--peer", "b.gpkg")
    cli("sync", "import", tmp_path / "1.bmsync", "--store", b)
    _fill(b, 3, start=100)
    back = cli("sync", "export", "--store", b, "--out", tmp_path / "2.bmsync", "--peer", "a.gpkg")
    assert "3 incident versions" in back.stdout, back.stdout  # not the 10 that came from a
    cli("sync", "import", tmp_path / "2.bmsync", "--store", a)
    again = cli("sync", "export", "--store", a, "--out", tmp_path / "3.bmsync", "--peer", "b.gpkg")
    assert "0 incident versions" in again.stdout, again.stdout  # b acknowledged a's ten in its package
    assert rows(a) == rows(b)


def test_a_package_changed_after_it_was_written_is_refused_and_the_store_untouched(two_stores, tmp_path):
    a, b = two_stores
    _fill(a, 5)
    pkg = tmp_path / "a.bmsync"
    cli("sync", "export", "--store", a, "--out", pkg)
    conn = sqlite3.connect(pkg)
    conn.execute("UPDATE bmsync_items SET state = replace(state, 'incident 3', 'incident 33')")
    conn.commit()
    conn.close()
    before = file_digest(b)
    done = cli("sync", "import", pkg, "--store", b)
    assert done.returncode == 2
    assert "was changed after it was written" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert file_digest(b) == before


def test_an_encrypted_package_refuses_a_wrong_passphrase_and_a_changed_byte(two_stores, tmp_path):
    a, b = two_stores
    _fill(a, 5)
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("correct horse battery staple\n")
    wrong.write_text("correct horse battery stapler\n")
    pkg = tmp_path / "a.bmsync"
    made = cli("sync", "export", "--store", a, "--out", pkg, "--passphrase-file", right)
    assert made.returncode == 0 and "encrypted" in made.stdout
    assert b"incident 3" not in pkg.read_bytes() and not pkg.read_bytes().startswith(b"SQLite")
    before = file_digest(b)
    refused = cli("sync", "import", pkg, "--store", b, "--passphrase-file", wrong)
    assert refused.returncode == 2 and "the passphrase is wrong" in refused.stderr
    data = bytearray(pkg.read_bytes())
    for at in (20, len(data) // 2, len(data) - 1):  # the header, the middle, the tag
        changed = bytearray(data)
        changed[at] ^= 0x01
        bad = tmp_path / f"changed{at}.bmsync"
        bad.write_bytes(bytes(changed))
        done = cli("sync", "import", bad, "--store", b, "--passphrase-file", right)
        assert done.returncode == 2, done.stdout
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    unlocked = cli("sync", "import", pkg, "--store", b)
    assert unlocked.returncode == 2 and "is encrypted" in unlocked.stderr
    assert file_digest(b) == before
    ok = cli("sync", "import", pkg, "--store", b, "--passphrase-file", right)
    assert ok.returncode == 0 and "5 new" in ok.stdout


def test_an_import_killed_between_batches_resumes_with_nothing_lost_or_doubled(two_stores, tmp_path):
    a, b = two_stores
    _fill(a, 2400)
    with open_store(a) as store:  # more audit entries than one per import
        for k, inc in enumerate(store.page(store_filter(), limit=40)):
            store.update(inc.with_changes(description=f"edited {k}"), "alice")
    pkg = tmp_path / "a.bmsync"
    assert cli("sync", "export", "--store", a, "--out", pkg, "--batch-size", "50").returncode == 0
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "border_monitor", "-v", "sync", "import", str(pkg), "--store",
                             str(b)], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    seen = 0
    for line in proc.stderr:
        if "applied (items)" in line:
            seen += 1
            if seen == 5:
                os.kill(proc.pid, signal.SIGKILL)  # between batches, or inside the sixth: either must be safe
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(b)
    applied = conn.execute("SELECT count(*) FROM bm_sync_applied").fetchone()[0]
    partial = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
    conn.close()
    assert 5 <= applied < 49 and partial == 50 * applied  # each batch whole with its mark, or not at all
    assert audit_report(b).intact
    resumed = cli("-v", "sync", "import", pkg, "--store", b)
    assert resumed.returncode == 0, resumed.stderr
    assert f"({applied} batches applied before, skipped)" in resumed.stdout
    assert rows(a) == rows(b)  # nothing lost
    conn = sqlite3.connect(b)
    doubled = conn.execute("SELECT count(*) FROM (SELECT origin, source_id FROM bm_sync_audit_sources "
                           "GROUP BY origin, source_id HAVING count(*) > 1)").fetchone()[0]
    conn.close()
    assert doubled == 0 and _audit_ids(b) == _audit_ids(a)  # every entry once, in order, with its origin
    assert audit_report(a).intact and audit_report(b).intact


def store_filter():
    from border_monitor.domain.filters import IncidentFilter

    return IncidentFilter()

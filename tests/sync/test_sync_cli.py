"""The sync and conflicts commands: two-way sync, conflicts list/resolve, and bad input as one sentence (exit 2)."""
from __future__ import annotations

import json
import subprocess
import sys

from sync_helpers import audit_report, cli, file_digest, incident, rows

from border_monitor.store import open_store


def _conflict(a, b) -> str:
    inc = incident(7)
    with open_store(a) as store:
        store.add([inc], "alice")
    assert cli("sync", "--store", a, "--remote", b).returncode == 0
    for path, text in ((a, "seen by the A patrol"), (b, "seen by the B patrol")):
        with open_store(path) as store:
            store.update(store.get(inc.id).with_changes(description=text), "x")
    return str(inc.id)


def test_two_way_sync_lists_and_resolves_a_conflict_from_the_command_line(two_stores):
    a, b = two_stores
    uid = _conflict(a, b)
    done = cli("sync", "--store", a, "--remote", b)
    assert done.returncode == 0 and "in conflict" in done.stdout and "conflicts list" in done.stdout
    listed = cli("conflicts", "list", "--store", a, "--json")
    data = json.loads(listed.stdout)
    assert [c["incident"] for c in data] == [uid]
    versions = data[0]["fields"]["description"]
    assert {v["value"] for v in versions} == {"seen by the A patrol", "seen by the B patrol"}
    assert [v["provisional_winner"] for v in versions] == [True, False]
    text = cli("conflicts", "list", "--store", a).stdout
    assert "description" in text and "(provisional winner)" in text
    resolved = cli("conflicts", "resolve", uid, "--store", a, "--keep", "local", "--user", "sv")
    assert resolved.returncode == 0 and "seen by the A patrol" in resolved.stdout
    assert cli("sync", "--store", a, "--remote", b).returncode == 0
    for path in (a, b):
        assert "no conflicts" in cli("conflicts", "list", "--store", path).stdout
        with open_store(path) as store:
            assert store.get(uid).description == "seen by the A patrol"
        assert audit_report(path).intact
        assert cli("audit", "verify", "--store", path).returncode == 0
    assert rows(a) == rows(b)


def test_bad_input_is_one_sentence_with_exit_2_and_the_stores_untouched(two_stores, tmp_path):
    a, b = two_stores
    uid = _conflict(a, b)
    cli("sync", "--store", a, "--remote", b)
    for path in (a, b):  # the first open after a sync saves the store's index snapshot (a cache, not data)
        open_store(path).close()
    before = file_digest(a), file_digest(b)
    cases = [
        (("sync", "--store", a), "needs --store LOCAL and --remote"),
        (("sync", "--store", a, "--remote", tmp_path / "none.gpkg"), "There is no store at"),
        (("sync", "--store", a, "--remote", "postgresql://bm@db:5432/border"), "PostgreSQL"),
        (("sync", "export", "--store", a, "--out", a), "it is the store"),
        (("sync", "export", "--store", a, "--out", tmp_path / "no" / "x.bmsync"), "does not exist"),
        (("sync", "import", tmp_path / "none.bmsync", "--store", a), "There is no sync package"),
        (("sync", "import", a, "--store", b), "not a Border Monitor sync package"),
        (("conflicts", "resolve", uid, "--store", a), "Say which version to keep"),
        (("conflicts", "resolve", uid, "--store", a, "--field", "colour=local"), "not a field of an incident"),
        (("conflicts", "resolve", uid, "--store", a, "--field", "status=local"), "not in conflict"),
        (("conflicts", "resolve", "not-an-id", "--store", a, "--keep", "local"), "is not an incident id"),
    ]
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    cases.append((("sync", "export", "--store", a, "--out", tmp_path / "x.bmsync", "--passphrase-file", empty),
                  "is empty"))
    for args, words in cases:
        done = cli(*args)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert words in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert (file_digest(a), file_digest(b)) == before, args


def test_a_package_of_a_store_is_refused_by_the_store_itself(two_stores, tmp_path):
    a, _ = two_stores
    pkg = tmp_path / "a.bmsync"
    cli("sync", "export", "--store", a, "--out", pkg)
    done = cli("sync", "import", pkg, "--store", a)
    assert done.returncode == 2 and "written by a.gpkg itself" in done.stderr


def test_the_sync_model_imports_without_qt():
    code = ("import sys, importlib, pkgutil, border_monitor.sync as s\n"
            "for m in pkgutil.walk_packages(s.__path__, 'border_monitor.sync.'):\n"
            "    importlib.import_module(m.name)\n"
            "import border_monitor.cli.sync_cmd, border_monitor.cli.conflicts_cmd\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
            "sys.exit(1 if bad else 0)\n")
    assert subprocess.run([sys.executable, "-c", code], timeout=120).returncode == 0

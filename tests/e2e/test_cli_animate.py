"""``border-monitor animate``: one GIF frame per step of the period, each different, the frames showing that
step's incidents; bad arguments give one sentence and exit 2, and write nothing."""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image, ImageSequence


# The command paints with Qt (offscreen): the Qt-free lowest-versions job, which has no PySide6, skips these.
NO_QT = importlib.util.find_spec("PySide6") is None
pytestmark = pytest.mark.skipif(NO_QT, reason="the command needs PySide6")


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "border_monitor", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert cli("demo", "--out", str(path), "--incidents", "4000").returncode == 0
    return path


def frames(path) -> list[np.ndarray]:
    with Image.open(path) as gif:
        return [np.asarray(f.convert("RGB")).copy() for f in ImageSequence.Iterator(gif)]


@pytest.mark.parametrize("first, last, step, count", [("2021-08-01", "2021-08-06", "1d", 6),
                                                      ("2021-08-01", "2021-08-07", "3d", 3),
                                                      ("2021-08-01", "2021-09-30", "2w", 5)])
def test_one_frame_per_step_and_the_frames_differ(demo_store, tmp_path, first, last, step, count):
    out = tmp_path / "a.gif"
    result = cli("animate", "--store", str(demo_store), "--from", first, "--to", last, "--step", step,
                 "--width", "480", "--out", str(out))
    assert result.returncode == 0, result.stderr
    shots = frames(out)
    assert len(shots) == count
    assert shots[0].shape == shots[-1].shape and shots[0].shape[1] == 480
    for a, b in zip(shots, shots[1:]):
        assert (np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 30).sum() > 200  # not the same picture


def test_a_frame_shows_the_incidents_of_its_day_only(demo_store, tmp_path):
    """The demo starts on 2021-06-01: the frames of the two days before show no incident, the later ones do."""
    out = tmp_path / "start.gif"
    result = cli("animate", "--store", str(demo_store), "--from", "2021-05-30", "--to", "2021-06-02",
                 "--width", "480", "--out", str(out))
    assert result.returncode == 0, result.stderr
    shots = frames(out)
    maps = [f[40:400].astype(int) for f in shots]  # the map part of each frame (the header and chart aside)

    def changed(a, b) -> int:
        return int((np.abs(a - b).max(axis=2) > 40).sum())

    assert changed(maps[0], maps[1]) == 0  # two days without incidents: the same map
    assert changed(maps[0], maps[2]) > 10 and changed(maps[0], maps[3]) > 10  # the incidents of 1 and 2 June
    assert changed(maps[2], maps[3]) > 10


@pytest.mark.parametrize("args, words", [
    (("--from", "2021-08-05", "--to", "2021-08-01"), "date_to"),
    (("--from", "2021-08-01", "--to", "2021-08-05", "--step", "1h"), "--step"),
    (("--to", "2021-08-05"), "--from"),
])
def test_bad_arguments_give_one_sentence(demo_store, tmp_path, args, words):
    out = tmp_path / "a.gif"
    result = cli("animate", "--store", str(demo_store), *args, "--out", str(out))
    assert result.returncode == 2 and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_never_over_the_store(demo_store, tmp_path):
    store = tmp_path / "store.gif"
    shutil.copyfile(demo_store, store)
    before = store.read_bytes()
    result = cli("animate", "--store", str(store), "--from", "2021-08-01", "--to", "2021-08-02", "--out", str(store))
    assert result.returncode == 2 and "store" in result.stderr
    assert store.read_bytes() == before

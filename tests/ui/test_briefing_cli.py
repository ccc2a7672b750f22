"""``border-monitor briefing`` as a user runs it: wrong options are a sentence and exit 2 before any window
opens; ``--screenshot`` renders one frame offscreen (the docs' pictures come from it)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


def cli(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "border_monitor", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.mark.parametrize("args, words", [
    (["--at", "2021-13-01"], "--at"),
    (["--tour", "0"], "--tour 0"),
    (["--screen", "-1"], "--screen -1"),
    (["--screen", "7"], "no such screen"),
    (["--window", "3d"], "invalid choice"),
])
def test_wrong_options_say_what_is_wrong_and_exit_2(demo_store_file, args, words):
    result = cli("briefing", "--store", str(demo_store_file), *args)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


def test_a_missing_store_is_named(tmp_path):
    result = cli("briefing", "--store", str(tmp_path / "none.gpkg"), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2 and "none.gpkg" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_renders_a_frame_of_the_asked_size(demo_store_file, tmp_path):
    out = tmp_path / "wall.png"
    result = cli("briefing", "--store", str(demo_store_file), "--at", "2021-08-01", "--scope", "LT",
                 "--screenshot", str(out), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert "synthetic" in image.text("Description").lower()  # the demo says what it is, in the file too
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial file left

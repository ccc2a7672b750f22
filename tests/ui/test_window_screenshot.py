"""``border-monitor screenshot``: a PNG of the whole window, map drawn in, and exit code 0."""
from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QImage

from border_monitor.ui.text import palette
from border_monitor.cli.screenshot import parse_size, parse_view

WIDTH, HEIGHT = 1200, 800
# Beside Kuźnica, zoomed in far enough for single incidents: the PL-BY border line runs through the view.
VIEW = "53.53,23.66,11"


def pixels(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.width(), 4)
    return raw[..., 2::-1].astype(int)  # BGRA in memory -> RGB


def count_near(rgb: np.ndarray, color: str, tolerance: int = 30) -> int:
    return int((np.abs(rgb - np.array(palette.hex_to_rgb(color))).sum(axis=2) < tolerance).sum())


def test_screenshot_command_writes_the_window_with_map_timeline_and_table(demo_store_file, tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "border_monitor", "screenshot", "--store", str(demo_store_file),
                           "--out", str(out), "--size", f"{WIDTH}x{HEIGHT}", "--view", VIEW],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == str(out)
    rgb = pixels(out)
    assert rgb.shape[:2] == (HEIGHT, WIDTH)
    # The map sits in the middle of the top part of the window (filters left, details right, docks below).
    top = rgb[int(HEIGHT * 0.05):int(HEIGHT * 0.55), int(WIDTH * 0.3):int(WIDTH * 0.7)]
    assert len(np.unique(top.reshape(-1, 3), axis=0)) > 50  # not a blank or single-colour grab
    assert count_near(top, palette.country_color("PL")) > 300  # the PL-BY border line
    assert sum(count_near(top, c) for c in palette.TYPE_COLORS.values()) > 300  # incidents, coloured by type
    # Below: the timeline's stacked bars in the country colours, and table rows.
    bottom = rgb[int(HEIGHT * 0.6):, :]
    for country in ("LT", "PL"):
        assert count_near(bottom, palette.country_color(country)) > 500


def test_screenshot_refuses_bad_arguments_with_a_sentence(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "border_monitor", "screenshot", "--store", str(tmp_path / "none.gpkg"),
                           "--out", str(tmp_path / "x.png")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "none.gpkg does not exist" in done.stderr
    assert parse_size("1600x1000") == (1600, 1000)
    assert parse_view("54.6,25.3,9") == {"lat": 54.6, "lon": 25.3, "zoom": 9}
    for bad in ("1600", "axb", "10x10"):
        with pytest.raises(Exception, match="size"):
            parse_size(bad)
    with pytest.raises(Exception, match="LAT,LON,ZOOM"):
        parse_view("54.6;25.3")

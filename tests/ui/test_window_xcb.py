"""The window on a real X server: Xvfb with Qt's ``xcb`` platform plugin, as on a workstation.

The other Qt tests run on the ``offscreen`` platform, which needs none of the X libraries the xcb plugin
links; this one starts its own Xvfb, runs ``border-monitor screenshot`` there with QT_QPA_PLATFORM=xcb
and checks that Qt loaded the xcb plugin and that the map drew the borders. It fails when a library
the plugin needs is missing (the plugin then does not load and the command exits with Qt's error).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QImage

from border_monitor.domain.taxonomy import Country
from border_monitor.ui.text import palette

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None,
                                reason="Xvfb is not installed (apt-get install $(cat .ci/apt-packages))")

SCREEN = "1920x1080x24"


@pytest.fixture
def x_display():
    """A private Xvfb server; yields its DISPLAY (":N", a free number chosen by Xvfb itself)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise AssertionError(f"Xvfb did not start: {server.stderr.read().decode(errors='replace')[-1000:]}")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()


def pixels(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), f"{path} is not a picture"
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.width(), 4)
    return raw[..., 2::-1].astype(int)  # BGRA in memory -> RGB


def count_near(rgb: np.ndarray, color: str, tolerance: int = 30) -> int:
    return int((np.abs(rgb - np.array(palette.hex_to_rgb(color))).sum(axis=2) < tolerance).sum())


def screenshot_on(display: str, store, out, size: str, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_DEBUG_PLUGINS="1",
               QTWEBENGINE_CHROMIUM_FLAGS=os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox"),
               **(extra_env or {}))
    return subprocess.run([sys.executable, "-m", "border_monitor", "screenshot", "--store", str(store),
                           "--out", str(out), "--size", size], env=env, capture_output=True, text=True, timeout=300)


def test_window_starts_on_xcb_under_xvfb_and_the_map_draws_the_borders(x_display, demo_store_file, tmp_path):
    store = tmp_path / "small.gpkg"
    shutil.copyfile(demo_store_file, store)
    out = tmp_path / "xcb.png"
    done = screenshot_on(x_display, store, out, "1280x800")
    assert "Could not load the Qt platform plugin" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert 'platforms/libqxcb.so" loaded library' in done.stderr  # the real X11 plugin, not offscreen
    rgb = pixels(out)
    assert rgb.shape[:2] == (800, 1280)
    # The whole region is fitted into the map (left of the details, above the docks): each of the three
    # borders with Belarus is drawn in its country's colour.
    for country in Country:
        assert count_near(rgb[:560], palette.country_color(country.value)) > 50, country.value  # LV-BY is the shortest


def test_on_a_screen_of_twice_the_dpi_the_window_and_the_map_scale_by_two(x_display, demo_store_file, tmp_path):
    """Qt's high-DPI scaling (QT_SCALE_FACTOR stands in for a 192-dpi screen): the picture has twice the pixels
    each way, and the map page draws at that ratio, its border lines twice as thick (about four times the
    border-coloured pixels of the same view at ratio 1)."""
    store = tmp_path / "small.gpkg"
    shutil.copyfile(demo_store_file, store)
    plain, double = tmp_path / "x1.png", tmp_path / "x2.png"
    done = screenshot_on(x_display, store, plain, "1280x800")
    assert done.returncode == 0, done.stderr[-3000:]
    done = screenshot_on(x_display, store, double, "1280x800", {"QT_SCALE_FACTOR": "2"})
    assert done.returncode == 0, done.stderr[-3000:]
    one, two = pixels(plain), pixels(double)
    assert two.shape[:2] == (1600, 2560)
    pl = palette.country_color("PL")
    assert count_near(two[:1120], pl) > 3 * count_near(one[:560], pl) > 0

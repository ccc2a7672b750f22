"""``border-monitor export --out FILE.html``: the standalone map opened in headless Chromium inside a network
namespace with no network (``unshare -n``, as root) draws the incidents and asks for nothing on the network.

Chromium's net log (``--log-net-log``) holds every request the browser made; the page's own have an
initiator (``null`` for a file page), Chromium's background ones (updates, dictionaries) have "not an
origin". A control page with one remote image shows the check sees a page's request.
"""
from __future__ import annotations

import json
import importlib.util
import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# The command paints with Qt (offscreen): the Qt-free lowest-versions job, which has no PySide6, skips these.
NO_QT = importlib.util.find_spec("PySide6") is None
pytestmark = pytest.mark.skipif(NO_QT or not CHROMIUM or not shutil.which("unshare") or os.geteuid() != 0,
                                reason="needs PySide6, chromium and unshare -n as root")
BBOX = "23.5,52.5,24.2,52.9"  # around Białowieża: incidents spread out beside the border line
QUIET = ("--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-default-apps", "--disable-extensions", "--disable-breakpad", "--disable-domain-reliability")


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "border_monitor", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    assert cli("demo", "--out", str(path)).returncode == 0
    return path


def open_offline(page, folder) -> tuple[Image.Image, list[str]]:
    """Screenshot of ``page`` in Chromium with no network, and the http(s) URLs the page asked for."""
    shot, log = folder / f"{page.stem}.png", folder / f"{page.stem}.netlog.json"
    subprocess.run(["unshare", "-n", CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", *QUIET,
                    "--window-size=1000,800", "--virtual-time-budget=8000", f"--log-net-log={log}",
                    f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120, check=True)
    data = json.loads(log.read_text(encoding="utf-8"))
    types = {v: k for k, v in data["constants"]["logEventTypes"].items()}
    asked = [e["params"]["url"] for e in data["events"]
             if types.get(e["type"]) == "URL_REQUEST_START_JOB" and "url" in e.get("params", {})
             and e["params"].get("initiator") != "not an origin"]
    return Image.open(shot).convert("RGB"), asked


# ui.text.palette's type colours (written out: tests/e2e import nothing of the Qt side)
TYPE_COLORS = {"apprehension": "#1f77b4", "prevented_entry": "#ff7f0e", "return_to_belarus": "#9467bd"}


def colour_pixels(image: Image.Image, colour: str, tol: int = 12) -> int:
    a = np.asarray(image).astype(int)
    c = np.array([int(colour[k:k + 2], 16) for k in (1, 3, 5)])
    return int((np.abs(a - c).max(axis=2) <= tol).sum())


def test_the_offline_check_sees_a_page_request(tmp_path):
    control = tmp_path / "control.html"
    control.write_text('<html><body><img src="https://tile.openstreetmap.org/1/0/0.png"></body></html>')
    _, asked = open_offline(control, tmp_path)
    assert asked == ["https://tile.openstreetmap.org/1/0/0.png"]


def test_the_html_map_draws_the_incidents_with_no_network(demo_store, tmp_path):
    full, empty = tmp_path / "full.html", tmp_path / "empty.html"
    result = cli("export", "--store", str(demo_store), "--bbox", BBOX, "--out", str(full))
    assert result.returncode == 0, result.stderr
    assert cli("export", "--store", str(demo_store), "--bbox", BBOX, "--text", "no such words anywhere",
               "--out", str(empty)).returncode == 0
    html = full.read_text(encoding="utf-8")
    assert not re.search(r'<(script|link|img)[^>]+(src|href)=', html)  # nothing linked: everything inline
    drawn, asked = open_offline(full, tmp_path)
    assert asked == []
    blank, asked_empty = open_offline(empty, tmp_path)
    assert asked_empty == []
    for kind in ("prevented_entry", "apprehension", "return_to_belarus"):  # beyond the legend's swatches
        assert colour_pixels(drawn, TYPE_COLORS[kind]) - colour_pixels(blank, TYPE_COLORS[kind]) > 300, kind
    # the reference layers are there in both: Belarus' grey fills much of the view
    assert colour_pixels(blank, "#b0b0b0", 3) > 50_000


def test_the_incidents_are_one_compact_data_layer(demo_store, tmp_path):
    out = tmp_path / "all.html"
    result = cli("export", "--store", str(demo_store), "--out", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    n = int(re.search(r"exported (\d+) incidents", result.stdout).group(1))
    assert n > 5000
    assert html.count("L.marker(") + html.count("L.circleMarker(") < 10  # none per incident
    assert html.count("BM.standalone(") == 1  # called once, with the one data object
    reference_only = tmp_path / "none.html"
    cli("export", "--store", str(demo_store), "--text", "no such words anywhere", "--out", str(reference_only))
    per_incident = (len(html) - len(reference_only.read_text(encoding="utf-8"))) / n
    assert per_incident < 120, per_incident


def test_an_html_map_is_never_written_over_the_store(demo_store, tmp_path):
    store = tmp_path / "copy.html"
    shutil.copyfile(demo_store, store)
    before = store.read_bytes()
    result = cli("export", "--store", str(store), "--out", str(store))
    assert result.returncode == 2 and "store" in result.stderr and "Traceback" not in result.stderr
    assert store.read_bytes() == before

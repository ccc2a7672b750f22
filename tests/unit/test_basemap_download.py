"""Making an online layer available offline, against a tile server this test runs on loopback
(http.server): every tile once after a cut and a resume, the User-Agent, the limit, 404s, attribution."""
from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from border_monitor.basemap.errors import BasemapError
from border_monitor.basemap.tile_download import USER_AGENT, TileJob, download, plan, tile_url
from border_monitor.basemap.tile_math import count_tiles, tiles_in

BBOX = (25.0, 54.4, 25.6, 54.8)
ZOOMS = range(8, 12)


class TileServer:
    """Serves a made-up PNG-looking body for /z/x/y.png; can be told to stop answering after n tiles."""

    def __init__(self, missing: set | None = None):
        self.served: Counter = Counter()
        self.agents: set[str] = set()
        self.cut_after: int | None = None
        self.missing = missing or set()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.agents.add(self.headers.get("User-Agent", ""))
                parts = self.path.strip("/").removesuffix(".png").split("/")
                key = tuple(int(p) for p in parts)
                if outer.cut_after is not None and sum(outer.served.values()) >= outer.cut_after:
                    self.send_response(503)  # the "network" is gone until the test restores it
                    self.end_headers()
                    return
                if key in outer.missing:
                    self.send_error(404)
                    return
                body = b"\x89PNG tile " + self.path.encode()
                outer.served[key] += 1
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = TileServer()
    yield s
    s.close()


def job(server, out, **kw) -> TileJob:
    return TileJob(url=server.url, bbox=BBOX, zooms=ZOOMS, out=out, attribution="© Loopback tiles",
                   name="Loopback", rate=kw.pop("rate", 500.0), retries=kw.pop("retries", 0), **kw)


def stored(path) -> dict[tuple[int, int, int], bytes]:
    db = sqlite3.connect(path)
    rows = db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles").fetchall()
    db.close()
    return {(z, x, (1 << z) - 1 - r): bytes(d) for z, x, r, d in rows}


def test_cut_in_the_middle_then_resumed_ends_with_every_tile_exactly_once(server, tmp_path):
    out = tmp_path / "offline.mbtiles"
    wanted = set(tiles_in(BBOX, ZOOMS))
    assert len(wanted) == count_tiles(BBOX, ZOOMS) > 20
    server.cut_after = 9
    with pytest.raises(BasemapError, match="run the same job again"):
        download(job(server, out))
    first = stored(out)
    assert len(first) == 9  # what came before the cut is kept
    first_plan = plan(job(server, out))
    assert (first_plan.tiles, first_plan.present) == (len(wanted), 9)
    server.cut_after = None
    result = download(job(server, out))
    assert (result.skipped, result.fetched) == (9, len(wanted) - 9)
    tiles = stored(out)
    assert set(tiles) == wanted
    assert all(n == 1 for n in server.served.values()) and set(server.served) == wanted  # each fetched once
    for (z, x, y), data in tiles.items():  # each stored at its own (TMS) row
        assert data == b"\x89PNG tile " + f"/{z}/{x}/{y}.png".encode()
    db = sqlite3.connect(out)
    meta = dict(db.execute("SELECT name, value FROM metadata"))
    db.close()
    assert meta["attribution"] == "© Loopback tiles" and meta["format"] == "png"
    assert (meta["minzoom"], meta["maxzoom"]) == ("8", "11")
    assert server.agents == {USER_AGENT} and "BorderMonitor" in USER_AGENT


def test_a_job_over_the_limit_is_refused_before_anything_is_fetched(server, tmp_path):
    out = tmp_path / "big.mbtiles"
    total = count_tiles(BBOX, ZOOMS)
    with pytest.raises(BasemapError, match=f"{total:,} tiles.*limit of 10 tiles"):
        download(job(server, out, limit=10))
    assert not server.served and not out.exists()
    assert plan(job(server, out, limit=total)).tiles == total  # raised by the user, it goes


def test_estimate_before_the_start_and_missing_tiles_counted(tmp_path):
    missing = {(8, 145, 81)}
    s = TileServer(missing=missing)
    try:
        out = tmp_path / "m.mbtiles"
        first = plan(job(s, out))
        assert first.present == 0 and first.estimated_bytes == first.tiles * 18_000
        result = download(job(s, out))
        assert result.missing == 1 and (8, 145, 81) not in stored(out)
        assert result.fetched == first.tiles - 1
    finally:
        s.close()


def test_rate_is_at_most_the_limit(server, tmp_path):
    import time

    out = tmp_path / "slow.mbtiles"
    small = TileJob(url=server.url, bbox=(25.0, 54.4, 25.3, 54.6), zooms=range(8, 10), out=out, attribution="x",
                    rate=20.0, retries=0)
    n = count_tiles(small.bbox, small.zooms)
    started = time.monotonic()
    download(small)
    # n requests at 20 a second take at least (n - 1) / 20 s: a lower bound, never a wall-clock ceiling.
    assert time.monotonic() - started >= (n - 1) / 20.0 * 0.95


def test_cancel_stops_and_keeps_what_was_fetched(server, tmp_path):
    out = tmp_path / "c.mbtiles"
    seen = []

    def progress(done, total):
        seen.append(done)

    result = download(job(server, out), progress=progress, cancel=lambda: len(seen) >= 5)
    assert result.cancelled and len(stored(out)) == 5


def test_tile_address_fills_placeholders():
    assert tile_url("https://{s}.t.example/{z}/{x}/{-y}{r}.png", 3, 1, 2) == "https://a.t.example/3/1/5.png"
    with pytest.raises(BasemapError, match="lacks"):
        plan(TileJob(url="https://t.example/{z}/{x}.png", bbox=BBOX, zooms=ZOOMS, out=None, attribution="x"))

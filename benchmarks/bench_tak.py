"""CoT to a local TAK router (taky on loopback): events per second, and the delay to another client.

    .venv/bin/python benchmarks/bench_tak.py                       # 1k and 10k events
    .venv/bin/python benchmarks/bench_tak.py --events 1000 --saves 30

1. Throughput: a demo store's incidents become CoT events (``cot_out``), a ``TakClient`` sends
   them to taky, a plain socket connected to taky receives them. Reported: the rate of building
   the XML, the rate the sender hands them to the socket, the rate they arrive at the other client,
   and each event's delay from being queued to arriving (median, p95).
2. Save to marker: ``StoreFollower`` polls the store (every ``--interval`` s, as ``tak send --follow``
   does) while the benchmark saves edits to single incidents; the delay from each save's commit to
   the event at the other client (median, p95). The poll interval bounds it from below.

Prints one table; wall-clock figures on this machine (2 cores shared), loopback only.
"""
from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.tak.client import TakClient
from border_monitor.tak.cot_out import incident_bytes
from border_monitor.tak.follow import StoreFollower


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_router(folder: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    config = folder / "taky.conf"
    config.write_text(f"[taky]\nhostname = localhost\nbind_ip = 127.0.0.1\nroot_dir = {folder}\n\n"
                      f"[cot_server]\nport = {port}\n\n[ssl]\nenabled = false\n")
    process = subprocess.Popen([sys.executable, "-m", "taky.cot", "-c", str(config), "-l", "warning"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(400):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, port
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise SystemExit("taky did not start")


class Arrivals:
    """A plain client: the arrival time of each event uid."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.times: dict[str, list[float]] = {}
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                data = self.sock.recv(1 << 16)
            except OSError:
                return
            if not data:
                return
            now = time.perf_counter()
            buffer += data
            found = re.findall(rb"<event\b.*?</event>", buffer, re.S)
            if found:
                buffer = buffer[buffer.rindex(b"</event>") + 8:]
                with self.lock:
                    for event in found:
                        self.times.setdefault(ET.fromstring(event).get("uid"), []).append(now)

    def count(self) -> int:
        with self.lock:
            return sum(len(v) for v in self.times.values())

    def wait(self, n: int, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while self.count() < n:
            if time.perf_counter() > deadline:
                raise SystemExit(f"only {self.count()} of {n} events arrived")
            time.sleep(0.002)


def ready(arrivals: Arrivals, port: int) -> None:
    probe = (b'<event version="2.0" uid="probe" type="t-x-probe" how="m-g" time="2026-01-01T00:00:00Z" '
             b'start="2026-01-01T00:00:00Z" stale="2099-01-01T00:00:00Z"><point lat="0" lon="0" hae="0" '
             b'ce="9999999" le="9999999"/></event>')
    with socket.create_connection(("127.0.0.1", port)) as sender:
        while "probe" not in arrivals.times:
            sender.sendall(probe)
            time.sleep(0.05)


def throughput(folder: Path, n: int) -> dict:
    store_path = folder / f"s{n}.gpkg"
    subprocess.run([sys.executable, "-m", "border_monitor", "demo", "--out", str(store_path), "--incidents", str(n)],
                   check=True, capture_output=True)
    router_folder = folder / f"taky{n}"
    router_folder.mkdir()
    router, port = start_router(router_folder)
    try:
        arrivals = Arrivals(port)
        ready(arrivals, port)
        with open_store(store_path) as store:
            incidents = store.page(IncidentFilter(), limit=n)
        t0 = time.perf_counter()
        events = [incident_bytes(i) for i in incidents]
        built = time.perf_counter() - t0
        uids = [ET.fromstring(e).get("uid") for e in events]
        client = TakClient(f"tcp://127.0.0.1:{port}", receive=False).start()
        client.wait_connected(30)
        queued = {}
        start = time.perf_counter()
        for uid, event in zip(uids, events):
            queued[uid] = time.perf_counter()
            client.send(event)
        client.drain()
        sent = time.perf_counter() - start
        arrivals.wait(n + 1)
        last = max(arrivals.times[u][0] for u in uids)
        client.stop()
        delays = np.array([arrivals.times[u][0] - queued[u] for u in uids]) * 1000
        return {"n": n, "build": n / built, "send": n / sent, "arrive": n / (last - start),
                "median": float(np.median(delays)), "p95": float(np.percentile(delays, 95))}
    finally:
        router.terminate()
        router.wait(10)


def save_to_marker(folder: Path, saves: int, interval: float) -> dict:
    store_path = folder / "follow.gpkg"
    subprocess.run([sys.executable, "-m", "border_monitor", "demo", "--out", str(store_path), "--incidents", "1000"],
                   check=True, capture_output=True)
    router_folder = folder / "taky-follow"
    router_folder.mkdir()
    router, port = start_router(router_folder)
    stop = threading.Event()
    try:
        arrivals = Arrivals(port)
        ready(arrivals, port)
        client = TakClient(f"tcp://127.0.0.1:{port}", receive=False).start()
        client.wait_connected(30)

        def follow():
            with open_store(store_path) as store:
                follower = StoreFollower(store)
                client.send([incident_bytes(i) for i in follower.initial().send])
                while not stop.is_set():
                    out = follower.changes()
                    if out.send:
                        client.send([incident_bytes(i) for i in out.send])
                    stop.wait(interval)
        thread = threading.Thread(target=follow, daemon=True)
        thread.start()
        arrivals.wait(1001)
        delays = []
        with open_store(store_path) as store:
            chosen = store.page(IncidentFilter(), limit=saves)
            for k, incident in enumerate(chosen):
                uid = f"border-monitor.{incident.id}"
                store.update(store.get(incident.id).with_changes(description=f"edit {k}"), "bench")
                saved = time.perf_counter()
                deadline = saved + 30
                while len(arrivals.times.get(uid, [])) < 2 and time.perf_counter() < deadline:
                    time.sleep(0.001)
                delays.append((arrivals.times[uid][1] - saved) * 1000)
                time.sleep(interval * 0.37)  # saves land at different points of the poll cycle
        stop.set()
        thread.join(10)
        client.stop()
        delays = np.array(delays)
        return {"saves": saves, "interval": interval, "median": float(np.median(delays)),
                "p95": float(np.percentile(delays, 95))}
    finally:
        router.terminate()
        router.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--interval", type=float, default=0.2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        print(f"{'events':>7} {'build/s':>9} {'sent/s':>9} {'arrived/s':>10} {'delay median ms':>16} {'p95 ms':>8}")
        for n in args.events:
            r = throughput(folder, n)
            print(f"{r['n']:>7} {r['build']:>9.0f} {r['send']:>9.0f} {r['arrive']:>10.0f} {r['median']:>16.1f} "
                  f"{r['p95']:>8.1f}")
        r = save_to_marker(folder, args.saves, args.interval)
        print(f"save -> event at the other client ({r['saves']} saves, follower polling every {r['interval']} s): "
              f"median {r['median']:.0f} ms, p95 {r['p95']:.0f} ms")


if __name__ == "__main__":
    main()

"""Two workstations and a briefing display, three processes on one database: each sees the others' saves
through NOTIFY and refresh (the briefing display opened read-only), with no reload of the whole picture."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

WORKER = Path(__file__).with_name("workstation.py")


def start(url: str, role: str, expected: int, incident_id: str | None = None) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    args = [sys.executable, str(WORKER), url, role, str(expected)] + ([incident_id] if incident_id else [])
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    return proc


def test_two_workstations_and_a_briefing_display_see_each_others_saves(pg_url):
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    procs = [start(pg_url, "briefing", 2), start(pg_url, "ws-a", 2, a), start(pg_url, "ws-b", 2, b)]
    try:
        for proc in procs:  # every process holds its cache and listens before anyone saves
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    for result in results:
        assert result["ids"] == sorted([a, b]), result

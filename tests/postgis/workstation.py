"""One workstation or briefing display, run as its own process by test_three_processes.py.

    python workstation.py URL ROLE EXPECTED [INCIDENT_ID]

Opens the store (read-only for ROLE "briefing"), prints "ready", waits for a line on stdin, adds the incident
INCIDENT_ID (workstations), then follows the store the way a window does (wait on the change source, drain,
refresh) until it holds EXPECTED incidents; prints the ids it holds, one JSON line, and exits.
"""
from __future__ import annotations

import json
import select
import sys
import time
from datetime import datetime, timezone


def main(url: str, role: str, expected: int, incident_id: str | None) -> int:
    from border_monitor.domain.filters import IncidentFilter
    from border_monitor.domain.incident import Incident
    from border_monitor.store import open_store

    with open_store(url, read_only=role == "briefing") as store:
        source = store.change_source()
        print("ready", flush=True)
        sys.stdin.readline()
        if incident_id:
            store.add([Incident(id=incident_id, occurred_at=datetime(2021, 8, 1, 10, tzinfo=timezone.utc),
                                country="LT", type="apprehension", lon=25.0, lat=54.5, persons=1)], role)
        deadline = time.monotonic() + 30
        refreshes = 0
        while store.count(IncidentFilter()) < expected and time.monotonic() < deadline:
            if source.fileno is not None:
                select.select([source.fileno], [], [], 1.0)
                source.drain()
            else:
                time.sleep(source.poll_seconds)
            store.refresh()
            refreshes += 1
        ids = sorted(str(i.id) for i in store.page(IncidentFilter(), limit=100))
        print(json.dumps({"role": role, "ids": ids, "refreshes": refreshes}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None))

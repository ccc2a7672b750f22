"""A read-only hot standby (a second cluster streaming from the first) seen by a briefing-room viewer: the
store knows it is on a standby, asks to be polled (NOTIFY never reaches a standby), refuses writes with a
sentence, and a poll after a save on the primary brings the save in."""
from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from border_monitor.domain.errors import StoreError
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from pg_fixtures import standby_url


def incident(day: int) -> Incident:
    return Incident(occurred_at=datetime(2021, 8, day, 10, tzinfo=timezone.utc), country="PL", type="apprehension",
                    lon=23.8, lat=53.1, persons=3)


def test_a_viewer_on_the_standby_polls_and_sees_the_primarys_saves(pg_url, pg_standby):
    with open_store(pg_url) as primary:
        primary.add([incident(1)], "op")
        replica = standby_url(pg_standby, pg_url)
        deadline = time.monotonic() + 30
        viewer = open_store(replica)
        try:
            assert viewer.standby and viewer.read_only
            source = viewer.change_source()
            assert source.poll_seconds == 1 and source.fileno is None
            with pytest.raises(StoreError, match="read-only standby"):
                viewer.add([incident(2)], "viewer")
            while viewer.count(IncidentFilter()) < 1 and time.monotonic() < deadline:
                time.sleep(source.poll_seconds / 10)
                viewer.refresh()
            later = incident(3)
            primary.add([later], "op")
            change = None
            while time.monotonic() < deadline:
                change = viewer.refresh()
                if change.touches_incidents:
                    break
                time.sleep(source.poll_seconds / 10)
            assert change is not None and change.incidents == {str(later.id)}
            assert viewer.count(IncidentFilter()) == 2
            assert viewer.get(later.id).persons == 3
        finally:
            viewer.close()

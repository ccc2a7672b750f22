"""The briefing follows another program's writes by itself: an incident another process writes into the
GeoPackage shows within 3 s (figures, alerts, timeline, map), with no reload of the map page and no user
action."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

from border_monitor.ui.briefing.capture import wait_drawn
from border_monitor.ui.briefing.window import BriefingWindow
from border_monitor.ui.lifecycle import dispose

WRITER = textwrap.dedent("""
    import sys
    from border_monitor.domain.incident import Incident
    from border_monitor.store import open_store
    with open_store(sys.argv[1]) as store:
        store.add([Incident(occurred_at="2021-10-01T10:15:00Z", country="LV", type="apprehension", lon=27.62,
                            lat=55.93, persons=5, nationalities="IRQ:5", source="another workstation")], "other")
""")


def test_an_incident_another_process_writes_shows_within_3_s_without_a_reload(qtbot, demo_store, locale_c, request):
    window = BriefingWindow(demo_store, store_path=demo_store.path, at="2021-10-01")
    request.addfinalizer(lambda: dispose(window))  # before the store closes
    window.resize(1600, 900)
    window.show()
    wait_drawn(window, 60)
    assert window.live_refresh is not None and window.live_refresh.source.paths  # the file and its WAL watched
    panel = window.map_panel
    loads, seq = panel._loads, panel._seq
    figures = window.figures_panel.figures()["LV"]
    timeline_total = window.timeline.total()
    impact_seq = panel.impact._seq
    result = subprocess.run([sys.executable, "-c", WRITER, str(demo_store.path)], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    written = time.monotonic()
    qtbot.waitUntil(lambda: window.figures_panel.figures()["LV"].today == figures.today + 1
                    and panel.is_settled() and panel._seq > seq, timeout=3000)
    assert time.monotonic() - written < 3.0
    assert window.figures_panel.text_of("LV", "today") == str(figures.today + 1)
    assert window.figures_panel.figures()["LV"].persons_week == figures.persons_week + 5
    assert window.timeline.total() == timeline_total + 1
    assert panel.impact._seq > impact_seq  # the alerts were computed again
    assert panel._loads == loads  # the map took the new data over the bridge: the page was not reloaded

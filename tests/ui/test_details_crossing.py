"""The details panel names the nearest crossing point and the distance along the border to it."""
from __future__ import annotations

import html

import pytest

from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from border_monitor.ui.details_panel import DetailsPanel


@pytest.fixture
def kuznica_store(tmp_path):
    store = open_store(tmp_path / "kuznica.gpkg", create=True)
    store.add([
        # 2 km west of the line south of Kuźnica, before and after the road crossing closed (9 Nov 2021)
        Incident(occurred_at="2021-10-01T10:00:00Z", country="PL", type="apprehension", lon=23.64, lat=53.50,
                 persons=4, nationalities="IRQ:4", source="patrol"),
        Incident(occurred_at="2021-11-15T10:00:00Z", country="PL", type="apprehension", lon=23.64, lat=53.50,
                 persons=2, nationalities="SYR:2", source="patrol"),
    ], "tester")
    yield store
    store.close()


def test_section_names_the_open_crossing_and_the_distance_along_the_border(qtbot, kuznica_store, app_state):
    panel = DetailsPanel(kuznica_store, app_state)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.crossing.isVisible()  # nothing selected
    october, november = _by_day(kuznica_store)
    app_state.select([october], october)
    text = html.unescape(panel.crossing.text())
    assert panel.crossing.isVisible()
    assert "Kuźnica - Bruzgi" in text and "road" in text and "PL-BY" in text
    assert "open on the incident's day" in text
    assert "km along the border" in text and "Nearer" not in text
    app_state.select([november], november)
    text = html.unescape(panel.crossing.text())
    # the road crossing was closed that day: the open rail crossing is the answer, the road one named as nearer
    assert "Kuźnica - Grodno" in text.split("Nearer")[0]
    assert "Nearer, not open that day" in text and "Kuźnica - Bruzgi" in text.split("Nearer")[1]
    assert "closed on the incident's day, open now" in text
    app_state.select([])
    assert not panel.crossing.isVisible()


def _by_day(store):
    from border_monitor.domain.filters import IncidentFilter

    ids = list(store.points(IncidentFilter())["id"])
    incidents = sorted((store.get(str(i)) for i in ids), key=lambda inc: inc.occurred_at)
    return str(incidents[0].id), str(incidents[1].id)

"""The context events' labels: short, in a band above the bars, staggered, never on top of each other."""
from __future__ import annotations

import html
from datetime import date
from itertools import combinations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from border_monitor.store.base import ContextEvent
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.timeline import series
from border_monitor.ui.timeline.event_band import clip_words, full_title, place_labels, short_label
from border_monitor.ui.timeline.panel import TimelinePanel


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


@pytest.fixture
def narrow_timeline(qtbot, demo_store, app_state):
    """The timeline at about the width it has in the main window's default layout."""
    panel = TimelinePanel(demo_store, app_state)
    panel.resize(550, 260)
    panel.show()
    qtbot.waitExposed(panel)
    settle(qtbot)
    yield panel
    dispose(panel)


def shown_labels(panel):
    band = panel.event_band
    return [(event, item) for event, item in zip(band.events, band.label_items()) if item.isVisible()]


def assert_readable(panel):
    """No two shown labels overlap, and none is over the bars (they sit in the band above the plot)."""
    shown = shown_labels(panel)
    rects = [item.sceneBoundingRect() for _e, item in shown]
    for (a, ra), (b, rb) in combinations(zip([e for e, _ in shown], rects), 2):
        assert not ra.intersects(rb), f"labels of {a.title!r} and {b.title!r} overlap: {ra} {rb}"
    plot_area = panel.plot.getPlotItem().getViewBox().sceneBoundingRect()
    band = panel.event_band.sceneBoundingRect()
    for rect in rects:
        assert rect.bottom() <= plot_area.top() + 0.5
        assert band.left() - 0.5 <= rect.left() and rect.right() <= band.right() + 0.5
    return shown


def test_default_view_labels_do_not_overlap_and_every_event_is_named_somewhere(narrow_timeline, demo_store):
    panel = narrow_timeline
    events = demo_store.events()
    assert len(events) >= 15  # the 2021 scenario's context events, crowded in July and August
    shown = assert_readable(panel)
    labelled = {e.id for e, _ in shown}
    assert labelled == {e.id for e in panel.event_band.labelled()}
    # Not everything fits at ~550 px: some are left out, but a fair share is named.
    assert 5 <= len(labelled) < len(events)
    for event in events:
        if event.id not in labelled:
            assert html.escape(full_title(event)) in panel.readout_text(event.start)
    # Every label carries the whole title as its tooltip, and every day in view keeps its marker.
    for event, item in shown:
        assert item.toolTip() == full_title(event)
        assert item.text().endswith(short_label(event))
    assert sorted(panel.event_band.marked_days()) == sorted(e.start for e in events)
    # The dashed lines stay in the plot for every event.
    assert panel.events.count() == len(events)


def test_zooming_into_august_names_more_of_its_events(narrow_timeline, qtbot, demo_store):
    panel = narrow_timeline
    august = [e for e in demo_store.events() if date(2021, 8, 1) <= e.start <= date(2021, 8, 31)]
    assert len(august) >= 5
    before = {e.id for e in panel.event_band.labelled()} & {e.id for e in august}
    panel.plot.getPlotItem().setXRange(series.day_start_x(date(2021, 8, 1)),
                                       series.day_start_x(date(2021, 9, 1)), padding=0)
    settle(qtbot)
    shown = assert_readable(panel)
    after = {e.id for e, _ in shown} & {e.id for e in august}
    assert len(after) > len(before)
    assert before <= after or len(after) >= len(before) + 2
    # Out of the view: neither label nor marker.
    assert all(e.end >= date(2021, 8, 1) and e.start <= date(2021, 9, 1) for e, _ in shown)
    assert sorted(panel.event_band.marked_days()) == sorted(e.start for e in august)


def test_ranges_that_began_left_of_the_view_are_named_at_its_edge_where_room_is_left(narrow_timeline, qtbot):
    panel = narrow_timeline
    panel.plot.getPlotItem().setXRange(series.day_start_x(date(2021, 10, 1)),
                                       series.day_start_x(date(2021, 11, 1)), padding=0)
    settle(qtbot)
    shown = assert_readable(panel)
    october = [e for e in panel.event_band.events if date(2021, 10, 1) <= e.start <= date(2021, 10, 31)]
    assert {e.id for e in october} <= {e.id for e, _ in shown}  # three events in a month: all named
    running = [(e, item) for e, item in shown if e.start < date(2021, 10, 1)]
    assert running
    for event, item in running:
        assert event.end >= date(2021, 10, 1) and item.text() == "\u25c2 " + short_label(event)
        assert item.pos().x() < 10
    assert all(not item.text().startswith("\u25c2") for e, item in shown if e.start >= date(2021, 10, 1))


def test_a_wider_timeline_names_more_events_and_the_band_hover_lists_those_near_the_mouse(narrow_timeline, qtbot):
    panel = narrow_timeline
    narrow = len(panel.event_band.labelled())
    panel.resize(1400, 300)
    settle(qtbot)
    assert_readable(panel)
    assert len(panel.event_band.labelled()) > narrow
    band = panel.event_band
    kabul = next(e for e in band.events if "Kabul" in e.title)
    x0, x1 = band.range
    px = (series.day_start_x(kabul.start) - x0) / (x1 - x0) * band.width()
    assert kabul in band.events_near(px + 2)
    assert kabul not in band.events_near(px + 60)


def test_place_labels_keeps_a_gap_in_each_row_and_leaves_out_what_does_not_fit():
    widths = [50.0] * 6
    anchors = [0.0, 10.0, 20.0, 30.0, 200.0, None]
    slots = place_labels(anchors, widths, band_width=240.0, rows=3, gap=8.0, pole_gap=3.0)
    assert [s is not None for s in slots] == [True, True, True, False, True, False]
    assert len({slots[i].row for i in range(3)}) == 3  # the first three overlap: one row each
    assert (slots[0].left, slots[0].right) == (3.0, 53.0)
    # Near the right edge a label ends left of its pole instead of running out of the band.
    assert slots[4].right == pytest.approx(197.0) and slots[4].left == pytest.approx(147.0)
    # One row: the second label must keep the gap from the first.
    one_row = place_labels([0.0, 55.0, 62.0], [50.0] * 3, band_width=500.0, rows=1, gap=8.0, pole_gap=3.0)
    assert [s is not None for s in one_row] == [True, False, True]
    # A label wider than the band is never shown.
    assert place_labels([10.0], [300.0], band_width=200.0) == [None]


def test_place_labels_fits_as_many_as_the_rows_hold_and_late_labels_only_take_what_is_left():
    # Two rows. Placing left to right into the lowest free row would put B over A and leave no
    # room for C and D; the best placement shows four labels.
    anchors = [0.0, 40.0, 103.0, 150.0]
    widths = [100.0, 50.0, 40.0, 40.0]
    slots = place_labels(anchors, widths, band_width=400.0, rows=2, gap=5.0, pole_gap=0.0)
    assert all(s is not None for s in slots)
    for a, b in combinations([s for s in slots], 2):
        assert a.row != b.row or a.right + 5.0 <= b.left or b.right + 5.0 <= a.left
    # A late label (a range running in from the left) yields to the others.
    late = place_labels([0.0, 10.0], [80.0, 80.0], band_width=400.0, rows=1, gap=5.0, pole_gap=3.0, late=[True, False])
    assert late[0] is None and late[1] is not None


def test_short_labels_name_the_country_and_cut_at_a_word():
    event = ContextEvent(1, date(2021, 7, 10), date(2021, 7, 10), "LT",
                         "Frontex support requested (about 100 officers deployed by 30 Jul)")
    assert short_label(event) == "LT Frontex support requested"
    long = ContextEvent(2, date(2021, 8, 11), date(2021, 12, 31), "LV",
                        "State of emergency in the border municipalities (Ludza, Kraslava); extended")
    label = short_label(long)
    assert label.startswith("LV State of emergency") and label.endswith("\u2026") and len(label) <= 3 + 26
    assert not label[:-1].endswith(" ")
    assert clip_words("Fall of Kabul", 26) == "Fall of Kabul"
    assert short_label(ContextEvent(3, date(2021, 8, 15), date(2021, 8, 15), "", "Fall of Kabul")) == "Fall of Kabul"
    assert full_title(long).endswith("(Latvia)")


def test_hovering_a_marker_in_the_band_gives_the_whole_title_as_its_tooltip(narrow_timeline, qtbot):
    panel = narrow_timeline
    band = panel.event_band
    kabul = next(e for e in band.events if "Kabul" in e.title)
    x0, x1 = band.range
    px = (series.day_start_x(kabul.start) - x0) / (x1 - x0) * band.width()
    at = panel.plot.mapFromScene(band.mapToScene(QPointF(px + 1, band.height() - 3)))
    QTest.mouseMove(panel.plot.viewport(), at - QPoint(40, 0))
    qtbot.wait(50)  # pyqtgraph passes on at most one mouse move per 10 ms
    QTest.mouseMove(panel.plot.viewport(), at)
    qtbot.waitUntil(lambda: full_title(kabul) in band.toolTip().split("\n"), timeout=2000)

"""View > Time zone: the table, the details panel and the timeline show times in one chosen zone."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from border_monitor.domain.display_zone import DisplayZone, display_time
from border_monitor.ui.details_panel import DetailsPanel
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings
from border_monitor.ui.state import AppState
from border_monitor.ui.table.panel import IncidentTablePanel
from border_monitor.ui.timeline.panel import TimelinePanel

WORKSTATION = "America/New_York"  # not a reporter's zone, so a mix-up with one shows


@pytest.fixture
def state(qapp):
    return AppState(workstation_zone=WORKSTATION)


def test_display_time_uses_the_zone_of_the_choice_across_summer_and_winter():
    summer = datetime(2021, 7, 3, 20, 45, tzinfo=timezone.utc)
    winter = datetime(2021, 12, 3, 20, 45, tzinfo=timezone.utc)
    assert display_time(summer, "Europe/Warsaw", DisplayZone.REPORTER, WORKSTATION).isoformat() == \
        "2021-07-03T22:45:00+02:00"
    assert display_time(winter, "Europe/Warsaw", DisplayZone.REPORTER, WORKSTATION).isoformat() == \
        "2021-12-03T21:45:00+01:00"
    assert display_time(summer, "Europe/Warsaw", DisplayZone.WORKSTATION, WORKSTATION).isoformat() == \
        "2021-07-03T16:45:00-04:00"
    assert display_time(winter, "Europe/Vilnius", DisplayZone.UTC, WORKSTATION).isoformat() == \
        "2021-12-03T20:45:00+00:00"
    assert DisplayZone.parse("utc") is DisplayZone.UTC and DisplayZone.parse("nonsense") is DisplayZone.REPORTER


def test_the_table_follows_the_states_zone_in_cells_and_header(qtbot, near_midnight, state, locale_c):
    panel = IncidentTablePanel(near_midnight, state)
    qtbot.addWidget(panel)
    model = panel.model

    def shown():
        return ([model.data(model.index(r, 0)) for r in range(model.rowCount())],
                model.headerData(0, Qt.Orientation.Horizontal))

    assert shown() == (["2021-07-03 23:45 +03:00", "2021-07-03 23:40 +02:00"], "Time (reporter's zone)")
    state.set_display_zone(DisplayZone.UTC)
    assert shown() == (["2021-07-03 20:45 +00:00", "2021-07-03 21:40 +00:00"], "Time (UTC)")
    state.set_display_zone(DisplayZone.WORKSTATION)
    assert shown() == (["2021-07-03 16:45 -04:00", "2021-07-03 17:40 -04:00"], f"Time ({WORKSTATION})")
    header = panel.view.horizontalHeader()
    assert header.sectionSize(0) >= header.fontMetrics().horizontalAdvance(f"Time ({WORKSTATION})")


def test_the_details_panel_shows_the_chosen_zone_first_and_the_others_below(qtbot, near_midnight, state, locale_c):
    panel = DetailsPanel(near_midnight, state)
    qtbot.addWidget(panel)
    lt = next(i for i in near_midnight.page(state.filter, limit=10) if i.country.value == "LT")
    state.select([str(lt.id)])
    text = panel.browser.toPlainText()
    assert "Time (reporter's zone)\n2021-07-03 23:45:00 +03:00 (Europe/Vilnius)" in text
    state.set_display_zone(DisplayZone.WORKSTATION)
    text = panel.browser.toPlainText()
    first = text.index(f"Time ({WORKSTATION})\n2021-07-03 16:45:00 -04:00 ({WORKSTATION})")
    assert first < text.index("Time (reporter's zone)\n2021-07-03 23:45:00 +03:00") < text.index(
        "Time (UTC)\n2021-07-03 20:45:00 UTC")
    state.set_display_zone(DisplayZone.UTC)
    text = panel.browser.toPlainText()
    assert "Time (UTC)\n2021-07-03 20:45:00 +00:00 (UTC)" in text and text.count("Time (UTC)") == 1


def test_the_timeline_counts_the_days_of_the_zone_times_are_shown_in(qtbot, near_midnight, qapp, locale_c):
    # 20:45 and 21:40 UTC on 3 July: the 3rd in Vilnius and Warsaw, already the 4th in Tokyo (+09:00)
    state = AppState(workstation_zone="Asia/Tokyo")
    panel = TimelinePanel(near_midnight, state)
    qtbot.addWidget(panel)
    third, fourth = datetime(2021, 7, 3).date(), datetime(2021, 7, 4).date()
    assert panel.readout_text(third).startswith("2021-07-03: ") and "(total 2)" in panel.readout_text(third)
    assert panel.readout_text(fourth) in ("2021-07-04: none",)
    state.set_display_zone(DisplayZone.WORKSTATION)
    assert panel.readout_text(fourth).startswith("2021-07-04 (Asia/Tokyo): ")
    assert "(total 2)" in panel.readout_text(fourth)
    assert panel.readout_text(third) == "2021-07-03 (Asia/Tokyo): none"
    state.set_display_zone(DisplayZone.UTC)
    assert "(total 2)" in panel.readout_text(third) and panel.readout_text(third).startswith("2021-07-03 (UTC): ")
    # the marker of the focused incident sits on its day in the zone shown
    lt = next(i for i in near_midnight.page(state.filter, limit=10) if i.country.value == "LT")
    state.set_display_zone(DisplayZone.WORKSTATION)
    state.select([str(lt.id)])
    assert panel._focus_day == fourth
    state.set_display_zone(DisplayZone.REPORTER)
    assert panel._focus_day == third


def test_store_daily_counts_in_a_zone_move_incidents_across_midnight(near_midnight):
    from border_monitor.domain.filters import IncidentFilter
    own = near_midnight.daily_counts(IncidentFilter())
    tokyo = near_midnight.daily_counts(IncidentFilter(), zone="Asia/Tokyo")
    assert [str(d) for d in own.days] == ["2021-07-03"] and int(own.counts.sum()) == 2
    assert [str(d) for d in tokyo.days] == ["2021-07-04"] and int(tokyo.counts.sum()) == 2
    honolulu = near_midnight.daily_counts(IncidentFilter(), zone="Pacific/Honolulu")  # 10:45 and 11:40 on the 3rd
    assert [str(d) for d in honolulu.days] == ["2021-07-03"]


def test_view_menu_sets_the_zone_for_every_view_and_a_new_window_remembers_it(qtbot, near_midnight, tmp_path,
                                                                             locale_c):
    settings_file = tmp_path / "settings.ini"
    first = MainWindow(near_midnight, store_path=near_midnight.path, settings=open_settings(settings_file),
                       state=AppState(workstation_zone=WORKSTATION, store=near_midnight))
    try:
        menu = first.time_zone.menu
        assert menu.menuAction() in first.menus["view"].actions()
        assert [a.isChecked() for a in menu.actions()] == [True, False, False]
        first.time_zone.actions[DisplayZone.UTC].trigger()
        assert first.state.display_zone is DisplayZone.UTC
        assert first.table_panel.model.headerData(0, Qt.Orientation.Horizontal) == "Time (UTC)"
        assert [a.isChecked() for a in menu.actions()] == [False, False, True]
    finally:
        dispose(first)
    second = MainWindow(near_midnight, store_path=near_midnight.path, settings=open_settings(settings_file),
                        state=AppState(workstation_zone=WORKSTATION, store=near_midnight))
    try:
        assert second.state.display_zone is DisplayZone.UTC
        assert second.table_panel.model.data(second.table_panel.model.index(0, 0)) == "2021-07-03 20:45 +00:00"
    finally:
        dispose(second)

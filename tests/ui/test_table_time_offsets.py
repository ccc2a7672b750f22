"""The Time column: each country's wall-clock time with its UTC offset, so the UTC order is visibly right."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QLocale, Qt

from border_monitor.domain.incident import Incident
from border_monitor.ui.text.formats import datetime_offset_text, utc_offset_text
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.table.model import COLUMNS, IncidentTableModel
from border_monitor.ui.table.panel import IncidentTablePanel


def test_times_an_hour_apart_in_utc_that_look_reversed_locally_show_offsets_that_explain_the_order(
        near_midnight, locale_c):
    model = IncidentTableModel(near_midnight)
    assert model.rowCount() == 2
    countries = [model.data(model.index(r, 1)) for r in range(2)]
    assert countries == ["LT", "PL"]  # sorted by the instant: LT's 20:45 UTC first
    shown = [model.data(model.index(r, 0)) for r in range(2)]
    assert shown == ["2021-07-03 23:45 +03:00", "2021-07-03 23:40 +02:00"]
    # The local times alone look reversed; with their offsets they read in the order of the rows.
    instants = [datetime.strptime(text, "%Y-%m-%d %H:%M %z") for text in shown]
    assert instants[0] < instants[1] and instants[1] - instants[0] == timedelta(minutes=55)
    # The tooltip gives the time in UTC.
    tips = [model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    assert tips == ["2021-07-03 20:45:00 UTC", "2021-07-03 21:40:00 UTC"]
    # Descending keeps the offsets with their rows.
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(2)] == shown[::-1]


def test_the_offset_follows_the_season_and_the_date_follows_the_locale(near_midnight, qapp):
    winter = datetime(2021, 12, 1, 6, 5, tzinfo=timezone.utc)
    lt = Incident(occurred_at=winter, country="LT", type="smuggling", lon=23.95, lat=54.02).local_time()
    pl = Incident(occurred_at=winter, country="PL", type="smuggling", lon=23.66, lat=53.51).local_time()
    assert (utc_offset_text(lt), utc_offset_text(pl)) == ("+02:00", "+01:00")
    assert utc_offset_text(winter) == "+00:00"
    assert utc_offset_text(datetime(2021, 1, 1, tzinfo=timezone(-timedelta(hours=3, minutes=30)))) == "-03:30"
    assert utc_offset_text(datetime(2021, 1, 1)) == ""
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        text = datetime_offset_text(lt)
        assert text.startswith("01.12.21") and text.endswith(" 08:05 +02:00")
        model = IncidentTableModel(near_midnight)
        assert model.data(model.index(0, 0)) == "03.07.21 23:45 +03:00"
    finally:
        QLocale.setDefault(before)


def test_the_time_column_is_wide_enough_for_date_time_and_offset(qtbot, near_midnight, app_state, locale_c):
    panel = IncidentTablePanel(near_midnight, app_state)
    try:
        panel.resize(900, 300)
        panel.show()
        header = panel.view.horizontalHeader()
        text = panel.model.data(panel.model.index(0, 0))
        assert header.sectionSize(0) > panel.view.fontMetrics().horizontalAdvance(text)
        for column in range(len(COLUMNS) - 1):  # the last column stretches
            title = panel.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title)
    finally:
        dispose(panel)

"""The incident table: lazy pages from the store, the store's sort on every column, the search box."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from border_monitor.domain.filters import IncidentFilter, SortKey
from border_monitor.domain.taxonomy import Country
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.text.labels import status_label, type_label
from border_monitor.ui.table.model import BLOCK, CACHE_BLOCKS, COLUMNS, ID_ROLE, IncidentTableModel
from border_monitor.ui.table.panel import IncidentTablePanel

TIMEOUT = 10_000


@pytest.fixture
def model(qapp, demo_store):
    return IncidentTableModel(demo_store)


def test_row_count_is_the_stores_count_and_rows_are_read_in_blocks(model, demo_store):
    total = demo_store.count(IncidentFilter())
    assert model.rowCount() == total and model.columnCount() == len(COLUMNS) == 9
    assert model.fetches == 0  # counting reads no rows
    first = model.data(model.index(0, 0), ID_ROLE)
    assert first == str(demo_store.page(IncidentFilter(), limit=1)[0].id)
    assert model.fetches == 1
    for row in range(1, BLOCK):
        model.data(model.index(row, 1))
    assert model.fetches == 1  # the rest of the block came with the first row
    last = total - 1
    assert model.data(model.index(last, 0), ID_ROLE) == str(demo_store.page(IncidentFilter(), offset=last, limit=1)[0].id)
    assert model.fetches == 2
    # Only a few blocks are kept.
    for block in range(CACHE_BLOCKS + 3):
        model.data(model.index(min(block * BLOCK, last), 0))
    assert len(model._blocks) <= CACHE_BLOCKS  # noqa: SLF001 - the cache bound is the point of the test
    assert not model.data(model.index(total, 0)) and not model.data(QModelIndex())


def test_cells_show_the_incident_in_local_time_and_the_users_words(model, demo_store):
    incident = demo_store.page(IncidentFilter(), limit=1)[0]
    row = [model.data(model.index(0, c)) for c in range(len(COLUMNS))]
    local = incident.local_time()
    assert f"{local:%H:%M}" in row[0]
    assert row[1] == incident.country.value
    assert row[2] == (incident.sector or "")
    assert row[3] == type_label(incident.type)
    assert row[4] == str(incident.persons)
    assert row[7] == status_label(incident.status)
    assert row[8] == incident.description.replace("\n", " ")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time (reporter's zone)"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Distance to border"


@pytest.mark.parametrize("column", range(len(COLUMNS)))
def test_sorting_each_column_is_the_stores_order(model, demo_store, column):
    key = COLUMNS[column]
    flt = IncidentFilter(countries={Country.LT, Country.PL})
    model.set_filter(flt)
    for order, descending in ((Qt.SortOrder.AscendingOrder, False), (Qt.SortOrder.DescendingOrder, True)):
        model.sort(column, order)
        assert model.sort_key is key and model.descending is descending
        expected = demo_store.page(flt, key, descending, 0, 5)
        got = [model.data(model.index(r, 0), ID_ROLE) for r in range(5)]
        assert got == [str(i.id) for i in expected]
        middle = model.rowCount() // 2
        assert model.data(model.index(middle, 0), ID_ROLE) == str(demo_store.page(flt, key, descending, middle, 1)[0].id)


def test_sorting_by_persons_really_orders_the_rows(model):
    model.sort(COLUMNS.index(SortKey.PERSONS), Qt.SortOrder.DescendingOrder)
    persons = [model.incident(r).persons for r in range(300)]
    assert persons == sorted(persons, reverse=True) and persons[0] > persons[-1]


def test_row_of_finds_an_incident_outside_the_loaded_rows(model, demo_store):
    total = model.rowCount()
    target = demo_store.page(IncidentFilter(), offset=total - 10, limit=1)[0]
    assert model.loaded_row_of(str(target.id)) is None
    assert model.row_of(str(target.id)) == total - 10
    model.set_filter(IncidentFilter(countries={target.country}))
    row = model.row_of(str(target.id))
    assert model.incident_id(row) == str(target.id)
    other = Country.LV if target.country != Country.LV else Country.LT
    model.set_filter(IncidentFilter(countries={other}))
    assert model.row_of(str(target.id)) is None


def test_header_click_sorts_through_the_panel(qtbot, demo_store, app_state):
    panel = IncidentTablePanel(demo_store, app_state)
    try:
        panel.resize(900, 400)
        panel.show()
        header = panel.view.horizontalHeader()
        column = COLUMNS.index(SortKey.DISTANCE)
        at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        model = panel.model
        assert model.sort_key is SortKey.DISTANCE
        expected = demo_store.page(IncidentFilter(), SortKey.DISTANCE, model.descending, 0, 3)
        assert [model.incident_id(r) for r in range(3)] == [str(i.id) for i in expected]
    finally:
        dispose(panel)


def test_the_filters_search_box_sets_the_state_text_once_typing_pauses_and_the_table_follows(
        qtbot, demo_store, app_state, settle):
    from border_monitor.ui.filters_panel import FiltersPanel

    panel = IncidentTablePanel(demo_store, app_state)
    filters = FiltersPanel(None, app_state)
    try:
        panel.show()
        filters.show()
        assert not panel.findChildren(QLineEdit)  # one search box in the window: the filters panel's
        seen = []
        app_state.filterChanged.connect(seen.append)
        for ch in "iraq":
            qtbot.keyClick(filters.text_edit, ch)
        assert seen == []
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=TIMEOUT)
        assert app_state.filter.text == "iraq"
        settle(app_state)
        assert panel.model.rowCount() == demo_store.count(IncidentFilter(text="iraq"))
        # The state's text shows in the box and in the table.
        app_state.update_filter(text="smuggl")
        assert filters.text_edit.text() == "smuggl"
        settle(app_state)
        assert panel.model.rowCount() == demo_store.count(IncidentFilter(text="smuggl"))
    finally:
        dispose(filters)
        dispose(panel)


class _ServerAway:
    """The demo store, whose row reads fail as a PostGIS store's do while its server is away (counts and
    everything else answer from the cache as they do there). The real outage is tests/postgis/test_gui_live.py."""

    def __init__(self, store):
        self._store, self.away = store, False

    def page(self, *args, **kwargs):
        if self.away:
            from border_monitor.domain.errors import StoreUnavailable
            raise StoreUnavailable("Connection to 127.0.0.1 lost")
        return self._store.page(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_while_the_server_is_away_the_table_shows_the_rows_last_shown_of_the_same_filter_and_order(qapp, demo_store):
    store = _ServerAway(demo_store)
    model = IncidentTableModel(store)
    first = model.data(model.index(0, 0), ID_ROLE)
    store.away = True
    model.reload()
    model.reload()  # twice: a second refresh while away keeps what the first kept
    assert model.data(model.index(0, 0), ID_ROLE) == first  # the picture stays, no exception out of data()
    model.sort(model.column_of(SortKey.PERSONS), Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0), ID_ROLE) is None  # rows of another order are never shown as this one
    store.away = False
    model.reload()
    assert model.data(model.index(0, 0), ID_ROLE) == str(demo_store.page(IncidentFilter(), SortKey.PERSONS, True,
                                                                           limit=1)[0].id)


def test_the_row_numbers_follow_the_language_once_the_cells_are_made_again(model):
    """The vertical header's row numbers are made once per row and kept; a language change (``forget_cells``)
    makes them again in the new locale's digits and grouping."""
    from PySide6.QtCore import QLocale, Qt

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert model.headerData(1233, Qt.Orientation.Vertical) == "1,234"
        assert model.headerData(1233, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) is None
        QLocale.setDefault(QLocale(QLocale.Language.Lithuanian, QLocale.Country.Lithuania))
        model.forget_cells()
        assert model.headerData(1233, Qt.Orientation.Vertical) == QLocale().toString(1234) != "1,234"
    finally:
        QLocale.setDefault(before)


def test_an_answer_read_up_to_the_rows_in_sight_shows_every_row_below_them_too(model, demo_store):
    """A filter's answer reads only the rows in sight (a block in part); a row below them is read when asked, and
    is the store's row in that place, not an empty one."""
    from border_monitor.ui.table.model import fetch_answer

    flt = IncidentFilter(countries={"PL"})
    answer = fetch_answer(demo_store, flt, SortKey.OCCURRED_AT, False, (0,), upto=13)
    assert [len(rows) for rows in answer.blocks.values()] == [13]
    assert answer.count == demo_store.count(flt) > BLOCK
    model.show_answer(answer)
    fetched = model.fetches
    assert model.data(model.index(12, 0), ID_ROLE) == str(answer.blocks[0][12].id)
    assert model.fetches == fetched  # the rows in sight came with the answer
    expected = demo_store.page(flt, SortKey.OCCURRED_AT, False, 0, BLOCK)
    assert [model.data(model.index(row, 0), ID_ROLE) for row in range(BLOCK)] == [str(i.id) for i in expected]
    assert model.fetches == fetched + 1  # the whole block, once
    assert model.data(model.index(BLOCK + 3, 0), ID_ROLE) == str(
        demo_store.page(flt, SortKey.OCCURRED_AT, False, BLOCK + 3, 1)[0].id)

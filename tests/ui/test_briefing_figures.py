"""The briefing's headline figures equal what ``border-monitor stats`` prints for the same filter, and its
"now" follows the rule (``--at``; the real time; the newest incident's day when the data is a week old)."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from border_monitor.cli.main import main
from border_monitor.domain.filters import IncidentFilter, SortKey
from border_monitor.domain.incident import Incident
from border_monitor.ui.briefing.figures import ALL, figure_filters, headline_figures
from border_monitor.ui.briefing.picture_time import briefing_time


def stats_cli(capsys, path, country: str, first: date, last: date) -> dict:
    capsys.readouterr()
    code = main(["stats", "--store", str(path), "--country", country, "--from", first.isoformat(),
                 "--to", last.isoformat(), "--json"])
    assert code == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("at", ["2021-08-01", "2021-10-01T09:30"])
def test_every_figure_equals_stats_for_the_same_filter(demo_store_file, capsys, at):
    from border_monitor.store import open_store

    with open_store(demo_store_file, read_only=True) as store:
        when = briefing_time(store, at)
        figures = headline_figures(store, when)
    assert set(figures) == {ALL, "LT", "LV", "PL"}
    for country in ("LT", "LV", "PL"):
        f = figures[country]
        day = when.day(country)
        today = stats_cli(capsys, demo_store_file, country, day, day)
        week = stats_cli(capsys, demo_store_file, country, day - timedelta(days=6), day)
        before = stats_cli(capsys, demo_store_file, country, day - timedelta(days=13), day - timedelta(days=7))
        assert (f.today, f.persons_today) == (today["total"], today["persons"])
        assert (f.week, f.persons_week, f.previous_week) == (week["total"], week["persons"], before["total"])
        ranked = sorted(week["by_nationality"].items(), key=lambda kv: (-kv[1], kv[0]))
        assert list(f.nationalities) == [(k, v) for k, v in ranked if v]
    whole = figures[ALL]
    assert whole.week == sum(figures[c].week for c in ("LT", "LV", "PL"))
    assert whole.today == sum(figures[c].today for c in ("LT", "LV", "PL"))
    assert figures["LT"].week > 0  # the demo's LT record days: a test of zeros would prove nothing


def test_the_reporting_day_of_a_date_is_that_day_and_filters_span_whole_weeks():
    when = briefing_time(None, "2021-08-01")
    assert when.kind == "given" and when.day("LT") == date(2021, 8, 1) and when.day("PL") == date(2021, 8, 1)
    filters = figure_filters("PL", date(2021, 8, 1))
    assert (filters["week"].date_from, filters["week"].date_to) == (date(2021, 7, 26), date(2021, 8, 1))
    assert (filters["previous_week"].date_from, filters["previous_week"].date_to) == (date(2021, 7, 19),
                                                                                     date(2021, 7, 25))


def test_an_old_store_is_shown_as_of_its_newest_incident_a_current_one_now(demo_store):
    clock = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
    old = briefing_time(demo_store, clock=clock)
    assert old.kind == "newest" and not old.live
    newest = demo_store.page(IncidentFilter(), SortKey.OCCURRED_AT, descending=True, limit=1)[0]
    assert old.day(newest.country) == newest.local_time().date()
    demo_store.add([Incident(occurred_at="2026-11-30T08:00:00Z", country="LV", type="apprehension", lon=27.6,
                             lat=55.9, persons=2, nationalities="IRQ:2", source="patrol")], "tester")
    current = briefing_time(demo_store, clock=clock)
    assert current.kind == "now" and current.live and current.reference.instant == clock
    assert current.day("LV") == date(2026, 12, 1)

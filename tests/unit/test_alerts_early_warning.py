"""The early warning over a real GeoPackage store built with a known story: counts, levels, shifts, shares."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from border_monitor.analysis import Level, Trend, early_warning, parse_reference_time
from border_monitor.analysis.nationality_shares import share_changes
from border_monitor.analysis.sector_layout import sector_layout
from border_monitor.analysis.shifts import border_shifts
from border_monitor.analysis.levels import assess
from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.taxonomy import COUNTRIES, TYPES
from border_monitor.geo.reference import load_reference
from border_monitor.store import open_store

DAY = date(2021, 9, 30)  # the reference day: "--at 2021-09-30" is its end
BASELINE = [DAY - timedelta(days=k) for k in range(34, 6, -1)]  # 28 days
RECENT = [DAY - timedelta(days=k) for k in range(6, -1, -1)]  # 7 days, the last the reference day
# (sector, country, incidents a day in the baseline, incidents a day in the last 7 days, nationality)
STORY = [
    ("Kuźnica", "PL", 1, 6, "AFG"),  # rises ...
    ("Płaska", "PL", 3, 0, "IRQ"),  # ... while both its neighbours fall
    ("Szudziałowo", "PL", 3, 0, "IRQ"),
    ("Terespol", "PL", 0, 5, "AFG"),  # a quiet sector that wakes up: PL rises as a whole
    ("Medininkai", "LT", 4, 1, "IRQ"),  # LT falls
    ("Silene", "LV", 2, 2, "SYR"),  # LV steady
]


def midpoint(sector: str) -> tuple[float, float]:
    for props, line in load_reference().layer("sectors"):
        if props["sector"] == sector:
            point = line.interpolate(0.5, normalized=True)
            return point.x, point.y
    raise KeyError(sector)


def at_local(day: date, hour: int, minute: int, country: str) -> int:
    zone = ZoneInfo({"LT": "Europe/Vilnius", "LV": "Europe/Riga", "PL": "Europe/Warsaw"}[country])
    return int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).timestamp() * 1000)


def story_batch() -> IncidentBatch:
    ms, country, lon, lat, nat = [], [], [], [], []
    for sector, c, base, recent, nationality in STORY:
        x, y = midpoint(sector)
        for days, per_day in ((BASELINE, base), (RECENT, recent)):
            for day in days:
                for k in range(per_day):
                    ms.append(at_local(day, 2 + 3 * k, 15, c))
                    country.append(COUNTRIES.index(c))
                    lon.append(x)
                    lat.append(y)
                    nat.append(f"{nationality}:2")
    # On the edges of the reference day in Warsaw: 23:59 belongs to it, 00:00 the next day does not.
    x, y = midpoint("Kuźnica")
    for when in (at_local(DAY, 23, 59, "PL"), at_local(DAY + timedelta(days=1), 0, 0, "PL")):
        ms.append(when)
        country.append(COUNTRIES.index("PL"))
        lon.append(x)
        lat.append(y)
        nat.append("AFG:2")
    n = len(ms)
    return IncidentBatch(
        occurred_at_ms=np.array(ms, dtype=np.int64), country=np.array(country, dtype=np.int8),
        type=np.full(n, TYPES.index("apprehension"), dtype=np.int8), lon=np.array(lon), lat=np.array(lat),
        persons=np.full(n, 2, dtype=np.int32), nationalities=np.array(nat, dtype=object),
        description=np.full(n, "group", dtype=object), source=np.full(n, "patrol", dtype=object),
        status=np.zeros(n, dtype=np.int8))


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("story") / "story.gpkg", create=True)
    store.add_batch(story_batch(), "ana")
    warning = early_warning(store, parse_reference_time(DAY.isoformat()))
    yield store, warning
    store.close()


def unit(warning, name):
    return next(u for u in (*warning.borders, *warning.sectors) if u.name == name)


def test_counts_follow_the_story_and_the_local_day(story):
    _, warning = story
    kuznica = unit(warning, "Kuźnica")
    assert kuznica.incidents.last_24h.count == 6 + 1  # the 23:59 one is in, the midnight one is not
    assert kuznica.incidents.last_7d.count == 7 * 6 + 1
    assert kuznica.incidents.baseline_total == 28
    assert kuznica.persons.last_7d.count == 2 * (7 * 6 + 1)
    assert unit(warning, "Terespol").incidents.baseline_total == 0
    assert unit(warning, "PL-BY").incidents.last_7d.count == 7 * (6 + 5) + 1
    assert unit(warning, "Kapčiamiestis").incidents.last_7d.count == 0  # every layout sector is listed
    assert len(warning.sectors) == len(load_reference().layer("sectors"))


def test_the_border_figures_equal_stats_for_the_same_days(story):
    store, warning = story
    for border in warning.borders:
        country = border.name[:2]
        day = store.stats(IncidentFilter(countries=frozenset({country}), date_from=DAY, date_to=DAY))
        week = store.stats(IncidentFilter(countries=frozenset({country}), date_from=RECENT[0], date_to=DAY))
        assert border.incidents.last_24h.count == day.total
        assert border.incidents.last_7d.count == week.total
        assert border.persons.last_7d.count == week.persons


def test_levels(story):
    _, warning = story
    assert warning.level_of("Kuźnica") is Level.HIGH
    assert warning.level_of("Terespol") is Level.HIGH
    assert warning.level_of("PL-BY") is Level.ELEVATED  # 78 in 7 days against 49: half as much again, not double
    assert warning.level_of("Silene") is Level.NORMAL and warning.level_of("LV-BY") is Level.NORMAL
    assert warning.level_of("Płaska") is Level.NORMAL  # a fall is not a warning level
    assert set(warning.high_sectors()) == {"Kuźnica", "Terespol"}


def test_shifts(story):
    _, warning = story
    [shift] = [s for s in warning.sector_shifts if s.sector == "Kuźnica"]
    assert set(shift.neighbours) == {"Płaska", "Szudziałowo"}
    assert shift.neighbours_week.count == 0 and shift.border == "PL-BY"
    assert "Kuźnica (PL-BY) rising" in shift.sentence()
    assert [(s.falling, s.rising) for s in warning.border_shifts] == [("LT-BY", "PL-BY")]
    assert unit(warning, "LV-BY").driving.trend is Trend.STEADY
    assert {s.sector for s in warning.sector_shifts} == {"Kuźnica"}  # Terespol's neighbours were already quiet


def test_nationalities(story):
    _, warning = story
    top = warning.nationalities["PL-BY"][0]
    assert top.code in ("AFG", "IRQ") and abs(top.change) > 50
    afg = next(n for n in warning.nationalities["PL-BY"] if n.code == "AFG")
    assert afg.persons_7d == 2 * (7 * 11 + 1) and afg.persons_baseline == 2 * 28
    assert afg.change > 0
    assert warning.nationalities["LV-BY"] == []  # SYR only: its share did not change
    assert {n.code for n in warning.nationalities["all"]} >= {"AFG", "IRQ"}


def test_persons_can_drive_the_level(story):
    store, _ = story
    by_persons = early_warning(store, parse_reference_time(DAY.isoformat()), measure="persons")
    assert by_persons.measure == "persons"
    assert unit(by_persons, "Kuźnica").driving is unit(by_persons, "Kuźnica").persons
    assert by_persons.to_json()["sectors"][0]["measure"] == "persons"


def test_json_is_plain_data(story):
    import json

    _, warning = story
    data = json.loads(json.dumps(warning.to_json()))
    assert {"at", "measure", "thresholds", "borders", "sectors", "sector_shifts", "border_shifts",
            "nationalities"} <= set(data)
    kuz = next(s for s in data["sectors"] if s["name"] == "Kuźnica")
    assert kuz["level"] == "high" and kuz["incidents"]["last_24h"]["count"] == 7


def test_base_filter_must_leave_countries_and_dates_alone(story):
    store, _ = story
    with pytest.raises(ValueError, match="countries or dates"):
        early_warning(store, parse_reference_time("2021-09-30"), base_filter=IncidentFilter(countries={"LT"}))
    with pytest.raises(ValueError, match="'visits'"):
        early_warning(store, parse_reference_time("2021-09-30"), measure="visits")


def test_share_changes_rank_by_the_change_in_share():
    shares = share_changes(["AFG", "IRQ", "SYR", "TUR"], np.array([10, 80, 10, 0]), np.array([50, 35, 10, 5]))
    assert [s.code for s in shares] == ["IRQ", "AFG", "TUR"]  # a tie goes to more persons; SYR did not change
    assert shares[0].change == pytest.approx(-45.0) and shares[1].change == pytest.approx(40.0)
    assert shares[2].change == pytest.approx(5.0) and shares[2].persons_baseline == 0
    assert share_changes(["AFG"], np.array([0]), np.array([5])) == []


def test_border_shifts_pair_every_falling_border_with_every_rising_one():
    rising = assess(np.concatenate([np.full(28, 5), np.full(7, 15)]))
    falling = assess(np.concatenate([np.full(28, 10), np.full(7, 2)]))
    steady = assess(np.full(35, 5))
    shifts = border_shifts({"LT-BY": falling, "LV-BY": steady, "PL-BY": rising})
    assert [(s.falling, s.rising) for s in shifts] == [("LT-BY", "PL-BY")]
    assert border_shifts({"LT-BY": steady, "PL-BY": rising}) == []


def test_sector_layout_from_geometry_and_from_order():
    layer = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"border": "PL-BY", "sector": name},
         "geometry": {"type": "LineString", "coordinates": coords}}
        for name, coords in (("A", [[23.0, 53.0], [23.0, 53.1]]), ("B", [[23.0, 53.1], [23.0, 53.2]]),
                             ("C", [[23.0, 53.2], [23.0, 53.3]]), ("D", [[23.5, 53.0], [23.5, 53.1]]))]}
    layout = sector_layout(layer)
    assert layout.by_border["PL-BY"] == ("A", "B", "C", "D")
    assert layout.neighbours["B"] == ("A", "C") and layout.neighbours["D"] == ()  # D touches nothing
    for f in layer["features"]:
        f["geometry"] = None
    by_order = sector_layout(layer)
    assert by_order.neighbours["D"] == ("C",) and by_order.neighbours["A"] == ("B",)


def test_the_packaged_sectors_neighbour_along_each_border():
    layout = sector_layout({"features": [{"type": "Feature", "properties": p, "geometry": g.__geo_interface__}
                                         for p, g in load_reference().layer("sectors")]})
    for border, names in layout.by_border.items():
        assert len(names) >= 6
        for k, name in enumerate(names):
            assert set(layout.neighbours[name]) == {names[j] for j in (k - 1, k + 1) if 0 <= j < len(names)}

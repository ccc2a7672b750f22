"""The columnar index answers filters, sorted pages and aggregates exactly as a plain Python reference does."""
from __future__ import annotations

import math
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_support import WORDS, all_incidents, brute_match, local_date, random_batch

from border_monitor.domain import Incident, IncidentFilter, SortKey
from border_monitor.domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES, Country, IncidentType, Status

N = 2500


class World(tuple):
    """(store, every incident); a short repr keeps Hypothesis reports readable."""

    def __repr__(self) -> str:
        return f"World({len(self[1])} incidents)"


@pytest.fixture(scope="module")
def world(store_factory):
    store = store_factory.new("filters")
    store.add_batch(random_batch(N, seed=7), "ana")
    everything = all_incidents(store)
    store.delete([i.id for i in everything[::17]], "ben")
    for inc in everything[5:40:7]:
        store.update(inc.with_changes(description=inc.description + " updated", persons=inc.persons + 1), "cas")
    yield World((store, all_incidents(store)))
    store.close()


def sort_key(key: SortKey):
    def missing_last(value):
        return (value is None, value if value is not None else 0)
    return {
        SortKey.OCCURRED_AT: lambda i: i.occurred_at,
        SortKey.UPDATED_AT: lambda i: i.updated_at,
        SortKey.COUNTRY: lambda i: COUNTRIES.index(i.country),
        SortKey.TYPE: lambda i: TYPES.index(i.type),
        SortKey.STATUS: lambda i: STATUSES.index(i.status),
        SortKey.BORDER: lambda i: missing_last(None if i.border is None else BORDERS.index(i.border)),
        SortKey.SECTOR: lambda i: missing_last(None if i.sector is None else i.sector.lower()),
        SortKey.PERSONS: lambda i: i.persons,
        SortKey.DISTANCE: lambda i: missing_last(i.distance_to_border_m),
        SortKey.NATIONALITIES: lambda i: ",".join(str(n) for n in i.nationalities).lower(),
        SortKey.DESCRIPTION: lambda i: i.description.lower(),
    }[key]


days = st.dates(min_value=date(2020, 12, 25), max_value=date(2022, 1, 5))
dst_days = st.sampled_from([date(2021, 3, 27), date(2021, 3, 28), date(2021, 3, 29), date(2021, 10, 30),
                            date(2021, 10, 31), date(2021, 11, 1)])
texts = st.one_of(st.just(""), st.sampled_from(WORDS + ["irq", "SYR", "afg:2", "PATROL", "camera", "upd", "zzz",
                                                        "ula", "ŪLA", "łososna", "lososna"]),
                  st.sampled_from(WORDS).map(lambda w: w[1:4].upper()))


@st.composite
def filters(draw):
    d1 = draw(st.one_of(st.none(), days, dst_days))
    d2 = draw(st.one_of(st.none(), days, dst_days))
    if d1 and d2 and d1 > d2:
        d1, d2 = d2, d1
    bbox = None
    if draw(st.booleans()):
        x, y = draw(st.floats(22.5, 28.0)), draw(st.floats(52.0, 56.0))
        bbox = (x, y, x + draw(st.floats(0.1, 3.0)), y + draw(st.floats(0.1, 2.0)))
    return IncidentFilter(
        date_from=d1, date_to=d2,
        countries=frozenset(draw(st.sets(st.sampled_from(list(Country)), max_size=2))),
        types=frozenset(draw(st.sets(st.sampled_from(list(IncidentType)), max_size=5))),
        statuses=frozenset(draw(st.sets(st.sampled_from(list(Status)), max_size=2))),
        bbox=bbox, text=draw(texts), include_deleted=draw(st.booleans()),
    )


@settings(max_examples=120, deadline=None)
@given(filters(), st.sampled_from(list(SortKey)), st.booleans(), st.integers(0, 50), st.integers(1, 30))
def test_count_and_sorted_pages_match_brute_force(world, flt, key, descending, offset, limit):
    store, everything = world
    expected = [i for i in everything if brute_match(i, flt)]
    assert store.count(flt) == len(expected)
    full = store.page(flt, key, descending, 0, len(expected) + 5)
    assert {i.id for i in full} == {i.id for i in expected}
    keyf = sort_key(key)
    pairs = [(keyf(i), i.occurred_at) for i in full]
    assert pairs == sorted(pairs, reverse=descending)
    assert [i.id for i in store.page(flt, key, descending, offset, limit)] == \
        [i.id for i in full[offset:offset + limit]]


@settings(max_examples=60, deadline=None)
@given(filters(), st.sampled_from(["country", "type"]), st.sampled_from(["incidents", "persons"]))
def test_daily_counts_match_brute_force(world, flt, by, measure):
    store, everything = world
    expected = Counter()
    for i in everything:
        if brute_match(i, flt):
            expected[(getattr(i, by).value, local_date(i))] += i.persons if measure == "persons" else 1
    dc = store.daily_counts(flt, by=by, measure=measure)
    assert dc.counts.shape == (len(dc.keys), len(dc.days))
    if dc.days:
        assert dc.days == [dc.days[0] + timedelta(days=k) for k in range(len(dc.days))]
        if flt.date_from:
            assert dc.days[0] == flt.date_from
        if flt.date_to:
            assert dc.days[-1] == flt.date_to
    got = {(dc.keys[k], dc.days[d]): int(dc.counts[k, d]) for k in range(len(dc.keys)) for d in range(len(dc.days))
           if dc.counts[k, d]}
    assert got == {k: v for k, v in expected.items() if v}


@settings(max_examples=40, deadline=None)
@given(filters(), st.sampled_from([0.01, 0.05, 0.25, 1.0]))
def test_grid_counts_match_brute_force(world, flt, cell):
    store, everything = world
    counts, persons = Counter(), Counter()
    for i in everything:
        if brute_match(i, flt):
            c = (math.floor(i.lon / cell), math.floor(i.lat / cell))
            counts[c] += 1
            persons[c] += i.persons
    g = store.grid_counts(flt, cell)
    got = {(round(x / cell - 0.5), round(y / cell - 0.5)): (int(n), int(p))
           for x, y, n, p in zip(g.lon, g.lat, g.counts, g.persons)}
    assert got == {c: (counts[c], persons[c]) for c in counts}


def brute_nationalities(incidents) -> dict[str, int]:
    totals = Counter()
    for i in incidents:
        counted = [n for n in i.nationalities if n.count is not None]
        open_ = [n.code for n in i.nationalities if n.count is None]
        for n in counted:
            totals[n.code] += n.count
        rest = i.persons - sum(n.count for n in counted)
        if not open_:
            totals["XXX"] += rest
        else:
            for j, code in enumerate(open_):
                totals[code] += rest // len(open_) + (1 if j < rest % len(open_) else 0)
    return {k: v for k, v in totals.items() if v}


@settings(max_examples=40, deadline=None)
@given(filters())
def test_stats_and_points_match_brute_force(world, flt):
    store, everything = world
    chosen = [i for i in everything if brute_match(i, flt)]
    s = store.stats(flt)
    assert s.total == len(chosen) and s.persons == sum(i.persons for i in chosen)
    assert s.by_country == {c.value: sum(1 for i in chosen if i.country is c) for c in COUNTRIES}
    assert s.by_type == {t.value: sum(1 for i in chosen if i.type is t) for t in TYPES}
    assert s.by_day == dict(sorted(Counter(local_date(i).isoformat() for i in chosen).items()))
    assert s.by_nationality == brute_nationalities(chosen)
    assert sum(s.by_nationality.values()) == s.persons
    pts = store.points(flt)
    assert set(pts["id"].tolist()) == {str(i.id) for i in chosen}
    latest = store.points(flt, limit=5)
    newest = sorted(chosen, key=lambda i: i.occurred_at)[-5:]
    assert sorted(i.occurred_at for i in newest) == \
        sorted(next(i for i in chosen if str(i.id) == pid).occurred_at for pid in latest["id"])


@pytest.mark.parametrize("country, zone_offset_h", [("LT", 2), ("LV", 2), ("PL", 1)])
def test_local_day_boundaries_around_dst(store_factory, country, zone_offset_h):
    """Incidents a millisecond either side of local midnight, on the days the clocks change."""
    store = store_factory.new("dst")
    lon, lat = {"LT": (25.3, 54.3), "LV": (27.3, 55.8), "PL": (23.7, 52.9)}[country]
    items = []
    for day, offset_h in [(date(2021, 3, 28), zone_offset_h), (date(2021, 3, 29), zone_offset_h + 1),
                          (date(2021, 10, 31), zone_offset_h + 1), (date(2021, 11, 1), zone_offset_h)]:
        midnight = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) - timedelta(hours=offset_h)
        for delta_ms in (-1, 0):
            items.append(Incident(occurred_at=midnight + timedelta(milliseconds=delta_ms), country=country,
                                  type="provocation", lon=lon, lat=lat, description=f"{day} {delta_ms}"))
    store.add(items, "ana")
    for day in [date(2021, 3, 28), date(2021, 3, 29), date(2021, 10, 31), date(2021, 11, 1)]:
        on_day = store.page(IncidentFilter(date_from=day, date_to=day), limit=100)
        assert {i.description for i in on_day} == {f"{day} 0", f"{day + timedelta(days=1)} -1"} & \
            {i.description for i in items}
        assert all(local_date(i) == day for i in on_day)
    store.close()


@settings(max_examples=80, deadline=None)
@given(filters(), st.sampled_from(list(SortKey)), st.booleans(), st.data())
def test_position_is_the_row_of_the_incident_in_the_sorted_pages(world, flt, key, descending, data):
    store, everything = world
    full = [str(i.id) for i in store.page(flt, key, descending, 0, store.count(flt))]
    row = {incident_id: k for k, incident_id in enumerate(full)}
    sample = data.draw(st.lists(st.sampled_from(everything), min_size=1, max_size=25))
    for inc in sample:  # None for those the filter hides
        assert store.position(flt, key, descending, inc.id) == row.get(str(inc.id))
    if full:
        assert store.position(flt, key, descending, full[0]) == 0
        assert store.position(flt, key, descending, full[-1]) == len(full) - 1


@pytest.mark.parametrize("key", [SortKey.OCCURRED_AT, SortKey.SECTOR, SortKey.DISTANCE, SortKey.DESCRIPTION])
def test_position_of_every_incident_matches_page_on_the_whole_set(world, key):
    store, everything = world
    flt = IncidentFilter(include_deleted=True)
    for descending in (False, True):
        full = [str(i.id) for i in store.page(flt, key, descending, 0, len(everything))]
        got = [store.position(flt, key, descending, incident_id) for incident_id in full]
        assert got == list(range(len(full)))


def test_position_of_unknown_or_malformed_ids_is_none(world):
    store, everything = world
    hidden = next(i for i in everything if i.deleted)
    assert store.position(IncidentFilter(), SortKey.OCCURRED_AT, False, hidden.id) is None
    assert store.position(IncidentFilter(include_deleted=True), SortKey.OCCURRED_AT, False, hidden.id) is not None
    assert store.position(IncidentFilter(), SortKey.OCCURRED_AT, False, "00000000-0000-4000-8000-000000000000") is None
    assert store.position(IncidentFilter(), SortKey.OCCURRED_AT, False, "not an id") is None

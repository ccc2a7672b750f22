"""``store.window_counts``: counts in windows of UTC instants, per key, exactly as a plain Python reference."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_support import all_incidents, brute_match, random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.domain.taxonomy import Country, IncidentType

START_MS = int(datetime(2021, 1, 1, tzinfo=timezone.utc).timestamp() * 1000)
YEAR_MS = 365 * 86_400_000


@pytest.fixture(scope="module")
def world(store_factory):
    store = store_factory.new("windows")
    store.add_batch(random_batch(1500, seed=11), "ana")
    everything = all_incidents(store)
    store.delete([i.id for i in everything[::13]], "ben")
    yield store, all_incidents(store)
    store.close()


def key_of(incident, by):
    value = getattr(incident, by)
    return None if value is None else getattr(value, "value", value)


def ms_of(incident) -> int:
    return int(incident.occurred_at.timestamp() * 1000)


@st.composite
def edges(draw):
    n = draw(st.integers(1, 6))
    points = draw(st.lists(st.integers(START_MS - 86_400_000, START_MS + YEAR_MS + 86_400_000), min_size=n + 1,
                           max_size=n + 1, unique=True))
    return sorted(points)


filters = st.builds(
    IncidentFilter,
    countries=st.sets(st.sampled_from(list(Country)), max_size=2).map(frozenset),
    types=st.sets(st.sampled_from(list(IncidentType)), max_size=4).map(frozenset),
    include_deleted=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(filters, edges(), st.sampled_from(["country", "border", "sector", "type"]),
       st.sampled_from(["incidents", "persons"]))
def test_window_counts_match_brute_force(world, flt, cuts, by, measure):
    store, everything = world
    expected = Counter()
    for i in everything:
        ms = ms_of(i)
        if not brute_match(i, flt) or key_of(i, by) is None or not cuts[0] <= ms < cuts[-1]:
            continue
        window = max(k for k in range(len(cuts) - 1) if cuts[k] <= ms)  # the half-open window holding it
        expected[(key_of(i, by), window)] += i.persons if measure == "persons" else 1
    wc = store.window_counts(flt, cuts, by=by, measure=measure)
    assert wc.counts.shape == (len(wc.keys), len(cuts) - 1)
    assert list(wc.edges_ms) == cuts
    got = {(wc.keys[k], w): int(wc.counts[k, w]) for k in range(len(wc.keys)) for w in range(len(cuts) - 1)
           if wc.counts[k, w]}
    assert got == {k: v for k, v in expected.items() if v}
    if by in ("country", "border", "type"):  # the whole vocabulary, in its order
        assert len(wc.keys) == {"country": 3, "border": 3, "type": len(IncidentType)}[by]
    else:
        assert wc.keys == sorted(wc.keys) and all(wc.counts.any(axis=1))


def test_an_incident_on_an_edge_counts_in_the_window_it_opens(world):
    store, everything = world
    incident = next(i for i in everything if not i.deleted)
    ms = ms_of(incident)
    wc = store.window_counts(IncidentFilter(), [ms - 1000, ms, ms + 1000], by="country")
    row = wc.keys.index(incident.country.value)
    before = sum(1 for i in everything if not i.deleted and i.country == incident.country and ms - 1000 <= ms_of(i) < ms)
    assert wc.counts[row, 0] == before
    assert wc.counts[row, 1] >= 1


def test_nationality_windows_add_up_to_the_persons_and_agree_with_stats(world):
    store, everything = world
    cuts = [START_MS - 86_400_000, START_MS + YEAR_MS // 2, START_MS + YEAR_MS + 86_400_000]
    wc = store.window_counts(IncidentFilter(), cuts, by="nationality", measure="persons")
    for w in range(2):
        persons = sum(i.persons for i in everything if not i.deleted and cuts[w] <= ms_of(i) < cuts[w + 1])
        assert int(wc.counts[:, w].sum()) == persons
    whole = dict(zip(wc.keys, wc.counts.sum(axis=1).tolist()))
    assert {k: v for k, v in whole.items() if v} == store.stats(IncidentFilter()).by_nationality


@pytest.mark.parametrize("cuts, by, measure, words", [
    ([START_MS], "country", "incidents", "two window edges"),
    ([START_MS, START_MS], "country", "incidents", "increase"),
    ([START_MS + 5, START_MS], "country", "incidents", "increase"),
    ([START_MS, START_MS + 5], "colour", "incidents", "'colour'"),
    ([START_MS, START_MS + 5], "country", "weight", "'weight'"),
    ([START_MS, START_MS + 5], "nationality", "incidents", "persons"),
])
def test_bad_arguments_are_refused_with_a_sentence(world, cuts, by, measure, words):
    store, _ = world
    with pytest.raises(ValueError, match=words):
        store.window_counts(IncidentFilter(), cuts, by=by, measure=measure)

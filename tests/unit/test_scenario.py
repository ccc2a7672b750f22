"""The 2021 demo scenario: deterministic, shaped after the public record, placed near the line."""
from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pytest
import shapely

from border_monitor.domain.taxonomy import COUNTRIES, COUNTRY_TIMEZONES, TYPES, Country
from border_monitor.geo.enrich import enrich
from border_monitor.geo.reference import load_reference
from border_monitor.scenario import generate
from border_monitor.domain.local_time import local_to_utc_ms, utc_to_local_day
from border_monitor.scenario.curves import build_curves, period_days

START = date(2021, 6, 1)
N_DAYS = len(period_days())
PERSON_TYPES = ("apprehension", "prevented_entry", "return_to_belarus")


class View:
    """The scenario's batch with local days and type names, for asking questions of it."""

    def __init__(self, scenario):
        b = self.batch = scenario.batch
        self.types = np.array([t.value for t in TYPES], dtype=object)[b.type]
        self.countries = np.array([c.value for c in COUNTRIES], dtype=object)[b.country]
        self.day = np.zeros(len(b), dtype=np.int64)
        for code, country in enumerate(COUNTRIES):
            mine = b.country == code
            self.day[mine] = utc_to_local_day(b.occurred_at_ms[mine], COUNTRY_TIMEZONES[country]) - \
                (START - date(1970, 1, 1)).days

    def mask(self, country=None, types=None, first=None, last=None):
        m = np.ones(len(self.batch), dtype=bool)
        if country:
            m &= self.countries == country
        if types:
            m &= np.isin(self.types, types)
        if first:
            m &= self.day >= (date.fromisoformat(first) - START).days
        if last:
            m &= self.day <= (date.fromisoformat(last) - START).days
        return m

    def persons(self, **kw) -> int:
        return int(self.batch.persons[self.mask(**kw)].sum())

    def daily_persons(self, **kw) -> np.ndarray:
        m = self.mask(**kw)
        return np.bincount(self.day[m], weights=self.batch.persons[m], minlength=N_DAYS)

    def nationalities(self, **kw) -> Counter:
        counts = Counter()
        for text in self.batch.nationalities[self.mask(**kw)]:
            for part in filter(None, str(text).split(",")):
                code, _, n = part.partition(":")
                counts[code] += int(n or 0)
        return counts


def day_of(index: int) -> date:
    return START + timedelta(days=int(index))


@pytest.fixture(scope="module")
def scenario():
    return generate()


@pytest.fixture(scope="module")
def view(scenario):
    return View(scenario)


# --- determinism and validity ---------------------------------------------------------
def test_same_seed_gives_the_same_incidents_ids_included(scenario):
    again = generate(seed=2021)
    for name in ("occurred_at_ms", "country", "type", "lon", "lat", "persons", "nationalities", "description",
                 "source", "status", "id"):
        assert np.array_equal(getattr(scenario.batch, name), getattr(again.batch, name)), name


def test_another_seed_gives_other_incidents():
    a, b = generate(n=2000, seed=1), generate(n=2000, seed=2)
    assert not set(a.batch.id) & set(b.batch.id)
    assert not np.array_equal(a.batch.lon, b.batch.lon)


def test_batch_is_valid_with_unique_version4_ids(scenario):
    batch = scenario.batch
    assert batch.validate(now=datetime(2022, 1, 1, tzinfo=timezone.utc)) == []
    ids = [uuid.UUID(i) for i in batch.id]
    assert len(set(ids)) == len(ids)
    assert {u.version for u in ids} == {4}


def test_natural_scale_is_thousands_of_groups_of_median_five(view):
    assert 5_000 <= len(view.batch) <= 15_000
    groups = view.batch.persons[view.mask(types=PERSON_TYPES)]
    assert groups.min() >= 1 and groups.max() <= 60
    assert 3 <= np.median(groups) <= 6


def test_metadata_says_synthetic(scenario):
    assert scenario.metadata["synthetic"] == "true"
    assert "synthetic" in scenario.metadata["description"].lower()
    assert scenario.metadata["seed"] == "2021"
    assert scenario.metadata["n"] == str(len(scenario.batch))
    assert scenario.metadata["sources"]


# --- the published shapes ---------------------------------------------------------------
def test_lithuania_apprehended_by_end_of_august_mainly_iraqi(view):
    persons = view.persons(country="LT", types=("apprehension",), last="2021-08-31")
    assert 4_000 <= persons <= 4_400
    nat = view.nationalities(country="LT", types=("apprehension",), last="2021-08-31")
    assert nat.most_common(1)[0][0] == "IRQ"
    assert nat["IRQ"] > 0.7 * sum(nat.values())


def test_lithuania_peaks_late_july_early_august_with_the_records(view):
    daily = view.daily_persons(country="LT", types=("apprehension",))
    assert day_of(daily.argmax()) == date(2021, 8, 1) and daily.max() == 289
    assert daily[(date(2021, 7, 2) - START).days] == 150
    week = np.convolve(daily, np.ones(7), "valid")
    assert date(2021, 7, 20) <= day_of(week.argmax()) <= date(2021, 8, 2)
    # From 3 Aug the record is mostly persons turned back.
    after = view.persons(country="LT", first="2021-08-03", types=PERSON_TYPES)
    caught = view.persons(country="LT", first="2021-08-03", types=("apprehension",))
    assert caught < 0.1 * after
    assert 7_500 <= after - caught <= 8_700  # 8,106 turned back by year end


def test_poland_apprehended_by_end_of_august_afghans_after_kabul(view):
    persons = view.persons(country="PL", types=("apprehension",), last="2021-08-31")
    assert 2_000 <= persons <= 2_400
    late = view.nationalities(country="PL", types=("apprehension",), first="2021-08-16", last="2021-08-31")
    assert late.most_common(1)[0][0] == "AFG"
    early = view.nationalities(country="PL", types=("apprehension",), last="2021-08-15")
    assert early.most_common(1)[0][0] == "IRQ"


def test_poland_attempts_by_month_and_record_day(view):
    def month(m1, m2):
        return view.persons(country="PL", types=PERSON_TYPES, first=m1, last=m2)
    aug, sep = month("2021-08-01", "2021-08-31"), month("2021-09-01", "2021-09-30")
    oct_, nov = month("2021-10-01", "2021-10-31"), month("2021-11-01", "2021-11-30")
    assert oct_ > nov > sep > aug
    assert abs(oct_ - 17_447) <= 0.05 * 17_447 and abs(sep - 7_700) <= 0.05 * 7_700
    daily = view.daily_persons(country="PL", types=PERSON_TYPES)
    assert abs((day_of(daily.argmax()) - date(2021, 10, 1)).days) <= 1
    assert 570 <= daily.max() <= 630


def test_latvia_is_smaller_with_its_peak_on_12_august(view):
    lv = view.persons(country="LV", types=PERSON_TYPES)
    assert lv < view.persons(country="LT", types=PERSON_TYPES) and lv < view.persons(country="PL", types=PERSON_TYPES)
    prevented = view.persons(country="LV", types=("prevented_entry", "return_to_belarus"), first="2021-08-11")
    assert abs(prevented - 4_045) <= 0.05 * 4_045
    daily = view.daily_persons(country="LV", types=("prevented_entry", "return_to_belarus"))
    assert abs((day_of(daily.argmax()) - date(2021, 8, 12)).days) <= 2
    assert view.nationalities(country="LV").most_common(1)[0][0] == "IRQ"


def test_type_mix(view):
    share = Counter(view.types)
    total = len(view.types)
    assert (share["apprehension"] + share["prevented_entry"]) / total > 0.75
    for name in ("return_to_belarus", "smuggling", "trafficking", "barrier_damage", "provocation", "use_of_force",
                 "humanitarian", "airspace", "military_activity", "other"):
        assert 0 < share[name] / total < 0.08, name
    deaths = sum(any(w in d for w in ("dead", "died", "Body")) for d in view.batch.description[view.mask(
        types=("humanitarian",))])
    assert 18 <= deaths <= 25
    zapad = view.mask(types=("military_activity",), first="2021-09-10", last="2021-09-16")
    assert zapad.sum() > 3 * view.mask(types=("military_activity",), first="2021-09-17", last="2021-09-23").sum()
    kuznica = view.mask(country="PL", types=("use_of_force",), first="2021-11-16", last="2021-11-16")
    assert any("Kuźnica" in d for d in view.batch.description[kuznica])


def test_descriptions_and_sources_read_like_reports(view):
    b = view.batch
    assert all(d.endswith(".") and (d[0].isupper() or d[0].isdigit()) and "{" not in d for d in b.description)
    assert len(set(b.description)) > 0.5 * len(b)
    assert not any(" 1 persons" in d or d.startswith("Group of 1 ") for d in b.description)
    sources = Counter(b.source)
    assert any(s.startswith("VSAT Varėna frontier district") for s in sources)
    assert any(s.startswith("Straż Graniczna, Podlaski unit") for s in sources)
    assert any(s.startswith("VRS Daugavpils board") for s in sources)
    # The group size written in the text is the incident's persons.
    i = int(np.flatnonzero(view.mask(types=("apprehension",)) & (b.persons > 1))[0])
    assert str(b.persons[i]) in b.description[i]


def test_night_hours_in_local_time(view):
    b = view.batch
    crossings = view.mask(types=("apprehension", "prevented_entry"))
    hours = []
    for code, country in enumerate(COUNTRIES):
        tz = ZoneInfo(COUNTRY_TIMEZONES[country])
        for i in np.flatnonzero(crossings & (b.country == code))[::7][:400]:
            hours.append(datetime.fromtimestamp(b.occurred_at_ms[i] / 1000, tz=tz).hour)
    night = np.isin(hours, [20, 21, 22, 23, 0, 1, 2, 3, 4, 5])
    assert len(hours) >= 800 and night.mean() > 0.6
    assert np.isin(hours, [10, 11, 12, 13]).mean() < 0.1


def test_status_mostly_verified_or_closed(view):
    from border_monitor.domain.taxonomy import STATUSES
    status = np.array([s.value for s in STATUSES], dtype=object)[view.batch.status]
    assert np.isin(status, ["verified", "closed"]).mean() > 0.85
    dec = view.mask(first="2021-12-01")
    assert (status[dec] == "reported").mean() > (status[~dec] == "reported").mean()


# --- places -------------------------------------------------------------------------------
def test_places_near_the_line_on_the_right_side(view):
    b = view.batch
    e = enrich(b.lon, b.lat)
    by = e.side == 1
    assert 0.02 <= by.mean() <= 0.04
    assert e.distance_to_border_m[~by].max() <= 5_000
    assert e.distance_to_border_m[by].max() <= 3_000
    ref = load_reference()
    for code, country in enumerate(COUNTRIES):
        eu = (~by) & (b.country == code)
        assert shapely.contains_xy(ref.eu_polygon(country), b.lon[eu], b.lat[eu]).all(), country
    assert shapely.contains_xy(ref.belarus_polygon(), b.lon[by], b.lat[by]).all()
    # BY-side records are observations: military activity always there, crossings never.
    types = view.types
    assert by[types == "military_activity"].all()
    assert not by[np.isin(types, ["apprehension", "return_to_belarus", "trafficking"])].any()
    # The nearest border is the reporting country's, save near the tripoints.
    assert (e.border == b.country).mean() > 0.99


def test_busy_sectors_get_more(view):
    b = view.batch
    e = enrich(b.lon, b.lat)
    from border_monitor.geo.enrich import sector_names
    names = np.array(sector_names(), dtype=object)[e.sector]
    pl = Counter(names[view.mask(country="PL")])
    assert pl["Michałowo"] > 3 * pl["Terespol"]
    nov = Counter(names[view.mask(country="PL", first="2021-11-08", last="2021-11-20")])
    assert nov.most_common(1)[0][0] == "Kuźnica"


# --- time zones -----------------------------------------------------------------------
@pytest.mark.parametrize("country", list(Country))
def test_local_to_utc_matches_zoneinfo_across_daylight_saving(country):
    tz = ZoneInfo(country.timezone)
    rng = np.random.default_rng(5)
    minutes = rng.integers(0, 214 * 24 * 60, 500)
    local = [datetime(2021, 6, 1) + timedelta(minutes=int(m)) for m in minutes]
    local += [datetime(2021, 10, 31, h, 30) for h in range(0, 6)]  # the repeated hour in the night to 31 Oct
    naive_ms = np.array([int((t - datetime(1970, 1, 1)).total_seconds() * 1000) for t in local])
    got = local_to_utc_ms(naive_ms, country.timezone)
    want = np.array([int(t.replace(tzinfo=tz).timestamp() * 1000) for t in local])
    assert np.array_equal(got, want)


# --- scaling ---------------------------------------------------------------------------
def test_incidents_option_scales_keeping_the_shapes(view):
    big = View(generate(n=100_000))
    assert len(big.batch) == 100_000
    assert big.batch.validate(now=datetime(2022, 1, 1, tzinfo=timezone.utc)) == []
    factor = big.persons(types=PERSON_TYPES) / view.persons(types=PERSON_TYPES)
    assert 7 <= factor <= 13
    for country in ("LT", "LV", "PL"):
        small_share = view.persons(country=country, types=PERSON_TYPES) / view.persons(types=PERSON_TYPES)
        big_share = big.persons(country=country, types=PERSON_TYPES) / big.persons(types=PERSON_TYPES)
        assert abs(big_share - small_share) < 0.02, country
    daily = big.daily_persons(country="LT", types=("apprehension",))
    assert day_of(daily.argmax()) == date(2021, 8, 1)
    pl = [big.persons(country="PL", types=PERSON_TYPES, first=a, last=b) for a, b in
          (("2021-08-01", "2021-08-31"), ("2021-09-01", "2021-09-30"), ("2021-10-01", "2021-10-31"))]
    assert pl[2] > pl[1] > pl[0]
    assert len(set(big.batch.id)) == 100_000


def test_small_n_is_exact():
    for n in (1, 37, 500):
        assert len(generate(n=n).batch) == n
    with pytest.raises(ValueError):
        generate(n=0)
    with pytest.raises(ValueError):
        generate(n=1_000_001)


def test_curves_keep_every_published_total():
    curves = build_curves(np.random.default_rng(99))
    days = period_days()
    oct1 = days.index(date(2021, 10, 1))
    assert curves["PL"].attempts[oct1] == 601 and curves["PL"].attempts.max() == 601
    assert curves["LT"].turned_back.sum() == 8_106
    assert curves["LV"].turned_back[days.index(date(2021, 8, 11)):].sum() == 4_045
    assert curves["LT"].apprehended[: days.index(date(2021, 8, 31)) + 1].sum() == 4_100


# --- context events --------------------------------------------------------------------
def test_context_events_cover_the_dated_table(scenario):
    events = scenario.events
    assert len(events) >= 18
    by_title = {e.title: e for e in events}
    zapad = next(e for e in events if "Zapad" in e.title)
    assert (zapad.start, zapad.end, zapad.country) == (date(2021, 9, 10), date(2021, 9, 16), "BY")
    usnarz = next(e for e in events if "Usnarz" in e.title)
    assert usnarz.start.month == 8 and usnarz.end > usnarz.start
    pl_emergency = next(e for e in events if e.country == "PL" and "emergency" in e.title)
    assert (pl_emergency.start, pl_emergency.end) == (date(2021, 9, 2), date(2021, 12, 1))
    assert any(e.start == date(2021, 8, 15) and e.country == "" for e in events)
    assert any(e.start == date(2021, 11, 16) and "Kuźnica" in e.title for e in events)
    assert all(e.id is None and e.start <= e.end for e in events)
    assert len(by_title) == len(events)

"""The same store behaviour on both backends (tests/backends.py, the ``store_factory`` fixture): writes, reads through the cache, history,
the audit chain, events, saved filters, reference layers. A backend that stores, counts or audits
differently from the GeoPackage fails here."""
from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timezone

import numpy as np
import pytest

from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.errors import ImportRejected, NotFoundError, StoreError, ValidationError
from border_monitor.domain.filters import IncidentFilter, SortKey
from border_monitor.domain.incident import Incident
from border_monitor.store.base import ContextEvent


@pytest.fixture
def open_new(store_factory):
    """open() gives a new, empty store of the backend; called again, another store object on the same store."""
    made = []

    def open_():
        if not made:
            made.append(store_factory.new())
            return made[0]
        return store_factory.again(made[0])
    return open_


def incident(day: int, country="LT", persons=2, lon=25.0, lat=54.5, **kw) -> Incident:
    return Incident(occurred_at=datetime(2021, 8, day, 10, tzinfo=timezone.utc), country=country,
                    type="apprehension", lon=lon, lat=lat, persons=persons, nationalities="IRQ", **kw)


def test_writes_reads_and_history_agree(open_new):
    with open_new() as store:
        a, b, c = incident(1), incident(2, "PL", 5, 23.8, 53.1, description="Kuźnica group"), incident(3, "LV", 1, 27.5, 55.9)
        change = store.add([a, b, c], "op1")
        assert change.added == 3 and change.incidents == {str(a.id), str(b.id), str(c.id)}
        assert store.count(IncidentFilter()) == 3
        assert store.count(IncidentFilter(countries=frozenset({"PL"}))) == 1
        assert store.count(IncidentFilter(text="kuznica")) == 1  # the description loaded lazily, folded
        stats = store.stats(IncidentFilter())
        assert stats.total == 3 and stats.persons == 8 and stats.by_country["LV"] == 1
        page = store.page(IncidentFilter(), SortKey.PERSONS, True, 0, 2)
        assert [i.id for i in page] == [b.id, a.id]
        assert store.position(IncidentFilter(), SortKey.OCCURRED_AT, False, c.id) == 2
        stored = store.get(a.id)
        assert stored.revision == 1 and stored.created_by == "op1" and stored.border is not None
        store.update(replace(stored, persons=7), "op2")
        assert store.get(a.id).revision == 2
        assert store.stats(IncidentFilter()).persons == 13
        with pytest.raises(StoreError, match="revision"):
            store.update(replace(stored, persons=9), "op3")  # revision 1 is stale
        store.delete([b.id], "op1")
        assert store.count(IncidentFilter()) == 2
        assert store.count(IncidentFilter(include_deleted=True)) == 3
        store.restore([b.id], "op1")
        store.delete_batch([a.id, c.id], "op1", reason="undo import")
        assert store.count(IncidentFilter()) == 1
        store.restore_batch([a.id, c.id], "op1")
        assert store.count(IncidentFilter()) == 3
        actions = [e.action for e in store.history(a.id)]
        assert actions == ["create", "update", "delete", "restore"]
        assert store.history(a.id)[1].after["persons"] == 7
        with pytest.raises(NotFoundError):
            store.get(uuid.uuid4())
        assert store.extent_of([b.id]) == pytest.approx((23.8, 53.1, 23.8, 53.1))
        days = store.daily_counts(IncidentFilter(), by="country")
        assert days.days[0] == date(2021, 8, 1) and int(days.counts.sum()) == 3
    with open_new() as again:  # what a second workstation (or the next start) reads
        assert again.count(IncidentFilter()) == 3
        assert again.get(a.id).persons == 7


def test_batches_are_all_or_nothing_and_audited_once(open_new):
    good = IncidentBatch.from_incidents([incident(d % 28 + 1, persons=d % 5 + 1) for d in range(300)])
    with open_new() as store:
        change = store.add_batch(good, "importer", source_name="reports.csv")
        assert change.added == 300 and store.count(IncidentFilter()) == 300
        first = store.page(IncidentFilter(), limit=1)[0]
        history = store.history(first.id)
        assert [e.action for e in history] == ["import"] and history[0].after["file"] == "reports.csv"
        again = IncidentBatch.from_incidents([incident(5), store.get(first.id)])
        with pytest.raises(ImportRejected, match="already in the store"):
            store.add_batch(again, "importer")
        assert store.count(IncidentFilter()) == 300  # nothing of the refused batch was kept
        assert int(store.stats(IncidentFilter()).persons) == int(np.sum([d % 5 + 1 for d in range(300)]))


def test_events_saved_filters_metadata_and_reference(open_new):
    with open_new() as store:
        store.set_events([ContextEvent(None, date(2021, 8, 10), date(2021, 8, 12), "LT", "State of emergency")], "s")
        assert [e.title for e in store.events()] == ["State of emergency"]
        with pytest.raises(ValidationError):
            store.set_events([ContextEvent(None, date(2021, 8, 12), date(2021, 8, 10), "LT", "backwards")], "s")
        assert len(store.events()) == 1
        flt = IncidentFilter(countries=frozenset({"LT"}), text="fence")
        store.save_filter("Lithuania fence", flt, "analyst")
        assert store.saved_filter("Lithuania fence") == flt
        assert [f.name for f in store.saved_filters()] == ["Lithuania fence"]
        store.delete_filter("Lithuania fence", "analyst")
        with pytest.raises(NotFoundError):
            store.saved_filter("Lithuania fence")
        store.set_metadata("scenario", "exercise")
        assert store.metadata()["scenario"] == "exercise"
        with pytest.raises(ValidationError):
            store.set_metadata("schema_version", "99")
        borders = store.reference_layer("borders")
        assert len(borders["features"]) == 3 and borders["features"][0]["geometry"]["type"].endswith("LineString")


def test_the_audit_chain_of_every_write_is_intact(open_new):
    with open_new() as store:
        a = incident(1)
        store.add([a], "op")
        store.update(replace(store.get(a.id), persons=4), "op")
        store.save_filter("f", IncidentFilter(), "op")
        store.delete([a.id], "op")
        if hasattr(store, "verify_audit"):
            report = store.verify_audit()
        else:
            from border_monitor.store.gpkg import audit

            report = audit.verify(store._conn())  # noqa: SLF001 - the GeoPackage's own check
        assert report.intact and report.entries == 4

"""The change API on every backend (``store_factory``): ``change_seq``, ``changes_since``, ``refresh``,
``change_source``, seen from the store that writes and from another store object on the same store (another
workstation). Backend-specific writers (sqlite3, ogr2ogr, psql) are in each backend's own tests."""
from __future__ import annotations

import uuid

from store_support import random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.store import Change, ChangeSet, ChangeSource


def ids(*values) -> frozenset:
    return frozenset(uuid.UUID(str(v)) for v in values)


def test_each_write_moves_the_sequence_and_names_what_it_wrote(store_factory):
    store = store_factory.new()
    start = store.change_seq()
    assert store.changes_since(start) == ChangeSet(start)
    added = store.add_batch(random_batch(40, seed=1), "ana")
    after_add = store.change_seq()
    assert after_add > start and store.changes_since(start).ids == ids(*added.incidents)
    first, second = store.page(IncidentFilter(), limit=2)
    for write, expected in (
        (lambda: store.update(first.with_changes(persons=first.persons + 3), "ana"), {first.id}),
        (lambda: store.update_many([second.with_changes(description="both")], "ana"), {second.id}),
        (lambda: store.delete([first.id], "ana"), {first.id}),
        (lambda: store.restore([first.id], "ana"), {first.id}),
        (lambda: store.delete_batch([first.id, second.id], "ana"), {first.id, second.id}),
        (lambda: store.restore_batch([first.id, second.id], "ana"), {first.id, second.id}),
    ):
        before = store.change_seq()
        write()
        got = store.changes_since(before)
        assert got.seq == store.change_seq() > before
        assert got.ids == ids(*expected)
    # Writes that touch no incident leave it where it is.
    before = store.change_seq()
    store.set_metadata("scenario", "test")
    store.save_filter("Mine", IncidentFilter(countries={"LT"}), "ana")
    assert store.change_seq() == before
    assert store.refresh() == Change()  # its own writes were announced by whoever made them


def test_another_store_object_follows_by_refresh_and_reads(store_factory):
    a = store_factory.new()
    a.add_batch(random_batch(30, seed=2), "ana")
    b = store_factory.again(a)
    assert b.refresh() == Change()
    target = a.page(IncidentFilter(), limit=1)[0]
    seq = b.change_seq()
    a.update(target.with_changes(description="edited at workstation A"), "ana")
    added = a.add_batch(random_batch(2, seed=3), "ana")
    assert b.changes_since(seq).ids == ids(target.id, *added.incidents)
    change = b.refresh()
    assert change.incidents == {str(target.id), *added.incidents}
    assert change.touches_incidents and b.refresh() == Change()
    assert b.get(target.id).description == "edited at workstation A"
    assert b.count(IncidentFilter(text="workstation A")) == 1 and b.count(IncidentFilter()) == 32
    assert b.refresh_counts.rebuilds == 0 and b.refresh_counts.rows_read == 3  # only what A wrote
    # A read catches up as well; refresh still tells what it took in.
    a.delete([target.id], "ana")
    assert b.count(IncidentFilter()) == 31
    assert b.refresh().incidents == {str(target.id)}


def test_a_read_only_store_object_follows_too(store_factory):
    a = store_factory.new()
    a.add_batch(random_batch(10, seed=4), "ana")
    viewer = store_factory.again(a, read_only=True)
    added = a.add_batch(random_batch(1, seed=5), "ana")
    assert viewer.refresh().incidents == set(added.incidents)
    assert viewer.count(IncidentFilter()) == 11


def test_the_change_source_says_how_to_learn_of_writes(store_factory):
    source = store_factory.new().change_source()
    assert isinstance(source, ChangeSource)
    assert source.paths or source.fileno is not None or source.poll_seconds
    if source.fileno is not None:
        assert callable(source.drain)

"""Sync jobs in a worker (``ui.workers``): sync with another store, apply a package, write one.

Each opens a ``GeoPackageReplica`` on the window's store (its own connection; the store object stays the
window's) and returns the ``Change`` the window announces once (``ui.write_op.start_write``): the store's own
``refresh()`` after the sync (so the live refresh, which the same commit wakes, finds nothing left to announce).
"""
from __future__ import annotations

from typing import Callable

from ...store.base import Change

LISTED_IDS_MAX = 10_000


def _caught_up(store, change: Change) -> Change:
    """The store catches up with what the sync wrote through its own connection; what it found (or ``change``)."""
    refresh = getattr(store, "refresh", None)
    if refresh is None:
        return change
    found = refresh()
    return found if found.any else change


def _change(reports) -> Change:
    ids: set = set()
    new = changed = 0
    for report in reports:
        ids |= report.ids
        new += report.new
        changed += report.changed
    return Change(incidents=frozenset(ids) if len(ids) <= LISTED_IDS_MAX else frozenset(), added=new, updated=changed)


def sync_store_job(store, remote: str, reports: list, *, progress: Callable[[int, int], None],
                   cancel: Callable[[], bool]) -> Change:
    """Two-way sync of the window's store with the store at ``remote``; the two reports go into ``reports``."""
    from ...sync.gpkg_replica import GeoPackageReplica
    from ...sync.operations import open_replica, sync_stores

    with GeoPackageReplica(store) as local, open_replica(remote) as other:
        out, back = sync_stores(local, other, progress=progress, cancel=cancel)
    reports.extend([out, back])
    return _caught_up(store, _change([back]))


def import_package_job(store, path: str, passphrase: str | None, reports: list, *,
                       progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Change:
    from ...sync.gpkg_replica import GeoPackageReplica
    from ...sync.operations import import_package

    with GeoPackageReplica(store) as local:
        report = import_package(local, path, passphrase=passphrase, progress=progress, cancel=cancel)
    reports.append(report)
    return _caught_up(store, _change([report]))


def export_package_job(store, path: str, peer: str, passphrase: str | None, reports: list, *,
                       progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Change:
    from ...sync.gpkg_replica import GeoPackageReplica
    from ...sync.operations import export_package

    progress(0, 0)
    with GeoPackageReplica(store) as local:
        report = export_package(local, path, peer=peer or None, passphrase=passphrase)
    reports.append(report)
    return _caught_up(store, Change())  # the export recorded local edits: no row moved


def resolve_job(store, uuid: str, choices: dict, user: str, *, progress: Callable[[int, int], None],
                cancel: Callable[[], bool]) -> Change:
    """Write a supervisor's pick of a conflict (group -> sibling) as an edit of the window's store."""
    from ...sync.operations import replica_of

    with replica_of(store) as local:
        ids = local.resolve(uuid, choices, user)
    return _caught_up(store, Change(incidents=frozenset(ids), updated=len(ids)))

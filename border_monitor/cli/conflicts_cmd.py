"""``border-monitor conflicts``: the incidents sync could not merge, and a supervisor's pick.

    border-monitor conflicts list --store central.gpkg [--json]
    border-monitor conflicts resolve ID --store central.gpkg --keep local|remote
    border-monitor conflicts resolve ID --store central.gpkg --field description=remote --field status=local

A resolution is written as an edit of this store (audited) and syncs like any edit.
"""
from __future__ import annotations

import argparse
import json


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("conflicts", help="list and resolve sync conflicts",
                                   description="Incidents changed on two stores in ways sync cannot merge: the same "
                                               "field changed on both, or deleted on one and edited on the other.")
    actions = parser.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    show = actions.add_parser("list", help="list the conflicts, both versions of each field",
                              description="List the conflicts: each field's versions, the provisional winner first.")
    show.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file)")
    show.add_argument("--json", action="store_true", help="print the conflicts as JSON")
    show.set_defaults(func=run_list)
    resolve = actions.add_parser(
        "resolve", help="keep one version of a conflict",
        description="Keep one version of each field in conflict: 'local' is the version this store wrote (or the "
                    "provisional winner when none was written here), 'remote' the other one.")
    resolve.add_argument("incident", metavar="ID", help="the incident id")
    resolve.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file)")
    resolve.add_argument("--keep", choices=("local", "remote"), help="keep this side for every field in conflict")
    resolve.add_argument("--field", action="append", default=[], metavar="F=local|remote",
                         help="keep this side for one field (repeat for several); wins over --keep for that field")
    resolve.add_argument("--user", default=None, metavar="NAME",
                         help="name written in the audit log (default: the login name)")
    resolve.set_defaults(func=run_resolve)
    return parser


def _replica(store: str):
    from .sync_cmd import _require_store
    from ..sync.operations import open_replica

    _require_store(store, "--store")
    return open_replica(store)


def run_list(args: argparse.Namespace) -> int:
    from ..sync import conflict_choice as words

    with _replica(args.store) as replica:
        conflicts = replica.conflicts()
        names = words.origin_names(replica)
    if args.json:
        print(json.dumps([{"incident": c.uuid, "fields": {g: [
            {"value": words.value_text(g, s), "by": words.writer(s, names), "origin": s.origin, "revision": s.revision,
             "provisional_winner": k == 0} for k, s in enumerate(c.versions(g))] for g in c.groups}}
            for c in conflicts], ensure_ascii=False, indent=1))
        return 0
    if not conflicts:
        print(f"{args.store}: no conflicts.")
        return 0
    print(f"{args.store}: {len(conflicts):,} incident{'s' if len(conflicts) != 1 else ''} in conflict")
    for c in conflicts:
        print(c.uuid)
        for g in c.groups:
            versions = "  |  ".join(
                f"{words.value_text(g, s)!r} by {words.writer(s, names)}, revision {s.revision}"
                + (" (provisional winner)" if k == 0 else "") for k, s in enumerate(c.versions(g)))
            print(f"  {g}: {versions}")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from ..domain.operator import login_name
    from ..sync import conflict_choice as words
    from ..sync.errors import SyncError

    fields = {}
    for text in args.field:
        name, sep, side = text.partition("=")
        if not sep or not name.strip():
            raise SyncError(f"--field {text!r} is not F=local or F=remote.")
        side = side.strip().lower()
        if side not in words.SIDES:
            raise SyncError(f"--field {text!r}: {side!r} is not a side of a conflict; use local or remote.")
        words.group_of(name)  # an unknown field is refused before the store is opened
        fields[name.strip()] = side
    if args.keep is None and not fields:
        raise SyncError("Say which version to keep: --keep local|remote, or --field F=local|remote.")
    with _replica(args.store) as replica:
        conflict = replica.conflict(args.incident)
        choices = words.choices_for(conflict, replica.origin, args.keep, fields)
        replica.resolve(conflict.uuid, choices, args.user or login_name())
        left = [g for g in conflict.groups if g not in choices]
    kept = ", ".join(f"{g} = {words.value_text(g, s)!r}" for g, s in choices.items())
    print(f"{conflict.uuid}: kept {kept}" + (f"; still in conflict: {', '.join(left)}" if left else ""))
    return 0

"""``border-monitor init``: make a new, empty store for real incidents.

    border-monitor init --store border.gpkg

The store holds the reference layers (countries, borders, crossing points, zones, sectors) and
no incidents; its metadata says ``synthetic = false``. An existing file is never replaced.
"""
from __future__ import annotations

import argparse

from ..domain.operator import Operator, login_name


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "init", help="make a new, empty store (with the reference layers) for real incidents",
        description="Make a new GeoPackage store with the reference layers (countries, borders, crossing points, "
                    "zones, sectors) and no incidents, marked as real (not synthetic) data. Refuses a file that "
                    "exists. Then: border-monitor import FILE --store PATH, or open it in the window.")
    parser.add_argument("--store", required=True, metavar="PATH", help="the store to make (a new .gpkg file)")
    parser.add_argument("--user", default=None, metavar="NAME",
                        help="who makes it, kept in the store's metadata (default: your login name)")
    parser.add_argument("--unit", default="", metavar="UNIT", help="the unit of that user (e.g. 'SG Podlaski')")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..store.gpkg.new_store import create_store

    operator = Operator(args.user or login_name(), args.unit)
    made = create_store(args.store, created_by=operator.audit_name)
    print(made)
    print(f"Next: border-monitor import FILE --store {made.path}   (or: border-monitor gui --store {made.path})")
    return 0

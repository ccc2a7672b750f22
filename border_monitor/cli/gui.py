"""``border-monitor gui``: open the window (also what ``border-monitor`` alone does)."""
from __future__ import annotations

import argparse


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "gui", help="open the window (the default command)",
        description="Open the Border Monitor window. Without --store: the last store used, or the built-in "
                    "demo store, created on first run in the user's data folder.")
    parser.add_argument("--store", metavar="PATH", help="the store (GeoPackage) to open")
    parser.add_argument("--settings", metavar="INI", help=argparse.SUPPRESS)  # tests: settings file
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..ui.app import run_gui
    from ..ui.settings import open_settings

    settings = open_settings(args.settings) if getattr(args, "settings", None) else None
    return run_gui(getattr(args, "store", None), settings=settings)

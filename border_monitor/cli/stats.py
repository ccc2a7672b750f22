"""``border-monitor stats``: counts of incidents in a store, under the shared filter.

    border-monitor stats --store demo.gpkg --from 2021-08-01 --to 2021-08-31 --country LT
    border-monitor stats --store demo.gpkg --type apprehension --json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..domain.errors import BorderMonitorError
from ..store.base import Stats
from .filter_args import add_filter_args, filter_from_args


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "stats", help="count incidents by country, type, day and nationality",
        description="Count the incidents of a store that match the filter: the total, the persons, and counts by "
                    "country, type, local day (the reporting country's calendar) and nationality (persons).")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file)")
    add_filter_args(parser)
    parser.add_argument("--json", action="store_true",
                        help='print one JSON object: {"total", "persons", "by_country", "by_type", "by_day", '
                             '"by_nationality"}')
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..store import is_store_url, open_store, store_target

    path = store_target(args.store)
    if not is_store_url(path) and not path.is_file():
        what = "is a folder, not a store file" if path.is_dir() else "does not exist"
        raise BorderMonitorError(f"The store file {path} {what}.")
    flt = filter_from_args(args)
    with open_store(path, read_only=True) as store:
        stats = store.stats(flt)
    text = json.dumps(stats.to_json(), ensure_ascii=False) if args.json else format_stats(stats)
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into ``head``: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _table(title: str, header: str, counts: dict[str, int], sort_by_count: bool = True) -> list[str]:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if sort_by_count else sorted(counts.items())
    if not items:
        return [title, "  (none)"]
    width = max(len(header), *(len(k) for k, _ in items))
    numbers = max(len(f"{v:,}") for _, v in items)
    lines = [title]
    lines += [f"  {key:<{width}}  {value:>{numbers},}" for key, value in items]
    return lines


def format_stats(stats: Stats) -> str:
    lines = [f"Incidents: {stats.total:,}", f"Persons:   {stats.persons:,}", ""]
    lines += _table("By country (incidents)", "country", stats.by_country) + [""]
    lines += _table("By type (incidents)", "type", stats.by_type) + [""]
    lines += _table("By nationality (persons)", "code", stats.by_nationality) + [""]
    lines += _table("By day (incidents, local day)", "day", stats.by_day, sort_by_count=False)
    return "\n".join(lines)

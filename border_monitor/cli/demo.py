"""``border-monitor demo``: write the synthetic 2021 scenario into a new store.

    border-monitor demo --out demo.gpkg
    border-monitor demo --out big.gpkg --incidents 1000000 --seed 7 --force
"""
from __future__ import annotations

import argparse
import logging

from ..domain.errors import BorderMonitorError
from ..scenario.defaults import DEFAULT_SEED, MAX_INCIDENTS

__all__ = ["register", "run"]

log = logging.getLogger(__name__)


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "demo", help="write the synthetic 2021 demo scenario into a new store",
        description="Write the synthetic 2021 scenario (June to December on the LT, LV and PL borders with "
                    "Belarus, shaped after the public record; invented incidents, marked as synthetic) into a new "
                    "GeoPackage store. The same seed gives the same incidents.")
    parser.add_argument("--out", required=True, metavar="PATH", help="the store to create (a .gpkg file)")
    parser.add_argument("--incidents", type=int, metavar="N", default=None,
                        help=f"number of incidents, 1 to {MAX_INCIDENTS:,} (default: the natural scale, "
                             "one incident per group of persons, about ten thousand)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S",
                        help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    if args.incidents is not None and not 1 <= args.incidents <= MAX_INCIDENTS:
        raise BorderMonitorError(f"--incidents {args.incidents} is not between 1 and {MAX_INCIDENTS:,}.")
    if args.seed < 0:
        raise BorderMonitorError(f"--seed {args.seed} is negative; give a whole number 0 or more.")

    from ..scenario.demo_store import write_demo_store

    def progress(done: int, total: int) -> None:
        log.info("written %d of %d incidents", done, total)

    summary = write_demo_store(args.out, n=args.incidents, seed=args.seed, force=args.force, progress=progress)
    print(summary)
    return 0


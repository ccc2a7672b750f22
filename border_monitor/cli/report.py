"""``border-monitor report``: a dated situation report (SITREP) of a period, as PDF or HTML.

    border-monitor report --store demo.gpkg --from 2021-08-01 --to 2021-08-31 --out august.pdf
    border-monitor report --store demo.gpkg --from 2021-10-01 --to 2021-10-07 --country PL \\
        --classification "RESTRICTED" --lang pl --out week40.html

A4 pages with the classification in the header and footer of each and page numbers; the map of the
period, the incidents per day, tables by country, type, sector and nationality against the previous
period of the same length, the early warning at the end of the period (as ``alerts --at TO``) and the
notable incidents with their position in the reporting service's national grid. Its figures are
those of ``stats`` for the same filter. A report of a synthetic store says so on every page.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from ..domain.errors import BorderMonitorError
from ..report.texts import LANGUAGES
from .filter_args import add_filter_args, filter_from_args


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report", help="write a situation report (PDF or HTML) of a period",
        description="Write a situation report of the incidents of a period (--from, --to) that match the filter: "
                    "A4 PDF (or one HTML file) with the map, the incidents per day, tables by country, type, sector "
                    "and nationality against the previous period of the same length, the early warning at the end "
                    "of the period and the notable incidents (use of force, humanitarian, military activity, "
                    "airspace, provocation) in the national grid of the service that reported them.")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (a GeoPackage file or a postgresql:// address)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf|FILE.html", help="the report to write (replaced if it "
                        "exists; never the store)")
    parser.add_argument("--classification", metavar="TEXT", default=None,
                        help="the marking in the header and footer of every page (default: UNCLASSIFIED in the "
                             "report's language)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the report's language (default en)")
    add_filter_args(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..io.output_files import check_output
    from ..report.content import check_period, gather
    from ..report.offscreen import gui_application
    from ..report.sitrep import report_format, write_report
    from ..store import open_store

    started = time.perf_counter()
    from ..store import is_store_url, require_store, store_target

    target = store_target(args.store)
    store_path = None if is_store_url(target) else target  # a database store has no file to protect
    out = Path(args.out)
    report_format(out)
    flt = filter_from_args(args)
    check_period(flt.date_from, flt.date_to)
    require_store(target, "store file")
    check_output(out, store=store_path, what="report")
    gui_application()
    with open_store(target, read_only=True) as store:
        content = gather(store, flt)
    write_report(content, out, lang=args.lang, classification=args.classification, store_path=store_path)
    print(f"wrote the report of {content.stats.total:,} incidents ({content.date_from} to {content.date_to}) "
          f"to {out} in {time.perf_counter() - started:.1f} s" + (f" (marked: {content.notice})" if content.notice else ""))
    return 0

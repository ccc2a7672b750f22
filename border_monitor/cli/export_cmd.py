"""``border-monitor export``: write the incidents of a store that match the filter to a file.

    border-monitor export --store border.gpkg --out august.csv --from 2021-08-01 --to 2021-08-31
    border-monitor export --store border.gpkg --out lt.kml --country LT --type apprehension
    border-monitor export --store border.gpkg --out all.gpkg
    border-monitor export --store border.gpkg --out august --format xlsx --from 2021-08-01 --to 2021-08-31

The format follows the suffix: .csv, .geojson/.json, .kml, .gpkg, .xlsx (``--format`` adds it). Every field is written, so
that importing the file into another store gives the same incidents. The file is written
whole or not at all, never over the store; an existing .gpkg is replaced only with
``--overwrite``. An export from a synthetic store carries the notice "Synthetic demonstration
data, not real incidents" (``domain.data_notice``). CSV text cells that a spreadsheet would run as a formula get a ``'`` in
front unless ``--no-formula-guard``; XLSX text is always a text cell, never a formula.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

from ..domain.data_notice import notice_for
from ..domain.errors import BorderMonitorError
from ..domain.filters import SortKey
from ..io.output_files import check_output
from ..io.writers import WRITE_FORMATS, format_for_writing, write_incidents
from ..ui.text.palette import TYPE_COLORS  # plain hex strings, no Qt: KML styles match the map
from .filter_args import add_filter_args, filter_from_args

log = logging.getLogger(__name__)

PAGE = 50_000
# --format: the suffix each format name stands for.
FORMAT_SUFFIXES = {suffix[1:]: suffix for suffix in WRITE_FORMATS} | {"tak-package": ".zip"}


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export", help="export incidents to CSV, XLSX, GeoJSON, KML, GeoPackage or a standalone HTML map",
        description="Write the incidents of a store that match the filter to a file; the format follows the "
                    "suffix (" + ", ".join(sorted(WRITE_FORMATS)) + "). Times are written in UTC. A .html file is "
                    "a standalone interactive map (incidents, reference layers, popups, legend) that opens in a "
                    "browser with no network.")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file) to read")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="the file to write (a CSV, XLSX, GeoJSON or KML file is replaced if it exists)")
    parser.add_argument("--format", choices=sorted(FORMAT_SUFFIXES), default=None,
                        help="the format; default: it follows the suffix of --out (which --format adds when there "
                             "is none; a different suffix is refused). tak-package: an ATAK data package (a .zip of "
                             "CoT events and the reference layers as KML); .zip is a TAK package")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace an existing GeoPackage --out file (never the store itself)")
    parser.add_argument("--no-formula-guard", dest="formula_guard", action="store_false",
                        help="CSV: write text cells starting with = + - @ tab or CR as they are (default: prefix "
                             "them with ' so that spreadsheets do not run them as formulas); XLSX text cells are "
                             "never formulas")
    add_filter_args(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..store import is_store_url, open_store, store_target

    store_target(args.store)  # another scheme (mysql://) is refused by name
    out = with_format(Path(args.out), args.format)
    if is_store_url(args.store):
        return _export_database(args, out)
    store_path = Path(args.store)
    if not store_path.exists():
        raise BorderMonitorError(f"The store {store_path} does not exist.")
    if store_path.is_dir():
        raise BorderMonitorError(f"The store {store_path} is a folder, not a file.")
    if args.format == "tak-package" or out.suffix.lower() == ".zip":
        return _export_tak_package(args, store_path, out)
    if out.suffix.lower() in (".html", ".htm"):
        return _export_html_map(args, store_path, out)
    fmt = format_for_writing(out)
    overwrite = args.overwrite or fmt != "GeoPackage"
    check_output(out, store=store_path, overwrite=overwrite, what="export file")
    flt = filter_from_args(args)
    with open_store(store_path, create=False, read_only=True) as store:
        notice = notice_for(store)
        n = write_incidents(read_pages(store, flt), out, store=store_path, overwrite=overwrite,
                            formula_guard=args.formula_guard, notice=notice, type_colors=TYPE_COLORS,
                            attachments_from=store_path)
    print(f"exported {n} incidents from {store_path} to {out}" + (f" (marked: {notice})" if notice else ""))
    return 0


def _export_database(args: argparse.Namespace, out: Path) -> int:
    """From a database store: a .gpkg becomes a whole GeoPackage store (incidents with ids and revisions, audit
    log, events, saved filters) unless a filter narrows it; every other format is written as from a file store."""
    from ..domain.operator import login_name
    from ..store import open_store, store_label
    from ..store.postgis.transfer import database_to_geopackage

    shown = store_label(args.store)
    flt = filter_from_args(args)
    if args.format == "tak-package" or out.suffix.lower() == ".zip":
        check_output(out, what="data package")
        from ..tak.package import write_package

        with open_store(args.store, read_only=True) as store:
            n = write_package(read_pages(store, flt), out, store=None, reference=store.reference_layer,
                              name=f"Border Monitor: {store.name}")
        print(f"exported {n} incidents and the reference layers from {shown} to the TAK data package {out}")
        return 0
    fmt = format_for_writing(out)
    overwrite = args.overwrite or fmt != "GeoPackage"
    check_output(out, overwrite=overwrite, what="export file")
    if fmt == "GeoPackage" and flt == type(flt)():
        done = database_to_geopackage(args.store, out, created_by=login_name())
        print(f"exported the store {shown} to {out}: {done.incidents} incidents, {done.audit_entries} audit "
              f"entries, {done.events} events, {done.saved_filters} saved filters")
        return 0
    with open_store(args.store, read_only=True) as store:
        notice = notice_for(store)
        n = write_incidents(read_pages(store, flt), out, store=None, overwrite=overwrite,
                            formula_guard=args.formula_guard, notice=notice, type_colors=TYPE_COLORS)
    print(f"exported {n} incidents from {shown} to {out}" + (f" (marked: {notice})" if notice else ""))
    return 0


def with_format(out: Path, name: str | None) -> Path:
    """``--out`` with the suffix ``--format`` names added when it has none; a different suffix is refused."""
    if name is None:
        return out
    suffix = FORMAT_SUFFIXES[name]
    if not out.suffix:
        return out.with_name(out.name + suffix)
    if name == "tak-package":  # a TAK package whatever the suffix
        return out
    if WRITE_FORMATS.get(out.suffix.lower()) != WRITE_FORMATS[suffix]:
        raise BorderMonitorError(f"The export file {out} ends in {out.suffix!r}, not {suffix!r} as --format {name} "
                                 "asks; give a matching suffix, or none.")
    return out


def _export_tak_package(args: argparse.Namespace, store_path: Path, out: Path) -> int:
    from ..store import open_store
    from ..tak.package import write_package

    check_output(out, store=store_path, what="data package")
    flt = filter_from_args(args)
    with open_store(store_path, create=False) as store:
        n = write_package(read_pages(store, flt), out, store=store_path, reference=store.reference_layer,
                          name=f"Border Monitor: {store_path.stem}")
    print(f"exported {n} incidents and the reference layers from {store_path} to the TAK data package {out}")
    return 0


def _export_html_map(args: argparse.Namespace, store_path: Path, out: Path) -> int:
    """The standalone interactive HTML map (``report.html_map``): every script inlined, no network."""
    from ..report.html_map import write_html_map
    from ..store import open_store

    check_output(out, store=store_path, what="HTML map")
    flt = filter_from_args(args)
    with open_store(store_path, create=False, read_only=True) as store:
        n = write_html_map(store, flt, out, store_path=store_path)
    print(f"exported {n} incidents and the reference layers from {store_path} to the HTML map {out}")
    return 0


def read_pages(store, flt, page: int = PAGE):
    """The matching incidents, page by page, oldest first (a generator of lists)."""
    total = store.count(flt)
    for offset in range(0, total, page):
        chunk = store.page(flt, SortKey.OCCURRED_AT, False, offset, page)
        log.info("read %d of %d incidents", offset + len(chunk), total)
        if not chunk:
            break
        yield chunk

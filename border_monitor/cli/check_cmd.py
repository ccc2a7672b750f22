"""``border-monitor check``: what another program may have broken in a store, named by row and field.

    border-monitor check --store demo.gpkg
    border-monitor check --store demo.gpkg --json

Exit 0 when the store is clean, 1 when something was found (the store is read, never changed: it opens
read-only, so the check runs while another program writes).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..domain.errors import BorderMonitorError

SHOWN = 200  # problems listed in the text output (--json lists all)


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "check", help="list rows and tables of a store that another program made invalid",
        description="Check a store: rows whose values another program made invalid (by fid and field; they are "
                    "left out of every view, count and export until fixed), the audit log's triggers and its "
                    "hash chain. Exit 0 when clean, 1 when problems were found.")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file)")
    parser.add_argument("--json", action="store_true",
                        help='print one JSON object: {"clean", "rows", "invalid_rows": [{"fid", "field", "value", '
                             '"reason"}], "schema_problems", "audit_chain"}')
    parser.set_defaults(func=run)
    return parser


def require_store_file(path: Path) -> None:
    from ..store import is_store_url, store_target

    store_target(str(path))  # another scheme (mysql://) is refused by name
    if is_store_url(str(path)):
        raise BorderMonitorError(f"{_label(path)} is a database store: this command works on GeoPackage stores "
                                 "only (attachments stay in GeoPackage stores; the audit log of a database store is "
                                 "checked by: border-monitor audit verify --store URL).")
    path = Path(path)
    if not path.is_file():
        what = "is a folder, not a store file" if path.is_dir() else "does not exist"
        raise BorderMonitorError(f"The store file {path} {what}.")


def _label(path) -> str:
    from ..store import store_label

    return store_label(str(path))


def run(args: argparse.Namespace) -> int:
    from ..store.gpkg.store_check import check_store

    require_store_file(args.store)
    path = Path(args.store)
    report = check_store(path)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(format_report(report))
    return 0 if report.clean else 1


def format_report(report) -> str:
    lines = []
    fids = sorted({p.fid for p in report.invalid_rows})
    if fids:
        lines.append(f"{len(fids):,} of {report.rows:,} rows hold invalid values and are left out until fixed:")
        lines += [f"  fid {p.fid}: {p.field} {p.value} {p.reason}" for p in report.invalid_rows[:SHOWN]]
        if len(report.invalid_rows) > SHOWN:
            lines.append(f"  ... and {len(report.invalid_rows) - SHOWN:,} more (--json lists all)")
    lines += [f"Schema: {problem}." for problem in report.schema_problems]
    if report.chain is not None and not report.chain.intact:
        lines.append(f"Audit log: {report.chain.message}")
    if not lines:
        entries = report.chain.entries if report.chain is not None else 0
        return f"{report.store}: clean ({report.rows:,} rows valid, audit log intact with {entries:,} {'entry' if entries == 1 else 'entries'})."
    return "\n".join([f"{report.store}:", *lines])

"""``border-monitor audit verify``: walk the hash chain of a store's audit log.

    border-monitor audit verify --store demo.gpkg

Names the first entry that was altered, removed or inserted out of order; exit 1 when the chain is broken,
0 when intact. The store is opened read-only.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from .check_cmd import require_store_file


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("audit", help="verify the audit log of a store",
                                   description="Commands on the audit log of a store.")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="walk the audit log's hash chain",
        description="Walk the hash chain of the audit log and name the first entry that was altered, removed or "
                    "inserted out of order. Exit 0 when intact, 1 when broken.")
    verify.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file or postgresql:// address)")
    verify.add_argument("--json", action="store_true",
                        help='print {"intact", "entries", "broken_at", "kind", "message"}')
    verify.set_defaults(func=run_verify)
    return parser


def run_verify(args: argparse.Namespace) -> int:
    from ..store.gpkg import audit
    from ..store.gpkg.store import open_store
    from ..store.gpkg.connections import Connections

    from ..store import is_store_url
    from ..store import open_store as open_any_store

    from ..store import store_target

    store_target(args.store)  # another scheme (mysql://) is refused by name
    if is_store_url(args.store):
        with open_any_store(args.store, read_only=True) as store:
            report, problems, path = store.verify_audit(), [], store.url
        return _print_report(args, report, problems, path)
    path = Path(args.store)
    require_store_file(path)
    with open_store(path, read_only=True) as store:
        problems = store.audit_problems
    connections = Connections(path, 10.0, read_only=True)
    try:
        conn = connections.get()
        conn.execute("BEGIN")
        report = audit.verify(conn)
        conn.execute("COMMIT")
    finally:
        connections.close_all()
    return _print_report(args, report, problems, path)


def _print_report(args, report, problems, path) -> int:
    if args.json:
        print(json.dumps({"intact": report.intact and not problems, "entries": report.entries,
                          "broken_at": report.broken_at, "kind": report.kind, "message": report.message,
                          "problems": problems}, ensure_ascii=False))
    else:
        for problem in problems:
            print(f"{path}: {problem}.")
        print(f"{path}: {report.message}")
    return 0 if report.intact and not problems else 1

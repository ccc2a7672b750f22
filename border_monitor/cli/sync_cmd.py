"""``border-monitor sync``: field sync, two-way with another store or through a package on removable media.

    border-monitor sync --store laptop.gpkg --remote central.gpkg
    border-monitor sync --store laptop.gpkg --remote postgresql://hq-sync@server/border
    border-monitor sync export --store laptop.gpkg --out to-central.bmsync [--passphrase-file F] [--peer NAME]
    border-monitor sync import to-central.bmsync --store central.gpkg [--passphrase-file F]

Every batch is applied in one transaction with the mark that it was applied: a sync or an import cut in the
middle is run again and goes on where it stopped; importing a package twice changes nothing. Every store
address is a GeoPackage file or a PostgreSQL database (postgresql://...); with a database, the user must be a
supervisor or the database's owner (a viewer or an operator is refused with a sentence).
"""
from __future__ import annotations

import argparse
import logging

from ..domain.errors import StoreError
from ..sync.exchange import BATCH_SIZE

log = logging.getLogger(__name__)


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "sync", help="exchange changes with another store, or through a .bmsync package",
        description="Two-way sync of a store with another (--store LOCAL --remote STORE2), or, where no connection "
                    "exists, a package of changes: 'sync export' writes one, 'sync import' applies one. Edits of "
                    "different fields merge; the same field changed on both sides, or a delete on one side and an "
                    "edit on the other, become conflicts (border-monitor conflicts list).")
    parser.add_argument("--store", metavar="LOCAL", help="this side's store (a GeoPackage file or postgresql://...)")
    parser.add_argument("--remote", metavar="STORE2",
                        help="the other store (a GeoPackage file, or postgresql://USER@HOST:PORT/DB: a supervisor or "
                             "the database's owner)")
    parser.add_argument("--batch-size", type=_positive, default=BATCH_SIZE, metavar="N",
                        help=f"incidents per batch, each applied in one transaction (default {BATCH_SIZE})")
    parser.set_defaults(func=run_two_way)
    actions = parser.add_subparsers(dest="sync_command", metavar="ACTION")

    export = actions.add_parser("export", help="write the changes another store has not acknowledged to a package",
                                description="Write a .bmsync package (a GeoPackage inside) of the changes the peer has "
                                            "not acknowledged; with --passphrase-file it is encrypted (AES-GCM, key "
                                            "from the passphrase by scrypt).")
    export.add_argument("--store", required=True, metavar="LOCAL",
                        help="the store to export from (a GeoPackage file or postgresql://...)")
    export.add_argument("--out", required=True, metavar="FILE.bmsync", help="the package to write")
    export.add_argument("--passphrase-file", metavar="F", help="encrypt with the passphrase in this file")
    export.add_argument("--peer", metavar="NAME",
                        help="the store the package is for (its file name as it synced here before); without it, "
                             "the changes not every known peer has")
    export.add_argument("--batch-size", type=_positive, default=BATCH_SIZE, metavar="N",
                        help=f"incidents per batch (default {BATCH_SIZE})")
    export.set_defaults(func=run_export)

    imp = actions.add_parser("import", help="apply a package to a store",
                             description="Apply a .bmsync package; batches applied already are skipped.")
    imp.add_argument("package", metavar="FILE", help="the .bmsync package")
    imp.add_argument("--store", required=True, metavar="STORE",
                     help="the store to apply it to (a GeoPackage file or postgresql://...)")
    imp.add_argument("--passphrase-file", metavar="F", help="the passphrase of an encrypted package")
    imp.set_defaults(func=run_import)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return value


def _passphrase(args) -> str | None:
    from ..sync.package_crypto import read_passphrase

    return None if not args.passphrase_file else read_passphrase(args.passphrase_file)


def _require_store(address: str, option: str) -> None:
    from pathlib import Path

    if address.startswith(("postgresql://", "postgres://")):
        return
    if not Path(address).is_file():
        raise StoreError(f"There is no store at {address} ({option}); create one first with border-monitor init.")


def run_two_way(args: argparse.Namespace) -> int:
    from ..sync.operations import open_replica, sync_stores

    if not args.store or not args.remote:
        raise StoreError("border-monitor sync needs --store LOCAL and --remote STORE2 (or the action export or "
                         "import; see border-monitor sync --help).")
    _require_store(args.store, "--store")
    _require_store(args.remote, "--remote")
    with open_replica(args.store) as local, open_replica(args.remote) as remote:
        out, back = sync_stores(local, remote, batch_size=args.batch_size)
    print(out.sentence())
    print(back.sentence())
    _say_conflicts(out.conflicts + back.conflicts, args.store)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..sync.operations import export_package, open_replica

    _require_store(args.store, "--store")
    passphrase = _passphrase(args)
    with open_replica(args.store) as replica:
        report = export_package(replica, args.out, peer=args.peer, passphrase=passphrase, batch_size=args.batch_size)
    print(report.sentence())
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..sync.operations import apply_package, open_replica
    from ..sync.package import read_package

    _require_store(args.store, "--store")
    # a damaged package, or a wrong passphrase, is refused before the store is opened
    with read_package(args.package, _passphrase(args)) as package, open_replica(args.store) as replica:
        report = apply_package(replica, package)
    print(report.sentence() + (f" ({report.skipped} batches applied before, skipped)" if report.skipped else ""))
    _say_conflicts(report.conflicts, args.store)
    return 0


def _say_conflicts(count: int, store: str) -> None:
    if count:
        print(f"{count:,} incidents are in conflict: border-monitor conflicts list --store {store}")

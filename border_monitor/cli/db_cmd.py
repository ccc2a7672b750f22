"""``border-monitor db``: make and migrate the schema of a shared store in PostgreSQL/PostGIS.

    border-monitor db init --store postgresql://bm_admin@db.example:5432/border
    border-monitor db upgrade --store postgresql://bm_admin@db.example:5432/border
    border-monitor db version --store postgresql://viewer@db.example/border

``init`` makes the store in an empty database (PostGIS, the tables, the reference layers) and refuses a
database that already holds a store or tables of another application; ``upgrade`` applies the pending
migrations, each version in one transaction, and refuses a database newer than this version knows (exit 2).
The password comes from PGPASSWORD, ~/.pgpass or a service file, never from a message.
"""
from __future__ import annotations

import argparse

from ..domain.errors import BorderMonitorError
from ..domain.operator import login_name


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("db", help="make or migrate a shared store in PostgreSQL/PostGIS",
                                   description="Commands on a shared store in a PostgreSQL database with PostGIS.")
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="make the store in an empty database",
                              description="Make a Border Monitor store in an empty database: the PostGIS extension "
                                          "(needs a role allowed to create it), the tables and the reference layers.")
    upgrade = actions.add_parser("upgrade", help="apply the pending schema migrations",
                                 description="Bring the schema of a database store up to this version, one "
                                             "transaction per migration. A newer schema is refused.")
    version = actions.add_parser("version", help="print the schema version of a database store")
    for sub in (init, upgrade, version):
        sub.add_argument("--store", required=True, metavar="URL", help="postgresql://user@host:port/database")
    init.add_argument("--user", default=None, metavar="NAME", help="who made the store (default: your login name)")
    init.set_defaults(func=run_init)
    upgrade.set_defaults(func=run_upgrade)
    version.set_defaults(func=run_version)
    return parser


def _url(args) -> str:
    from ..store.postgis.url import is_url, redact

    if not is_url(args.store):
        raise BorderMonitorError(f"{redact(args.store)} is not a PostgreSQL address: db commands take "
                                 "postgresql://user@host:port/database (a GeoPackage needs no db init).")
    return args.store


def run_init(args: argparse.Namespace) -> int:
    from ..store.postgis.admin import init_database
    from ..store.postgis.url import parse

    url = _url(args)
    applied, layers = init_database(url, created_by=args.user or login_name())
    counts = ", ".join(f"{n} {name}" for name, n in layers.items())
    print(f"made the store in {parse(url).shown} (schema version {applied[-1]}; reference layers: {counts})")
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    from ..store.postgis.admin import upgrade_database
    from ..store.postgis.url import parse

    url = _url(args)
    before, applied = upgrade_database(url)
    shown = parse(url).shown
    if not applied:
        print(f"{shown} is up to date (schema version {before})")
    else:
        print(f"upgraded {shown} from schema version {before} to {applied[-1]}")
    return 0


def run_version(args: argparse.Namespace) -> int:
    from ..store.postgis.admin import database_version
    from ..store.postgis.schema import CURRENT_VERSION
    from ..store.postgis.url import parse

    url = _url(args)
    version = database_version(url)
    note = "" if version == CURRENT_VERSION else f" (this Border Monitor knows {CURRENT_VERSION})"
    print(f"{parse(url).shown}: schema version {version}{note}")
    return 0

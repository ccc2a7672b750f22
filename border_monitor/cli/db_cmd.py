"""``border-monitor db``: make and migrate the schema of a shared store in PostgreSQL/PostGIS.

    border-monitor db init --store postgresql://bm_admin@db.example:5432/border
    border-monitor db upgrade --store postgresql://bm_admin@db.example:5432/border
    border-monitor db version --store postgresql://viewer@db.example/border
    border-monitor db user add j.kowalska --service PL --role operator --store URL [--password-file F]
    border-monitor db user list --store URL
    border-monitor db user remove j.kowalska --store URL

Users are managed by the database's owner (any service) or by a supervisor of a service (the users of its
own service only: viewers, operators and supervisors; never the owner, a superuser or another service's
users). The database enforces it (``bm_add_user``/``bm_remove_user``, schema version 4).

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
    user = actions.add_parser("user", help="add, list or remove the users of a shared store",
                              description="Users of a shared store: viewer (reads the whole picture), operator "
                                          "(also creates and edits incidents of its service), supervisor (also "
                                          "verifies, closes, deletes and restores them, and manages the users of its "
                                          "service). The database enforces it. Run as the database's owner (any "
                                          "service) or a supervisor (its own service's users).")
    users = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = users.add_parser("add", help="add a user of a service at a role")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--service", required=True, choices=["LT", "LV", "PL"], type=str.upper)
    add.add_argument("--role", required=True, choices=["viewer", "operator", "supervisor"])
    add.add_argument("--password-file", metavar="FILE", default=None,
                     help="the user's password, the first line of FILE (default: none; the server's other "
                          "authentication methods apply)")
    listing = users.add_parser("list", help="list the users, their service and role")
    remove = users.add_parser("remove", help="remove a user")
    remove.add_argument("name", metavar="NAME")
    add.set_defaults(func=run_user_add)
    listing.set_defaults(func=run_user_list)
    remove.set_defaults(func=run_user_remove)
    for sub in (init, upgrade, version, add, listing, remove):
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


def _admin(args):
    from ..store.postgis.connections import open_connection
    from ..store.postgis.schema import check_version
    from ..store.postgis.url import parse

    address = parse(_url(args))
    conn = open_connection(address)
    try:
        check_version(conn, address.name)
    except BaseException:
        conn.close()
        raise
    return conn, address


def run_user_add(args: argparse.Namespace) -> int:
    import psycopg

    from ..store.postgis import roles

    password = None
    if args.password_file:
        from pathlib import Path

        try:
            password = Path(args.password_file).read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError):
            raise BorderMonitorError(f"The password file {args.password_file} cannot be read or is empty.") from None
    conn, address = _admin(args)
    try:
        roles.add_user(conn, args.name, args.service, args.role, password)
    except psycopg.errors.InsufficientPrivilege:
        raise BorderMonitorError(f"{address.user or 'This user'} may not add users on {address.name}: run as the "
                                 "database's owner or a supervisor of the service.") from None
    finally:
        conn.close()
    print(f"added {args.name}: {args.role} of {args.service} on {address.shown}")
    return 0


def run_user_list(args: argparse.Namespace) -> int:
    from ..store.postgis import roles

    conn, address = _admin(args)
    try:
        level, service = roles.connected_role(conn)
        users = roles.list_users(conn, None if level == "owner" or not service else service)
    finally:
        conn.close()
    if not users:
        print(f"{address.shown}: no users yet (border-monitor db user add NAME --service LT --role operator)")
    for name, service, level in users:
        print(f"{name}\t{service}\t{level}")
    return 0


def run_user_remove(args: argparse.Namespace) -> int:
    import psycopg

    from ..store.postgis import roles

    conn, address = _admin(args)
    try:
        roles.remove_user(conn, args.name)
    except psycopg.errors.InsufficientPrivilege:
        raise BorderMonitorError(f"{address.user or 'This user'} may not remove users on {address.name}.") from None
    except psycopg.errors.DependentObjectsStillExist:
        raise BorderMonitorError(f"The user {args.name} still owns objects in a database; reassign them first "
                                 "(REASSIGN OWNED).") from None
    finally:
        conn.close()
    print(f"removed {args.name} from {address.shown}")
    return 0

"""``border-monitor attach add|list|get|remove``: files attached to an incident (OGC Related Tables Extension).

    border-monitor attach add --store border.gpkg --incident UUID photo.jpg report.pdf
    border-monitor attach list --store border.gpkg --incident UUID [--json]
    border-monitor attach get --store border.gpkg --id 3 --out fence.jpg
    border-monitor attach remove --store border.gpkg --id 3

``add`` attaches every file in one write (all or nothing); a file over the store's limits, empty, or of a
format not recognised by its first bytes is refused with a sentence naming it (exit 2). ``get`` never writes
over the store or an existing file unless ``--overwrite``.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
from pathlib import Path

from ..domain.errors import BorderMonitorError
from .check_cmd import require_store_file


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("attach", help="attach photos and documents to incidents, list and get them",
                                   description="Files attached to incidents, stored in the GeoPackage through the "
                                               "OGC Related Tables Extension (QGIS and GDAL see them).")
    actions = parser.add_subparsers(dest="attach_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="attach files to an incident", description="Attach files to an incident, "
                             "all in one write (nothing is attached when one is refused).")
    add.add_argument("files", nargs="+", metavar="FILE", help="the files to attach")
    add.add_argument("--incident", required=True, metavar="UUID", help="the incident's id")
    add.add_argument("--user", help="name written in the audit log (default: the login name)")
    listing = actions.add_parser("list", help="list an incident's attachments")
    listing.add_argument("--incident", required=True, metavar="UUID", help="the incident's id")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    get = actions.add_parser("get", help="write one attachment to a file")
    get.add_argument("--id", required=True, type=int, dest="attachment", metavar="N", help="the attachment's id")
    get.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    get.add_argument("--overwrite", action="store_true", help="replace PATH if it exists")
    remove = actions.add_parser("remove", help="remove one attachment (the audit log keeps its name and checksum)")
    remove.add_argument("--id", required=True, type=int, dest="attachment", metavar="N", help="the attachment's id")
    remove.add_argument("--user", help="name written in the audit log (default: the login name)")
    for sub in (add, listing, get, remove):
        sub.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file)")
    add.set_defaults(func=run_add)
    listing.set_defaults(func=run_list)
    get.set_defaults(func=run_get)
    remove.set_defaults(func=run_remove)
    return parser


def _user(args) -> str:
    if args.user:
        return args.user
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def run_add(args: argparse.Namespace) -> int:
    from ..store import open_store
    from ..store.gpkg.attachment_tables import check_size

    require_store_file(args.store)
    path = Path(args.store)
    with open_store(path) as store:
        limits = store.attachment_limits()
        items = []
        for name in args.files:
            file = Path(name)
            if not file.is_file():
                raise BorderMonitorError(f"The file to attach {file} "
                                         f"{'is a folder' if file.is_dir() else 'does not exist'}.")
            check_size(file.name, file.stat().st_size, 0, limits)  # before reading a huge file
            items.append((args.incident, file.name, file.read_bytes()))
        store.add_attachments(items, _user(args), limits)
        shown = store.attachments(args.incident)[-len(items):]
    for a in shown:
        print(f"attached {a.name} ({a.content_type}, {a.size} bytes) as attachment {a.id}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ..store import open_store

    require_store_file(args.store)
    path = Path(args.store)
    with open_store(path, read_only=True) as store:
        items = store.attachments(args.incident)
    if args.json:
        print(json.dumps([{**a.to_dict(), "added_at": a.added_at.isoformat(), "added_by": a.added_by}
                          for a in items], ensure_ascii=False))
    elif not items:
        print(f"incident {args.incident} has no attachments")
    for a in items if not args.json else ():
        print(f"{a.id}\t{a.name}\t{a.content_type}\t{a.size}\t{a.added_at:%Y-%m-%d %H:%M} UTC\t{a.added_by}")
    return 0


def run_get(args: argparse.Namespace) -> int:
    from ..io.output_files import check_output, replacing
    from ..store import open_store

    require_store_file(args.store)
    path = Path(args.store)
    out = check_output(args.out, store=path, overwrite=args.overwrite, what="attachment file")
    with open_store(path, read_only=True) as store:
        data = store.attachment_data(args.attachment)
        name = store.attachment(args.attachment).name
    with replacing(out, what="attachment file") as temp:
        with open(temp, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o600)  # an attachment may be a sensitive photo: the owner only
    print(f"wrote attachment {args.attachment} ({name}, {len(data)} bytes) to {out}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from ..store import open_store

    require_store_file(args.store)
    path = Path(args.store)
    with open_store(path) as store:
        old = store.attachment(args.attachment)
        store.remove_attachment(args.attachment, _user(args))
    print(f"removed attachment {old.id} ({old.name}) of incident {old.incident_id}")
    return 0

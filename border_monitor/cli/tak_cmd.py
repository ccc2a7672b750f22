"""``border-monitor tak``: send incidents to a TAK network, or take a TAK network's events in.

    border-monitor tak send --store border.gpkg --server tcp://tak.example:8087 --from 2021-08-01
    border-monitor tak send --store border.gpkg --server tls://tak.example:8089 --cert me.p12 --ca ca.pem --follow
    border-monitor tak send --store border.gpkg --server udp://239.2.3.1:6969 --type airspace
    border-monitor tak listen --store border.gpkg --server tcp://tak.example:8087 --for 3600

``send`` sends the incidents the filter matches once; with ``--follow`` it then keeps following the
store's changes (each edit replaces the marker, each delete sends ``t-x-d-d``) until Ctrl-C or
``--for`` seconds. ``listen`` adds the events it receives as incidents (status "reported", source
= the sender's callsign), idempotent by CoT uid; ``t-x-d-d`` deletes. ``tak types`` prints the
mapping of incident types to CoT types.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

from ..domain.errors import BorderMonitorError
from .filter_args import add_filter_args, filter_from_args

log = logging.getLogger(__name__)


def register(subparsers) -> argparse.ArgumentParser:
    from ..tak.cot_types import Affiliation

    parser = subparsers.add_parser(
        "tak", help="send incidents to a TAK network (Cursor-on-Target), or ingest its events",
        description="Cursor-on-Target to and from a TAK server (TCP, TLS with a client certificate) or UDP multicast.")
    commands = parser.add_subparsers(dest="tak_command", metavar="ACTION", required=True)

    send = commands.add_parser("send", help="send the filtered incidents (and, with --follow, their changes)",
                               description="Send the incidents of a store that match the filter as CoT events.")
    _connection_args(send)
    send.add_argument("--follow", action="store_true",
                      help="after the first send, keep sending the store's changes (edits, new incidents, deletes)")
    send.add_argument("--stale", type=float, default=24.0, metavar="HOURS",
                      help="how long a marker stays fresh on the TAK clients (default 24 hours)")
    send.add_argument("--affiliation", default="unknown",
                      choices=[a.name.lower().replace("_", "-") for a in Affiliation],
                      help="the affiliation of air and ground tracks (default unknown)")
    send.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                      help="--follow: how often to look at the store (default 1 s)")
    send.add_argument("--for", dest="duration", type=float, default=None, metavar="SECONDS",
                      help="--follow: stop after this many seconds (default: until Ctrl-C)")
    add_filter_args(send)
    send.set_defaults(func=run_send)

    listen = commands.add_parser("listen", help="ingest the events of a TAK network as incidents",
                                 description="Add the CoT events a TAK server or multicast group sends as incidents.")
    _connection_args(listen)
    listen.add_argument("--for", dest="duration", type=float, default=None, metavar="SECONDS",
                        help="stop after this many seconds (default: until Ctrl-C)")
    listen.add_argument("--user", default=None, metavar="NAME",
                        help="the name written in the audit log (default: your login name)")
    listen.set_defaults(func=run_listen)

    types = commands.add_parser("types", help="print the mapping of incident types to CoT types")
    types.add_argument("--affiliation", default="unknown",
                       choices=[a.name.lower().replace("_", "-") for a in Affiliation])
    types.set_defaults(func=run_types)
    return parser


def _connection_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file)")
    parser.add_argument("--server", required=True, metavar="URL",
                        help="tcp://HOST:PORT, tls://HOST:PORT or udp://GROUP:PORT (e.g. udp://239.2.3.1:6969)")
    parser.add_argument("--cert", metavar="CLIENT.p12|PEM", help="TLS: the client certificate (PKCS#12 or PEM)")
    parser.add_argument("--key", metavar="KEY.pem", help="TLS: the private key, when the PEM certificate lacks it")
    parser.add_argument("--password", metavar="TEXT", default=os.environ.get("BORDER_MONITOR_TAK_PASSWORD"),
                        help="TLS: the password of the .p12 or of the key (default: the environment variable "
                             "BORDER_MONITOR_TAK_PASSWORD, which other users cannot see in the process list)")
    parser.add_argument("--ca", metavar="CA.pem", help="TLS: the CA that signed the server's certificate")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                        help="how long to wait for the server (default 10 s)")


def _endpoint_and_tls(args):
    from ..tak.transport import Endpoint, TlsFiles

    endpoint = Endpoint.parse(args.server)
    files = [Path(p) if p else None for p in (args.cert, args.key, args.ca)]
    for path in files:
        if path is not None and not path.is_file():
            raise BorderMonitorError(f"The file {path} does not exist (or is not a file).")
    if endpoint.scheme != "tls" and any(files):
        raise BorderMonitorError(f"--cert, --key and --ca are for tls:// servers; {endpoint} is {endpoint.scheme}.")
    return endpoint, TlsFiles(*files, password=args.password) if endpoint.scheme == "tls" else None


def _require_store(path: Path) -> None:
    from ..store import is_store_url

    if is_store_url(path):
        return
    if not path.exists():
        raise BorderMonitorError(f"The store {path} does not exist.")
    if path.is_dir():
        raise BorderMonitorError(f"The store {path} is a folder, not a file.")


def _store_target(text: str):
    """The store as given: a database address stays text, a file becomes a Path."""
    from ..store import store_target

    return store_target(text)


def _positive(value, flag: str) -> None:
    if value is not None and not value > 0:
        raise BorderMonitorError(f"{flag} must be more than 0 (it is {value:g}).")


def run_send(args: argparse.Namespace) -> int:
    from ..store import open_store
    from ..tak.client import TakClient
    from ..tak.cot_out import CotPolicy, delete_bytes, incident_bytes
    from ..tak.follow import StoreFollower

    store_path = _store_target(args.store)
    _require_store(store_path)
    for value, flag in ((args.stale, "--stale"), (args.interval, "--interval"), (args.duration, "--for"),
                        (args.timeout, "--timeout")):
        _positive(value, flag)
    endpoint, tls = _endpoint_and_tls(args)
    policy = CotPolicy(affiliation=args.affiliation, stale=timedelta(hours=args.stale))
    flt = filter_from_args(args)
    client = TakClient(endpoint, tls, receive=False, timeout=args.timeout)
    sent = deleted = 0
    with open_store(store_path, create=False) as store:
        follower = StoreFollower(store, flt)
        client.start()
        try:
            client.wait_connected(args.timeout)
            first = follower.initial()
            client.send([incident_bytes(i, policy) for i in first.send])
            sent += len(first.send)
            client.drain()
            print(f"sent {len(first.send)} incidents from {store_path} to {endpoint}", flush=True)
            if args.follow:
                refreshed = time.monotonic()
                deadline = None if args.duration is None else time.monotonic() + args.duration
                while deadline is None or time.monotonic() < deadline:
                    time.sleep(args.interval if deadline is None else max(0.0, min(args.interval,
                                                                                  deadline - time.monotonic())))
                    out = follower.changes()
                    if time.monotonic() - refreshed > policy.stale.total_seconds() / 2:
                        out = type(out)(follower.initial().send, out.delete)  # fresh again before they go stale
                        refreshed = time.monotonic()
                    if out:
                        client.send([incident_bytes(i, policy) for i in out.send] + [delete_bytes(i) for i in out.delete])
                        client.drain()
                        sent += len(out.send)
                        deleted += len(out.delete)
                        print(f"sent {len(out.send)} changed incidents, {len(out.delete)} deletions", flush=True)
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
        finally:
            client.stop()
    if args.follow:
        print(f"sent {sent} incidents and {deleted} deletions to {endpoint} in all")
    return 0


def run_listen(args: argparse.Namespace) -> int:
    from ..store import open_store
    from ..tak.client import TakClient
    from ..tak.ingest import Ingestor

    store_path = _store_target(args.store)
    _require_store(store_path)
    _positive(args.duration, "--for")
    _positive(args.timeout, "--timeout")
    endpoint, tls = _endpoint_and_tls(args)
    user = args.user or _login_name()
    batches: list = []
    arrived = threading.Condition()

    def on_events(events) -> None:
        with arrived:
            batches.append(events)
            arrived.notify()

    client = TakClient(endpoint, tls, on_events=on_events, timeout=args.timeout)
    with open_store(store_path, create=False) as store:
        ingestor = Ingestor(store, user)
        client.start()
        try:
            client.wait_connected(args.timeout)
            print(f"listening to {endpoint}", flush=True)
            deadline = None if args.duration is None else time.monotonic() + args.duration
            while deadline is None or time.monotonic() < deadline:
                with arrived:
                    arrived.wait(0.2)
                    taken, batches[:] = [e for b in batches for e in b], []
                if taken:
                    counts, _ = ingestor.ingest(taken)
                    log.info("%d events: %s", len(taken), counts.summary())
                if not client.running:
                    client.wait_connected(0)  # raises what ended the connection
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
        finally:
            client.stop()
            taken = [e for b in batches for e in b]
            if taken:
                ingestor.ingest(taken)
    ingestor.counts.refused += client.refused
    print(f"received {client.received + client.refused} events from {endpoint}: {ingestor.counts.summary()}")
    return 0


def run_types(args: argparse.Namespace) -> int:
    from ..domain.taxonomy import IncidentType
    from ..tak.cot_types import cot_type

    for incident_type in IncidentType:
        print(f"{incident_type.value:<20} {cot_type(incident_type, args.affiliation.replace('-', '_'))}")
    return 0


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"

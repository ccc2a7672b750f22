"""``border-monitor import``: read an incident file into a store, all or nothing.

    border-monitor import reports.csv --store border.gpkg
    border-monitor import reports.csv --store border.gpkg --rejects rejects.csv
    border-monitor import reports.kml --store border.gpkg --partial --user j.kowalska --unit "SG Podlaski"
    border-monitor import reports.csv --store new.gpkg --create

``--create`` makes the store first (as ``init`` does) when there is none at ``--store``; it is made
only once the file has been read and checked, and removed again if nothing could be imported.

By default one bad record refuses the whole file: nothing is written, every problem is listed
(row and field) on stderr and, with ``--rejects``, in a CSV report; the exit code is 2.
``--partial`` imports the good records and reports the others. The report is written before
the store commits, never over the store (or its -wal/-shm) nor over the input; once the
store has committed, nothing (closing, printing) turns the exit code 0 into a failure.
"""
from __future__ import annotations

import argparse
import inspect
import logging
import re
import signal
import sys
from pathlib import Path

import numpy as np

from ..domain.errors import BorderMonitorError, ImportCancelled, ImportRejected
from ..domain.operator import Operator, login_name
from ..failures import describe
from ..domain.taxonomy import Side
from ..io.errors import UnreadableFileError
from ..io.gpkg_media import keep_for, media_for_import
from ..io.read_limits import DEFAULT_LIMITS, ReadLimits
from ..io.output_files import OutputError, check_output
from ..io.readers import READ_FORMATS, format_for_reading, read_incidents
from ..io.rejects import Reject, from_file_error, from_row_errors, from_store_rejects, write_report

log = logging.getLogger(__name__)

SHOWN_ON_STDERR = 10


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import", help="import incidents from CSV, XLSX, GeoJSON, KML, GPX or GeoPackage",
        description="Import the incidents of a file into a store. CSV: headers in English, Lithuanian, Latvian or "
                    "Polish (Data, Laikas, Šalis, Asm. sk., Pilietybė, Datums, Valsts, Data i godzina, Liczba osób..., "
                    "case and diacritics ignored; --columns names others), values in those languages (types, "
                    "statuses, countries, nationalities: Irakas, Irāka, Irak), positions as latitude/longitude, "
                    "X/Y or northing/easting in a grid (found from the values, or --crs; national grids: X the "
                    "northing, Y the easting) or MGRS, dates 2021-07-28, 2021.07.28 or 28.07.2021 with or without "
                    "a time, ',' or ';' separated, decimal commas, UTF-8, cp1257 or cp1250 (detected); "
                    "times without a zone are read in the reporting country's zone. XLSX: one sheet (--sheet), the "
                    "same columns as a CSV, dates as dates, serial numbers or text. GeoJSON, KML/KMZ, GPX and "
                    "GeoPackage: point features. All or nothing unless --partial.")
    parser.add_argument("file", metavar="FILE", help="the file to import (" + ", ".join(sorted(READ_FORMATS)) + ")")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file) to import into")
    parser.add_argument("--partial", action="store_true",
                        help="import the good records and report the bad ones (default: a bad record refuses all)")
    parser.add_argument("--rejects", metavar="REPORT.csv",
                        help="write every problem to this CSV report (row, field, value, message)")
    parser.add_argument("--create", action="store_true",
                        help="make the store first (empty, with the reference layers) when it does not exist")
    parser.add_argument("--user", default=None, metavar="NAME",
                        help="the name written in the audit log (default: your login name)")
    parser.add_argument("--unit", default="", metavar="UNIT",
                        help="the user's unit, written in the audit log as 'NAME (UNIT)' (default: none)")
    parser.add_argument("--encoding", default=None, metavar="CODEC",
                        help="CSV only: the text encoding (default: detect UTF-8, cp1257 or cp1250)")
    parser.add_argument("--layer", default=None, metavar="NAME",
                        help="GeoPackage only: the layer to read (default: 'incidents' or the first point layer)")
    parser.add_argument("--sheet", default=None, metavar="NAME",
                        help="XLSX only: the sheet to read (default: the first)")
    parser.add_argument("--columns", default=None, metavar="FIELD=HEADER,...", type=_column_choices,
                        help="CSV/XLSX: which header feeds which field, e.g. 'date=Įvykio data,persons=Asm. sk.,"
                             "x=X koord.' (fields: date, time, country, type, persons, nationality, latitude, "
                             "longitude, x, y, northing, easting, mgrs, description, source, status, id); the "
                             "others are recognised in English, Lithuanian, Latvian and Polish")
    parser.add_argument("--crs", default=None, metavar="SYSTEM", type=_system,
                        help="CSV/XLSX: the coordinate system of the position columns (the names 'coords' takes: "
                             "lks94, lks2020, lks92, pl1992, pl2000z7, pl2000z8, utm34n, utm35n, wgs84 or EPSG:nnnn); "
                             "national grids name the northing X and the easting Y (default: WGS 84 degrees, or "
                             "the grid X/Y values fit)")
    limits = parser.add_argument_group("limits", "a file over one is refused before it costs memory or time; "
                                                  "raise a limit for a genuine file that needs more")
    d = DEFAULT_LIMITS
    limits.add_argument("--max-field-bytes", type=_positive(int), default=d.max_field_bytes, metavar="N",
                        help=f"the longest field (default {d.max_field_bytes:,})")
    limits.add_argument("--max-fields", type=_positive(int), default=d.max_fields, metavar="N",
                        help=f"the most columns or distinct properties (default {d.max_fields:,})")
    limits.add_argument("--max-unzipped-mb", type=_positive(int), default=d.max_unzipped_mb, metavar="MB",
                        help=f"what a KMZ's or XLSX's entries may inflate to (default {d.max_unzipped_mb:,})")
    limits.add_argument("--max-zip-ratio", type=_positive(int), default=d.max_zip_ratio, metavar="N",
                        help=f"how many times its compressed size a KMZ or XLSX entry may inflate (default {d.max_zip_ratio})")
    limits.add_argument("--max-depth", type=_positive(int), default=d.max_depth, metavar="N",
                        help=f"the deepest nesting of JSON or XML (default {d.max_depth})")
    limits.add_argument("--query-seconds", type=_positive(float), default=d.query_seconds, metavar="S",
                        help=f"wall time to read a GeoPackage layer (default {d.query_seconds:g})")
    parser.set_defaults(func=run)
    return parser


def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{text!r} must be more than 0")
        return value
    return parse


def _column_choices(text: str) -> dict[str, str]:
    """``date=Data,persons=Asm. sk.`` -> {field: header}; a header may hold commas when the next part names no field."""
    from ..io.columns import ColumnChoiceError, field_name

    parts = re.split(r",(?=\s*[A-Za-z_]+\s*=)", text)
    choices: dict[str, str] = {}
    for part in parts:
        name, sep, header = part.partition("=")
        if not sep or not name.strip() or not header.strip():
            raise argparse.ArgumentTypeError(f"{part.strip()!r} is not FIELD=HEADER (e.g. date=Įvykio data)")
        try:
            field = field_name(name.strip())
        except ColumnChoiceError as exc:
            raise argparse.ArgumentTypeError(str(exc).replace("--columns names", "names")) from None
        if field in {field_name(k) for k in choices}:
            raise argparse.ArgumentTypeError(f"the field {name.strip()!r} is named twice")
        choices[name.strip()] = header.strip()
    return choices


def _system(text: str):
    from ..geo.coords.crs import get_system
    from ..geo.coords.errors import CoordinateError

    try:
        return get_system(text)
    except CoordinateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def read_limits(args: argparse.Namespace) -> ReadLimits:
    return ReadLimits(max_field_bytes=args.max_field_bytes, max_fields=args.max_fields,
                      max_unzipped_mb=args.max_unzipped_mb, max_zip_ratio=args.max_zip_ratio,
                      max_depth=args.max_depth, query_seconds=args.query_seconds)


def run(args: argparse.Namespace) -> int:
    from ..store import is_store_url, store_label, store_target

    store_target(args.store)  # another scheme (mysql://) is refused by name
    file = Path(args.file)
    _require_file(file, "file to import")
    args.store_url = is_store_url(args.store)
    if args.store_url:
        if args.create:
            raise BorderMonitorError("--create makes GeoPackage stores; make a database store with: "
                                     f"border-monitor db init --store {store_label(args.store)}")
        if _is_store_file(file):
            return _load_store_file(args, file)
        store_path = store_label(args.store)  # named without its password; opened by args.store
        create = False
    else:
        store_path = Path(args.store)
        create = args.create and not store_path.exists() and not store_path.is_symlink()
    if create:
        from ..store.gpkg.new_store import check_new_store

        check_new_store(store_path)  # refused before anything is read
    elif args.store_url:
        pass  # a database store is checked when it opens
    elif not store_path.exists():
        raise BorderMonitorError(f"The store {store_path} does not exist; add --create to make it, or make it "
                                 f"first with: border-monitor init --store {store_path}")
    else:
        _require_file(store_path, "store")
    if args.rejects:  # refused before anything is read: never the store, its -wal/-shm, nor the input
        check_output(args.rejects, store=None if args.store_url else store_path, inputs=[file],
                     what="rejects report")
    user = Operator(args.user or login_name(), args.unit).audit_name
    args.created_store = None
    if format_for_reading(file) == "CSV":
        code = _stream_import(args, file, store_path, create, user)
        if code is not None:
            return code
    try:
        result = read_incidents(file, encoding=args.encoding, layer=args.layer, sheet=args.sheet,
                                limits=read_limits(args), columns=getattr(args, "columns", None),
                                crs=getattr(args, "crs", None))
    except UnreadableFileError as exc:
        try:
            _report(args, from_file_error(exc))
        except OutputError as report_failure:  # the file's problem is what the user must hear first
            print(f"note: {report_failure}", file=sys.stderr)
        raise
    source = result.source
    label = source.row_label
    for note in source.notes:
        print(f"note: {note}", file=sys.stderr)
    if source.ignored_columns:
        print(f"note: columns not imported: {', '.join(source.ignored_columns)}", file=sys.stderr)
    reported = from_row_errors(result.rejects)
    _report(args, reported)  # the whole report, before the store is touched
    if result.rejects:
        bad = result.bad_rows
        _print_rejects(reported, label, f"{file}: {bad} of {source.rows} records have errors "
                                        f"({len(reported)} problems)" + (f"; all are in {args.rejects}" if args.rejects
                                                                         else "; --rejects REPORT.csv lists all") + ":")
        if not args.partial:
            print(f"Nothing was imported into {store_path}: fix the file, or use --partial to import the "
                  f"{len(result.batch)} good records.", file=sys.stderr)
            return 2
        if len(result.batch) == 0:
            print(f"Nothing was imported into {store_path}: no record of {file} is without errors.", file=sys.stderr)
            return 2
    if create:
        from ..store.gpkg.new_store import create_store

        args.created_store = create_store(store_path, created_by=user)
        print(args.created_store)
    with _cancel_on_interrupt() as cancelled:
        code = _write(args, file, store_path, result, reported, user, cancelled)
    return code


def _stream_import(args, file: Path, store_path: Path, create: bool, user: str) -> int | None:
    """A clean CSV into the store (a GeoPackage or a database) while it is read, chunk by chunk (``io.csv_stream``):
    memory holds one chunk, not the file. None when the file is not imported so (a record with a problem, anything
    unusual, any failure before the commit): everything is undone (a store made for it removed again, silently) and
    the caller reads the file whole, as it always has, reporting every problem exactly as before."""
    from ..io import csv_stream_process
    from ..io.csv_stream import CsvStream

    options = {"encoding": args.encoding, "limits": read_limits(args), "columns": getattr(args, "columns", None),
               "crs": getattr(args, "crs", None)}
    if options["crs"] is None and file.stat().st_size >= csv_stream_process.MIN_BYTES:
        stream = csv_stream_process.CsvStreamProcess(file, measure=True, **options)  # reads on a core of its own
    else:
        stream = CsvStream(file, **options)
    try:
        return _stream_into(args, file, store_path, create, user, stream)
    finally:
        if isinstance(stream, csv_stream_process.CsvStreamProcess):
            stream.close()


def _stream_into(args, file: Path, store_path: Path, create: bool, user: str, stream) -> int | None:
    """``_stream_import`` with its stream (read here or in a child process)."""
    from ..io.csv_stream import NotStreamable
    from ..store import open_store
    from ..store.gpkg.new_store import create_store, remove_new_store

    made = None
    store = None
    side = _SideCount()

    def before_commit():
        source = stream.source  # the file is read, clean and stored: what read_incidents would print, then commit
        for note in source.notes:
            print(f"note: {note}", file=sys.stderr)
        if source.ignored_columns:
            print(f"note: columns not imported: {', '.join(source.ignored_columns)}", file=sys.stderr)
        _report(args, [])
        if made is not None:
            print(made)

    with _cancel_on_interrupt() as cancelled:
        try:
            if create:
                made = create_store(store_path, created_by=user)
            store = open_store(args.store if args.store_url else store_path, create=False)
            new_file = {"new_file": True} if made is not None else {}  # a GeoPackage made for this import
            change = store.add_batches(stream.batches(), user, progress=_progress, cancel=cancelled,
                                       source_name=str(file), on_chunk=side.add, before_commit=before_commit,
                                       **new_file)
        except ImportCancelled:
            args.created_store = made
            if store is not None:
                _close_before_commit(store, args)
            elif made is not None:
                remove_new_store(made.path)
            raise
        except Exception as exc:  # noqa: BLE001 - read whole instead, which reports the problem as it always has
            expected = isinstance(exc, (NotStreamable, BorderMonitorError, OSError, UnicodeError, ValueError))
            # A problem of the file is expected here (read whole, it is reported as it always was); anything else
            # is a fault of the streamed path itself: still read whole, but said loudly, with its traceback.
            log.log(logging.INFO if expected else logging.WARNING, "%s is not imported while read (%s); reading it "
                    "whole", file, exc, exc_info=log.isEnabledFor(logging.DEBUG) or not expected)
            if store is not None:
                try:
                    store.close()
                except Exception as close_failure:  # noqa: BLE001
                    log.warning("closing the store after an abandoned import: %s", close_failure)
            if made is not None:
                remove_new_store(made.path)
            return None
    # Committed: the incidents are in the store. Exit 0 whatever closing or printing does now.
    by_side = side.sentence()
    summary = f"imported {change.added} incidents from {file} into {store_path}"
    _after_commit(store, store_path, summary + (f"\n{by_side}." if by_side else ""), "")
    return 0


class _SideCount:
    """The rows on the Belarusian side among the batches of a streamed import (``side_summary``'s sentence)."""

    def __init__(self) -> None:
        self.count = 0
        self.farthest = 0.0

    def add(self, _batch, derived) -> None:
        on_by = derived.side == _BY
        if on_by.any():
            self.count += int(np.count_nonzero(on_by))
            inside = np.nan_to_num(derived.distance_to_border_m[on_by], nan=0.0)
            self.farthest = max(self.farthest, float(inside.max()))

    def sentence(self) -> str:
        from ..geo.side_summary import SideSummary  # shapely, pyproj (through geo.enrich): only after an import
        return SideSummary(self.count, self.farthest, np.zeros(0, dtype=np.int64), 0).sentence()


_BY = list(Side).index(Side.BY)


def _write(args, file: Path, store_path: Path, result, reported: list[Reject], user: str, cancelled) -> int:
    """Add the good records to the store; once committed, nothing that follows can fail the command."""
    from ..store import open_store

    label = result.source.row_label
    batch = result.batch
    skipped = result.bad_rows
    store = open_store(args.store if args.store_url else store_path, create=False)
    attach_failure = ""
    try:
        if getattr(store, "supports_attachments", True):
            media = media_for_import(result, store.attachment_limits())  # refused here, before anything is written
        else:  # a database store holds no attachments: the incidents are imported without them
            media = []
        while True:
            try:
                _add_batch(store, batch, user, cancelled, str(file))
                break
            except ImportRejected as exc:
                # The store refuses what the file alone cannot show (ids it already holds).
                rejects = from_store_rejects(exc.rejects)
                reported = reported + rejects
                refused_rows = {r.row for r in rejects if r.row is not None}
                keep = ~np.isin(batch.rows, np.array(sorted(refused_rows), dtype=np.int64))
                _report(args, reported)  # rewritten before the next attempt can commit
                if not args.partial or not refused_rows or keep.all():
                    _print_rejects(rejects, label, str(exc))
                    _close_before_commit(store, args)
                    return 2
                _print_rejects(rejects, label, f"{store_path} refuses {int((~keep).sum())} records of {file}:")
                batch = batch.take(keep)
                skipped += int((~keep).sum())
                if len(batch) == 0:
                    print(f"Nothing was imported into {store_path}.", file=sys.stderr)
                    _close_before_commit(store, args)
                    return 2
        media = keep_for(media, batch)
        if media:
            try:
                store.add_attachments([(m.incident_id, m.name, m.data) for m in media], user)
            except BorderMonitorError as exc:
                attach_failure = (f"error: the incidents are imported, but not their {len(media)} attachments: "
                                  f"{describe(exc, 'border-monitor import').text}")
                media = []
    except BaseException:
        _close_before_commit(store, args)
        raise
    # Committed: the incidents are in the store. Exit 0 whatever closing or printing does now.
    with_media = f" with {len(media)} attachments" if media else ""
    summary = f"imported {len(batch)} incidents{with_media} from {file} into {store_path}"
    by_side = _by_side_sentence(batch)
    _after_commit(store, store_path, summary + (f"\n{by_side}." if by_side else ""),
                  f"skipped {skipped} records with errors" if skipped else "")
    if attach_failure:
        _say(attach_failure, sys.stderr)
        return 2
    return 0


def _by_side_sentence(batch) -> str:
    """"12 incidents lie on the Belarusian side, up to 3.4 km from the line" (or ""); after the commit, so a
    failure here is logged, never the command's."""
    from ..geo.side_summary import side_summary  # the reference geography (shapely, pyproj): after the commit

    try:
        return side_summary(batch.lon, batch.lat).sentence()
    except Exception:  # noqa: BLE001 - the import is committed; the count is a courtesy
        log.exception("counting the rows on the Belarusian side failed")
        return ""


def _report(args, rejects: list[Reject]) -> None:
    if args.rejects:
        write_report(rejects, args.rejects, store=None if getattr(args, "store_url", False) else args.store,
                     inputs=[args.file])


def _is_store_file(file: Path) -> bool:
    """Whether ``file`` is a Border Monitor GeoPackage store (its audit log and metadata beside the incidents)."""
    if file.suffix.lower() != ".gpkg":
        return False
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return {"incidents", "audit_log", "bm_metadata"} <= names


def _load_store_file(args, file: Path) -> int:
    """A whole GeoPackage store into a new database store: incidents with their ids and revisions, the audit
    log (its chain intact), events, saved filters (``store.postgis.transfer``)."""
    from ..store import store_label
    from ..store.postgis.transfer import geopackage_to_database

    done = geopackage_to_database(file, args.store, progress=_progress)
    print(f"loaded the store {file} into {store_label(args.store)}: {done.incidents} incidents, "
          f"{done.audit_entries} audit entries, {done.events} events, {done.saved_filters} saved filters")
    if done.attachments_left:
        print(f"note: the {done.attachments_left} attachments stay in {file} (a database store holds none)",
              file=sys.stderr)
    return 0


def _close_before_commit(store, args) -> None:
    """Closing after a refusal or failure; the first error is the one the user hears of. A store this command
    made (``--create``) holds nothing then, and is removed: the folder is left as it was."""
    try:
        store.close()
    except Exception as exc:  # noqa: BLE001 - the error being raised matters more
        log.warning("closing the store after a failed import: %s", exc)
    made = getattr(args, "created_store", None)
    if made is not None:
        from ..store.gpkg.new_store import remove_new_store

        remove_new_store(made.path)
        print(f"The store {made.path} made for this import was removed again.", file=sys.stderr)


def _after_commit(store, store_path: Path, summary: str, note: str) -> None:
    try:
        store.close()
    except Exception as exc:  # noqa: BLE001 - the import is committed; say so and what failed
        failure = describe(exc, "border-monitor import (closing the store after the commit)")
        _say(f"warning: the import is committed in {store_path}, but closing the store failed: {failure.text}",
             sys.stderr)
    _say(summary, sys.stdout)
    if note:
        _say(note, sys.stderr)


def _say(text: str, stream) -> None:
    """Print, when printing can no longer change the outcome (a closed or broken pipe is ignored)."""
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError):
        log.info("could not print: %s", text)


def _add_batch(store, batch, user: str, cancel, source_name: str) -> None:
    """``add_batch``, naming the file for the audit log where the store takes it."""
    if "source_name" in inspect.signature(store.add_batch).parameters:
        # The reader validated every row (io.batch_builder.build_batch) and kept only the good ones.
        store.add_batch(batch, user, progress=_progress, cancel=cancel, source_name=source_name, validated=True)
    else:
        store.add_batch(batch, user, progress=_progress, cancel=cancel)


def _require_file(path: Path, what: str) -> None:
    if not path.exists():
        raise BorderMonitorError(f"The {what} {path} does not exist.")
    if path.is_dir():
        raise BorderMonitorError(f"The {what} {path} is a folder, not a file.")


def _print_rejects(rejects: list[Reject], label: str, title: str) -> None:
    print(title, file=sys.stderr)
    for r in rejects[:SHOWN_ON_STDERR]:
        print(f"  {r.sentence(label)}", file=sys.stderr)
    if len(rejects) > SHOWN_ON_STDERR:
        print(f"  ... and {len(rejects) - SHOWN_ON_STDERR} more", file=sys.stderr)


def _progress(done: int, total: int) -> None:
    log.info("imported %d of %d incidents", done, total)


class _cancel_on_interrupt:
    """Ctrl-C during the write asks the store to roll back (it checks between chunks)."""

    def __enter__(self):
        self.flag = False
        self.previous = None
        try:
            self.previous = signal.signal(signal.SIGINT, self._interrupted)
        except ValueError:  # not the main thread
            self.previous = None
        return lambda: self.flag

    def _interrupted(self, *_args) -> None:
        self.flag = True

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

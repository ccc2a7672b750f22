"""ATAK data packages ("mission packages"): a zip that ATAK, WinTAK and iTAK import from a USB stick.

Layout written::

    MANIFEST/manifest.xml            MissionPackageManifest version 2: Configuration (uid, name),
                                     Contents listing every other entry
    incidents/<incident id>.cot      one CoT event per incident (``cot_out``)
    reference/<layer>.kml            the store's reference layers (borders, sectors, crossing points,
                                     zones, countries), written by GDAL's KML driver

The zip is written under a temporary name and renamed into place (``io.output_files``), never over
the store. Markers in a package stay fresh for ``PACKAGE_STALE`` (30 days) rather than the 24 hours
of a live feed: a package is carried to where no network reaches and opened days later.

``read_package`` reads the ``.cot`` entries the manifest lists back into incidents (ids, types,
persons, nationalities and status kept where the event carries our ``<bm:incident>``), with the
same zip limits as a KMZ (``io.xml_safety.check_zip_sizes`` with the ``ReadLimits`` the import
command takes: no encrypted entries or unknown compression, a cap on what the entries inflate to
together and on each one's ratio), at most ``MAX_ENTRIES`` entries, each event at most 1 MB.
"""
from __future__ import annotations

import json
import logging
import posixpath
import tempfile
import uuid
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import shapely
from pyogrio import raw

from ..domain.batch import IncidentBatch, RowError
from ..domain.errors import ValidationError
from ..domain.incident import Incident
from ..domain.taxonomy import Status
from ..io.errors import UnreadableFileError
from ..io.output_files import check_output, replacing
from ..io.read_limits import DEFAULT_LIMITS, ReadLimits
from ..io.read_result import ReadResult, SourceInfo
from ..io.xml_safety import check_xml_bytes, check_zip_sizes
from .cot_in import CotError, Skipped, event_incident, parse_event
from .cot_out import CotPolicy, incident_event
from .stream import MAX_EVENT_BYTES

log = logging.getLogger(__name__)

FORMAT = "TAK package"
MANIFEST = "MANIFEST/manifest.xml"
PACKAGE_STALE = timedelta(days=30)
REFERENCE_LAYERS = ("borders", "sectors", "crossing_points", "zones", "countries")
MAX_ENTRIES = 500_000
_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_package(incidents: Iterable, path: str | Path, *, store: str | Path | None = None,
                  reference: Callable[[str], dict] | None = None, name: str = "",
                  policy: CotPolicy | None = None, now: datetime | None = None) -> int:
    """Write a data package of ``incidents`` (Incidents, or an iterable of lists of them) and, with
    ``reference`` (``store.reference_layer``), the reference layers. Returns the number of incidents."""
    path = Path(path)
    check_output(path, store=store, what="data package")
    now = now or datetime.now(timezone.utc)
    policy = policy or CotPolicy(stale=PACKAGE_STALE)
    package_uid = str(uuid.uuid4())
    entries: list[tuple[str, str | None]] = []  # zip entry, CoT uid
    n = 0
    with replacing(path, what="data package") as temp:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for incident in _flatten(incidents):
                event = incident_event(incident, policy, now)
                entry = f"incidents/{incident.id}.cot"
                archive.writestr(entry, _XML_DECLARATION + ET.tostring(event, encoding="utf-8", xml_declaration=False))
                entries.append((entry, event.get("uid")))
                n += 1
            if reference is not None:
                for layer in REFERENCE_LAYERS:
                    entry = f"reference/{layer}.kml"
                    archive.writestr(entry, _layer_kml(reference(layer), layer))
                    entries.append((entry, None))
            archive.writestr(MANIFEST, _manifest(package_uid, name or f"Border Monitor {now:%Y-%m-%d %H:%M} UTC",
                                                 entries))
    log.info("wrote %d incidents to the data package %s", n, path)
    return n


def _flatten(items: Iterable):
    for item in items:
        if isinstance(item, Incident):
            yield item
        else:
            yield from item


def _manifest(package_uid: str, name: str, entries: list[tuple[str, str | None]]) -> bytes:
    root = ET.Element("MissionPackageManifest", {"version": "2"})
    configuration = ET.SubElement(root, "Configuration")
    ET.SubElement(configuration, "Parameter", {"name": "uid", "value": package_uid})
    ET.SubElement(configuration, "Parameter", {"name": "name", "value": name})
    ET.SubElement(configuration, "Parameter", {"name": "onReceiveDelete", "value": "false"})
    contents = ET.SubElement(root, "Contents")
    for entry, cot_uid in entries:
        content = ET.SubElement(contents, "Content", {"ignore": "false", "zipEntry": entry})
        if cot_uid:
            ET.SubElement(content, "Parameter", {"name": "uid", "value": cot_uid})
    ET.indent(root)
    return _XML_DECLARATION + ET.tostring(root, encoding="utf-8", xml_declaration=False)


def _layer_kml(collection: dict, layer: str) -> bytes:
    """A reference layer (GeoJSON) as KML, through GDAL's KML driver (properties as text fields)."""
    features = collection.get("features", [])
    geometry = shapely.from_geojson([json.dumps(f["geometry"]) for f in features]) if features else np.zeros(0, object)
    keys: list[str] = []
    for feature in features:
        keys.extend(k for k in feature.get("properties", {}) if k not in keys)
    fields = [np.array(["" if f["properties"].get(k) is None else str(f["properties"].get(k)) for f in features],
                       dtype=object) for k in keys]
    names = ["Name" if k == "name" else k for k in keys]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"{layer}.kml"
        raw.write(target, np.asarray(shapely.to_wkb(geometry), dtype=object), fields, names, layer=layer,
                  driver="KML", geometry_type=_geometry_type(features), crs="EPSG:4326", encoding="UTF-8")
        return target.read_bytes()


def _geometry_type(features: list[dict]) -> str:
    kinds = {f["geometry"]["type"] for f in features}
    return kinds.pop() if len(kinds) == 1 else "Unknown"


# -- reading -------------------------------------------------------------------------------------

def read_package(path: str | Path, now: datetime | None = None, limits: ReadLimits = DEFAULT_LIMITS) -> ReadResult:
    """The incidents of a data package; events that are not incidents are listed as rejects by entry."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFileError(path, f"is not a zip archive (a TAK data package), or it is truncated ({exc})") \
            from None
    with archive:
        _check_sizes(path, archive, limits)
        listed = _listed_entries(path, archive)
        incidents: list[Incident] = []
        rows: list[int] = []
        rejects: list[RowError] = []
        notes: list[str] = []
        deletes = 0
        for row, entry in enumerate(listed, start=1):
            where = f"{path}!{entry}"
            data = _read_entry(archive, entry, where)
            try:
                event = parse_event(data, where)
            except CotError as exc:
                rejects.append(RowError(row, "event", entry, str(exc).removeprefix(f"{where}: ")))
                continue
            if event.is_delete:
                deletes += 1
                continue
            try:
                incident = event_incident(event, now=now)
                if event.ours.get("status"):
                    incident = incident.with_changes(status=Status.parse(event.ours["status"], "status"))
            except Skipped as skip:
                rejects.append(RowError(row, "event", entry, str(skip)))
                continue
            except ValidationError as exc:
                rejects.append(RowError(row, "status", event.ours.get("status"), str(exc)))
                continue
            incidents.append(incident)
            rows.append(row)
        layers = sum(1 for name in archive.namelist() if name.lower().endswith(".kml"))
    if deletes:
        notes.append(f"{deletes} deletion events (t-x-d-d) in the package were not imported")
    batch = IncidentBatch.from_incidents(incidents)
    batch.row = np.array(rows, dtype=np.int64)
    errors = batch.validate(now=now)
    if errors:
        bad = {e.row for e in errors}
        batch = batch.take(~np.isin(batch.rows, np.array(sorted(bad), dtype=np.int64)))
        rejects.extend(errors)
    rejects.sort(key=lambda e: e.row)
    if layers:
        notes.append(f"{layers} KML layers in the package were not imported (reference layers)")
    source = SourceInfo(path=str(path), format=FORMAT, rows=len(listed), notes=tuple(notes))
    return ReadResult(batch, rejects, source)


def _check_sizes(path: Path, archive: zipfile.ZipFile, limits: ReadLimits) -> None:
    """The KMZ reader's zip limits (``io.xml_safety.check_zip_sizes``), and a cap on the number of entries."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnreadableFileError(path, f"is refused: it holds {len(infos):,} entries, over the limit of {MAX_ENTRIES:,}")
    check_zip_sizes(path, archive, limits, kind="package")


def _listed_entries(path: Path, archive: zipfile.ZipFile) -> list[str]:
    """The ``.cot`` entries the manifest lists (all ``.cot`` entries when a package has no manifest)."""
    names = set(archive.namelist())
    cots = sorted(n for n in names if n.lower().endswith(".cot"))
    if MANIFEST not in names:
        if not cots:
            raise UnreadableFileError(path, f"is not a TAK data package: it has no {MANIFEST} and no .cot entries")
        return cots
    where = f"{path}!{MANIFEST}"
    data = _read_entry(archive, MANIFEST, where, limit=64 << 20)
    try:
        root = ET.fromstring(_checked(data, where))
    except ET.ParseError as exc:  # pragma: no cover - _checked has refused what does not parse
        raise UnreadableFileError(where, f"is not well-formed XML ({exc})") from None
    if root.tag != "MissionPackageManifest":
        raise UnreadableFileError(where, f"is not a MissionPackageManifest (its root is <{root.tag}>)")
    listed = []
    for content in root.iter("Content"):
        entry = content.get("zipEntry") or ""
        if content.get("ignore", "false").lower() == "true" or not entry.lower().endswith(".cot"):
            continue
        entry = posixpath.normpath(entry)
        if entry not in names:
            raise UnreadableFileError(where, f"lists the entry {entry!r}, which the package does not hold")
        listed.append(entry)
    return listed


def _checked(data: bytes, where: str) -> bytes:
    check_xml_bytes(where, data)
    return data


def _read_entry(archive: zipfile.ZipFile, entry: str, where: str, limit: int = MAX_EVENT_BYTES) -> bytes:
    """An entry's bytes, never more than ``limit`` (sizes a zip declares can lie)."""
    try:
        with archive.open(entry) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError, ValueError, zlib.error) as exc:
        raise UnreadableFileError(where, f"is damaged and cannot be unpacked ({exc})") from None
    if len(data) > limit:
        raise UnreadableFileError(where, f"is refused: it is larger than {limit >> 20} MB")
    return data

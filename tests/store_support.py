"""Helpers shared by the store tests: random batches and a brute-force reference filter (no tests here)."""
from __future__ import annotations

import subprocess
import unicodedata
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import numpy as np

from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.domain.taxonomy import COUNTRIES, STATUSES, TYPES

NATIONALITY_TEXTS = ["", "IRQ:3", "SYR", "AFG:2,IRQ", "IRQ,SYR", "COD:1,CMR:1", "IRN:4", "AFG,IRQ,SYR"]
WORDS = ["Group", "near", "forest", "Fence", "river", "drone", "lights", "Ūla", "marsh", "ŁOSOSNA"]
# Around the DST changes of 2021 (28 March and 31 October, 01:00 UTC) and midnights near them.
DST_INSTANTS_MS = [int(datetime(2021, 3, 28, 1, tzinfo=timezone.utc).timestamp() * 1000),
                   int(datetime(2021, 10, 31, 1, tzinfo=timezone.utc).timestamp() * 1000)]


def random_batch(n: int, seed: int = 0, dst: bool = True) -> IncidentBatch:
    """``n`` valid incidents near the three borders; some occur within hours of a DST change or local midnight."""
    rng = np.random.default_rng(seed)
    country = rng.integers(0, 3, n).astype(np.int8)
    centre = np.array([[25.0, 54.5], [27.5, 55.8], [23.7, 52.8]])[country]
    lon = centre[:, 0] + rng.normal(0, 0.3, n)
    lat = centre[:, 1] + rng.normal(0, 0.3, n)
    ms = rng.integers(int(datetime(2021, 1, 1, tzinfo=timezone.utc).timestamp() * 1000),
                      int(datetime(2022, 1, 1, tzinfo=timezone.utc).timestamp() * 1000), n)
    if dst:
        near = rng.random(n) < 0.3
        base = np.array(DST_INSTANTS_MS)[rng.integers(0, 2, n)]
        ms = np.where(near, base + rng.integers(-30, 30, n) * 3_600_000 + rng.integers(-2, 3, n) * 1000, ms)
    type_ = rng.integers(0, len(TYPES), n).astype(np.int8)
    persons = rng.integers(1, 30, n).astype(np.int32)
    persons[(type_ > 2) & (rng.random(n) < 0.5)] = 0
    nat = np.array(NATIONALITY_TEXTS, dtype=object)[rng.integers(0, len(NATIONALITY_TEXTS), n)]
    counted = np.array([sum(int(p.split(":")[1]) for p in t.split(",") if ":" in p) for t in nat])
    nat[(counted > persons) | (persons == 0)] = ""
    words = np.array(WORDS, dtype=object)
    description = words[rng.integers(0, len(WORDS), n)] + " " + words[rng.integers(0, len(WORDS), n)]
    source = np.array(["patrol", "Camera", "drone", ""], dtype=object)[rng.integers(0, 4, n)]
    return IncidentBatch(
        occurred_at_ms=ms.astype(np.int64), country=country, type=type_, lon=lon, lat=lat, persons=persons,
        nationalities=nat, description=description, source=source,
        status=rng.integers(0, len(STATUSES), n).astype(np.int8),
    )


def local_date(incident: Incident):
    return incident.occurred_at.astimezone(ZoneInfo(incident.country.timezone)).date()


def search_form(text: str) -> str:
    """The reference of the store's text search: no case, no diacritics (written here, not imported)."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def brute_match(inc: Incident, flt: IncidentFilter) -> bool:
    """The filter's meaning, written plainly over one Incident."""
    if inc.deleted and not flt.include_deleted:
        return False
    if flt.countries and inc.country not in flt.countries:
        return False
    if flt.types and inc.type not in flt.types:
        return False
    if flt.statuses and inc.status not in flt.statuses:
        return False
    day = local_date(inc)
    if flt.date_from and day < flt.date_from:
        return False
    if flt.date_to and day > flt.date_to:
        return False
    if flt.bbox:
        minx, miny, maxx, maxy = flt.bbox
        if not (minx <= inc.lon <= maxx and miny <= inc.lat <= maxy):
            return False
    if flt.text:
        needle = search_form(flt.text)
        fields = [inc.description, inc.source, inc.sector or "", ",".join(str(n) for n in inc.nationalities)]
        if not any(needle in search_form(f) for f in fields):
            return False
    return True


SYSTEM_PYTHON = "/usr/bin/python3"


def validate_gpkg(path) -> subprocess.CompletedProcess:
    """GDAL's GeoPackage validator (Debian python3-gdal); --extra also checks the content of every table."""
    import pytest

    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import osgeo_utils.samples.validate_gpkg"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("GDAL's validate_gpkg (python3-gdal) is not installed")
    return subprocess.run([SYSTEM_PYTHON, "-m", "osgeo_utils.samples.validate_gpkg", "--extra", str(path)],
                          capture_output=True, text=True)


def all_incidents(store) -> list[Incident]:
    flt = IncidentFilter(include_deleted=True)
    return store.page(flt, limit=store.count(flt))


__all__ = ["COUNTRIES", "random_batch", "brute_match", "all_incidents", "local_date", "DST_INSTANTS_MS",
           "validate_gpkg"]

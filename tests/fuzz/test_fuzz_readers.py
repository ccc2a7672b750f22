"""Mutated files of every import format: each read ends in a result or a sentence, never another error."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from border_monitor.domain.errors import BorderMonitorError
from border_monitor.io import ReadResult, read_incidents

from .corpus import MUTATIONS, seeds

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)
SEEDS: dict[str, bytes] = {}


@pytest.fixture(scope="module", autouse=True)
def _seeds(tmp_path_factory):
    if not SEEDS:
        SEEDS.update(seeds(tmp_path_factory.mktemp("seeds")))


def read_mutated(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    try:
        result = read_incidents(path, now=NOW)
    except BorderMonitorError as exc:
        assert str(path) in str(exc) or path.name in str(exc), str(exc)  # names the file
        assert "Traceback" not in str(exc)
        return exc
    assert isinstance(result, ReadResult)
    return result


def test_every_seed_reads_clean(tmp_path):
    for name, data in SEEDS.items():
        result = read_mutated(tmp_path, name, data)
        assert isinstance(result, ReadResult) and len(result.batch) >= 4, (name, result)


FORMATS = ["seed.csv", "baltic.csv", "polish.tsv", "seed.geojson", "seed.kml", "seed.kmz", "seed.gpx", "seed.gpkg", "seed.xlsx"]


@pytest.mark.parametrize("name", FORMATS)
@settings(max_examples=60, deadline=timedelta(seconds=30), derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), mutations=st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3))
def test_a_mutated_file_is_read_or_refused_in_a_sentence(tmp_path, name, seed, mutations):
    rng = random.Random(seed)
    data = SEEDS[name]
    for mutation in mutations:
        data = mutation(data, rng)
    read_mutated(tmp_path, name, data)


@settings(max_examples=60, deadline=timedelta(seconds=30), derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), mutations=st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3),
       member=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "docProps/custom.xml",
                               "[Content_Types].xml", "xl/_rels/workbook.xml.rels"]))
def test_a_workbook_with_mutated_xml_inside_is_read_or_refused_in_a_sentence(tmp_path, seed, mutations, member):
    """Byte flips mostly break an .xlsx's zip; these reach openpyxl's XML parsing of one entry."""
    import io
    import zipfile

    rng = random.Random(seed)
    source = zipfile.ZipFile(io.BytesIO(SEEDS["seed.xlsx"]))
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                for mutation in mutations:
                    data = mutation(data, rng)
            target.writestr(info.filename, data)
    read_mutated(tmp_path, "inner.xlsx", buffer.getvalue())

"""The COPY text of a batch (``store.postgis.copy_text``), read back by PostgreSQL's own rules for the text format
(fields split on tab, rows on newline, ``\\N`` NULL, backslash escapes): every value comes back as it went in."""
from __future__ import annotations

import math
from datetime import datetime, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.incident import Incident
from border_monitor.store.gpkg.write import prepare_batch
from border_monitor.store.postgis import copy_text
from border_monitor.store.postgis.rows import WRITE_COLUMNS

_UNESCAPE = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def read_copy(payload: bytes) -> list[list[str | None]]:
    """Rows of a COPY text payload as PostgreSQL reads them."""
    assert payload.endswith(b"\n")
    rows = []
    for line in payload.decode("utf-8")[:-1].split("\n"):
        fields = []
        for raw in line.split("\t"):
            if raw == "\\N":
                fields.append(None)
                continue
            out, k = [], 0
            while k < len(raw):
                if raw[k] == "\\":
                    out.append(_UNESCAPE[raw[k + 1]])
                    k += 2
                else:
                    out.append(raw[k])
                    k += 1
            fields.append("".join(out))
        rows.append(fields)
    return rows


def test_fields_of_each_kind():
    assert copy_text.texts(["a\tb", "c\\d", "e\nf", "g\rh", "plain"]) == ["a\\tb", "c\\\\d", "e\\nf", "g\\rh", "plain"]
    plain = ["x", "y"]
    assert copy_text.texts(plain) is plain  # nothing to escape: the list itself
    assert copy_text.texts(["a", None, "b\t"]) == ["a", "\\N", "b\\t"]
    assert copy_text.coded(["LT", "LV"], np.array([1, -1, 0])) == ["LV", "\\N", "LT"]
    assert copy_text.numbers(np.array([1.5, np.nan, -0.0])) == ["1.5", "NaN", "-0.0"]
    assert copy_text.numbers([3, 0, -7]) == ["3", "0", "-7"]
    assert copy_text.flags([0, 1, True]) == ["f", "t", "t"]
    assert [copy_text.field(v) for v in (None, True, False, "a\\b", math.nan, 2)] == ["\\N", "t", "f", "a\\\\b", "NaN",
                                                                                     "2"]


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_TEXT, _TEXT, st.integers(0, 500), st.booleans()), min_size=1, max_size=8))
def test_every_value_of_a_batch_reads_back(rows):
    incidents = [Incident(occurred_at=datetime(2021, 8, 1 + k % 28, 10, tzinfo=timezone.utc), country="LT",
                          type="apprehension", lon=25.0 + k / 100, lat=54.5, persons=max(1, persons),
                          description=description, source=source, status="reported")
                 for k, (description, source, persons, _) in enumerate(rows)]
    batch = IncidentBatch.from_incidents(incidents)
    prepared = prepare_batch(batch, "user\twith tab", "origin", validated=True)
    from border_monitor.geo import enrich as geo_enrich

    derived = geo_enrich.enrich(batch.lon, batch.lat)
    read = read_copy(copy_text.batch_payload(batch, prepared.ids, derived, geo_enrich.sector_names(),
                                             prepared.bookkeeping))
    assert len(read) == len(rows) and all(len(r) == len(WRITE_COLUMNS) for r in read)
    col = {name: [r[k] for r in read] for k, name in enumerate(WRITE_COLUMNS)}
    assert col["description"] == [d for d, _, _, _ in rows]
    assert col["source"] == [s for _, s, _, _ in rows]
    assert col["persons"] == [str(max(1, p)) for _, _, p, _ in rows]
    assert col["uuid"] == prepared.ids and set(col["created_by"]) == {"user\twith tab"}
    assert col["country"] == ["LT"] * len(rows) and col["deleted"] == ["f"] * len(rows)
    assert [float(v) for v in col["distance_to_border_m"]] == derived.distance_to_border_m.tolist()
    assert col["in_zone"] == ["t" if z else "f" for z in derived.in_zone.tolist()]
    assert col["sector"] == [geo_enrich.sector_names()[c] for c in derived.sector.tolist()]
    assert col["occurred_at"][0].startswith("2021-08-01T10:00:00")

"""GeoPackage binary geometry: the vectorised point encoder and the SQL functions of the R-tree triggers."""
import sqlite3
import struct

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.store.gpkg.binary import (
    POINT_BLOB_SIZE, decode_geometry, decode_point, decode_points, encode_geometry, encode_point, encode_points,
    envelope, register_functions,
)

coords = st.floats(min_value=-180, max_value=180, allow_nan=False, width=64)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(coords, coords), min_size=1, max_size=20))
def test_point_blobs_are_header_plus_shapely_wkb(points):
    lon = np.array([p[0] for p in points])
    lat = np.array([p[1] for p in points])
    blobs = encode_points(lon, lat)
    wkb = shapely.to_wkb(shapely.points(lon, lat), byte_order=1)
    for blob, expected, x, y in zip(blobs, wkb, lon, lat):
        assert len(blob) == POINT_BLOB_SIZE
        assert blob[:8] == b"GP\x00\x01" + struct.pack("<i", 4326)  # version 0, little endian, no envelope
        assert blob[8:] == expected
        assert blob == encode_point(x, y)
        assert decode_point(blob) == (x, y)
    back_lon, back_lat = decode_points(blobs)
    assert np.array_equal(back_lon, lon) and np.array_equal(back_lat, lat)


def test_decode_points_handles_null_big_endian_and_envelopes():
    big_endian = b"GP\x00\x00" + struct.pack(">i", 4326) + shapely.to_wkb(shapely.Point(24.5, 54.25), byte_order=0)
    with_envelope = encode_geometry(shapely.Point(25.0, 55.0))
    lon, lat = decode_points([encode_point(23.0, 52.0), None, big_endian, with_envelope])
    assert lon[0] == 23.0 and lat[0] == 52.0
    assert np.isnan(lon[1]) and np.isnan(lat[1])
    assert (lon[2], lat[2]) == (24.5, 54.25)
    assert (lon[3], lat[3]) == (25.0, 55.0)


def test_geometry_blob_carries_envelope_and_round_trips():
    poly = shapely.Polygon([(24, 54), (26, 54), (26, 55.5), (24, 55)])
    blob = encode_geometry(poly)
    assert blob[3] == 0x03  # little endian, envelope indicator 1 (minx, maxx, miny, maxy)
    assert struct.unpack("<4d", blob[8:40]) == (24.0, 26.0, 54.0, 55.5)
    assert decode_geometry(blob).equals(poly)
    assert envelope(blob) == (24.0, 26.0, 54.0, 55.5)


def test_sql_functions_answer_as_the_triggers_need():
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    line = encode_geometry(shapely.LineString([(23.5, 52.1), (23.9, 53.0)]))
    point = encode_point(25.25, 54.75)
    empty = encode_geometry(shapely.from_wkt("POLYGON EMPTY"))
    q = "SELECT ST_IsEmpty(?), ST_MinX(?), ST_MaxX(?), ST_MinY(?), ST_MaxY(?)"
    assert conn.execute(q, [line] * 5).fetchone() == (0, 23.5, 23.9, 52.1, 53.0)
    assert conn.execute(q, [point] * 5).fetchone() == (0, 25.25, 25.25, 54.75, 54.75)
    assert conn.execute(q, [empty] * 5).fetchone() == (1, None, None, None, None)
    assert conn.execute(q, [None] * 5).fetchone() == (None, None, None, None, None)


def test_not_a_geometry_blob_is_refused():
    from border_monitor.store.gpkg.binary import GeometryBlobError

    with pytest.raises(GeometryBlobError):
        decode_point(b"XX\x00\x01\x00\x00\x00\x00")

"""Coordinate systems: conversions checked against an independent Transverse Mercator
(Krüger n-series, written out below from the textbook formulae, no pyproj), an independent MGRS
lettering, hand-computed degree values, and the systems' published definitions."""
from __future__ import annotations

import math

import numpy as np
import pytest
from pyproj import CRS

from border_monitor.domain.errors import BorderMonitorError
from border_monitor.geo.coords import crs
from border_monitor.geo.coords.crs import (
    AmbiguousCoordinateError,
    CoordinateError,
    UnknownSystemError,
    format_many,
    from_system,
    get_system,
    parse,
    read,
    to_system,
)

# --------------------------------------------------------------------------------------------
# Independent Transverse Mercator (Krüger series to n^4; truncation error well below 1 mm)
# --------------------------------------------------------------------------------------------
GRS80 = (6378137.0, 1 / 298.257222101)
WGS84 = (6378137.0, 1 / 298.257223563)

# system: (ellipsoid, lon0, k0, false easting, false northing)
TM_PARAMS = {
    "lks94": (GRS80, 24.0, 0.9998, 500000.0, 0.0),
    "lks92": (GRS80, 24.0, 0.9996, 500000.0, -6000000.0),
    "pl1992": (GRS80, 19.0, 0.9993, 500000.0, -5300000.0),
    # LKS-2020 / Latvia TM (EPSG:10306), PL-2000 zones 7 and 8 (EPSG:2178, 2179: CS2000/21, CS2000/24),
    # from their published definitions: the Latvian grid keeps LKS-92's projection on the new datum; PL-2000
    # puts the zone number in front of the 500 km false easting and scales by 0.999923.
    "lks2020": (GRS80, 24.0, 0.9996, 500000.0, -6000000.0),
    "pl2000z7": (GRS80, 21.0, 0.999923, 7500000.0, 0.0),
    "pl2000z8": (GRS80, 24.0, 0.999923, 8500000.0, 0.0),
    "utm34n": (WGS84, 21.0, 0.9996, 500000.0, 0.0),
    "utm35n": (WGS84, 27.0, 0.9996, 500000.0, 0.0),
    "EPSG:32636": (WGS84, 33.0, 0.9996, 500000.0, 0.0),
}
NORTHING_FIRST = {"lks94": True, "lks92": True, "pl1992": True, "utm34n": False, "utm35n": False,
                  "EPSG:32636": False, "lks2020": True, "pl2000z7": True, "pl2000z8": True}


def _series(n):
    A = 1 + n**2 / 4 + n**4 / 64
    alpha = [n / 2 - 2 * n**2 / 3 + 5 * n**3 / 16 + 41 * n**4 / 180,
             13 * n**2 / 48 - 3 * n**3 / 5 + 557 * n**4 / 1440,
             61 * n**3 / 240 - 103 * n**4 / 140,
             49561 * n**4 / 161280]
    beta = [n / 2 - 2 * n**2 / 3 + 37 * n**3 / 96 - n**4 / 360,
            n**2 / 48 + n**3 / 15 - 437 * n**4 / 1440,
            17 * n**3 / 480 - 37 * n**4 / 840,
            4397 * n**4 / 161280]
    return A, alpha, beta


def tm_forward(system, lon, lat):
    """(easting, northing) in metres."""
    (a, f), lon0, k0, fe, fn = TM_PARAMS[system]
    n = f / (2 - f)
    e = math.sqrt(f * (2 - f))
    A, alpha, _ = _series(n)
    A *= a / (1 + n)
    phi, dl = math.radians(lat), math.radians(lon - lon0)
    t = math.sinh(math.atanh(math.sin(phi)) - e * math.atanh(e * math.sin(phi)))
    xi_ = math.atan2(t, math.cos(dl))
    eta_ = math.atanh(math.sin(dl) / math.sqrt(1 + t * t))
    xi = xi_ + sum(alpha[j - 1] * math.sin(2 * j * xi_) * math.cosh(2 * j * eta_) for j in range(1, 5))
    eta = eta_ + sum(alpha[j - 1] * math.cos(2 * j * xi_) * math.sinh(2 * j * eta_) for j in range(1, 5))
    return fe + k0 * A * eta, fn + k0 * A * xi


def tm_inverse(system, easting, northing):
    """(lon, lat) in degrees."""
    (a, f), lon0, k0, fe, fn = TM_PARAMS[system]
    n = f / (2 - f)
    e = math.sqrt(f * (2 - f))
    A, _, beta = _series(n)
    A *= a / (1 + n)
    xi, eta = (northing - fn) / (k0 * A), (easting - fe) / (k0 * A)
    xi_ = xi - sum(beta[j - 1] * math.sin(2 * j * xi) * math.cosh(2 * j * eta) for j in range(1, 5))
    eta_ = eta - sum(beta[j - 1] * math.cos(2 * j * xi) * math.sinh(2 * j * eta) for j in range(1, 5))
    chi = math.asin(math.sin(xi_) / math.cosh(eta_))
    lon = lon0 + math.degrees(math.atan2(math.sinh(eta_), math.cos(xi_)))
    psi = math.atanh(math.sin(chi))  # isometric latitude
    phi = chi
    for _ in range(30):
        phi = math.asin(math.tanh(psi + e * math.atanh(e * math.sin(phi))))
    return lon, math.degrees(phi)


def metres_apart(lon1, lat1, lon2, lat2):
    """Small distances on the sphere, good to far better than a millimetre at these sizes."""
    dy = math.radians(lat2 - lat1) * 6371000.0
    dx = math.radians(lon2 - lon1) * 6371000.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


# (lon, lat)
PLACES = {
    "Vilnius": (25.2797, 54.6872),
    "Riga": (24.1052, 56.9496),
    "Bialystok": (23.1688, 53.1325),
    "Daugavpils": (26.5362, 55.8747),
    "Grodno": (23.8131, 53.6694),
    "Medininkai": (25.6967, 54.5426),
    "Kuznica": (23.6576, 53.5272),
    "Paterneki": (27.3951, 55.8044),
}
GRIDS = ["lks94", "lks92", "pl1992", "utm34n", "utm35n", "lks2020", "pl2000z7", "pl2000z8"]


def test_reference_formula_inverts_itself():
    for system in TM_PARAMS:
        for lon, lat in PLACES.values():
            e, n = tm_forward(system, lon, lat)
            lon2, lat2 = tm_inverse(system, e, n)
            assert metres_apart(lon, lat, lon2, lat2) < 1e-6


@pytest.mark.parametrize("system", GRIDS + ["EPSG:32636"])
@pytest.mark.parametrize("place", sorted(PLACES))
def test_grid_forward_matches_independent_formula(system, place):
    lon, lat = PLACES[place]
    easting, northing = tm_forward(system, lon, lat)
    a, b = to_system([lon], [lat], system)
    expected = (northing, easting) if NORTHING_FIRST[system] else (easting, northing)
    assert abs(a[0] - expected[0]) < 0.01
    assert abs(b[0] - expected[1]) < 0.01
    # and the text says the same, in the system's order
    text = crs.format(lon, lat, system, precision=3)
    first, second = (float(v) for v in text.split())
    assert abs(first - expected[0]) < 0.01 and abs(second - expected[1]) < 0.01


@pytest.mark.parametrize("system", GRIDS + ["EPSG:32636"])
@pytest.mark.parametrize("place", sorted(PLACES))
def test_grid_inverse_matches_independent_formula(system, place):
    lon, lat = PLACES[place]
    easting, northing = tm_forward(system, lon, lat)
    written = (northing, easting) if NORTHING_FIRST[system] else (easting, northing)
    got_lon, got_lat = parse(f"{written[0]:.4f} {written[1]:.4f}", system)
    assert metres_apart(lon, lat, got_lon, got_lat) < 0.01
    arr_lon, arr_lat = from_system([written[0]], [written[1]], system)
    assert metres_apart(lon, lat, arr_lon[0], arr_lat[0]) < 0.01


def test_grid_origins_are_the_published_false_origins():
    # on the central meridian at the equator a TM grid gives exactly its false easting/northing
    assert np.allclose(to_system([24.0], [0.0], "lks94"), ([0.0], [500000.0]), atol=1e-6)
    assert np.allclose(to_system([24.0], [0.0], "lks92"), ([-6000000.0], [500000.0]), atol=1e-6)
    assert np.allclose(to_system([19.0], [0.0], "pl1992"), ([-5300000.0], [500000.0]), atol=1e-6)
    assert np.allclose(to_system([21.0], [0.0], "utm34n"), ([500000.0], [0.0]), atol=1e-6)
    assert np.allclose(to_system([27.0], [0.0], "utm35n"), ([500000.0], [0.0]), atol=1e-6)
    assert np.allclose(to_system([24.0], [0.0], "lks2020"), ([-6000000.0], [500000.0]), atol=1e-6)
    assert np.allclose(to_system([21.0], [0.0], "pl2000z7"), ([0.0], [7500000.0]), atol=1e-6)
    assert np.allclose(to_system([24.0], [0.0], "pl2000z8"), ([0.0], [8500000.0]), atol=1e-6)


# --------------------------------------------------------------------------------------------
# Axis order: these fail if northing and easting (or latitude and longitude) are swapped
# --------------------------------------------------------------------------------------------
def test_registry_axis_order_matches_the_published_definitions():
    for name, system in crs.SYSTEMS.items():
        if system.epsg is None or system.kind == "dms":
            continue
        directions = [a.direction for a in CRS.from_epsg(system.epsg).axis_info]
        assert system.northing_first == (directions[0] == "north"), name
    assert get_system("lks94").axis_labels == ("northing", "easting")
    assert get_system("pl1992").axis_labels == ("northing", "easting")
    assert get_system("utm35n").axis_labels == ("easting", "northing")
    assert get_system("wgs84").axis_labels == ("latitude", "longitude")


def test_swapped_axes_are_caught():
    lon, lat = PLACES["Vilnius"]
    north, east = to_system([lon], [lat], "lks94")
    assert 6.0e6 < north[0] < 6.1e6 and 5.5e5 < east[0] < 6.0e5  # northing first, then easting
    assert crs.format(lon, lat, "lks94").startswith("60")
    e, n = tm_forward("lks94", lon, lat)
    got = parse(f"{n:.2f} {e:.2f}", "lks94")
    assert metres_apart(lon, lat, *got) < 0.01
    with pytest.raises(CoordinateError, match="other way round") as info:
        parse(f"{e:.2f} {n:.2f}", "lks94")  # easting first: refused, with the fix named
    assert "northing, easting" in str(info.value)
    # PL-1992 northings and eastings are alike in size, so a swap can land on land in the area of
    # use (Bialystok swapped lands near Kaliningrad): the order written decides, nothing is "fixed"
    e, n = tm_forward("pl1992", *PLACES["Bialystok"])
    assert metres_apart(*PLACES["Bialystok"], *parse(f"{n:.3f} {e:.3f}", "pl1992")) < 0.01
    assert metres_apart(*PLACES["Bialystok"], *parse(f"{e:.3f} {n:.3f}", "pl1992")) > 100_000
    # UTM is easting first
    e, n = tm_forward("utm35n", lon, lat)
    assert metres_apart(lon, lat, *parse(f"{e:.3f} {n:.3f}", "utm35n")) < 0.01
    # WGS 84 text is latitude first, arrays come back (lat, lon)
    assert parse("54.6872 25.2797", "wgs84") == pytest.approx((25.2797, 54.6872))
    a, b = to_system([lon], [lat], "wgs84")
    assert (a[0], b[0]) == (lat, lon)
    assert crs.format(lon, lat, "wgs84") == "54.687200, 25.279700"


def test_axis_labels_put_numbers_in_place_whatever_the_order():
    lon, lat = PLACES["Riga"]
    e, n = tm_forward("lks92", lon, lat)
    for text in (f"N{n:.2f} E{e:.2f}", f"E {e:.2f} N {n:.2f}", f"{e:.2f}E {n:.2f}N"):
        assert metres_apart(lon, lat, *parse(text, "lks92")) < 0.01


# --------------------------------------------------------------------------------------------
# Degrees: many spellings of the same place
# --------------------------------------------------------------------------------------------
DMS_LAT = 54 + 41 / 60 + 12.5 / 3600
DMS_LON = 25 + 17 / 60 + 8.3 / 3600
DM_LAT = 54 + 41.208 / 60
DM_LON = 25 + 17.139 / 60


@pytest.mark.parametrize(
    "text, lat, lon",
    [
        ("54°41'12,5\"N 25°17'08,3\"E", DMS_LAT, DMS_LON),
        ("54°41'12.5\"N, 25°17'8.3\"E", DMS_LAT, DMS_LON),
        ("54° 41′ 12,5″ N; 25° 17′ 08,3″ E", DMS_LAT, DMS_LON),
        ("N 54°41'12.5\" E 25°17'08.3\"", DMS_LAT, DMS_LON),
        ("25°17'08.3\"E 54°41'12.5\"N", DMS_LAT, DMS_LON),
        ("54º41’12,5” 25º17’08,3”", DMS_LAT, DMS_LON),
        ("54°41'12.5'' 25°17'08.3''", DMS_LAT, DMS_LON),
        ("54 41 12.5 25 17 8.3", DMS_LAT, DMS_LON),
        ("54 41 12,5 N 25 17 08,3 E", DMS_LAT, DMS_LON),
        ("n54 41 12.5 e25 17 8.3", DMS_LAT, DMS_LON),
        ("N54 41.208 E25 17.139", DM_LAT, DM_LON),
        ("54°41,208' 25°17,139'", DM_LAT, DM_LON),
        ("54 41.208, 25 17.139", DM_LAT, DM_LON),
        ("54,6868 25,2856", 54.6868, 25.2856),
        ("54.6868, 25.2856", 54.6868, 25.2856),
        ("54,6868, 25,2856", 54.6868, 25.2856),
        ("54,6868;25,2856", 54.6868, 25.2856),
        ("54.6868,25.2856", 54.6868, 25.2856),
        ("54.6868° N 25.2856° E", 54.6868, 25.2856),
        ("54.6868N 25.2856E", 54.6868, 25.2856),
        ("25.2856 E, 54.6868 N", 54.6868, 25.2856),
        ("+54.6868 +25.2856", 54.6868, 25.2856),
        ("  54.6868\u00a0 25.2856 ", 54.6868, 25.2856),
        ("54,25", 54.0, 25.0),
    ],
)
def test_degree_spellings(text, lat, lon):
    for system in (None, "wgs84", "dms", "EPSG:4326"):
        got_lon, got_lat = parse(text, system)
        assert got_lat == pytest.approx(lat, abs=1e-9) and got_lon == pytest.approx(lon, abs=1e-9), system


def test_signs_and_southern_western_hemispheres_with_explicit_system():
    assert parse("-33.5 -70.25", "wgs84") == pytest.approx((-70.25, -33.5))
    assert parse("33°30'S 70°15'W", "wgs84") == pytest.approx((-70.25, -33.5))
    assert parse("−33,5 −70,25", "wgs84") == pytest.approx((-70.25, -33.5))  # unicode minus
    assert parse("-0 30 0 -1 15 0", "dms") == pytest.approx((-1.25, -0.5))


@pytest.mark.parametrize(
    "text, needle",
    [
        ("54°61'00\"N 25°17'08\"E", "below 60"),
        ("54 41 75 25 17 08", "below 60"),
        ("54.5 30 25 17", "fraction"),
        ("-54 S 25 E", "minus sign"),
        ("54 N 25 S", "two latitudes"),
        ("54 E 25 W", "two longitudes"),
        ("95 25", "beyond 90"),
        ("54 41 25", "3 number"),
        ("54 N 25", "letter"),
        ("54°41' 25°17' 30°", "unclear"),
        ("41'12\" 25°17'", "starts"),
        ("54 41\" 12' 25 17 08", "minutes after seconds"),
    ],
)
def test_bad_degree_text_is_refused_with_a_sentence(text, needle):
    with pytest.raises(CoordinateError) as info:
        parse(text, "wgs84")
    message = str(info.value)
    assert needle in message and text in message and message.endswith(".")


def test_dms_writing_and_rounding_carry():
    lon, lat = DMS_LON, DMS_LAT
    assert crs.format(lon, lat, "dms") == "54°41'12.5\"N 25°17'08.3\"E"
    assert crs.format(lon, 54 + 41 / 60 + 12.7 / 3600, "dms", precision=0) == "54°41'13\"N 25°17'08\"E"
    assert crs.format(25.999999999, 55.999999999, "dms") == "56°00'00.0\"N 26°00'00.0\"E"
    assert crs.format(-70.25, -33.5, "dms") == "33°30'00.0\"S 70°15'00.0\"W"
    for place, (lon, lat) in PLACES.items():
        text = crs.format(lon, lat, "dms", precision=3)
        assert metres_apart(lon, lat, *parse(text)) < 0.02, place


# --------------------------------------------------------------------------------------------
# MGRS against an independent lettering of the test's own UTM
# --------------------------------------------------------------------------------------------
_COLS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_ROWS = "ABCDEFGHJKLMNPQRSTUV"
_BANDS = "CDEFGHJKLMNPQRSTUVWX"


def independent_mgrs(lon, lat, digits=5):
    zone = int((lon + 180) // 6) + 1
    TM_PARAMS[f"zone{zone}"] = (WGS84, zone * 6 - 183.0, 0.9996, 500000.0, 0.0)
    e, n = tm_forward(f"zone{zone}", lon, lat)
    band = _BANDS[int((lat + 80) // 8)]
    col = _COLS[int(e // 100000) - 1 + 8 * ((zone - 1) % 3)]
    row = _ROWS[(int(n // 100000) + (5 if zone % 2 == 0 else 0)) % 20]
    scale = 10 ** (5 - digits)
    ee = int((e % 100000) // scale)
    nn = int((n % 100000) // scale)
    return f"{zone}{band} {col}{row} {ee:0{digits}d} {nn:0{digits}d}"


MGRS_POINTS = [
    (23.99999, 54.0), (24.00001, 54.0),       # 34U | 35U at 24°E
    (25.3, 55.99999), (25.3, 56.00001),       # 35U | 35V at 56°N
    (29.99999, 55.5), (30.00001, 55.5),       # 35U | 36U at 30°E
    (29.99999, 56.5), (30.00001, 56.5),       # 35V | 36V
    *PLACES.values(),
]


@pytest.mark.parametrize("lon, lat", MGRS_POINTS)
def test_mgrs_writing_matches_independent_lettering(lon, lat):
    for digits in (5, 3, 1):
        assert crs.format(lon, lat, "mgrs", precision=digits) == independent_mgrs(lon, lat, digits)


def test_mgrs_zone_edges():
    assert crs.format(23.99999, 54.0, "mgrs").startswith("34U ")
    assert crs.format(24.00001, 54.0, "mgrs").startswith("35U ")
    assert crs.format(25.3, 55.99999, "mgrs").startswith("35U ")
    assert crs.format(25.3, 56.00001, "mgrs").startswith("35V ")
    assert crs.format(30.00001, 56.5, "mgrs").startswith("36V ")


@pytest.mark.parametrize("lon, lat", MGRS_POINTS)
def test_mgrs_reading_gives_the_centre_of_the_square(lon, lat):
    ref = independent_mgrs(lon, lat, 5)
    zone = int(ref[:2])
    TM_PARAMS[f"zone{zone}"] = (WGS84, zone * 6 - 183.0, 0.9996, 500000.0, 0.0)
    e, n = tm_forward(f"zone{zone}", lon, lat)
    centre = tm_inverse(f"zone{zone}", math.floor(e) + 0.5, math.floor(n) + 0.5)
    for spelling in (ref, ref.replace(" ", ""), ref.lower(), "  " + ref.replace(" ", "  ") + " "):
        for system in (None, "mgrs"):
            assert metres_apart(*centre, *parse(spelling, system)) < 0.01
    # a 10 km reference reads as the centre of its 10 km square
    coarse = independent_mgrs(lon, lat, 1)
    centre10 = tm_inverse(f"zone{zone}", (e // 10000) * 10000 + 5000, (n // 10000) * 10000 + 5000)
    assert metres_apart(*centre10, *parse(coarse)) < 0.01
    assert metres_apart(lon, lat, *parse(coarse)) < 7100


@pytest.mark.parametrize(
    "text, needle",
    [
        ("35U LA", "only the 100 km square"),
        ("35U LA 123 45", "equal number"),
        ("35V LA 12345 12345", "does not lie in grid zone 35V"),
        ("35U LI 12345 12345", "not an MGRS reference"),
        ("61U LA 12 34", "zones run from 1 to 60"),
    ],
)
def test_bad_mgrs_is_refused(text, needle):
    with pytest.raises(CoordinateError, match=needle):
        parse(text, "mgrs")


# --------------------------------------------------------------------------------------------
# Guessing the system, ambiguity and garbage
# --------------------------------------------------------------------------------------------
def test_guess_picks_the_only_plausible_grid():
    lon, lat = PLACES["Vilnius"]
    e, n = tm_forward("lks94", lon, lat)
    reading = read(f"{n:.2f} {e:.2f}")
    assert reading.system.name == "lks94"
    assert metres_apart(lon, lat, reading.lon, reading.lat) < 0.01
    e, n = tm_forward("utm35n", *PLACES["Daugavpils"])
    reading = read(f"35U {e:.1f} {n:.1f}")
    assert reading.system.name == "utm35n"
    assert metres_apart(*PLACES["Daugavpils"], reading.lon, reading.lat) < 0.1
    assert read("54.6868 25.2856").system.name == "wgs84"
    assert read("54°41'12,5\"N 25°17'08,3\"E").system.name == "dms"
    assert read("N54 41.208 E25 17.139").system.name == "dms"
    assert read("54.6868° N 25.2856° E").system.name == "wgs84"
    assert read("35ULA8948561289").system.name == "mgrs"


def test_ambiguous_grid_text_names_every_candidate():
    lon, lat = PLACES["Riga"]
    e, n = tm_forward("lks92", lon, lat)
    text = f"{n:.0f} {e:.0f}"
    with pytest.raises(AmbiguousCoordinateError) as info:
        parse(text)
    err = info.value
    assert isinstance(err, BorderMonitorError)
    assert set(err.systems) == {"lks92", "pl1992"}
    assert text in str(err) and "LKS-92" in str(err) and "PL-1992" in str(err)
    assert "Name the system" in str(err)
    by_name = {name: (lo, la) for name, lo, la in err.candidates}
    assert metres_apart(lon, lat, *by_name["lks92"]) < 1
    # naming the system settles it
    assert metres_apart(lon, lat, *parse(text, "lks92")) < 1


def test_utm_without_zone_is_ambiguous_between_34n_and_35n():
    e, n = tm_forward("utm34n", *PLACES["Bialystok"])
    with pytest.raises(AmbiguousCoordinateError) as info:
        parse(f"{e:.0f} {n:.0f}")
    assert set(info.value.systems) == {"utm34n", "utm35n"}


@pytest.mark.parametrize(
    "text, needle",
    [
        ("hello", "not coordinate text"),
        ("Vilnius", "not coordinate text"),
        ("", "empty"),
        ("   ", "empty"),
        ("12 34 56 78 90", "unclear"),
        ("54.6 582892", "mixes"),
        ("25.2856 54.6868", "longitude written first"),
        ("48.0 10.0", "outside the monitored region"),
        ("9000000 9000000", "not a plausible position"),
        ("NSEW", "no numbers"),
        ("54.68.68 25.28", "not coordinate text"),
        ("x" * 300, "too long"),
    ],
)
def test_garbage_and_implausible_text_is_refused(text, needle):
    with pytest.raises(CoordinateError) as info:
        parse(text)
    assert needle in str(info.value)
    assert isinstance(info.value, BorderMonitorError)


def test_explicit_wgs84_accepts_positions_outside_the_region():
    assert parse("48.0 10.0", "wgs84") == pytest.approx((10.0, 48.0))


def test_utm_zone_in_text_must_match_the_named_system():
    e, n = tm_forward("utm35n", *PLACES["Vilnius"])
    assert metres_apart(*PLACES["Vilnius"], *parse(f"35U {e:.3f} {n:.3f}", "utm35n")) < 0.01
    with pytest.raises(CoordinateError, match="zone 35"):
        parse(f"35U {e:.3f} {n:.3f}", "utm34n")


# --------------------------------------------------------------------------------------------
# Registry, arrays
# --------------------------------------------------------------------------------------------
def test_get_system_by_name_alias_and_epsg():
    assert get_system("lks94") is get_system("EPSG:3346") is get_system("LKS-94") is get_system("epsg 3346")
    assert get_system("PUWG 1992").name == "pl1992" and get_system("EPSG:2180").name == "pl1992"
    assert get_system("UTM 35N").epsg == 32635 and get_system("EPSG:4326").name == "wgs84"
    other = get_system("EPSG:32636")
    assert other.kind == "metres" and other.axis_labels == ("easting", "northing")
    geographic = get_system("EPSG:4258")
    assert geographic.kind == "degrees" and geographic.axis_labels == ("latitude", "longitude")
    assert parse("54.6868 25.2856", "EPSG:4258") == pytest.approx((25.2856, 54.6868), abs=1e-5)
    for name, needle in [("EPSG:999999", "pyproj knows"), ("EPSG:4979", "two-dimensional"),
                         ("EPSG:2249", "metre grids"), ("lks2000", "use one of"), ("", "not a coordinate")]:
        with pytest.raises(UnknownSystemError, match=needle):
            get_system(name)


def test_arrays_round_trip_and_keep_nan():
    lons = np.array([p[0] for p in PLACES.values()] + [np.nan])
    lats = np.array([p[1] for p in PLACES.values()] + [np.nan])
    for system in GRIDS + ["laea", "wgs84"]:
        a, b = to_system(lons, lats, system)
        assert np.isnan(a[-1]) and np.isnan(b[-1])
        back_lon, back_lat = from_system(a, b, system)
        assert np.allclose(back_lon[:-1], lons[:-1], atol=1e-9)
        assert np.allclose(back_lat[:-1], lats[:-1], atol=1e-9)
        if system in TM_PARAMS:
            for i, (lon, lat) in enumerate(zip(lons[:-1], lats[:-1])):
                e, n = tm_forward(system, lon, lat)
                exp = (n, e) if NORTHING_FIRST[system] else (e, n)
                assert abs(a[i] - exp[0]) < 0.01 and abs(b[i] - exp[1]) < 0.01
    with pytest.raises(CoordinateError, match="format_many"):
        to_system(lons, lats, "mgrs")


def test_format_many_agrees_with_format():
    lons = [p[0] for p in PLACES.values()] + [float("nan")]
    lats = [p[1] for p in PLACES.values()] + [float("nan")]
    for system in crs.SYSTEMS:
        many = format_many(lons, lats, system)
        assert many[-1] == ""
        assert many[:-1] == [crs.format(lo, la, system) for lo, la in zip(lons[:-1], lats[:-1])]


def test_round_trip_through_text_in_every_system():
    for system in crs.SYSTEMS:
        for place, (lon, lat) in PLACES.items():
            text = crs.format(lon, lat, system, precision=5 if system == "mgrs" else None)
            assert metres_apart(lon, lat, *parse(text, system)) < 1.5, (system, place, text)


def test_precision_is_checked():
    with pytest.raises(CoordinateError, match="Precision 9"):
        crs.format(25.0, 54.0, "mgrs", precision=9)
    with pytest.raises(CoordinateError, match="not a position"):
        crs.format(200.0, 54.0, "lks94")
    assert crs.format(25.0, 54.0, "mgrs", precision=2).count(" ") == 3


# --------------------------------------------------------------------------------------------
# LKS-2020 and PL-2000 (issue 11)
# --------------------------------------------------------------------------------------------
def test_new_grids_follow_their_epsg_definitions():
    for name, epsg in (("lks2020", 10306), ("pl2000z7", 2178), ("pl2000z8", 2179)):
        system = get_system(name)
        assert system.epsg == epsg
        definition = CRS.from_epsg(epsg)
        assert [a.direction for a in definition.axis_info] == ["north", "east"]  # X = northing first
        assert system.axis_labels == ("northing", "easting")
        assert get_system(f"EPSG:{epsg}") is system
    assert get_system("LKS-2020").name == "lks2020"
    assert get_system("PUWG 2000 z8").name == "pl2000z8" and get_system("CS2000/21").name == "pl2000z7"


def test_pl2000_zone8_east_of_bialystok_reads_and_writes_northing_first():
    lon, lat = PLACES["Kuznica"]  # near the Belarus border: zone 8 (24°E)
    e, n = tm_forward("pl2000z8", lon, lat)
    assert 8.4e6 < e < 8.5e6 and 5.9e6 < n < 6.0e6
    assert crs.format(lon, lat, "pl2000z8", precision=2) == f"{n:.2f} {e:.2f}"
    assert metres_apart(lon, lat, *parse(f"{n:.2f} {e:.2f}", "pl2000z8")) < 0.01
    with pytest.raises(CoordinateError, match="other way round"):
        parse(f"{e:.2f} {n:.2f}", "pl2000z8")
    # the zone is in the easting: without a system the text is read in zone 8, and nowhere else
    guessed = read(f"{n:.2f} {e:.2f}")
    assert guessed.system.name == "pl2000z8" and metres_apart(lon, lat, guessed.lon, guessed.lat) < 0.01
    e7, n7 = tm_forward("pl2000z7", *PLACES["Bialystok"])
    assert read(f"{n7:.2f} {e7:.2f}").system.name == "pl2000z7"


def test_lks2020_writes_latvia_with_the_numbers_of_lks92():
    # the same projection, and EPSG relates both datums to WGS 84 without a shift
    lon, lat = PLACES["Daugavpils"]
    assert crs.format(lon, lat, "lks2020", precision=3) == crs.format(lon, lat, "lks92", precision=3)

"""WMTS 1.0.0 online layers, Qt-free: the capabilities read (through ``io.xml_safety``: no DTD, no entity),
the layers with their styles, formats, dimensions and tile matrix sets listed, and one layer resolved into
a ``WmtsSource`` the map and the tile downloader use like an XYZ template.

Only tiles in web Mercator can be drawn by the map: a tile matrix set is usable when its CRS is EPSG:3857
(or one of its aliases) and its matrices follow the web-Mercator scale series of 256 px tiles from the
corner (-20037508.34, 20037508.34). Each such matrix is one XYZ zoom; its identifier (whatever the server
calls it: "5", "EPSG:3857:5", "L05") is looked up per zoom. A layer with no such set is refused with a
sentence naming the sets it has.

The tile address is the layer's RESTful ResourceURL template ({Style}, {TileMatrixSet} and dimensions such
as {Time} filled with their defaults; {TileMatrix}, {TileRow}, {TileCol} left for each tile) or, when the
server offers no template (or the user asks for it), a KVP GetTile request. Network: only ``fetch`` reads a
URL, the one the user gave.
"""
from __future__ import annotations

import logging
import math
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from urllib.parse import quote, urlsplit

from .. import __version__
from ..io.errors import UnreadableFileError, UnsafeFileError
from ..io.xml_safety import check_xml_bytes
from .errors import BasemapError
from .tile_math import EARTH_HALF

log = logging.getLogger(__name__)

NS = {"wmts": "http://www.opengis.net/wmts/1.0", "ows": "http://www.opengis.net/ows/1.1",
      "xlink": "http://www.w3.org/1999/xlink"}
_HREF = "{http://www.w3.org/1999/xlink}href"
# EPSG:3857 and the codes servers used for it before it had one.
WEB_MERCATOR_CODES = frozenset({"3857", "900913", "3785", "102100", "102113"})
# The scale denominator of zoom 0 (256 px tiles of 0.28 mm, the standardized rendering pixel of WMTS).
ZOOM0_SCALE = 2 * EARTH_HALF / 256 / 0.00028
SCALE_TOLERANCE = 1e-3  # relative
CORNER_TOLERANCE = 1.0  # metres
MAX_ZOOM = 24
MAX_CAPABILITIES_BYTES = 32 << 20
TIMEOUT = 30.0
USER_AGENT = f"BorderMonitor/{__version__} (WMTS layer; desktop GIS)"
ENCODINGS = ("rest", "kvp")


@dataclass(frozen=True)
class TileMatrix:
    identifier: str
    scale: float
    top_left: tuple[float, float]
    tile_size: tuple[int, int]
    matrix_size: tuple[int, int]


@dataclass(frozen=True)
class TileMatrixSet:
    identifier: str
    crs: str
    matrices: tuple[TileMatrix, ...]
    well_known: str = ""

    def crs_code(self) -> str:
        found = re.search(r"(\d+)\s*$", self.crs)
        return found.group(1) if found else ""

    def web_mercator_zooms(self) -> dict[int, str]:
        """zoom -> TileMatrix identifier of the matrices on the web-Mercator grid ({} when there are none),
        the contiguous run from the lowest such zoom."""
        if self.crs_code() not in WEB_MERCATOR_CODES:
            return {}
        zooms: dict[int, str] = {}
        for matrix in self.matrices:
            if matrix.tile_size != (256, 256) or matrix.scale <= 0:
                continue
            z = round(math.log2(ZOOM0_SCALE / matrix.scale))
            if not 0 <= z <= MAX_ZOOM or abs(matrix.scale * 2**z / ZOOM0_SCALE - 1) > SCALE_TOLERANCE:
                continue
            x, y = matrix.top_left
            if abs(x + EARTH_HALF) > CORNER_TOLERANCE or abs(y - EARTH_HALF) > CORNER_TOLERANCE:
                continue
            zooms.setdefault(z, matrix.identifier)
        if not zooms:
            return {}
        low = min(zooms)
        run = {}
        while low in zooms:
            run[low] = zooms[low]
            low += 1
        return run

    def describe(self) -> str:
        """ "LKS92 (EPSG:3059)": for the sentence that refuses a layer."""
        code = self.crs_code()
        return f"{self.identifier} (EPSG:{code})" if code else f"{self.identifier} ({self.crs or 'no CRS'})"


@dataclass(frozen=True)
class Dimension:
    identifier: str
    default: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResourceUrl:
    format: str
    resource_type: str
    template: str


@dataclass(frozen=True)
class WmtsLayer:
    identifier: str
    title: str
    styles: tuple[str, ...]
    default_style: str
    formats: tuple[str, ...]
    matrix_sets: tuple[str, ...]
    # TileMatrixSetLimits: set id -> {matrix id: (min_row, max_row, min_col, max_col)}
    limits: dict[str, dict[str, tuple[int, int, int, int]]]
    dimensions: tuple[Dimension, ...]
    resource_urls: tuple[ResourceUrl, ...]
    bounds: tuple[float, float, float, float] | None  # WGS84BoundingBox: west, south, east, north


@dataclass(frozen=True)
class Capabilities:
    url: str
    title: str
    provider: str
    provider_site: str
    layers: tuple[WmtsLayer, ...]
    matrix_sets: dict[str, TileMatrixSet]
    kvp_url: str  # the GetTile href that takes KVP requests ("" when the server offers none)

    @property
    def attribution(self) -> str:
        """What the map shows for the layer: the provider and the service's title, as the server names them."""
        parts = [p for p in (self.provider, self.title) if p]
        if len(parts) == 2 and parts[0].lower() in parts[1].lower():
            parts = parts[1:]
        return " — ".join(parts)

    def layer(self, identifier: str) -> WmtsLayer:
        for layer in self.layers:
            if layer.identifier == identifier:
                return layer
        names = ", ".join(layer.identifier for layer in self.layers[:12]) or "none"
        raise BasemapError(f"The WMTS service at {self.url} has no layer “{identifier}” (it has: {names}).")

    def usable_sets(self, layer: WmtsLayer) -> list[str]:
        """The layer's tile matrix sets the map can draw (web Mercator), GoogleMapsCompatible first."""
        found = [s for s in layer.matrix_sets if s in self.matrix_sets and self.matrix_sets[s].web_mercator_zooms()]
        return sorted(found, key=lambda s: (not self.matrix_sets[s].well_known.endswith("GoogleMapsCompatible"),
                                            -len(self.matrix_sets[s].web_mercator_zooms())))

    def resolve(self, layer_id: str, *, style: str | None = None, format: str | None = None,
                matrix_set: str | None = None, encoding: str | None = None) -> "WmtsSource":
        """The tile address of one layer in a web-Mercator set; BasemapError with a sentence when it has none."""
        layer = self.layer(layer_id)
        usable = self.usable_sets(layer)
        if not usable:
            sets = ", ".join(self.matrix_sets[s].describe() if s in self.matrix_sets else f"{s} (not described)"
                             for s in layer.matrix_sets) or "none"
            raise BasemapError(
                f"The WMTS layer “{layer.title or layer.identifier}” has no tile matrix set in web Mercator "
                f"(EPSG:3857 with the GoogleMapsCompatible scales), which the map draws in; it has: {sets}.")
        if matrix_set is None:
            matrix_set = usable[0]
        elif matrix_set not in usable:
            tms = self.matrix_sets.get(matrix_set)
            what = tms.describe() if tms else matrix_set
            raise BasemapError(f"The tile matrix set {what} of the WMTS layer “{layer.identifier}” is not in web "
                               f"Mercator; choose one of: {', '.join(usable)}.")
        style = style if style is not None else layer.default_style
        if layer.styles and style not in layer.styles:
            raise BasemapError(f"The WMTS layer “{layer.identifier}” has no style “{style}” (it has: "
                               f"{', '.join(layer.styles)}).")
        rest = {u.format: u.template for u in layer.resource_urls if u.resource_type.lower() == "tile"}
        formats = list(dict.fromkeys([*layer.formats, *rest]))
        if format is None:
            format = next((f for f in formats if f in ("image/png", "image/jpeg")), formats[0] if formats else "")
        if not format or (formats and format not in formats):
            raise BasemapError(f"The WMTS layer “{layer.identifier}” has no format “{format}” (it has: "
                               f"{', '.join(formats) or 'none'}).")
        if encoding not in (None, *ENCODINGS):
            raise BasemapError(f"The WMTS request encoding “{encoding}” is not one of {', '.join(ENCODINGS)}.")
        if encoding is None:
            encoding = "rest" if format in rest else "kvp"
        zooms = self.matrix_sets[matrix_set].web_mercator_zooms()
        values = {"Style": style, "TileMatrixSet": matrix_set, "Layer": layer.identifier,
                  **{d.identifier: d.default for d in layer.dimensions}}
        if encoding == "rest":
            if format not in rest:
                raise BasemapError(f"The WMTS layer “{layer.identifier}” has no RESTful tile address for "
                                   f"{format}; use the KVP encoding.")
            template = _fill_rest(rest[format], values)
        else:
            if not self.kvp_url:
                raise BasemapError(f"The WMTS service at {self.url} takes no KVP GetTile requests and the layer "
                                   f"“{layer.identifier}” has no RESTful tile address.")
            template = _kvp_template(self.kvp_url, layer, style, format, matrix_set)
        limits = layer.limits.get(matrix_set, {})
        by_zoom = tuple((z, *limits[ident]) for z, ident in zooms.items() if ident in limits)
        return WmtsSource(capabilities=self.url, layer=layer.identifier, style=style, format=format,
                          matrix_set=matrix_set, encoding=encoding, template=_zoom_template(template, zooms),
                          matrices=tuple(sorted(zooms.items())), limits=by_zoom, bounds=layer.bounds)


@dataclass(frozen=True)
class WmtsSource:
    """One WMTS layer as the map and the downloader use it: ``template`` has {x} (TileCol), {y} (TileRow)
    and either {z} (when the matrix identifiers are the zoom with a fixed prefix/suffix) or {TileMatrix},
    looked up in ``matrices`` (zoom, identifier) per zoom."""

    capabilities: str
    layer: str
    style: str
    format: str
    matrix_set: str
    encoding: str
    template: str
    matrices: tuple[tuple[int, str], ...]
    limits: tuple[tuple[int, int, int, int, int], ...] = ()  # (zoom, min_row, max_row, min_col, max_col)
    bounds: tuple[float, float, float, float] | None = None

    @property
    def min_zoom(self) -> int:
        return self.matrices[0][0]

    @property
    def max_zoom(self) -> int:
        return self.matrices[-1][0]

    def matrix(self, z: int) -> str | None:
        return dict(self.matrices).get(z)

    def quoted_matrix(self, z: int) -> str:
        """The identifier of zoom ``z``'s tile matrix as it goes into the address."""
        return _quote(self.matrix(z) or "")

    def tile_url(self, z: int, x: int, y: int) -> str:
        """The address of XYZ tile (z, x, y): TileCol = x, TileRow = y (both count from the north-west)."""
        ident = self.matrix(z)
        if ident is None:
            raise BasemapError(f"The WMTS layer “{self.layer}” has no tiles at zoom {z} (it has zooms "
                               f"{self.min_zoom}-{self.max_zoom}).")
        return (self.template.replace("{TileMatrix}", _quote(ident)).replace("{z}", str(z))
                .replace("{x}", str(x)).replace("{y}", str(y)))

    def has_tile(self, z: int, x: int, y: int) -> bool:
        """False for a tile outside the layer's TileMatrixSetLimits (the server answers those with an error)."""
        if self.matrix(z) is None:
            return False
        for zoom, min_row, max_row, min_col, max_col in self.limits:
            if zoom == z:
                return min_row <= y <= max_row and min_col <= x <= max_col
        return True

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "WmtsSource":
        bounds = data.get("bounds")
        return cls(capabilities=str(data["capabilities"]), layer=str(data["layer"]), style=str(data["style"]),
                   format=str(data["format"]), matrix_set=str(data["matrix_set"]), encoding=str(data["encoding"]),
                   template=str(data["template"]),
                   matrices=tuple((int(z), str(i)) for z, i in data["matrices"]),
                   limits=tuple(tuple(int(v) for v in row) for row in data.get("limits") or ()),
                   bounds=tuple(float(v) for v in bounds) if bounds else None)


# -- reading --------------------------------------------------------------------------------------------
def capabilities_url(url: str) -> str:
    """``url`` as given, with SERVICE=WMTS&REQUEST=GetCapabilities added when it is a bare KVP endpoint."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BasemapError(f"The capabilities address “{url}” is not an http:// or https:// address of a server.")
    if "request=" in parts.query.lower() or parts.path.lower().endswith(".xml"):
        return url
    joiner = "&" if parts.query and not url.endswith("&") else "" if url.endswith(("?", "&")) else "?"
    return f"{url}{joiner}SERVICE=WMTS&REQUEST=GetCapabilities&VERSION=1.0.0"


def fetch(url: str, *, opener=None) -> Capabilities:
    """Read and parse the capabilities at ``url`` (the user's; nothing else is fetched)."""
    url = capabilities_url(url)
    opener = opener or urllib.request.build_opener()
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=TIMEOUT) as answer:
            data = answer.read(MAX_CAPABILITIES_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise BasemapError(f"The WMTS server refused the capabilities at {url} (HTTP {exc.code} {exc.reason}).") \
            from None
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise BasemapError(f"The WMTS server cannot be reached for {url} ({getattr(exc, 'reason', exc)}).") from None
    if len(data) > MAX_CAPABILITIES_BYTES:
        raise BasemapError(f"The WMTS capabilities at {url} are larger than {MAX_CAPABILITIES_BYTES >> 20} MB.")
    return parse(data, url)


def parse(data: bytes, url: str) -> Capabilities:
    """The capabilities document ``data`` (read from ``url``); BasemapError naming the URL when it is unsafe,
    not XML, an exception report or not WMTS."""
    try:
        check_xml_bytes(url, data)
    except UnsafeFileError:
        raise BasemapError(
            f"The WMTS capabilities at {url} are refused: they declare a document type or an entity "
            "(<!DOCTYPE or <!ENTITY), which capabilities never need and which can hide an entity-expansion bomb "
            "or a reference to a file on this computer.") from None
    except UnreadableFileError as exc:
        raise BasemapError(f"The WMTS capabilities at {url} are not readable XML: {exc.problem}.") from None
    root = ET.fromstring(data)
    if root.tag.endswith("ExceptionReport"):
        texts = [t.text.strip() for t in root.iter(f"{{{NS['ows']}}}ExceptionText") if t.text and t.text.strip()]
        raise BasemapError(f"The WMTS server answered the capabilities request {url} with an error: "
                           f"{'; '.join(texts) or 'no reason given'}.")
    if root.tag != f"{{{NS['wmts']}}}Capabilities":
        raise BasemapError(f"The document at {url} is not WMTS 1.0 capabilities (its root element is "
                           f"{root.tag.split('}')[-1]}).")
    contents = root.find("wmts:Contents", NS)
    if contents is None:
        raise BasemapError(f"The WMTS capabilities at {url} have no Contents (no layers).")
    sets = {}
    for element in contents.findall("wmts:TileMatrixSet", NS):
        tms = _matrix_set(element, url)
        sets[tms.identifier] = tms
    layers = tuple(_layer(element, url) for element in contents.findall("wmts:Layer", NS))
    if not layers:
        raise BasemapError(f"The WMTS capabilities at {url} list no layers.")
    provider = root.find("ows:ServiceProvider", NS)
    return Capabilities(
        url=url, title=_text(root, "ows:ServiceIdentification/ows:Title"),
        provider=_text(provider, "ows:ProviderName") if provider is not None else "",
        provider_site=(provider.find("ows:ProviderSite", NS).get(_HREF, "")
                       if provider is not None and provider.find("ows:ProviderSite", NS) is not None else ""),
        layers=layers, matrix_sets=sets, kvp_url=_kvp_href(root))


def _text(element, path: str) -> str:
    if element is None:
        return ""
    found = element.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def _number(element, path: str, url: str, what: str) -> float:
    text = _text(element, path)
    try:
        return float(text)
    except ValueError:
        raise BasemapError(f"The WMTS capabilities at {url}: {what} has {path.split(':')[-1]} “{text}”, "
                           "not a number.") from None


def _matrix_set(element, url: str) -> TileMatrixSet:
    ident = _text(element, "ows:Identifier")
    matrices = []
    for m in element.findall("wmts:TileMatrix", NS):
        mid = _text(m, "ows:Identifier")
        what = f"the tile matrix {mid} of the set {ident}"
        corner = _text(m, "wmts:TopLeftCorner").split()
        try:
            top_left = (float(corner[0]), float(corner[1]))
        except (ValueError, IndexError):
            raise BasemapError(f"The WMTS capabilities at {url}: {what} has TopLeftCorner “{' '.join(corner)}”, "
                               "not two numbers.") from None
        matrices.append(TileMatrix(
            identifier=mid, scale=_number(m, "wmts:ScaleDenominator", url, what), top_left=top_left,
            tile_size=(int(_number(m, "wmts:TileWidth", url, what)), int(_number(m, "wmts:TileHeight", url, what))),
            matrix_size=(int(_number(m, "wmts:MatrixWidth", url, what)),
                         int(_number(m, "wmts:MatrixHeight", url, what)))))
    return TileMatrixSet(ident, _text(element, "ows:SupportedCRS"), tuple(matrices),
                         _text(element, "wmts:WellKnownScaleSet"))


def _layer(element, url: str) -> WmtsLayer:
    ident = _text(element, "ows:Identifier")
    styles, default = [], ""
    for s in element.findall("wmts:Style", NS):
        sid = _text(s, "ows:Identifier")
        styles.append(sid)
        if s.get("isDefault", "").lower() == "true" and not default:
            default = sid
    links, limits = [], {}
    for link in element.findall("wmts:TileMatrixSetLink", NS):
        set_id = _text(link, "wmts:TileMatrixSet")
        links.append(set_id)
        per_matrix = {}
        for lim in link.findall("wmts:TileMatrixSetLimits/wmts:TileMatrixLimits", NS):
            what = f"the limits of {set_id} in the layer {ident}"
            per_matrix[_text(lim, "wmts:TileMatrix")] = tuple(
                int(_number(lim, f"wmts:{name}", url, what))
                for name in ("MinTileRow", "MaxTileRow", "MinTileCol", "MaxTileCol"))
        if per_matrix:
            limits[set_id] = per_matrix
    dims = tuple(Dimension(_text(d, "ows:Identifier"), _text(d, "wmts:Default"),
                           tuple((v.text or "").strip() for v in d.findall("wmts:Value", NS)))
                 for d in element.findall("wmts:Dimension", NS))
    resources = tuple(ResourceUrl(r.get("format", ""), r.get("resourceType", ""), r.get("template", ""))
                      for r in element.findall("wmts:ResourceURL", NS))
    box = element.find("ows:WGS84BoundingBox", NS)
    bounds = None
    if box is not None:
        try:
            west, south = (float(v) for v in _text(box, "ows:LowerCorner").split())
            east, north = (float(v) for v in _text(box, "ows:UpperCorner").split())
            bounds = (west, south, east, north)
        except ValueError:
            log.warning("WMTS %s: layer %s has an unreadable WGS84BoundingBox; ignored", url, ident)
    return WmtsLayer(identifier=ident, title=_text(element, "ows:Title"), styles=tuple(styles),
                     default_style=default or (styles[0] if styles else ""),
                     formats=tuple((f.text or "").strip() for f in element.findall("wmts:Format", NS)),
                     matrix_sets=tuple(links), limits=limits, dimensions=dims, resource_urls=resources, bounds=bounds)


def _kvp_href(root) -> str:
    for op in root.findall("ows:OperationsMetadata/ows:Operation", NS):
        if op.get("name") != "GetTile":
            continue
        for get in op.findall("ows:DCP/ows:HTTP/ows:Get", NS):
            encodings = [(v.text or "").strip().upper() for c in get.findall("ows:Constraint", NS)
                         if c.get("name") == "GetEncoding" for v in c.iter(f"{{{NS['ows']}}}Value")]
            if not encodings or "KVP" in encodings:
                return get.get(_HREF, "")
    return ""


# -- tile addresses -------------------------------------------------------------------------------------
def _quote(value: str) -> str:
    return quote(value, safe=":@!$'()*+,;=-._~")


def _fill_rest(template: str, values: dict[str, str]) -> str:
    lowered = {k.lower(): v for k, v in values.items()}

    def fill(match: re.Match) -> str:
        name = match.group(1)
        if name == "TileMatrix":
            return "{TileMatrix}"
        if name == "TileRow":
            return "{y}"
        if name == "TileCol":
            return "{x}"
        if name.lower() in lowered:
            return _quote(lowered[name.lower()])
        raise BasemapError(f"The WMTS tile address {template} has {{{name}}}, which the capabilities give no "
                           "value for.")

    return re.sub(r"\{([^{}]*)\}", fill, template)


def _kvp_template(href: str, layer: WmtsLayer, style: str, format: str, matrix_set: str) -> str:
    joiner = "" if href.endswith(("?", "&")) else "&" if "?" in href else "?"
    params = [("SERVICE", "WMTS"), ("REQUEST", "GetTile"), ("VERSION", "1.0.0"), ("LAYER", layer.identifier),
              ("STYLE", style), ("FORMAT", format), ("TILEMATRIXSET", matrix_set)]
    params += [(d.identifier.upper(), d.default) for d in layer.dimensions]
    query = "&".join(f"{k}={quote(v, safe=':@!$()*+,;-._~/')}" for k, v in params)
    return f"{href}{joiner}{query}&TILEMATRIX={{TileMatrix}}&TILEROW={{y}}&TILECOL={{x}}"


def _zoom_template(template: str, zooms: dict[int, str]) -> str:
    """{TileMatrix} replaced by prefix{z}suffix when every identifier is the zoom with one prefix/suffix
    ("5", "EPSG:3857:5"); kept when they are not ("L05", "a", "b")."""
    z0 = min(zooms)
    first, digits = zooms[z0], str(z0)
    for at in (i for i in range(len(first)) if first.startswith(digits, i)):
        prefix, suffix = first[:at], first[at + len(digits):]
        if prefix[-1:].isdigit() or suffix[:1].isdigit():
            continue
        if all(ident == f"{prefix}{z}{suffix}" for z, ident in zooms.items()):
            break
    else:
        return template
    return template.replace("{TileMatrix}", f"{_quote(prefix)}{{z}}{_quote(suffix)}")


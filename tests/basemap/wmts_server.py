"""A WMTS 1.0.0 server the tests run on loopback (http.server): capabilities by REST (…/WMTSCapabilities.xml)
and KVP (?SERVICE=WMTS&REQUEST=GetCapabilities), tiles by a RESTful template and by KVP GetTile. Made-up
layers:

- ``ortho``: RESTful only, style ``default``, a ``Time`` dimension, in ``GoogleMapsCompatible`` whose matrix
  identifiers are ``L00``..``L18`` (not the zoom: looked up per zoom), with TileMatrixSetLimits at zoom 8.
- ``roads``: KVP only, in ``LKS92`` (EPSG:3059) and ``EPSG:3857`` (identifiers ``EPSG:3857:0``..``:14``).
- ``lks``: only ``LKS92`` and ``Odd3857`` (EPSG:3857 but not the web-Mercator scales): the map cannot draw it.

Every tile served is counted by (layer, matrix, row, col); each is a real 256 px PNG coloured by zoom.
"""
from __future__ import annotations

import io
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from PIL import Image, ImageDraw

HALF = 20037508.3427892
ZOOM0 = 559082264.0287178


def _matrices(ids, zooms) -> str:
    return "".join(f"""
   <TileMatrix><ows:Identifier>{ident}</ows:Identifier><ScaleDenominator>{ZOOM0 / 2**z!r}</ScaleDenominator>
    <TopLeftCorner>-{HALF} {HALF}</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
    <MatrixWidth>{2**z}</MatrixWidth><MatrixHeight>{2**z}</MatrixHeight></TileMatrix>""" for ident, z in zip(ids, zooms))


def capabilities(base: str, *, provider: str = "Loopback Mapping Agency") -> str:
    lks = "".join(f"""
   <TileMatrix><ows:Identifier>{z}</ows:Identifier><ScaleDenominator>{4000000 / 2**z}</ScaleDenominator>
    <TopLeftCorner>300000 1000000</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
    <MatrixWidth>{2**z}</MatrixWidth><MatrixHeight>{2**z}</MatrixHeight></TileMatrix>""" for z in range(6))
    odd = "".join(f"""
   <TileMatrix><ows:Identifier>{z}</ows:Identifier><ScaleDenominator>{500000000 / 2**z}</ScaleDenominator>
    <TopLeftCorner>-{HALF} {HALF}</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
    <MatrixWidth>{2**z}</MatrixWidth><MatrixHeight>{2**z}</MatrixHeight></TileMatrix>""" for z in range(6))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1"
  xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">
 <ows:ServiceIdentification><ows:Title>Loopback orthophoto service</ows:Title>
  <ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>
 </ows:ServiceIdentification>
 <ows:ServiceProvider><ows:ProviderName>{provider}</ows:ProviderName>
  <ows:ProviderSite xlink:href="https://example.invalid/"/></ows:ServiceProvider>
 <ows:OperationsMetadata>
  <ows:Operation name="GetCapabilities"><ows:DCP><ows:HTTP><ows:Get xlink:href="{base}/wmts?"/></ows:HTTP></ows:DCP>
  </ows:Operation>
  <ows:Operation name="GetTile"><ows:DCP><ows:HTTP><ows:Get xlink:href="{base}/wmts?">
   <ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value></ows:AllowedValues>
   </ows:Constraint></ows:Get></ows:HTTP></ows:DCP></ows:Operation>
 </ows:OperationsMetadata>
 <Contents>
  <Layer><ows:Title>Orthophoto</ows:Title><ows:Identifier>ortho</ows:Identifier>
   <ows:WGS84BoundingBox><ows:LowerCorner>20.0 53.0</ows:LowerCorner><ows:UpperCorner>29.0 58.0</ows:UpperCorner>
   </ows:WGS84BoundingBox>
   <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
   <Format>image/png</Format>
   <Dimension><ows:Identifier>Time</ows:Identifier><Default>2024</Default><Value>2023</Value><Value>2024</Value>
   </Dimension>
   <TileMatrixSetLink><TileMatrixSet>GoogleMapsCompatible</TileMatrixSet>
    <TileMatrixSetLimits><TileMatrixLimits><TileMatrix>L08</TileMatrix><MinTileRow>80</MinTileRow>
     <MaxTileRow>81</MaxTileRow><MinTileCol>145</MinTileCol><MaxTileCol>145</MaxTileCol></TileMatrixLimits>
    </TileMatrixSetLimits></TileMatrixSetLink>
   <ResourceURL format="image/png" resourceType="tile"
    template="{base}/rest/ortho/{{Style}}/{{Time}}/{{TileMatrixSet}}/{{TileMatrix}}/{{TileRow}}/{{TileCol}}.png"/>
  </Layer>
  <Layer><ows:Title>Roads</ows:Title><ows:Identifier>roads</ows:Identifier>
   <Style isDefault="true"><ows:Identifier>main</ows:Identifier></Style>
   <Style><ows:Identifier>night</ows:Identifier></Style>
   <Format>image/jpeg</Format><Format>image/png</Format>
   <TileMatrixSetLink><TileMatrixSet>LKS92</TileMatrixSet></TileMatrixSetLink>
   <TileMatrixSetLink><TileMatrixSet>EPSG:3857</TileMatrixSet></TileMatrixSetLink>
  </Layer>
  <Layer><ows:Title>Topographic map (LKS-92)</ows:Title><ows:Identifier>lks</ows:Identifier>
   <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style><Format>image/png</Format>
   <TileMatrixSetLink><TileMatrixSet>LKS92</TileMatrixSet></TileMatrixSetLink>
   <TileMatrixSetLink><TileMatrixSet>Odd3857</TileMatrixSet></TileMatrixSetLink>
  </Layer>
  <TileMatrixSet><ows:Identifier>GoogleMapsCompatible</ows:Identifier>
   <ows:SupportedCRS>urn:ogc:def:crs:EPSG:6.18.3:3857</ows:SupportedCRS>
   <WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet>{_matrices([f"L{z:02d}" for z in range(19)], range(19))}
  </TileMatrixSet>
  <TileMatrixSet><ows:Identifier>EPSG:3857</ows:Identifier><ows:SupportedCRS>EPSG:3857</ows:SupportedCRS>{_matrices([f"EPSG:3857:{z}" for z in range(15)], range(15))}
  </TileMatrixSet>
  <TileMatrixSet><ows:Identifier>LKS92</ows:Identifier>
   <ows:SupportedCRS>urn:ogc:def:crs:EPSG::3059</ows:SupportedCRS>{lks}
  </TileMatrixSet>
  <TileMatrixSet><ows:Identifier>Odd3857</ows:Identifier><ows:SupportedCRS>EPSG:3857</ows:SupportedCRS>{odd}
  </TileMatrixSet>
 </Contents>
 <ServiceMetadataURL xlink:href="{base}/rest/1.0.0/WMTSCapabilities.xml"/>
</Capabilities>
"""


EVIL = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0"><Contents>&lol2;</Contents></Capabilities>
"""

COLOURS = ["#8fbf6f", "#6fa0bf", "#bf8f6f", "#a06fbf"]


def png(z: int) -> bytes:
    image = Image.new("RGB", (256, 256), COLOURS[z % len(COLOURS)])
    ImageDraw.Draw(image).rectangle((0, 0, 255, 255), outline="#333333")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class WmtsServer:
    def __init__(self):
        self.served: Counter = Counter()  # (layer, matrix, row, col) -> times
        self.requests: list[str] = []
        self.kvp: list[dict] = []  # the GetTile parameters received
        self.rest: list[list[str]] = []  # the path parts of RESTful tile requests
        self.cut_after: int | None = None
        self._png = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                outer.requests.append(self.path)
                parts = urlsplit(self.path)
                query = {k.upper(): v for k, v in parse_qsl(parts.query)}
                path = unquote(parts.path)
                if path == "/rest/1.0.0/WMTSCapabilities.xml" or (
                        path == "/wmts" and query.get("REQUEST") == "GetCapabilities"):
                    return self._send(capabilities(outer.base).encode(), "application/xml")
                if path == "/evil/WMTSCapabilities.xml":
                    return self._send(EVIL, "application/xml")
                if path.startswith("/rest/ortho/"):
                    bits = path.removeprefix("/rest/ortho/").removesuffix(".png").split("/")
                    outer.rest.append(bits)
                    style, time, tms, matrix, row, col = bits
                    if (style, time, tms) != ("default", "2024", "GoogleMapsCompatible"):
                        return self.send_error(400)
                    return self._tile("ortho", matrix, row, col)
                if path == "/wmts" and query.get("REQUEST") == "GetTile":
                    outer.kvp.append(query)
                    if query.get("LAYER") != "roads" or query.get("TILEMATRIXSET") != "EPSG:3857":
                        return self.send_error(400)
                    return self._tile("roads", query["TILEMATRIX"], query["TILEROW"], query["TILECOL"])
                self.send_error(404)

            def _tile(self, layer, matrix, row, col):
                if outer.cut_after is not None and sum(outer.served.values()) >= outer.cut_after:
                    self.send_response(503)  # the network is gone until the test restores it
                    self.end_headers()
                    return
                z = int(matrix.rsplit(":", 1)[-1].lstrip("L") or 0)
                outer.served[(layer, matrix, int(row), int(col))] += 1
                if z not in outer._png:
                    outer._png[z] = png(z)
                self._send(outer._png[z], "image/png")

            def _send(self, body: bytes, kind: str):
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.rest_url = f"{self.base}/rest/1.0.0/WMTSCapabilities.xml"
        self.kvp_url = f"{self.base}/wmts"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

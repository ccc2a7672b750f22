"""Build the map page once with folium: map, layers, layer control, legend, box tool (+ metric scale bar);
the legend and the layer control collapse on a small map and popups open clear of them (bm-panels.js).

Every script and style comes from our ``bmap:`` scheme (Leaflet from XStatic-Leaflet, Leaflet.heat
from the folium package, Qt's qwebchannel.js, our ``resources/map`` files); folium's CDN links (jQuery, Bootstrap, awesome
markers) are replaced or dropped. The incident layer starts empty: data arrives later over
the QWebChannel bridge, so the page is never rebuilt for a filter change.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from typing import NamedTuple

import folium
from folium.map import Layer
from folium.template import Template
from branca.element import Element, MacroElement

from ...domain.taxonomy import TYPES, Country
from ..text import palette
from ..text.labels import type_label
from .payload import POINT_MIN_ZOOM
from .scheme import HEAT_PATH, ROOT
from ..text.map_texts import page_labels
from . import tool_layers
from .impact import impact_labels

REFERENCE_LAYERS = ("countries", "zones", "sectors", "borders", "crossing_points")
MAP_ID = "bm"  # the map element's id is map_bm in every page, so the page's head is the same for every store
OSM_ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"


def osm_credits(attributions) -> list[str]:
    """The map's credits: OpenStreetMap's in the user's language (as OSM's attribution guidelines allow) first,
    a base map's English OSM credit (written into its file) read as that same one, so it shows once."""
    from ..text.map_texts import osm_attribution

    osm = osm_attribution()
    return [osm, *(osm if a == OSM_ATTRIBUTION else a for a in attributions)]
# The three borders with Belarus, with a margin: the first view when nothing else is known.
DEFAULT_BOUNDS = (22.8, 51.3, 28.4, 56.3)
CROSSING_STATUS_COLORS = {"open": "#1b9e3e", "closed": "#c62828", "other": "#757575"}
SECTOR_LABEL_ZOOM = 9
# Fitting the region may stop between zoom levels, so that it fills a large screen rather than a part of it;
# the zoom buttons, "+"/"-" and the focus still step by whole levels.
ZOOM_SNAP = 0.25
FIRST_ZOOM = 7  # the zoom the fit of the borders starts from


def fit_zoom(width: float, height: float) -> float:
    """About the zoom the page's fit of ``DEFAULT_BOUNDS`` gives a map of this size (Leaflet's getBoundsZoom,
    snapped down to ``ZOOM_SNAP``), one snap lower for the room the controls take (bm-core.js keepFitting)."""
    w, s, e, n = DEFAULT_BOUNDS

    def y(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    span_x = (e - w) / 360.0 * 256.0  # pixels at zoom 0
    span_y = (y(n) - y(s)) / (2 * math.pi) * 256.0
    zoom = math.log2(max(min(width / span_x, height / span_y), 1e-9))
    return math.floor(zoom / ZOOM_SNAP) * ZOOM_SNAP - ZOOM_SNAP


class LocalMap(folium.Map):
    """folium's Map with local assets only (own lists: folium's are shared, mutable class state)."""

    default_js = [
        ("leaflet", f"{ROOT}/lib/leaflet/leaflet.js"),
        ("leaflet_heat", f"{ROOT}/{HEAT_PATH}"),
        ("qwebchannel", f"{ROOT}/qwebchannel.js"),
        ("bm_core", f"{ROOT}/bm/bm-core.js"),
        ("bm_reference", f"{ROOT}/bm/bm-reference.js"),
        ("bm_impact", f"{ROOT}/bm/bm-impact.js"),
        ("bm_incidents", f"{ROOT}/bm/bm-incidents.js"),
        ("bm_move", f"{ROOT}/bm/bm-move.js"),
        ("bm_heat", f"{ROOT}/bm/bm-heat.js"),
        ("bm_controls", f"{ROOT}/bm/bm-controls.js"),
        ("bm_panels", f"{ROOT}/bm/bm-panels.js"),
        ("bm_wall", f"{ROOT}/bm/bm-wall.js"),
        *tool_layers.SCRIPTS,
    ]
    default_css = [
        ("leaflet_css", f"{ROOT}/lib/leaflet/leaflet.css"),
        ("bm_css", f"{ROOT}/bm/bm.css"),
        *tool_layers.STYLES,
    ]


def script_json(value) -> str:
    """JSON safe inside a <script> element (as Jinja's tojson, but fast for megabytes of GeoJSON)."""
    return script_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


class JsonText(str):
    """JSON already written (a reference layer as the store keeps it): ``JsLayer`` puts it in the page as the text
    of a string for ``JSON.parse`` (``json_parse_js``), never parsed and written again in Python."""


def json_parse_js(text: str) -> str:
    """``JSON.parse("<text>")``, safe inside a <script> element. The page compiles a string faster than the same data
    as JavaScript literals: the map's script of 1.5 MB (a 100k demo store) compiled in 40 ms with literals, in 5 ms
    with strings, which JSON.parse then reads."""
    return f"JSON.parse({script_safe(json.dumps(text, ensure_ascii=False))})"


def script_safe(text: str) -> str:
    """JSON text made safe inside a <script> element: the characters that could end the element or a string there
    only occur inside JSON strings, where their \\u escapes mean the same."""
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("'", "\\u0027").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _RawScript(Element):
    """A script kept as written (folium's Element would read it as a template)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class JsLayer(Layer):
    """A layer made by one of our page factories: ``<factory>(<args as JSON>...)``.

    folium wraps each rendered script in an Element, which compiles it again as a Jinja template: with megabytes
    of GeoJSON in it that is slow, and a text holding ``{{`` or ``{%`` would be read as template code. The template
    renders a slot named after the layer; ``render`` then puts the script, its arguments in that slot, into the
    page as written (same page, no template ever sees the data)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = {{ this.factory }}({{ this.slot }});
        {% endmacro %}
        """
    )

    def __init__(self, factory: str, *args, name: str, show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "BmLayer"
        self.factory = factory
        self.args_js = ", ".join(json_parse_js(a) if isinstance(a, JsonText) else script_json(a) for a in args)

    @property
    def slot(self) -> str:
        return f"/*bm-args-{self.get_name()}*/"

    def render(self, **kwargs) -> None:
        super().render(**kwargs)
        text = self._template.module.script(self, kwargs).replace(self.slot, self.args_js, 1)
        self.get_root().script.add_child(_RawScript(text), name=self.get_name())  # in its place, as rendered


class PageInit(MacroElement):
    """Runs last: wires our controls to the map, the layer control and the bridge."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            BM.incidents = {{ this.incidents.get_name() }};
            BM.installIncidentClicks({{ this.map.get_name() }}, BM.incidents);
            BM.installMoveAction({{ this.map.get_name() }});
            BM.legend = new BM.Legend({{ this.legend|tojson }}).addTo({{ this.map.get_name() }});
            new BM.BoxControl({{ this.box|tojson }}).addTo({{ this.map.get_name() }});
            BM.init({{ this.map.get_name() }}, {{ this.control.get_name() }}, {{ this.options|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, map_: folium.Map, control: folium.LayerControl, incidents: JsLayer, legend: dict, box: dict,
                 options: dict):
        super().__init__()
        self._name = "BmInit"
        self.map, self.control, self.incidents = map_, control, incidents
        self.legend, self.box, self.options = legend, box, options


def build_page(reference: dict[str, dict | str], view: dict | None = None, attributions: tuple[str, ...] = (),
               impact_shown: bool = False, wall: bool = False) -> str:
    """The whole HTML page. ``reference`` maps layer names (``REFERENCE_LAYERS``) to GeoJSON dicts or GeoJSON
    text (``store.reference_layer_text``: into the page as it is); a missing or empty one is left out.
    ``view`` ({"lat","lon","zoom"}) opens the map there, else it fits the three borders. ``impact_shown``: the impact layer (sectors by early-warning level,
    ``impact.ImpactLayer`` feeds it) starts on; ``wall``: the briefing's look (no layer control, a short
    legend in larger type: ``bm-wall.js``)."""
    labels = page_labels()
    w, s, e, n = DEFAULT_BOUNDS
    center = [view["lat"], view["lon"]] if view else [(s + n) / 2, (w + e) / 2]
    m = LocalMap(location=center, zoom_start=int(view["zoom"]) if view else FIRST_ZOOM, tiles=None, control_scale=False,
                 font_size="12px", box_zoom=False, prefer_canvas=False, min_zoom=4, max_zoom=19, world_copy_jump=False,
                 zoom_snap=ZOOM_SNAP, zoom_delta=1)
    m._id = MAP_ID  # noqa: SLF001 - folium draws a random one; the head (its style) must not change with it
    if not view:
        # No first view: the page fits the borders (BM.init). Until then Leaflet holds the layers back, so they are
        # drawn once, at the fitted view (a first view at zoom 7, then the fit, drew every reference layer twice).
        m.options.pop("zoom", None)

    def add_reference(key: str, factory: str, name: str, options: dict, show: bool = True) -> None:
        data = reference.get(key)
        if isinstance(data, str):
            if _GEOMETRY.search(data):  # a feature with a geometry; those without are dropped by the page
                JsLayer(factory, JsonText(data), options, name=name, show=show).add_to(m)
        elif data and data.get("features"):
            JsLayer(factory, _strip(data), options, name=name, show=show).add_to(m)

    country_colors = palette.COUNTRY_COLORS
    add_reference("countries", "BM.layers.countries", labels["layers"]["countries"], {
        "belarusFill": palette.BELARUS_FILL, "monitored": [c.iso3 for c in Country]})
    add_reference("zones", "BM.layers.zones", labels["layers"]["zones"], {"labels": labels["zones"]})
    add_reference("sectors", "BM.layers.sectors", labels["layers"]["sectors"],
                  {"labels": labels["sectors"], "labelZoom": SECTOR_LABEL_ZOOM})
    add_reference("borders", "BM.layers.borders", labels["layers"]["borders"], {
        "labels": labels["borders"], "color": palette.BORDER_COLOR,
        "colors": {f"{c.value}-BY": country_colors[c.value] for c in Country}})
    impact = impact_labels()
    add_reference("sectors", "BM.layers.impact", impact["layer"],
                  {"labels": impact, "colors": dict(palette.IMPACT_COLORS)}, show=impact_shown)
    heat = JsLayer("BM.heatLayer", {}, name=labels["layers"]["heat"], show=False)
    heat.add_to(m)
    type_colors = [palette.type_color(t.value) for t in TYPES]
    incidents = JsLayer("new BM.IncidentLayer", {"colors": type_colors, "selectionColor": palette.SELECTION_COLOR},
                        name=labels["layers"]["incidents"])
    incidents.add_to(m)
    add_reference("crossing_points", "BM.layers.crossings", labels["layers"]["crossings"],
                  {"labels": labels["crossings"], "statusColors": CROSSING_STATUS_COLORS})
    tool_layers.add_tool_layers(m)  # grid overlays and measuring (MapTools feeds them)
    control = folium.LayerControl(position="topright", collapsed=False)
    control.add_to(m)
    legend = {"types": [{"color": c, "label": type_label(t.value)} for t, c in zip(TYPES, type_colors)],
              "labels": labels["legend"]}
    options = {"labels": {**labels["page"], "move": labels["move"]}, "attributions": osm_credits(attributions),
               "fit": None if view else [[s, w], [n, e]], "pointZoom": POINT_MIN_ZOOM, "wall": bool(wall),
               "fitFrom": None if view else {"center": center, "zoom": FIRST_ZOOM}}
    PageInit(m, control, incidents, legend, {"labels": labels["box"]}, options).add_to(m)
    return m.get_root().render()


class PageParts(NamedTuple):
    """The page folium built, cut where a shell page (``shell_page``) and the store's part of it meet."""
    head: str  # inside <head>: every script and style, the same for every store, language and view
    body: str  # inside <body>: the map's element
    script: str  # the script after the body: the map, its layers and controls, BM.init


_PAGE_TAGS = ("<!DOCTYPE html>", "<html>", "<head>", "</head>", "<body>", "</body>", "<script>")


def page_parts(html: str) -> PageParts:
    """``build_page``'s page in its three parts. The script's data is made safe for a <script> element
    (``script_safe``), so the first ``</head>`` and ``</body>`` and the last ``</script>`` are the page's own."""
    marks, at = [], 0
    for tag in _PAGE_TAGS:  # str.find, not a regular expression: the page is megabytes long
        at = html.find(tag, at)
        if at < 0:
            raise ValueError(f"the map page has no {tag} where folium's Figure puts it")
        at += len(tag)
        marks.append(at)
    end = html.rfind("</script>")
    if end < marks[-1] or html[end:].split() != ["</script>", "</html>"]:
        raise ValueError("the map page does not end with its script, as folium's Figure lays it out")
    head = html[marks[2]:marks[3] - len("</head>")]
    body = html[marks[4]:marks[5] - len("</body>")]
    return PageParts(head, body, html[marks[6]:end])


def shell_html(head: str) -> str:
    """A page with ``head`` and an empty body: the scripts and styles of the map, loaded before any store is known
    (``engine.start_early``); ``fill_shell_js`` then adds a page's body and script."""
    return f"<!DOCTYPE html>\n<html>\n<head>{head}</head>\n<body>\n</body>\n</html>\n"


@lru_cache(maxsize=1)
def shell_head() -> str:
    """``build_page``'s head, which no store, language or view changes (a page whose head differs is loaded
    whole, not into a shell)."""
    return page_parts(build_page({})).head


def shell_page() -> str:
    """The shell of the map page: its head, an empty body."""
    return shell_html(shell_head())


def fill_shell_js(parts: PageParts) -> str:
    """JavaScript that makes a shell page the page ``parts`` came from: the body's elements, then the script as
    the body's last element (where the HTML parser puts a script that follows the body), run as it is added.

    The panel runs it as soon as the shell has loaded, usually while the window is still being built (the renderer
    runs it then: the UI thread is not needed for that), so the page is hidden and has no size yet: ``holdInit``
    has ``BM.init`` (the fit, the first drawing) wait until the page has a size (bm-core.js)."""
    return ("(function (body, text) {\n"
            "  BM.holdInit = true;\n"
            "  document.body.insertAdjacentHTML(\"beforeend\", body);\n"
            "  var script = document.createElement(\"script\");\n"
            "  script.text = text;\n"
            "  document.body.appendChild(script);\n"
            f"}})({json.dumps(parts.body)}, {json.dumps(parts.script, ensure_ascii=False)});\n")


# In GeoJSON text, a feature's geometry object (a property's text cannot look like it: its quotes are escaped).
_GEOMETRY = re.compile(r'"geometry"\s*:\s*\{')


def _strip(data: dict) -> dict:
    """Only what the page draws: features with their geometry and properties."""
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": f.get("properties") or {}, "geometry": f["geometry"]}
                         for f in data.get("features", []) if f.get("geometry")]}


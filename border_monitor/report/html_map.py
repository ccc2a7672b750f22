"""The standalone interactive HTML map: one file that opens in any browser with no network.

Built with folium like the window's map page (``ui.map.page``: the same reference layers, styles,
layer control and legend), but with every script and style inlined in the page (Leaflet from
XStatic-Leaflet, our ``resources/map`` scripts, ``resources/report/bm-standalone.*``) and no
tile layer, so it loads nothing from anywhere. The incidents are one compact data object, not one
marker per incident: base64 columns (coordinates as int32 degrees x 1e5, type codes, minutes
since 1970, persons) and index columns into small text tables, about 15 bytes an incident plus
its title; the page's incident layer draws them on one canvas and a click opens a popup.
"""
from __future__ import annotations

import base64
import logging
from pathlib import Path

import folium
import numpy as np
from branca.element import Element, MacroElement
from folium.template import Template

from ..assets import resource_path
from ..domain.data_notice import notice_for
from ..domain.filters import IncidentFilter, SortKey
from ..domain.taxonomy import COUNTRIES, STATUSES, TYPES, Country
from ..io.export_columns import to_columns
from ..io.output_files import check_output, replacing
from ..ui.map.page import (CROSSING_STATUS_COLORS, DEFAULT_BOUNDS, OSM_ATTRIBUTION, SECTOR_LABEL_ZOOM, JsLayer,
                           _strip, script_json)
from ..ui.text import palette
from ..ui.text.labels import country_label, status_label, type_label
from ..ui.text.map_texts import page_labels, popup_labels

log = logging.getLogger(__name__)

SCRIPTS = ("bm-core.js", "bm-reference.js", "bm-incidents.js", "bm-controls.js", "bm-panels.js")
TITLE_CHARS = 100
PAGE = 50_000


class StandaloneMap(folium.Map):
    """folium's Map with no linked asset at all: every script and style is inlined by ``inline_assets``."""

    default_js: list = []
    default_css: list = []


def _inline(kind: str, text: str) -> Element:
    if kind == "script":
        return Element("<script>" + text.replace("</script", "<\\/script") + "</script>")
    return Element("<style>" + text.replace("</style", "<\\/style") + "</style>")


def inline_assets(m: folium.Map) -> None:
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    header = m.get_root().header
    header.add_child(_inline("style", (base / "leaflet.css").read_text(encoding="utf-8")), name="leaflet_css")
    header.add_child(_inline("style", resource_path("map", "bm.css").read_text(encoding="utf-8")), name="bm_css")
    header.add_child(_inline("style", resource_path("report", "bm-standalone.css").read_text(encoding="utf-8")),
                     name="bm_standalone_css")
    header.add_child(_inline("script", (base / "leaflet.js").read_text(encoding="utf-8")), name="leaflet_js")
    for name in SCRIPTS:
        header.add_child(_inline("script", resource_path("map", name).read_text(encoding="utf-8")), name=name)
    header.add_child(_inline("script", resource_path("report", "bm-standalone.js").read_text(encoding="utf-8")),
                     name="bm_standalone_js")


def _b64(array: np.ndarray, dtype) -> str:
    return base64.b64encode(np.ascontiguousarray(array, dtype=np.dtype(dtype).newbyteorder("<")).tobytes()).decode()


def _table(values) -> tuple[np.ndarray, list[str]]:
    """Index column and its table of distinct texts (None and NaN as '')."""
    texts = np.array(["" if v is None or v != v else str(v) for v in values], dtype=object)
    table, index = np.unique(texts.astype(str), return_inverse=True) if len(texts) else (np.array([], str), np.array([], int))
    return index.astype(np.int32), table.tolist()


def incident_data(columns) -> dict:
    """The compact data object of the page from export columns (``io.export_columns``)."""
    n = len(columns["id"])
    type_codes = {t.value: k for k, t in enumerate(TYPES)}
    country_codes = {c.value: k for k, c in enumerate(COUNTRIES)}
    status_codes = {s.value: k for k, s in enumerate(STATUSES)}
    minutes = columns["occurred_at"].astype("datetime64[m]").astype(np.int64) if n else np.zeros(0, np.int64)
    titles = [(str(d).strip().splitlines() or [""])[0][:TITLE_CHARS] for d in columns["description"]]
    sector, sectors = _table(columns["sector"])
    nationality, nationalities = _table(columns["nationalities"])
    title, title_table = _table(titles)
    return {
        "len": n,
        "x": _b64(np.rint(columns["lon"] * 1e5), np.int32), "y": _b64(np.rint(columns["lat"] * 1e5), np.int32),
        "t": _b64([type_codes[v] for v in columns["type"]], np.uint8),
        "minutes": _b64(minutes, np.int32), "persons": _b64(columns["persons"], np.int32),
        "country": _b64([country_codes[v] for v in columns["country"]], np.uint8),
        "status": _b64([status_codes[v] for v in columns["status"]], np.uint8),
        "sector": _b64(sector, np.int32), "nationalities": _b64(nationality, np.int32), "title": _b64(title, np.int32),
        "texts": {"countries": [f"{country_label(c.value)} ({c.value})" for c in COUNTRIES],
                  "statuses": [status_label(s.value) for s in STATUSES], "sectors": sectors,
                  "nationalities": nationalities, "titles": title_table},
    }


class StandaloneInit(MacroElement):
    """Runs last: the page's init (no bridge), then the data into the incident layer."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            BM.incidents = {{ this.incidents.get_name() }};
            BM.legend = new BM.Legend({{ this.legend|tojson }}).addTo({{ this.map.get_name() }});
            BM.init({{ this.map.get_name() }}, {{ this.control.get_name() }}, {{ this.options|tojson }});
            BM.standalone({{ this.map.get_name() }}, BM.incidents, {{ this.data_js }}, {{ this.labels|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, map_, control, incidents, legend, options, data_js: str, labels: dict):
        super().__init__()
        self._name = "BmStandalone"
        self.map, self.control, self.incidents = map_, control, incidents
        self.legend, self.options, self.data_js, self.labels = legend, options, data_js, labels


def build_html(reference: dict[str, dict], columns, *, title: str, subtitle: str, notice: str | None,
               bounds=None) -> str:
    labels = page_labels()
    w, s, e, n = bounds or DEFAULT_BOUNDS
    m = StandaloneMap(location=[(s + n) / 2, (w + e) / 2], zoom_start=7, tiles=None, control_scale=False,
                      font_size="12px", box_zoom=False, prefer_canvas=False, min_zoom=4, max_zoom=19,
                      zoom_snap=0.25, zoom_delta=1)
    inline_assets(m)

    def add_reference(key: str, factory: str, name: str, options: dict) -> None:
        data = reference.get(key)
        if data and data.get("features"):
            JsLayer(factory, _strip(data), options, name=name).add_to(m)

    add_reference("countries", "BM.layers.countries", labels["layers"]["countries"], {
        "belarusFill": palette.BELARUS_FILL, "monitored": [c.iso3 for c in Country]})
    add_reference("zones", "BM.layers.zones", labels["layers"]["zones"], {"labels": labels["zones"]})
    add_reference("sectors", "BM.layers.sectors", labels["layers"]["sectors"],
                  {"labels": labels["sectors"], "labelZoom": SECTOR_LABEL_ZOOM})
    add_reference("borders", "BM.layers.borders", labels["layers"]["borders"], {
        "labels": labels["borders"], "color": palette.BORDER_COLOR,
        "colors": {f"{c.value}-BY": palette.COUNTRY_COLORS[c.value] for c in Country}})
    type_colors = [palette.type_color(t.value) for t in TYPES]
    incidents = JsLayer("new BM.IncidentLayer", {"colors": type_colors, "selectionColor": palette.SELECTION_COLOR},
                        name=labels["layers"]["incidents"])
    incidents.add_to(m)
    add_reference("crossing_points", "BM.layers.crossings", labels["layers"]["crossings"],
                  {"labels": labels["crossings"], "statusColors": CROSSING_STATUS_COLORS})
    control = folium.LayerControl(position="topright", collapsed=False)
    control.add_to(m)
    legend = {"types": [{"color": c, "label": type_label(t.value)} for t, c in zip(TYPES, type_colors)],
              "labels": {**labels["legend"], "pointsStatus": "{n} incidents"}}
    options = {"labels": labels["page"], "attributions": [OSM_ATTRIBUTION], "fit": [[s, w], [n, e]]}
    popup = popup_labels()
    texts = {"title": title, "subtitle": subtitle, "notice": notice or "", "types": [type_label(t.value) for t in TYPES],
             "when": popup["when"], "country": popup["country"], "sector": popup["sector"],
             "persons": popup["persons"], "nationalities": popup["nationalities"], "status": popup["status"],
             "position": "Position (lat, lon)"}
    StandaloneInit(m, control, incidents, legend, options, script_json(incident_data(columns)), texts).add_to(m)
    root = m.get_root()
    root.title = title
    return root.render()


def filter_subtitle(flt: IncidentFilter, count: int) -> str:
    parts = [f"{count:,} incidents"]
    if flt.date_from or flt.date_to:
        parts.append(f"{flt.date_from or '...'} to {flt.date_to or '...'}")
    if flt.countries:
        parts.append(", ".join(sorted(c.value for c in flt.countries)))
    if flt.types:
        parts.append(", ".join(sorted(type_label(t.value) for t in flt.types)))
    if flt.text:
        parts.append(f'text "{flt.text}"')
    return "; ".join(parts)


def _pages(store, flt: IncidentFilter):
    total = store.count(flt)
    for offset in range(0, total, PAGE):
        chunk = store.page(flt, SortKey.OCCURRED_AT, False, offset, PAGE)
        if not chunk:
            break
        yield chunk


def write_html_map(store, flt: IncidentFilter, out: str | Path, *, store_path: str | Path | None = None) -> int:
    """Write the standalone map of the incidents of ``flt`` to ``out``; returns how many it holds."""
    out = Path(out)
    check_output(out, store=store_path, what="HTML map")
    columns = to_columns(_pages(store, flt))
    count = len(columns["id"])
    reference = {name: store.reference_layer(name) for name in ("countries", "zones", "sectors", "borders",
                                                                 "crossing_points")}
    notice = notice_for(store)
    html = build_html(reference, columns, title=f"Border Monitor: {store.name}", subtitle=filter_subtitle(flt, count),
                      notice=notice, bounds=flt.bbox)
    with replacing(out, create=True, what="HTML map") as temp:
        temp.write_text(html, encoding="utf-8")
    log.info("wrote the HTML map of %d incidents to %s (%d bytes)", count, out, len(html.encode()))
    return count

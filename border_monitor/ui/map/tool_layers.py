"""What the measuring and grid tools add to the map page folium builds (one call from ``build_page``).

Two overlays for the layer control (MGRS squares, the national grid of the view's country), off
at start, and the script that installs the measuring clicks. Their lines and figures come later
over the bridge from ``MapTools``.
"""
from __future__ import annotations

import folium
from branca.element import MacroElement
from folium.template import Template
from PySide6.QtCore import QCoreApplication

from .scheme import ROOT

SCRIPTS = [("bm_measure", f"{ROOT}/bm/bm-measure.js"), ("bm_grid", f"{ROOT}/bm/bm-grid.js")]
STYLES = [("bm_tools_css", f"{ROOT}/bm/bm-tools.css")]
GRID_KINDS = ("mgrs", "national")


def grid_layer_names() -> dict[str, str]:
    return {"mgrs": QCoreApplication.translate("MapTools", "MGRS grid"),
            "national": QCoreApplication.translate("MapTools", "National grid")}


class _MeasureInit(MacroElement):
    _template = Template(
        """
        {% macro script(this, kwargs) %}
            BM.installMeasure({{ this.map.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, map_: folium.Map):
        super().__init__()
        self._name = "BmMeasureInit"
        self.map = map_


def add_tool_layers(m: folium.Map) -> None:
    """The grid overlays (hidden until the user turns them on) and the measuring clicks."""
    from .page import JsLayer  # the page module imports this one

    for kind, name in grid_layer_names().items():
        JsLayer("new BM.GridLayer", {"kind": kind}, name=name, show=False).add_to(m)
    _MeasureInit(m).add_to(m)

"""The offline map panel: a folium-built Leaflet page in a QWebEngineView, fed over QWebChannel."""
from .capture import grab_map
from .panel import MapPanel
from .scheme import register_schemes

__all__ = ["MapPanel", "grab_map", "register_schemes"]

"""Border Monitor: a desktop GIS of incidents on the LT/LV/PL borders with Belarus."""

__version__ = "0.1.0"

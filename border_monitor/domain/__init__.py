"""The domain model: pure Python, no Qt, no I/O.

Names load on first use (``lazy_loader``), so importing one submodule does not import the others.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs={
    "errors": ["BorderMonitorError", "ImportRejected", "NotFoundError", "StoreError", "ValidationError"],
    "filters": ["IncidentFilter", "SortKey"],
    "incident": ["Incident"],
    "nationality": ["Nationality", "parse_nationalities"],
    "taxonomy": ["Border", "Country", "IncidentType", "Side", "Status"],
})

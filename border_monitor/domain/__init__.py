"""The domain model: pure Python, no Qt, no I/O."""
from .errors import BorderMonitorError, ImportRejected, NotFoundError, StoreError, ValidationError
from .filters import IncidentFilter, SortKey
from .incident import Incident
from .nationality import Nationality, parse_nationalities
from .taxonomy import Border, Country, IncidentType, Side, Status

__all__ = [
    "BorderMonitorError", "ImportRejected", "NotFoundError", "StoreError", "ValidationError",
    "IncidentFilter", "SortKey", "Incident", "Nationality", "parse_nationalities",
    "Border", "Country", "IncidentType", "Side", "Status",
]

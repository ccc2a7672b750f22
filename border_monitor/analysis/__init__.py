"""Analysis of the incidents in a store (no Qt): the early warning per sector and per border."""
from .early_warning import EarlyWarning, UnitWarning, early_warning
from .levels import Level, Thresholds, Trend, assess
from .reference_time import ReferenceTime, parse_reference_time

__all__ = ["EarlyWarning", "UnitWarning", "early_warning", "Level", "Thresholds", "Trend", "assess",
           "ReferenceTime", "parse_reference_time"]

"""Analysis of the incidents in a store (no Qt): the early warning per sector and per border.

Names load on first use (``lazy_loader``), so importing one submodule does not import the others.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs={
    "early_warning": ["EarlyWarning", "UnitWarning", "early_warning"],
    "levels": ["Level", "Thresholds", "Trend", "assess"],
    "reference_time": ["ReferenceTime", "parse_reference_time"],
})

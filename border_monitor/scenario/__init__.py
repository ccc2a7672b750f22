"""The synthetic 2021 demo scenario (no Qt): ``generate()`` and writing it into a store.

Names load on first use (``lazy_loader``), so importing one submodule does not import the others.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs={
    "defaults": ["DEFAULT_SEED", "MAX_INCIDENTS"],
    "demo2021": ["Scenario", "generate"],
    "demo_store": ["DemoSummary", "ensure_demo_store", "write_demo_store"],
})

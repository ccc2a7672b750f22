"""The synthetic 2021 demo scenario (no Qt): ``generate()`` and writing it into a store."""
from .demo2021 import DEFAULT_SEED, MAX_INCIDENTS, Scenario, generate
from .demo_store import DemoSummary, ensure_demo_store, write_demo_store

__all__ = ["DEFAULT_SEED", "MAX_INCIDENTS", "Scenario", "generate", "DemoSummary", "ensure_demo_store",
           "write_demo_store"]

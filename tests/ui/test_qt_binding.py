"""Guards the Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to None on
every Qt call that returns nothing, and the process later aborts (``none_dealloc``).
pyproject.toml excludes that release; this test catches it (or a new one like it) at once."""
from __future__ import annotations

import sys


def test_void_qt_calls_keep_none_refcount(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("")
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 2000 calls"

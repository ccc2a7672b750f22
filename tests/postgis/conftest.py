"""The database store's tests; the map's URL scheme is registered before pytest-qt makes the QApplication
(as tests/ui/conftest.py does) for the one test that opens the window."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if "--no-sandbox" not in _flags:  # the tests run as root, where Chromium's sandbox cannot start
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{_flags} --no-sandbox".strip()

try:
    from border_monitor.ui.map.scheme import register_schemes
except ImportError:  # no Qt: the window's test skips
    pass
else:
    register_schemes()

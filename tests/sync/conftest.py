"""Fixtures of the sync tests (helpers in ``sync_helpers``)."""
from __future__ import annotations

import pytest
from sync_helpers import new_store


@pytest.fixture
def two_stores(tmp_path):
    """Two empty stores ``a.gpkg`` and ``b.gpkg`` (closed; open them with ``open_store``)."""
    paths = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    for p in paths:
        new_store(p).close()
    return paths


# The GUI tests here open the main window: offscreen Qt and the map's URL scheme before the QApplication exists.
import os  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--no-sandbox" not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""):
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
                                                + " --no-sandbox").strip()


@pytest.fixture(scope="session")
def qapp_args():
    return ["border-monitor-tests"]


def pytest_configure(config):
    from border_monitor.ui.map.scheme import register_schemes

    register_schemes()

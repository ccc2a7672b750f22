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

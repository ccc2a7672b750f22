"""The packages whose names load on first use (``lazy_loader``): every name they list resolves to what the
submodule defines, and the format table the CLI's help shows agrees with the readers it stands for."""
from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

LAZY_PACKAGES = ("border_monitor.domain", "border_monitor.io", "border_monitor.scenario", "border_monitor.analysis",
                 "border_monitor.store", "border_monitor.store.gpkg")


@pytest.mark.parametrize("name", LAZY_PACKAGES)
def test_every_listed_name_resolves(name):
    package = importlib.import_module(name)
    assert package.__all__
    for attr in package.__all__:
        value = getattr(package, attr)
        assert not inspect.ismodule(value), (name, attr)
        home = getattr(value, "__module__", None)
        if home is not None and home.startswith("border_monitor."):
            assert getattr(importlib.import_module(home), attr) is value, (name, attr)
    assert set(package.__all__) <= set(dir(package))


def test_a_function_named_like_its_module_is_not_shadowed():
    # analysis.early_warning (the module) holds early_warning (the function): importing the module first
    # must not turn the package's name into the module.
    code = ("import border_monitor.analysis.early_warning, inspect\n"
            "from border_monitor.analysis import early_warning\n"
            "assert inspect.isfunction(early_warning), early_warning\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_read_formats_name_the_readers_formats():
    from border_monitor.io import gdal_reader, readers, xlsx_reader

    assert (readers.GEOJSON, readers.KML, readers.GPX, readers.GPKG) == \
        (gdal_reader.GEOJSON, gdal_reader.KML, gdal_reader.GPX, gdal_reader.GPKG)
    assert readers.XLSX == xlsx_reader.XLSX
    assert set(readers.READ_FORMATS.values()) == {"CSV", "TAK package", readers.GEOJSON, readers.KML, readers.GPX,
                                                   readers.GPKG, readers.XLSX}

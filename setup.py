"""Maps the top-level data/ and resources/ folders into the wheel.

Everything else lives in pyproject.toml. The two folders become the packages
``border_monitor.data`` and ``border_monitor.resources`` so that a plain
``pip install .`` carries them and ``importlib.resources`` finds them.
"""
from setuptools import find_packages, setup

ASSET_PACKAGES = {"border_monitor.data": "data", "border_monitor.resources": "resources"}
ASSET_GLOBS = ["*", "*/*", "*/*/*"]

setup(
    packages=find_packages(include=["border_monitor", "border_monitor.*"]) + list(ASSET_PACKAGES),
    package_dir=ASSET_PACKAGES,
    package_data={**{name: ASSET_GLOBS for name in ASSET_PACKAGES}},
    include_package_data=True,
)

"""The demo scenario's default seed and largest size, importable without its generator (numpy, shapely,
pyproj), so that ``border-monitor --help`` can show them."""

DEFAULT_SEED = 2021
MAX_INCIDENTS = 1_000_000

"""A plain (non-editable) wheel carries data/ and resources/ and finds them through importlib.resources."""
from __future__ import annotations

import pathlib
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (path,) = out.glob("border_monitor-*.whl")
    return path


def test_wheel_holds_every_data_and_resource_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, package in (("data", "border_monitor/data"), ("resources", "border_monitor/resources")):
        expected = {
            f"{package}/{p.relative_to(ROOT / folder).as_posix()}"
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        assert expected, f"{folder}/ is empty"
        missing = expected - names
        assert not missing, f"missing from the wheel: {sorted(missing)[:10]}"


def test_installed_wheel_finds_its_data(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from border_monitor.assets import data_path, resource_path;"
        "p = data_path('PROVENANCE.md'); r = resource_path();"
        "assert sys.argv[1] in str(p), p; assert p.is_file(), p; assert r.is_dir(), r; print(p)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr

"""The quick UTF-8 scan (``csv_dialects._scan_utf8``) answers as the full scan (``_scan_full``) for any file: the same
encoding, line count and last line end, or (where the quick scan does not decide) the very same answer or message,
whatever the bytes and wherever the blocks cut them."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from border_monitor.io import csv_dialects
from border_monitor.io.errors import UnreadableFileError

PIECES = st.sampled_from([b"id,lon\n", b"a", b",", b" ", b"\t", b"\n", b"\r", b"\r\n", "ė".encode(), "Ž".encode(),
                          "ł".encode(), "\ufffd".encode(), "\ufeff".encode(), "€".encode(), b"\xe0", b"\xe8",
                          b"\xef", b"\xbf", b"\xbd", b"\xc5", b"\x00", b"\xff\xfe", "😀".encode()])
FILES = st.lists(PIECES, max_size=40).map(b"".join)


def answer(scan, path, encoding=None):
    try:
        return scan(path, encoding)
    except UnreadableFileError as exc:
        return f"refused: {exc}"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=FILES, block=st.integers(1, 9), bom=st.booleans())
def test_quick_scan_answers_as_the_full_one(tmp_path, monkeypatch, data, block, bom):
    path = tmp_path / "x.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    monkeypatch.setattr(csv_dialects, "BLOCK", block)
    assert answer(csv_dialects.scan_encoding, path) == answer(csv_dialects._scan_full, path)


@pytest.mark.parametrize("data, quick", [
    ("id,opis\nł,ė\n".encode(), True),
    ("id\r1\r2".encode(), True),               # old Mac line ends: CRs are the lines
    ("id,x\n\ufffd\n".encode(), False),        # a U+FFFD in the file is counted as damage by the full scan
    (b"id,x\n\xe8\n", False),                  # a code page letter
    (b" \n\t\r\n", False),                     # blanks only
])
def test_which_files_the_quick_scan_decides(tmp_path, monkeypatch, data, quick):
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    monkeypatch.setattr(csv_dialects, "BLOCK", 3)
    assert (csv_dialects._scan_utf8(path) is not None) == quick
    assert answer(csv_dialects.scan_encoding, path) == answer(csv_dialects._scan_full, path)

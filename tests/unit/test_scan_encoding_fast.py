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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=FILES, block=st.integers(1, 9), bom=st.booleans())
def test_the_start_scan_takes_a_plain_utf8_file_as_the_whole_scan_does(tmp_path, monkeypatch, data, block, bom):
    """``scan_utf8_start`` (a child reading a big file at once) says UTF-8 of no file whose first block is not plain
    UTF-8, and of a file the whole scan finds plain UTF-8 it says the same (unless its first block is only blanks
    or the whole file), never knowing its lines."""
    path = tmp_path / "x.csv"
    raw = (b"\xef\xbb\xbf" if bom else b"") + data
    path.write_bytes(raw)
    monkeypatch.setattr(csv_dialects, "BLOCK", block)
    start = csv_dialects.scan_utf8_start(path)
    first = raw[:block]
    if start is not None:
        assert not start.whole and start.detected
        assert start.encoding == (csv_dialects.UTF8_BOM if raw.startswith(b"\xef\xbb\xbf") else csv_dialects.UTF8)
        assert b"\x00" not in first and "\ufffd".encode() not in first and first.strip(b"\t\n\r ")
        assert len(raw) > block
        first.decode("utf-8", errors="ignore")  # (the block may end inside a letter)
        try:
            first.decode("utf-8")
        except UnicodeDecodeError as exc:
            assert exc.start >= len(first) - 3 and exc.reason == "unexpected end of data"
    whole = answer(csv_dialects.scan_encoding, path)
    if (not isinstance(whole, str) and whole.encoding in (csv_dialects.UTF8, csv_dialects.UTF8_BOM)
            and len(raw) > block and first.strip(b"\t\n\r ")):
        assert start is not None and start.encoding == whole.encoding

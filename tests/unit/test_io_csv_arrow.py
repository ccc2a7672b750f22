"""pyarrow reads a streamed CSV's records (``csv_record_bytes`` cuts them, ``csv_arrow_columns`` reads them) into
exactly the columns ``csv.reader`` gives (``CsvStream(arrow=False)``, the reading of ``read_csv``): the same texts in
the same numpy arrays, the same line numbers, the same field count errors, the same refusal at the same place."""
from __future__ import annotations

import csv
import io
import logging
import re
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from border_monitor.io import csv_record_bytes, csv_stream
from border_monitor.io.csv_stream import CsvStream, NotStreamable
from border_monitor.io.read_limits import ReadLimits

HEADER = ["id", "occurred_at", "country", "type", "lon", "lat", "description", "source", "persons", "remark"]
LETTERS = "aZ09 .'=-+@ąčęėįšųūžĄŠŽłńśźżĆŁ\u00a0\u2003Жё"  # spaces beyond ASCII: strip() and numpy must agree
SEPARATORS = [",", ";", "\t", "|"]


def records_read(path: Path, arrow: bool, chunk_rows: int = 3, limits: ReadLimits | None = None):
    """Every chunk ``CsvStream.record_columns`` yields (each column as its dtype and texts), then the error that
    ended it (its type and sentence), if any."""
    chunks = []
    stream = CsvStream(path, arrow=arrow, chunk_rows=chunk_rows, **({"limits": limits} if limits else {}))
    try:
        for raw, rows, shape_errors in stream.record_columns():
            chunks.append(({name: (values.dtype.str, values.tolist()) for name, values in raw.items()},
                           rows.dtype.str, rows.tolist(), [(e.row, e.field, e.value, e.message) for e in shape_errors]))
    except Exception as exc:  # noqa: BLE001 - the very error is compared
        return chunks, (type(exc).__name__, str(exc))
    return chunks, None


@st.composite
def fields(draw, separator: str, odd: bool = False):
    text = draw(st.text(alphabet=LETTERS + separator + '"\r\n\t,;|', max_size=12))
    plain = re.sub(f'[{re.escape(separator)}"\r\n]', "", text)
    if odd:  # where strict CSV is broken or unusual: csv.reader names it, pyarrow is not to be trusted with it
        return draw(st.sampled_from([f'{plain}"x', f'"{plain}"x', f' "{plain}"', f'"{plain}" ', f'"{plain}""',
                                     f'"{plain}']))
    if draw(st.booleans()):
        return '"' + text.replace('"', '""') + '"'
    return plain


@st.composite
def csv_texts(draw):
    separator = draw(st.sampled_from(SEPARATORS))
    width = len(HEADER)
    lines = [separator.join(HEADER)]
    for _ in range(draw(st.integers(0, 14))):
        shape = draw(st.sampled_from(["record"] * 12 + ["blank", "spaces", "short", "long", "trailing", "odd"]))
        if shape == "blank":
            line = ""
        elif shape == "spaces":
            line = draw(st.sampled_from([" ", "\t ", "  "]))
        else:
            count = {"short": width - 2, "long": width + 1}.get(shape, width)
            cells = [draw(fields(separator)) for _ in range(count)]
            if shape == "odd":
                cells[draw(st.integers(0, count - 1))] = draw(fields(separator, odd=True))
            line = separator.join(cells)
            if shape == "trailing":
                line += separator * draw(st.integers(1, 2))
        lines.append(line)
    ends = [draw(st.sampled_from(["\n", "\r\n", "\r"])) for _ in lines[:-1]]
    ends.append(draw(st.sampled_from(["\n", "\r\n", ""])))
    return draw(st.sampled_from(["", "\ufeff"])) + "".join(line + end for line, end in zip(lines, ends))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(text=csv_texts(), block=st.sampled_from([7, 64, 1 << 20]), chunk_rows=st.integers(1, 4))
def test_pyarrow_reads_every_record_as_csv_reader_does(monkeypatch, text, block, chunk_rows):
    monkeypatch.setattr(csv_record_bytes, "BLOCK", block)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.csv"
        path.write_bytes(text.encode("utf-8"))
        assert records_read(path, True, chunk_rows) == records_read(path, False, chunk_rows)


@settings(max_examples=100, deadline=None)
@given(text=csv_texts(), encoding=st.sampled_from(["cp1257", "cp1250"]))
def test_code_pages_are_read_as_csv_reader_reads_them(text, encoding):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.csv"
        path.write_bytes(text.lstrip("\ufeff").encode(encoding, errors="replace"))
        assert records_read(path, True) == records_read(path, False)


def _export_like(path: Path, n: int, newline: str = "\r\n", separator: str = ",") -> Path:
    rows = [[f"{k:08x}-0000-4000-8000-000000000000", "2021-08-01T12:00:00.000Z", "LT", "apprehension",
             f"25.{k:04d}", "54.5", f"Grupė {k}, \"prie\" sienos\nantra eilutė" if k % 3 == 0 else f"pranešimas {k}",
             "VSAT", str(k % 5 + 1), ""] for k in range(n)]
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=separator, lineterminator=newline)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_a_clean_file_is_read_by_pyarrow_and_a_broken_one_by_csv_reader_from_where_it_breaks(tmp_path, caplog,
                                                                                                monkeypatch):
    monkeypatch.setattr(csv_record_bytes, "BLOCK", 4096)
    clean = _export_like(tmp_path / "clean.csv", 200)
    with caplog.at_level(logging.DEBUG, logger="border_monitor.io.csv_stream"):
        assert records_read(clean, True, 25) == records_read(clean, False, 25)
    assert "8 chunks read by pyarrow, 0 by csv.reader" in caplog.text
    broken = tmp_path / "broken.csv"
    text = clean.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(k for k in range(150, len(text)) if text[k].count('"') == 0)
    text[line] = text[line].replace("pranešimas", 'prane"šimas', 1)  # a quote inside a field not quoted
    broken.write_text("".join(text), encoding="utf-8", newline="")
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="border_monitor.io.csv_stream"):
        arrow = records_read(broken, True, 25)
    assert arrow == records_read(broken, False, 25)
    assert re.search(r"is read by csv.reader from byte \d+ \(line \d+\): a quote stands", caplog.text)
    read_by_arrow = int(re.search(r"(\d+) chunks read by pyarrow", caplog.text).group(1))
    assert 3 <= read_by_arrow < 8  # the chunks before the odd quote, not the rest


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_line_numbers_of_records_over_several_lines(tmp_path, newline, separator):
    path = _export_like(tmp_path / "in.csv", 30, newline, separator)
    chunks, error = records_read(path, True, 7)
    assert error is None and (chunks, error) == records_read(path, False, 7)
    rows = [r for chunk in chunks for r in chunk[2]]
    assert rows[:5] == [2, 4, 5, 6, 8]  # records 0 and 3 have a line break inside their description


def test_a_line_over_the_limit_is_refused_as_csv_reader_refuses_it(tmp_path):
    limits = ReadLimits(max_field_bytes=64)
    path = _export_like(tmp_path / "in.csv", 40)
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write("x" * 70_000 + "\r\n")
    arrow = records_read(path, True, 7, limits)
    assert arrow == records_read(path, False, 7, limits)
    assert arrow[1] is not None and "line 56 is longer than" in arrow[1][1]


def test_a_field_over_the_limit_is_refused_as_csv_reader_refuses_it(tmp_path):
    limits = ReadLimits(max_field_bytes=300)
    path = _export_like(tmp_path / "in.csv", 40)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("pranešimas 20", '"' + "y\n" * 200 + '"', 1), encoding="utf-8", newline="")
    arrow = records_read(path, True, 7, limits)
    assert arrow == records_read(path, False, 7, limits)
    assert arrow[1] is not None and "is longer than 300 characters" in arrow[1][1]


def test_record_chunks_stop_where_a_record_never_ends():
    """A quoted field that runs on past the line limit: the cut stops before it, bounded (csv.reader refuses it)."""
    data = b'a,b\r\n' * 5 + b'"' + b"x\n" * 3000
    chunks = []
    with pytest.raises(csv_record_bytes.Unproven) as stop:
        for chunk in csv_record_bytes.record_chunks(io.BytesIO(data), 0, 1, ",", 2, 1000, block=512):
            chunks.append(chunk)
    assert [c.records for c in chunks] == [2, 2]
    assert (stop.value.offset, stop.value.line) == (20, 5)
    assert "never closed" in stop.value.why or "not ended" in stop.value.why


def test_a_clean_stream_yields_the_batches_csv_reader_gives(tmp_path):
    path = _export_like(tmp_path / "in.csv", 60)
    mine, theirs = CsvStream(path, chunk_rows=16, arrow=True), CsvStream(path, chunk_rows=16, arrow=False)
    a, b = list(mine.batches()), list(theirs.batches())
    assert [len(x) for x in a] == [len(x) for x in b] == [16, 16, 16, 12]
    for x, y in zip(a, b):
        for name in ("occurred_at_ms", "country", "type", "lon", "lat", "persons", "status", "row", "id",
                     "nationalities", "description", "source"):
            assert getattr(x, name).dtype == getattr(y, name).dtype and np.array_equal(getattr(x, name),
                                                                                       getattr(y, name)), name
    assert mine.source == theirs.source
    broken = tmp_path / "broken.csv"
    broken.write_text(path.read_text(encoding="utf-8").replace("25.0050", "east", 1), encoding="utf-8", newline="")
    with pytest.raises(NotStreamable) as here:
        list(CsvStream(broken, chunk_rows=16, arrow=True).batches())
    with pytest.raises(NotStreamable) as there:
        list(CsvStream(broken, chunk_rows=16, arrow=False).batches())
    assert str(here.value) == str(there.value) == "line 69 has errors"


def test_numpy_strips_the_blanks_python_strips():
    """``batch_builder._stripped`` strips a unicode column with numpy for ``str.strip``: the same, for every
    code point (NUL included, as a unicode array keeps it)."""
    from border_monitor.io.batch_builder import _stripped

    chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]
    column = np.array([c + "a" + c for c in chars] + [c + c for c in chars] + chars + [""])
    assert _stripped(column).tolist() == [str(v).strip() for v in column.astype(object)]
    assert _stripped(column).dtype == object


DECIMALS = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.floats(-200, 200).map(lambda v: f"{v:.{abs(hash(v)) % 20}f}"),
    st.text(alphabet="0123456789", min_size=1, max_size=39),
    st.text(alphabet="0123456789.-+eE ,_\x00a", max_size=8),
    st.from_regex(r"-?[0-9]{1,20}\.[0-9]{1,19}", fullmatch=True),
)


@settings(max_examples=500, deadline=None)
@given(values=st.lists(DECIMALS, min_size=1, max_size=6))
def test_decimal_floats_are_numpys_to_the_bit(values):
    """``column_parsers.decimal_floats`` (pyarrow's cast) gives numpy's float64 cast of every plain decimal, bit for bit,
    and None for a column with any value it does not know to read alike."""
    from border_monitor.io.column_parsers import decimal_floats

    text = np.array(values, dtype=str)
    fast = decimal_floats(text)
    plain = re.compile(r"-?[0-9]+(\.[0-9]+)?")
    stored = text.tolist()  # as numpy keeps them (a NUL at the end is dropped)
    assert (fast is not None) == all(plain.fullmatch(v) and len(v) <= 40 for v in stored)
    if fast is not None:
        assert np.array_equal(fast.view(np.int64), text.astype(np.float64).view(np.int64))
        assert fast.dtype == np.float64 and fast.flags.writeable  # callers put stand-ins in bad cells


def test_long_columns_parse_as_short_ones():
    """Columns long enough for ``decimal_floats`` give what numpy's cast gives, with the same errors."""
    from border_monitor.io import column_parsers

    n = column_parsers.FAST_FLOATS
    persons = np.array(["3", "0", "12.0", "-1"] * n)
    assert column_parsers.parse_whole_numbers(persons)[0].tolist() == [3, 0, 12, -1] * n
    commas = np.array(["54,5", "-0,25"] * n)
    values, errors = column_parsers.parse_floats(commas, decimal_comma=True)
    assert values.tolist() == [54.5, -0.25] * n and errors == {}
    whole, errors = column_parsers.parse_whole_numbers(np.array(["2.5"] + ["1"] * n))
    assert errors == {0: "is not a whole number"} and whole[0] == 0 and whole[1:].tolist() == [1] * n


def test_a_line_without_end_is_left_to_csv_reader_after_a_bounded_read():
    """A line that never ends (a file of one huge line): the cut reads no more than the line limit and a block or
    two before it leaves the rest to csv.reader (which refuses the line after reading past the limit, no more)."""
    stream = io.BytesIO(b"a,b\r\n" * 3 + b"x" * (50 << 20))
    with pytest.raises(csv_record_bytes.Unproven) as stop:
        for _ in csv_record_bytes.record_chunks(stream, 0, 1, ",", 10, 1 << 20, block=1 << 18):
            pass
    assert (stop.value.offset, stop.value.line) == (0, 1) and "within 1,048,576 bytes" in stop.value.why
    assert stream.tell() <= (1 << 20) + 2 * (1 << 18)

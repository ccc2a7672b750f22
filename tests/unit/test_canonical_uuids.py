"""The byte-block check of canonical ids (``batch._canonical_uuids``) answers as the check of any ids it falls back to
(``_canonical_uuids_wide``), and both as ``uuid.UUID`` would: 8-4-4-4-12 lower-case hex digits, nothing else
(trailing NULs aside, which numpy's text arrays drop)."""
from __future__ import annotations

import uuid

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.domain import batch

CANONICAL = st.uuids().map(str)


def _mutated(text: str, at: int, char: str) -> str:
    return text[:at] + char + text[at + 1:]


IDS = st.one_of(
    CANONICAL,
    CANONICAL.map(str.upper),
    st.tuples(CANONICAL, st.integers(0, 35), st.sampled_from(list("g-0aF _\0é{}") + ["\u0660"])).map(
        lambda t: _mutated(*t)),
    CANONICAL.map(lambda u: u + "\0"),
    CANONICAL.map(lambda u: u[:-1]),
    CANONICAL.map(lambda u: u.replace("-", "")),
    st.text(max_size=40),
)


def by_uuid(value) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, TypeError, AttributeError):
        return False


@settings(max_examples=400, deadline=None)
@given(st.lists(IDS, min_size=1, max_size=12), st.booleans())
def test_fast_check_answers_as_the_wide_one(values, clean):
    if clean:  # the path of the fast check: every id 36 ASCII characters
        values = [v if len(v) == 36 and v.isascii() else str(uuid.UUID(int=len(v))) for v in values]
    ids = np.array(values, dtype=object)
    got = batch._canonical_uuids(ids)
    assert got.dtype == bool and got.tolist() == batch._canonical_uuids_wide(ids).tolist()
    # (numpy's text drops trailing NULs: "<uuid>\0" counts as canonical, as it always did)
    assert got.tolist() == [by_uuid(v.rstrip("\0")) for v in values]


def test_ids_that_are_not_all_text_and_empty_ids():
    ids = np.array([str(uuid.uuid4()), 12, None], dtype=object)
    assert batch._canonical_uuids(ids).tolist() == [True, False, False]
    assert batch._canonical_uuids(np.array([], dtype=object)).tolist() == []

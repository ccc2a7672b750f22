"""The faster forms of per-row checks give what the plain forms give: repeated ids (``IncidentBatch.validate``), ids
stripped (``batch_builder._ids``)."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.domain.batch import _repeated_ids
from border_monitor.io.batch_builder import _ids
from border_monitor.io.column_parsers import as_object_text

IDS = st.lists(st.one_of(st.sampled_from(["a", "b", "a\x00", " a", "6f1c2b9e-2d7a-4c55-9a53-0d0f6d1e7a10"]),
                         st.text(max_size=5), st.integers(0, 3), st.floats(allow_nan=True)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(ids=IDS)
def test_repeated_ids_are_those_np_unique_counts_twice(ids):
    column = np.array(ids, dtype=object)
    values, counts = _repeated_ids(column)
    plain, plain_counts = np.unique(column.astype(str), return_counts=True)
    assert values[counts > 1].tolist() == plain[plain_counts > 1].tolist()


@settings(max_examples=300, deadline=None)
@given(ids=IDS)
def test_ids_are_stripped_as_one_by_one(ids):
    column = np.array([" 6f1c2b9e-2d7a-4c55-9a53-0d0f6d1e7a10\t", *ids], dtype=object)  # a UUID: the column is ours
    text, note = _ids(column)
    plain = np.array([v.strip() if isinstance(v, str) else str(v) for v in as_object_text(column)], dtype=object)
    filled = plain != ""  # the others get new UUIDs
    assert note is None and text[filled].tolist() == plain[filled].tolist()
    assert text[0] == "6f1c2b9e-2d7a-4c55-9a53-0d0f6d1e7a10"

"""The columnar index converts long Python lists to arrays a slice at a time (so the query worker never holds the
GIL long): the codes and the text-search lookup table are the same as one conversion gives, across slices."""
import numpy as np

from border_monitor.store.cache import columnar
from border_monitor.store.cache.columnar import LIST_SLICE, Vocabulary, array_of


def test_array_of_equals_one_conversion_across_slice_edges():
    for n in (0, 1, LIST_SLICE - 1, LIST_SLICE, LIST_SLICE + 1, 2 * LIST_SLICE + 3):
        values = [(k * 7919) % 100_003 - 5 for k in range(n)]
        out = array_of(values, np.int32)
        assert out.dtype == np.int32 and out.tolist() == values


def test_vocabulary_codes_and_matches_past_one_slice():
    n = LIST_SLICE + 10
    texts = [f"Kuźnica {k}" if k % 2 else f"forest {k}" for k in range(n)]
    vocab = Vocabulary()
    codes = vocab.encode(texts + [None, texts[3]])
    assert codes.tolist() == list(range(n)) + [-1, 3]
    lut = vocab.matching("kuznica")
    assert len(lut) == n + 1 and not lut[-1]  # the NULL entry stays false
    assert lut[:-1].tolist() == [k % 2 == 1 for k in range(n)]
    assert vocab.matching(columnar.fold("FOREST " + str(n - 2)))[n - 2]  # n - 2 is even: a "forest" text

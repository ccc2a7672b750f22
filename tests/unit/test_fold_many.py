"""``fold_many`` folds a batch exactly as ``fold`` folds each text (it takes a faster path, never another answer)."""
from hypothesis import given, settings, strategies as st

from border_monitor.domain.text_fold import fold, fold_many

# Letters the fold treats specially, combining marks of the BMP and beyond it, Hangul jamo that compose, the
# batch separator itself, plus any text at all.
SPECIAL = "łŁđøßæœþŠalčĮėįąęĀāņ\u0301\u0328\u20dd\U0001d167\u1100\u1161\u11a8ﬁİ\x1e한"
texts = st.lists(st.one_of(st.text(alphabet=SPECIAL + "abc XYZ"), st.text()), max_size=30)


@given(texts)
@settings(max_examples=400, deadline=None)
def test_fold_many_equals_fold_one_by_one(batch):
    assert fold_many(batch) == [fold(t) for t in batch]


def test_fold_many_of_named_places_and_marks_beyond_the_bmp():
    assert fold_many(["\u0301"]) == [""]  # nothing left after the marks are dropped
    batch = ["Šalčininkai", "KUŹNICA", "plain ascii", "Łosośna", "a\U0001d167b", "\u1100", "\u1161", "Straße"]
    assert fold_many(batch) == ["salcininkai", "kuznica", "plain ascii", "lososna", "ab", "\u1100", "\u1161",
                                "strasse"]


def test_fold_many_over_several_chunks_keeps_every_text_in_place():
    """Batches longer than one chunk: each chunk folded on its own, the answers back in the texts' order (one
    chunk with the separator in it takes the one-by-one path, the others the joined one)."""
    from border_monitor.domain import text_fold

    size = text_fold.FOLD_CHUNK
    batch = [f"Kuźnica {k}" if k % 3 else f"plain {k}" for k in range(2 * size + 7)]
    batch[size + 5] = "a\x1eŁ"
    folded = fold_many(batch)
    assert len(folded) == len(batch)
    assert folded == [fold(t) for t in batch]
    assert folded[-1] == f"kuznica {2 * size + 6}" and folded[size + 5] == "a\x1el"

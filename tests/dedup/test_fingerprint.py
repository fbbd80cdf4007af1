import pytest

from crosswire.dedup.fingerprint import (
    containment,
    fingerprint,
    packed,
    packed_containment,
    shingles,
    tokens,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hello, World!", ["hello", "world"]), ("  ", []), ("U.S. — 2014", ["u", "s", "2014"])],
)
def test_tokens(text, expected):
    assert tokens(text) == expected


def test_shingles_count_and_short_text():
    assert len(shingles(["a", "b", "c", "d", "e", "f"], 5)) == 2
    assert len(shingles(["a", "b"], 5)) == 1
    assert shingles([], 5) == frozenset()


def test_fingerprint_ignores_case_and_punctuation_only():
    a = fingerprint("The minister said: no.", 5)
    assert a == fingerprint("the MINISTER said no", 5)
    assert a.exact != fingerprint("the minister said yes", 5).exact


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [({1, 2}, {1, 2, 3, 4}, 1.0), ({1, 2, 3, 4}, {1, 5}, 0.5), (set(), {1}, 0.0)],
)
def test_containment_is_of_the_smaller_set(a, b, expected):
    assert containment(frozenset(a), frozenset(b)) == expected


def test_packed_shingles_give_the_same_containment():
    one = fingerprint("The council voted on Monday to fund two new bridges over the river.", 3)
    two = fingerprint("On Monday the council voted to fund two new bridges, officials said.", 3)
    for a, b in [(one, two), (two, one), (one, one)]:
        got = packed_containment(packed(a.shingles), packed(b.shingles))
        assert got == containment(a.shingles, b.shingles)
    assert 0 < containment(one.shingles, two.shingles) < 1
    assert packed(frozenset({2**64 - 1, 3})).tolist() == [3, 2**64 - 1]  # every 64-bit hash fits
    assert packed_containment(packed(frozenset()), packed(one.shingles)) == 0.0

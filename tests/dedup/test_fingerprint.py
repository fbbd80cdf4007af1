import pytest

from crosswire.dedup.fingerprint import containment, fingerprint, shingles, tokens


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

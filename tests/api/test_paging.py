import pytest

from crosswire.api.paging import decode_cursor, encode_cursor
from crosswire.errors import InputError


@pytest.mark.parametrize(
    ("kind", "key"),
    [("events", ("2021-10-01", "abc")), ("events", ("~", "ffff")), ("actors", (3, "RUS")),
     ("stories", ("", "s0001")), ("articles", ("a00001",))],
)  # fmt: skip
def test_cursor_round_trip(kind, key):
    assert decode_cursor(kind, encode_cursor(kind, key)) == key


# Well-formed cursors of the right list whose keyset has the wrong shape.
WRONG_KEYS = {
    "stories": [("x",), ("x", "y", "z"), (1, "s0001"), ("x", None), ("x", ["y"])],
    "events": [("2021-10-01",), ("2021-10-01", 5), ({}, "e"), ("a", "b", "c")],
    "actors": [("RUS",), ("3", "RUS"), (True, "RUS"), (-1, "RUS"), (2**70, "RUS"), (3.5, "RUS")],
    "articles": [(1,), ("a", "b"), (None,)],
}


@pytest.mark.parametrize(
    "bad",
    ["!!!", "e30", encode_cursor("stories", ("x", "y")), encode_cursor("events", ())],
)
def test_bad_cursor_is_an_input_error(bad):
    with pytest.raises(InputError):
        decode_cursor("events", bad)


@pytest.mark.parametrize(
    ("kind", "key"), [(kind, key) for kind, keys in WRONG_KEYS.items() for key in keys]
)
def test_cursor_with_the_wrong_key_shape_is_an_input_error(kind, key):
    with pytest.raises(InputError, match=f"{kind} list"):
        decode_cursor(kind, encode_cursor(kind, key))


def test_no_key_no_cursor():
    assert encode_cursor("events", None) is None
    assert decode_cursor("events", None) is None

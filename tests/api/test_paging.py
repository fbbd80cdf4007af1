import pytest

from crosswire.api.paging import decode_cursor, encode_cursor
from crosswire.errors import InputError


@pytest.mark.parametrize("key", [("2021-10-01", "abc"), (3, "RUS"), ("~", "ffff")])
def test_cursor_round_trip(key):
    assert decode_cursor("events", encode_cursor("events", key)) == key


@pytest.mark.parametrize("bad", ["!!!", "e30", encode_cursor("stories", ("x", "y"))])
def test_bad_cursor_is_an_input_error(bad):
    with pytest.raises(InputError):
        decode_cursor("events", bad)


def test_no_key_no_cursor():
    assert encode_cursor("events", None) is None
    assert decode_cursor("events", None) is None

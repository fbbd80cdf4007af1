import pytest

from crosswire.api.errors import status_of
from crosswire.errors import ConfigError, DataError, FetchError, InputError, NotFound, StoreError


@pytest.mark.parametrize(
    ("exc", "status"),
    [(NotFound("x"), 404), (InputError("x"), 400), (FetchError("x"), 400),
     (StoreError("x"), 503), (DataError("x"), 500), (ConfigError("x"), 500)],
)  # fmt: skip
def test_status_of(exc, status):
    assert status_of(exc) == status

"""Every query parameter is checked: a value the API cannot use is a JSON error naming the
parameter (422, or 400 for a pair of values that contradict), never a 500 or a quiet answer."""

import pytest


@pytest.fixture(scope="module")
def lenient(synth_db):
    """A client that answers a server error as the server would, instead of raising it."""
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    with TestClient(create_app(synth_db), raise_server_exceptions=False) as c:
        yield c


def _error(client, url: str, status: int, *needles: str) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.text)
    body = response.json()
    assert body["status"] == status and set(body) == {"status", "message"}
    for needle in needles:
        assert needle in body["message"], body["message"]
    return body["message"]


@pytest.mark.parametrize("route", ["/api/stories", "/api/events"])
@pytest.mark.parametrize("name", ["date_from", "date_to"])
@pytest.mark.parametrize(
    "day",
    ["2019-13-45", "2019-02-30", "2021-02-29", "2021-04-31", "2021-00-10"],
)
def test_a_day_that_is_not_in_the_calendar_is_refused(lenient, route, name, day):
    message = _error(lenient, f"{route}?{name}={day}", 422, name, day)
    assert not message.startswith("Value error")
    assert lenient.get(f"{route}?{name}=2020-02-29").status_code == 200  # a leap day is a day


@pytest.mark.parametrize("route", ["/api/stories", "/api/events"])
def test_a_span_that_ends_before_it_starts_is_refused(lenient, route):
    _error(lenient, f"{route}?date_from=2021-10-20&date_to=2021-10-01", 400, "date_from", "after")
    assert lenient.get(f"{route}?date_from=2021-10-01&date_to=2021-10-01").status_code == 200


@pytest.mark.parametrize(
    ("name", "wrong", "right", "needles"),
    [
        ("modality", "certain", "Hedged", ["asserted", "hedged"]),
        ("plover", "SANCTIONS", "sanction", ["SANCTION", "COERCE"]),
        ("cameo", "99", "16", ["99"]),
    ],
)
def test_event_filters_take_only_the_values_of_their_vocabulary(
    lenient, name, wrong, right, needles
):
    _error(lenient, f"/api/events?{name}={wrong}", 422, name, *needles)
    # any case, as the store matches; the store has such events
    answered = lenient.get(f"/api/events?{name}={right}&limit=500")
    assert answered.status_code == 200 and answered.json()["items"]

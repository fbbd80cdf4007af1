"""The analyst's pages in Chromium over a store of invented news (workbench_store): each page
loads with nothing on the console and shows its key content; the story timeline keeps current
events apart at phone width; the actor picker survives an API that answers nulls."""

import re

import pytest

from tests.web.browser import chromium, require_chromium, serving, serving_app


@pytest.fixture(scope="module")
def client(workbench_db):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    with TestClient(create_app(workbench_db)) as c:
        yield c


@pytest.mark.parametrize(
    ("path", "script"),
    [("/events", "events.js"), ("/actors", "actors.js"), ("/actors/code:NOR", "actor.js"),
     ("/overview", "overview.js"), ("/network", "network.js")],
)  # fmt: skip
def test_new_page_shells(client, path, script):
    response = client.get(path)
    assert response.status_code == 200 and f"/static/{script}" in response.text
    assert 'name="viewport"' in response.text and "https://" not in response.text


@pytest.fixture(scope="module")
def server(workbench_db):
    require_chromium()
    with serving(workbench_db) as base:
        yield base


# Every page of the site, with what must be on it once its scripts ran.
PAGES = [
    ("/", ['href="/stories/s-fisheries"', '<option value="person:ana-ruiz"']),
    ("/stories/s-fisheries", ['class="timeline"', "2023-05-08 – 2023-05-22",
                              "background from 1976", 'href="/actors/Ana%20Ruiz?code=CHLGOV"']),
    ("/articles/harbour-2", ['id="ev-', 'href="/actors/Ana%20Ruiz?code=CHLGOV"',
                             'href="https://news.example.org/harbour-2"',
                             'href="/stories/s-fisheries"']),
    ("/pairs/code:NOR/code:CHL", ['class="pairchart"', "Goldstein mean", 'class="dot"']),
    ("/events", ["8 event(s) match", "Lofoten", 'href="/api/events/download?']),
    ("/actors", ['data-actor="person:ana-ruiz"', "CHLGOV"]),
    ("/actors/person:ana-ruiz", ["We want a fair deal", 'href="/actors/code%3ANOR"', "CHLGOV"]),
    ("/overview", ["<rect", "2023-04-23 – 2023-05-22", 'href="/stories/s-fisheries"']),
    ("/network", ['class="node"', 'href="/pairs/code%3ACHL/code%3ANOR"']),
]  # fmt: skip


@pytest.mark.browser
@pytest.mark.parametrize(("path", "needles"), PAGES)
def test_page_renders_without_console_messages(server, path, needles):
    dom, console = chromium(server + path)
    assert console == []
    assert 'data-state="ready"' in dom and "Could not load" not in dom
    for needle in needles:
        assert needle in dom


def _rows(dom: str) -> list[str]:
    return re.findall(r'<tr data-event="([0-9a-f]+)"', dom)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "n"),
    [("actor=person:ana-ruiz", 1), ("country=PER", 1), ("q=lofoten", 1), ("plover=SANCTION", 2),
     ("cameo=16", 2), ("modality=planned", 1), ("date_from=2023-05-10&date_to=2023-05-21", 2),
     ("min_sources=2", 2), ("min_confidence=0.85", 3), ("pair=NOR,PER", 1)],
)  # fmt: skip
def test_events_page_filters(server, query, n):
    dom, console = chromium(f"{server}/events?{query}")
    assert console == [] and len(_rows(dom)) == n
    # the downloads carry the same filters
    assert all(f"{p.replace(',', '%2C').replace(':', '%3A')}" in dom for p in query.split("&"))


@pytest.mark.browser
def test_events_page_sorts(server):
    dom, _ = chromium(f"{server}/events?sort=confidence&order=desc")
    confidences = re.findall(r'data-label="confidence">([0-9.]+)<', dom)
    assert len(confidences) == 8 and confidences == sorted(confidences, reverse=True)


@pytest.mark.browser
def test_story_timeline_breaks_the_axis_at_phone_width(server):
    dom, _ = chromium(f"{server}/stories/s-fisheries", size=(390, 900))
    width = float(re.search(r'<svg viewBox="0 0 ([\d.]+) [\d.]+"[^>]*class="timeline"', dom)[1])
    point = r'<g class="point[^"]*" data-id="([^"]+)"[^>]*><circle cx="([\d.]+)" cy="\S+" r="(\d+)"'
    points = re.findall(point, dom)
    assert len(points) == 7  # every dated story event is drawn
    x = {sid: (float(cx), float(r)) for sid, cx, r in points}
    assert all(r <= cx <= width - r for cx, r in x.values())  # none clipped off
    talks, accusation, expulsion = x["s-fisheries-e0"], x["s-fisheries-e2"], x["s-fisheries-e5"]
    # two days apart in a two-week story, though 1976 is on the same axis: visibly apart
    assert accusation[0] - talks[0] > 2 * talks[1]
    assert expulsion[0] - accusation[0] > 100
    assert x["s-fisheries-e1"][0] < talks[0]  # 1976, before the break


@pytest.fixture
def null_actors_server(workbench_db):
    """The app with /api/actors answering nulls, as a store of an older version did."""
    require_chromium()
    from fastapi.routing import APIRoute

    from crosswire.api import create_app

    def actors() -> dict:
        names = {"names": None, "codes": None, "n_events": 1, "kind": "code"}
        return {"items": [{"actor_id": "code:NOR", "name": None, **names},
                          {"actor_id": "code:CHL", "name": "Chile", **names}],
                "next_cursor": None}  # fmt: skip

    app = create_app(workbench_db)
    app.router.routes.insert(0, APIRoute("/api/actors", actors, methods=["GET"]))
    with serving_app(app, probe="/api/actors") as base:
        yield base


@pytest.mark.browser
def test_actor_picker_survives_null_names(null_actors_server):
    dom, console = chromium(null_actors_server + "/")
    assert console == [] and 'data-state="ready"' in dom
    second = dom[dom.index('name="b"') :]
    assert '<option value="code:CHL"' in second[: second.index("</select>")]  # both filled

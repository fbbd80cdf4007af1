"""Pages: served in-process (shells and static files, all local), then opened in
Debian's Chromium against `crosswire serve`, checking what a person would see."""

import re

import pytest

from tests.web.browser import PHONE, chromium, require_chromium, serving


@pytest.fixture(scope="module")
def client(synth_db):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    with TestClient(create_app(synth_db)) as c:
        yield c


@pytest.mark.parametrize(
    ("path", "needs"),
    [
        ("/", ["/static/index.js"]),
        ("/stories/s0000", ['data-story="s0000"', "/static/charts.js", 'id="matrix"']),
        ("/pairs/IGOWSTNAT/RUS", ['data-a="IGOWSTNAT"', "/static/charts.js"]),
        ("/articles/a00001", ['data-article="a00001"']),
    ],
)
def test_page_shells(client, path, needs):
    response = client.get(path)
    assert response.status_code == 200
    assert 'name="viewport"' in response.text  # usable on a phone
    for needle in needs:
        assert needle in response.text
    assert "https://" not in response.text  # nothing fetched from the internet


@pytest.mark.parametrize("path", ["/static/charts.js", "/static/story.js", "/static/app.css"])
def test_assets_are_served_locally(client, path):
    response = client.get(path)
    assert response.status_code == 200 and len(response.content) > 1000


# -- in a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(synth_db):
    require_chromium()
    with serving(synth_db) as base:
        yield base


@pytest.mark.browser
def test_story_page_in_chromium(server):
    # ?test makes the page click its first event once loaded, as a reader would (no driver here)
    dom, _ = chromium(f"{server}/stories/s0000?test=1", size=PHONE)
    assert 'data-state="ready"' in dom
    timeline = dom[dom.index('id="timeline"') : dom.index('id="events"')]
    assert 'class="timeline"' in timeline  # the page drew the chart
    assert len(re.findall(r'class="point[ "]', timeline)) == 1  # the dated story event
    sources = re.findall(r'<tr data-source="([^"]+)"', dom)
    assert sources == ["a00000", "a00001"]  # the matrix has a row per source
    assert 'data-selected="s0000-e0"' in dom
    marks = re.findall(r'<mark class="evidence[^"]*"[^>]*>([^<]*)', dom)
    assert len(marks) >= 2  # the event's sentence highlighted in both articles
    tags = re.findall(r'<mark class="evidence[^>]*>', dom)
    assert tags and all("31% alike" in t for t in tags)  # and why the two reports were joined
    assert 'class="error"' in dom and "Could not load" not in dom


@pytest.mark.browser
def test_pair_page_in_chromium(server):
    dom, _ = chromium(f"{server}/pairs/IGOWSTNAT/RUS", size=PHONE)
    assert 'data-state="ready"' in dom
    chart = dom[dom.index('id="series"') : dom.index('id="summary"')]
    assert 'class="pairchart"' in chart and "Goldstein mean" in chart
    assert len(re.findall(r"<tr>", dom[dom.index('id="buckets"') :])) >= 2


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/", 'href="/stories/s0010"'),
        ("/articles/a00001", 'class="evt"'),
        ("/articles/a00001", "political news 0.97"),  # why an article may have no events
    ],
)
def test_list_and_article_pages_in_chromium(server, path, needle):
    dom, _ = chromium(server + path, size=PHONE)
    assert 'data-state="ready"' in dom and needle in dom

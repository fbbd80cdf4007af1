"""The story page's map (map.js): event places drawn as SVG points on a plain projection."""

import httpx
import pytest

from crosswire.types import Place
from tests.api.synth import make_store
from tests.web.browser import PHONE, chromium, require_chromium, serving

KYIV = Place("Kyiv", "city", "UA", "12", 50.45466, 30.5238, 703448)


@pytest.fixture(scope="module")
def placed_server(tmp_path_factory):
    require_chromium()
    db = str(make_store(tmp_path_factory.mktemp("map") / "m.duckdb", n_articles=4, place=KYIV))
    with serving(db) as base:
        yield base


def test_the_story_api_gives_each_event_its_place(placed_server):
    events = httpx.get(f"{placed_server}/api/stories/s0000", timeout=10).json()["events"]
    assert events[0]["place"]["name"] == "Kyiv"
    assert events[0]["mentions"][0]["place"]["latitude"] == pytest.approx(50.45466)


@pytest.mark.browser
def test_the_story_page_draws_its_places(placed_server):
    dom, _ = chromium(f"{placed_server}/stories/s0000", size=PHONE)
    assert 'data-state="ready"' in dom
    box = dom[dom.index('id="map"') : dom.index("</section>", dom.index('id="map"'))]
    assert 'class="map"' in box and 'class="graticule' in box
    assert box.count('class="place"') == 1 and ">Kyiv<" in box  # one point, labelled
    assert "Could not load" not in dom

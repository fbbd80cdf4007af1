"""Pages: served in-process (shells, static files, plotly shipped locally), then opened in
Debian's Chromium against `crosswire serve`, checking what a person would see."""

import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")


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
        ("/pairs/IGOWSTNAT/RUS", ['data-a="IGOWSTNAT"', "/vendor/plotly.min.js"]),
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


@pytest.mark.parametrize("path", ["/vendor/plotly.min.js", "/static/story.js", "/static/app.css"])
def test_assets_are_served_locally(client, path):
    response = client.get(path)
    assert response.status_code == 200 and len(response.content) > 1000


# -- in a real browser -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(synth_db):
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's Chromium is absent (/usr/bin/chromium): install it with `make browser`"
        )
    port = _free_port()
    command = [str(Path(sys.executable).parent / "crosswire"), "serve", "--db", synth_db,
               "--port", str(port)]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/api/stories", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail(f"crosswire serve did not start: {proc.stderr.read1().decode()}")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def chromium(url: str, *extra: str) -> str:
    """The DOM after the page's scripts ran (virtual time lets fetches and plotly finish)."""
    profile = tempfile.mkdtemp(prefix="crosswire-chromium-")
    try:
        done = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=15000",
             "--window-size=390,844", *extra, "--dump-dom", url],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return done.stdout
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.browser
def test_story_page_in_chromium(server):
    # ?test makes the page click its first event once loaded, as a reader would (no driver here)
    dom = chromium(f"{server}/stories/s0000?test=1")
    assert 'data-state="ready"' in dom
    timeline = dom[dom.index('id="timeline"') : dom.index('id="events"')]
    assert 'class="timeline"' in timeline  # the page drew the chart
    assert len(re.findall(r'class="point[ "]', timeline)) == 1  # the dated story event
    sources = re.findall(r'<tr data-source="([^"]+)"', dom)
    assert sources == ["a00000", "a00001"]  # the matrix has a row per source
    assert 'data-selected="s0000-e0"' in dom
    marks = re.findall(r'<mark class="evidence[^"]*"[^>]*>([^<]*)', dom)
    assert len(marks) >= 2  # the event's sentence highlighted in both articles
    assert 'class="error"' in dom and "Could not load" not in dom


@pytest.mark.browser
def test_pair_page_in_chromium(server):
    dom = chromium(f"{server}/pairs/IGOWSTNAT/RUS")
    assert 'data-state="ready"' in dom
    chart = dom[dom.index('id="series"') : dom.index('id="summary"')]
    assert "main-svg" in chart and "Goldstein mean" in chart
    assert len(re.findall(r"<tr>", dom[dom.index('id="buckets"') :])) >= 2


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "needle"),
    [("/", 'href="/stories/s0010"'), ("/articles/a00001", 'class="evt"')],
)
def test_list_and_article_pages_in_chromium(server, path, needle):
    dom = chromium(server + path)
    assert 'data-state="ready"' in dom and needle in dom

"""Every page in Chromium over a store of real development articles: four BASIL stories of
three outlets each, ingested by `crosswire ingest` as a user would. The workbench store's
pages are hand-made; here the data is whatever the pipeline reads in real news (names without
codes, undated events, long titles), and each page must still load with no console message
and fit a phone (laid out 390 px wide by ``browser.measuring``)."""

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from tests.conftest import SHARED
from tests.web.browser import chromium, measured, measuring, require_chromium, serving_app

BASIL = SHARED / "datasets" / "basil_dev.jsonl"
STORIES = 4  # the first stories of the file, all their reports

pytestmark = [pytest.mark.shared, pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory) -> str:
    if not BASIL.exists():
        pytest.skip(f"the development articles are absent ({BASIL})")
    require_chromium()
    rows = [json.loads(line) for line in BASIL.read_text("utf-8").splitlines() if line.strip()]
    clusters = list(dict.fromkeys(r["cluster"] for r in rows))[:STORIES]
    folder = tmp_path_factory.mktemp("devstore")
    inputs = folder / "articles.jsonl"
    with inputs.open("w", encoding="utf-8") as out:
        for r in rows:
            if r["cluster"] in clusters:
                record = {"id": r["id"], "text": r["text"], "title": r.get("title"),
                          "published": r.get("date"), "outlet": r.get("source"),
                          "url": r.get("url")}  # fmt: skip
                out.write(json.dumps(record) + "\n")
    db = folder / "dev.duckdb"
    crosswire = Path(sys.executable).parent / "crosswire"
    subprocess.run([str(crosswire), "ingest", str(inputs), "--db", str(db), "--quiet"],
                   check=True, timeout=600)  # fmt: skip
    return str(db)


@pytest.fixture(scope="module")
def server(dev_db):
    from crosswire.api import create_app

    with serving_app(measuring(create_app(dev_db))) as base:
        yield base


def _pages(base: str) -> list[str]:
    """A URL of every page, with ids the API gives for this store; the pair page only when the
    store has a pair."""
    with httpx.Client(base_url=base, timeout=30) as api:
        story = api.get("/api/stories").json()["items"][0]["story_id"]
        article = api.get("/api/articles").json()["items"][0]["article_id"]
        actor = api.get("/api/actors").json()["items"][0]["actor_id"]
        edges = api.get("/api/network").json()["edges"]
    pages = ["/", f"/stories/{story}", f"/articles/{quote(article)}", "/events", "/actors",
             f"/actors/{quote(actor)}", "/overview", "/network"]  # fmt: skip
    pages += [f"/pairs/{quote(e['a'])}/{quote(e['b'])}" for e in edges[:1]]
    return pages


def test_every_page_loads_and_fits_a_phone(server):
    pages = _pages(server)
    assert any(p.startswith("/pairs/") for p in pages), "no actor pair in twelve real reports"
    for path in pages:
        dom, console = chromium(server + path, size=(390, 900))
        assert console == [], path
        assert 'data-state="ready"' in dom and "Could not load" not in dom, path
        seen = measured(dom)
        assert seen["outside"] == [] and seen["widest"] <= 390, (path, seen["outside"])

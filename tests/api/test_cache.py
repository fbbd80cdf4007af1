"""Answers kept per store generation: ETags, 304s, and a new generation invalidating both."""

import time

import pytest

from crosswire.store import Store
from crosswire.store.snapshot import publish
from crosswire.types import Story
from tests.api.synth import make_store

pytest.importorskip("fastapi")


@pytest.fixture
def live(tmp_path):
    """A client over a store of its own, which the test may write and publish."""
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    db = make_store(tmp_path / "live.duckdb", n_articles=6)
    app = create_app(str(db))
    app.state.reader.check_seconds = 0  # see a new generation at the next request
    with TestClient(app) as client:
        yield client, db


def _add_story(db, story_id: str, title: str) -> None:
    with Store(db) as store:
        stories = store.stories()
        store.replace_stories([*stories, Story(story_id, (), title, None, None)])
        publish(store)


@pytest.mark.parametrize("path", ["/api/stories", "/api/events?actor=RUS", "/api/stories/s0000"])
def test_an_answer_has_an_etag_and_a_matching_request_gets_304(client, path):
    first = client.get(path)
    etag = first.headers["etag"]
    assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"
    again = client.get(path)
    assert again.headers["etag"] == etag and again.content == first.content  # kept
    for sent in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        answer = client.get(path, headers={"If-None-Match": sent})
        assert answer.status_code == 304 and answer.content == b"", sent
        assert answer.headers["etag"] == etag
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200


def test_each_url_has_its_own_etag(client):
    tags = {client.get(p).headers["etag"] for p in ("/api/stories", "/api/stories?limit=1")}
    assert len(tags) == 2


def test_a_304_carries_the_security_headers(client):
    etag = client.get("/api/stories").headers["etag"]
    answer = client.get("/api/stories", headers={"If-None-Match": etag})
    assert answer.status_code == 304
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


@pytest.mark.parametrize("path", ["/api/stories/nope", "/api/events?cursor=bad"])
def test_errors_are_not_kept_and_have_no_etag(client, path):
    answer = client.get(path)
    assert answer.status_code >= 400 and "etag" not in answer.headers
    assert answer.json()["status"] == answer.status_code


def test_a_stranger_host_is_refused_before_a_kept_answer(client):
    etag = client.get("/api/stories").headers["etag"]
    for headers in ({"Host": "evil.example"}, {"Host": "evil.example", "If-None-Match": etag}):
        assert client.get("/api/stories", headers=headers).status_code == 400


def _until_changed(client, path: str, etag: str):
    """The answer to ``path`` once the server has moved to a new generation (it first makes
    the kept answers again on it, in the background)."""
    for _ in range(100):
        answer = client.get(path, headers={"If-None-Match": etag})
        if answer.status_code != 304:
            return answer
        time.sleep(0.05)
    raise AssertionError(f"{path} still answers the old generation")


def test_a_new_generation_changes_the_etag_and_the_answer(live):
    client, db = live
    before = client.get("/api/stories?limit=100")
    etag = before.headers["etag"]
    assert "Harbour strike" not in before.text
    _add_story(db, "s9999", "Harbour strike ends")
    after = _until_changed(client, "/api/stories?limit=100", etag)
    assert after.status_code == 200 and after.headers["etag"] != etag
    assert "Harbour strike ends" in after.text
    assert client.get("/api/stories/s9999").status_code == 200


def test_kept_answers_are_made_again_on_a_new_generation_before_the_switch(live):
    client, db = live
    paths = ["/api/stories", "/api/stories/s0000", "/api/events?actor=RUS"]
    etags = {p: client.get(p).headers["etag"] for p in paths}
    cache = next(m for m in _middlewares(client.app) if type(m).__name__ == "ResponseCache")
    _add_story(db, "s9999", "Harbour strike ends")
    _until_changed(client, "/api/stories", etags["/api/stories"])
    kept = {path for _, path, _ in cache._entries}
    assert kept >= {"/api/stories", "/api/stories/s0000"}  # warmed, not asked for again yet
    for path in paths:
        assert client.get(path).headers["etag"] != etags[path]


def _middlewares(app):
    layer = app.middleware_stack
    while layer is not None:
        yield layer
        layer = getattr(layer, "inner", None) or getattr(layer, "app", None)  # TrustedHosts: inner


def test_the_server_leaves_the_store_free_for_a_writer(live):
    client, db = live
    assert client.get("/api/stories").status_code == 200
    with Store(db) as store:  # no lock held by the server: this would be refused before
        assert store.stories()

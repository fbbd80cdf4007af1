"""A real `crosswire ingest` into the store a real `crosswire serve` is reading: neither is
refused, every read is answered, and the new articles show once the ingest has published."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.api.synth import make_store
from tests.web.browser import serving

pytest.importorskip("uvicorn")

BIN = Path(sys.executable).parent
# Made-up reports, one event each, so the ingest adds articles and a story.
TEXTS = {
    "ferry-dispute.txt": "Norway accused Iceland on Monday of blocking a ferry in the harbour "
    "of Reykjavik, the ministry in Oslo said.",
    "ferry-talks.txt": "Iceland and Norway held talks in Oslo on Tuesday about the ferry "
    "held in the harbour of Reykjavik.",
}
READS = ("/api/stories", "/api/events?actor=RUS", "/api/stories/s0000", "/api/articles")


@pytest.fixture
def served(tmp_path):
    db = make_store(tmp_path / "live.duckdb", n_articles=20)
    with serving(str(db)) as base:
        yield base, db


class Reader(threading.Thread):
    """Reads the routes in a loop until stopped, keeping every failure."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base, self.stop, self.failures, self.n = base, threading.Event(), [], 0

    def run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            while not self.stop.is_set():
                for path in READS:
                    try:
                        answer = client.get(path)
                        if answer.status_code != 200:
                            self.failures.append((path, answer.status_code, answer.text[:200]))
                    except httpx.HTTPError as exc:
                        self.failures.append((path, type(exc).__name__, str(exc)))
                    self.n += 1


def test_an_ingest_runs_while_the_server_answers_and_its_articles_show(served, tmp_path):
    base, db = served
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    reader = Reader(base)
    reader.start()
    try:
        ingest = subprocess.run(
            [str(BIN / "crosswire"), "ingest", *(str(tmp_path / n) for n in TEXTS),
             "--db", str(db), "--quiet"],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert ingest.returncode == 0, ingest.stderr
        for _ in range(50):  # the server looks for a new snapshot every CHECK_SECONDS
            if httpx.get(base + "/api/articles/ferry-talks.txt").status_code == 200:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the ingested articles did not show within 5 s")
        n_before = reader.n
        while reader.n < n_before + 2 * len(READS):  # reads go on after the switch
            time.sleep(0.05)
    finally:
        reader.stop.set()
        reader.join(timeout=30)
    assert reader.failures == []
    assert reader.n > len(READS)
    for name in TEXTS:
        article = httpx.get(f"{base}/api/articles/{name}").json()
        [story_id] = article["story_ids"]  # grouped by the ingest, published with it
        assert httpx.get(f"{base}/api/stories/{story_id}").status_code == 200

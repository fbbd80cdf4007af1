"""API latency on a large generated store: the story list and a story page, p50/p95.

    .venv/bin/python bench/api_latency.py --articles 100000 [--db FILE] [--requests 200]

Generates a store of ARTICLES synthetic articles (3 events, 3 sentences, 2 entities and a quote
each; stories of 4 articles with 3 story events each), written with ``Store.write_documents``
in batches (story events by direct SQL insert: one transaction per story would dominate), then
times requests in-process with FastAPI's TestClient. Prints one line per route.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import pyarrow as pa

from crosswire.settings import DEFAULTS
from crosswire.store import Store, event_ids
from crosswire.stories.assemble import find_copies, outline
from crosswire.types import (
    Actor,
    Article,
    Document,
    DocumentDate,
    Entity,
    Event,
    Quote,
    Sentence,
    Story,
)  # fmt: skip

ACTORS = (("NATO", "IGOWSTNAT"), ("Russia", "RUS"), ("Ukraine", "UKR"), ("Belgium", "BEL"))
CODES = (("040", "CONSULT", 1.0, 1), ("112", "ACCUSE", -2.0, 3), ("161", "SANCTION", -4.0, 4))
STORY_SIZE = 4
BATCH = 5000


def _doc(i: int) -> Document:
    parts, sentences, events, entities = [], [], [], []
    pos = 0
    for j in range(3):
        (sn, sc), (tn, tc) = ACTORS[(i + j) % 4], ACTORS[(i + j + 1) % 4]
        text = f"{sn} acted against {tn} on day {i % 28 + 1}."
        end = pos + len(text)
        cameo, plover, goldstein, quad = CODES[(i + j) % 3]
        sentences.append(Sentence(pos, end))
        entities.append(Entity(pos, pos + len(sn), sn, "ORG", sn, sc))
        events.append(Event(
            Actor(sn, sn, sc, pos, pos + len(sn)), Actor(tn, tn, tc, None, None), cameo, plover,
            "", goldstein, quad, f"2021-{(i // 28) % 12 + 1:02d}-{i % 28 + 1:02d}", "sentence",
            "asserted", pos, end, pos + len(sn) + 1, pos + len(sn) + 6, 0.8, "bench",
        ))  # fmt: skip
        parts.append(text)
        pos = end + 1
    quote = Quote(0, 10, parts[0][:10], True, "said", ACTORS[i % 4][0])
    article = Article(f"a{i:07d}", " ".join(parts), f"Report {i} on {ACTORS[i % 4][0]}",
                      outlet=f"outlet{i % 50}", url=f"https://example.org/{i}")  # fmt: skip
    d = DocumentDate(date(2021, (i // 28) % 12 + 1, i % 28 + 1), "given", 1.0)
    return Document(article, tuple(sentences), tuple(entities), (quote,), (), tuple(events), d)


def _insert(store: Store, table: str, columns: dict[str, list]) -> None:
    store.connection.register("_bench", pa.table(columns))
    cols = ", ".join(f'"{c}"' for c in columns)
    store.connection.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _bench")
    store.connection.unregister("_bench")


def _story_events(store: Store, stories: list[Story], docs: dict[str, Document]) -> None:
    se: dict[str, list] = {k: [] for k in (
        "story_event_id", "story_id", "ord", "cameo", "plover", "source_code", "source_name",
        "target_code", "target_name", "date", "modality", "n_mentions", "outlets",
        "independent_sources", "status", "facts", "family")}  # fmt: skip
    em: dict[str, list] = {k: [] for k in ("story_event_id", "ord", "event_id", "article_id",
                                           "start", "end")}  # fmt: skip
    for s in stories:
        for j in range(3):
            seid = f"{s.id}-{j}"
            e = docs[s.article_ids[0]].events[j]
            ids = list(s.article_ids)
            values = (
                seid, s.id, j, e.cameo, e.plover, e.source.code, e.source.name, e.target.code,
                e.target.name, e.date, "asserted", len(ids), ids, ids, "corroborated", "[]",
                e.plover,
            )  # fmt: skip
            for key, value in zip(se, values, strict=True):
                se[key].append(value)
            for k, aid in enumerate(s.article_ids):
                ev = docs[aid].events[j]
                eid = event_ids(aid, docs[aid].events)[j]
                row = (seid, k, eid, aid, ev.trigger_start, ev.trigger_end)
                for key, value in zip(em, row, strict=True):
                    em[key].append(value)
    _insert(store, "story_events", se)
    _insert(store, "event_mentions", em)


def generate(path: Path, n: int) -> None:
    with Store(path) as store:
        run = store.start_run(["bench"])
        for start in range(0, n, BATCH):
            docs = [_doc(i) for i in range(start, min(n, start + BATCH))]
            store.write_documents([(d, f"h{d.id}") for d in docs], run)
        stories, by_id = [], {}
        for start in range(0, n, STORY_SIZE):
            ids = tuple(f"a{i:07d}" for i in range(start, min(n, start + STORY_SIZE)))
            day = date(2021, (start // 28) % 12 + 1, start % 28 + 1)
            stories.append(Story(f"s{start:07d}", ids, f"Story {start}", day, day, ("RUS",)))
        store.replace_stories(stories)
        for start in range(0, len(stories), BATCH):
            chunk = stories[start : start + BATCH]
            ids = [a for s in chunk for a in s.article_ids]
            by_id = {a: _doc(int(a[1:])) for a in ids}
            _story_events(store, chunk, by_id)
        # The made-up texts repeat (4 actors x 28 days): link the copies as an ingest would, so
        # that the next ingest finds the store as it left it, not thousands of new copy links.
        outlines = [outline(_doc(i)) for i in range(n)]
        store.write_copies(find_copies(outlines, DEFAULTS), replace=True)
        store.finish_run(run, {"documents": n})


def _time(client, paths: list[str]) -> tuple[float, float]:
    times = []
    for p in paths:
        t0 = time.perf_counter()
        response = client.get(p)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (p, response.text[:200])
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse or create this store (default: a temp file)")
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        if not path.exists():
            t0 = time.perf_counter()
            generate(path, args.articles)
            print(f"generated {args.articles} articles in {time.perf_counter() - t0:.0f} s: {path}")
        rng = random.Random(7)
        n_stories = (args.articles + STORY_SIZE - 1) // STORY_SIZE
        story = [f"s{rng.randrange(n_stories) * STORY_SIZE:07d}" for _ in range(args.requests)]
        words = [f"q=Story {rng.randrange(1000)}" for _ in range(args.requests)]
        routes = {
            "story list (/api/stories)": ["/api/stories"] * args.requests,
            "story list, title search": [f"/api/stories?{w}" for w in words],
            "story page (/api/stories/{id})": [f"/api/stories/{s}" for s in story],
            "story page HTML shell": [f"/stories/{s}" for s in story],
            "article (/api/articles/{id})": [f"/api/articles/a{int(s[1:]):07d}" for s in story],
        }
        with TestClient(create_app(str(path))) as client:
            for name, paths in routes.items():
                _time(client, paths[:5])  # warm-up
                p50, p95 = _time(client, paths)
                print(f"{name:34s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({len(paths)} requests)")


if __name__ == "__main__":
    main()

"""Peak memory of a store's story refresh at N and N/10 stored articles (issue 18: bounded memory).

An ingest ends by refreshing copies, stories and story events over the whole store
(``run.ingest.regroup``). The store here is a sample of analysed articles repeated under fresh
ids, half of each repeat's words replaced by random letters (no two are copies or one story; the
analysis's offsets still fall inside the text) and dated at random over a year; its stories are
grouped once. Then, in a fresh process each, the refresh after
``NEW`` more articles runs and its peak resident memory is taken (VmHWM) with what the
process held before it, two ways in the same run: as the store does it (outlines, and the analyses
of the stories that change) and as it did until 2026-12-02 (every document read whole).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from corpus import load_articles
from measure import Result, Row

SAMPLE = 60  # articles analysed for real; the rest are shuffled repeats
NEW = 64  # articles the measured refresh adds (one batch of the local executor)
SEED = 20261202
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _store(path: Path, docs: list, n: int) -> list[str]:
    """A store of ``n`` articles made from ``docs``, grouped but for its last ``NEW``; their ids."""
    from crosswire.run.ingest import refresh_stories
    from crosswire.settings import DEFAULTS
    from crosswire.store.duckdb_store import Store
    from crosswire.types import DocumentDate

    rng = random.Random(SEED)
    made = []
    for k in range(n):
        d = docs[k % len(docs)]
        # half the words replaced by random ones of the same length: the text keeps its length
        # (the analysis's offsets stay inside it), and repeats of one article are not one
        # story (shuffled alone, their bags of words were, and stories of 160 reports formed)
        words = [w if rng.random() < 0.5 else "".join(rng.choices(LETTERS, k=len(w)))
                 for w in d.article.text.split(" ")]  # fmt: skip
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
        article = replace(d.article, id=f"{d.id}#{k}", text=" ".join(words))
        made.append(replace(d, article=article, date=DocumentDate(day, "given", 1.0)))
    with Store(path) as store:
        run = store.start_run(["bench"])
        for i in range(0, n - NEW, 500):
            store.write_documents([(d, d.id) for d in made[i : min(i + 500, n - NEW)]], run)
        refresh_stories(store, DEFAULTS)
        store.write_documents([(d, d.id) for d in made[n - NEW :]], run)
    return [d.id for d in made[n - NEW :]]


def _child(path: str, how: str, changed: list[str]) -> None:
    """Run in a fresh process: the refresh of ``changed``; print seconds and memory."""
    import psutil

    from crosswire.run.ingest import regroup
    from crosswire.settings import DEFAULTS
    from crosswire.store.duckdb_store import Store
    from crosswire.stories.assemble import extend, in_memory

    with Store(path, read_only=True) as store:
        store.stories()  # the connection and its first query, before the measure
        held = psutil.Process().memory_info().rss / 2**20
        t0 = time.perf_counter()
        if how == "outlines":
            made = regroup(store, DEFAULTS, changed)
        else:  # as before: every stored document read whole
            ids = store.article_ids()
            docs = store.read_documents(ids)
            made = extend(*in_memory([docs[i] for i in ids]), DEFAULTS, store.stories(),
                          set(changed), store.copies(), store.pins())  # fmt: skip
        seconds = time.perf_counter() - t0
    peak = _high_water_mb()
    print(json.dumps({"seconds": seconds, "held": held, "peak": peak,
                      "stories": len(made.stories), "recomputed": len(made.events)}))  # fmt: skip


def _high_water_mb() -> float:
    """The process's peak resident memory, MB: VmHWM belongs to the address space, which exec
    makes anew (``ru_maxrss`` keeps the parent's peak across fork and exec)."""
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines()
                if line.startswith("VmHWM:")) / 1024  # fmt: skip


def _measure(path: Path, how: str, changed: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, str(path), how, json.dumps(changed)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_refresh(shared: Path | None, n: int = 10_000, repeat: int = 1) -> Result:
    """``repeat`` is not used: each refresh runs once, in a process of its own."""
    from crosswire.pipeline import process_batch
    from crosswire.settings import DEFAULTS
    from crosswire.types import Document, RawDocument

    corpus = load_articles(shared)
    raws = [RawDocument(id=t.id, origin="bench", content=t.text) for t in corpus.texts[:SAMPLE]]
    docs = [d for d in process_batch(raws, DEFAULTS) if isinstance(d, Document)]
    rows, found, notes = [], {}, []
    small, large = max(n // 10, 2 * NEW), n
    with tempfile.TemporaryDirectory() as tmp:
        for size in (small, large):
            path = Path(tmp) / f"s{size}.duckdb"
            changed = _store(path, docs, size)
            for how in ("documents", "outlines"):
                m = _measure(path, how, changed)
                found[how, size] = m
                rows.append(Row(f"refresh reading {how}, {size:,} stored", NEW, "articles",
                                m["seconds"]))  # fmt: skip
                notes.append(
                    f"{how}, {size:,} stored: peak {m['peak']:.0f} MB, {m['held']:.0f} MB held "
                    f"before the refresh, {m['recomputed']} of {m['stories']} stories recomputed"
                )
    ratios = tuple(
        (f"peak at {large:,} / at {small:,} stored, reading {how}",
         found[how, large]["peak"] / found[how, small]["peak"])
        for how in ("documents", "outlines")
    )  # fmt: skip
    return Result("refresh", "Story refresh after an ingest: peak memory", corpus.source,
                  tuple(rows), ratios, tuple(notes))  # fmt: skip


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))

"""Reconciliation of story events over 10,000 analysed articles (issue: stories at scale).

Articles are analysed once (a sample of the corpus through ``process_batch``), then repeated under
fresh ids into stories of three reports each, as three outlets covering one happening: the
reconciliation then merges every event across the three. The baseline in the same run is the
analysis itself: reconciliation's cost per article against ``process_batch``'s.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corpus import load_articles
from measure import Result, Row, anew, best_of

from crosswire.ids import event_ids
from crosswire.pipeline import process_batch
from crosswire.settings import DEFAULTS
from crosswire.stories.reconcile import reconcile
from crosswire.types import Document, RawDocument

SAMPLE = 30  # articles analysed for real; the rest are repeats under new ids
REPORTS_PER_STORY = 3


def bench_reconcile(shared: Path | None, n: int = 10_000, repeat: int = 1) -> Result:
    corpus = load_articles(shared)
    raws = [RawDocument(id=t.id, origin="bench", content=t.text) for t in corpus.texts[:SAMPLE]]
    process_batch(raws[:2], DEFAULTS)  # warm the model and the data files
    analysed, analyse_s = best_of(anew(lambda: process_batch(raws, DEFAULTS)), repeat)
    docs = [d for d in analysed if isinstance(d, Document)]
    many = [
        replace(d, article=replace(d.article, id=f"{d.id}#{k}"))
        for k in range(n // len(docs) + 1) for d in docs
    ][:n]  # fmt: skip
    ids = {d.id: event_ids(d.id, d.events) for d in many}
    stories = [many[i : i + REPORTS_PER_STORY] for i in range(0, n, REPORTS_PER_STORY)]

    def run() -> int:
        return sum(len(reconcile(f"s{i}", group, ids, {})) for i, group in enumerate(stories))

    merged, seconds = best_of(run, repeat)
    per_article = seconds / n
    rows = (
        Row("process_batch (baseline)", len(docs), "articles", analyse_s),
        Row("reconcile", n, "articles", seconds),
    )
    ratios = (("process_batch per article / reconcile per article",
               (analyse_s / len(docs)) / per_article),)  # fmt: skip
    events = sum(len(d.events) for d in many)
    notes = (
        f"{n:,} articles ({len(docs)} analysed, repeated under new ids) in {len(stories):,} "
        f"stories of {REPORTS_PER_STORY}; {events:,} event mentions merged into {merged:,} "
        "story events",
    )
    return Result("reconcile", "Event reconciliation", corpus.source, rows, ratios, notes)

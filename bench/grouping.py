"""Copy detection and story clustering over a large feed, as ``refresh_stories`` runs them.

Copies are found first and given to clustering as ``origin_id`` (a copy joins its original's
story), so the clustering figure is for the originals plus that cheap join. Baselines in the same
run: fingerprinting alone (tokens and shingles, what any copy detector must do) and fitting a
plain TF-IDF matrix of the same texts (what any bag-of-words clusterer must do).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from corpus import load_articles
from feed import make_feed
from measure import Result, Row, best_of
from sklearn.feature_extraction.text import TfidfVectorizer

from crosswire.dedup import find_copies
from crosswire.dedup.fingerprint import fingerprint
from crosswire.settings import DEFAULTS
from crosswire.stories.cluster import MAX_BATCH, StoryClusterer, cluster_stories
from crosswire.types import StoryItem


def _exact_row(items: Sequence[StoryItem], repeat: int) -> tuple[Row, ...]:
    """The first MAX_BATCH items, the most the exact (batch) clusterer takes."""
    head = items[:MAX_BATCH]
    known = {i.id for i in head}  # copies of items beyond the head are not in it
    head = [replace(i, origin_id=i.origin_id if i.origin_id in known else None) for i in head]
    _, seconds = best_of(lambda: cluster_stories(head, DEFAULTS.stories), repeat)
    return (Row("cluster_stories (exact, first MAX_BATCH items)", len(head), "items", seconds),)


# Share of the feed that arrives as a new ingest into a store holding the rest.
NEW_SHARE = 0.01


def _extend_row(items: Sequence[StoryItem], stories, repeat: int) -> tuple[Row, float]:
    """What an ingest of the last NEW_SHARE of the items costs when the rest are stored: the
    stored items are placed in their stories, only the new ones decided on (as ``extend``)."""
    n_new = max(1, int(len(items) * NEW_SHARE))
    new = {i.id for i in items[-n_new:]}
    placed = {a: s.id for s in stories for a in s.article_ids if a not in new}

    def run():
        clusterer = StoryClusterer(DEFAULTS.stories)
        for item in items:
            if item.id in placed:
                clusterer.add(item, placed[item.id])
        for item in items[-n_new:]:
            clusterer.add(item)
        return clusterer.stories()

    _, seconds = best_of(run, repeat)
    return Row(f"extend: {n_new:,} new items into {len(placed):,} stored", len(items),
               "items", seconds), seconds  # fmt: skip


def bench_grouping(shared: Path | None, n: int = 10_000, repeat: int = 1) -> Result:
    corpus = load_articles(shared)
    made = make_feed(corpus.texts, n)
    feed = made.items
    pairs = [(t.id, t.text) for t in feed]
    words = DEFAULTS.dedup.shingle_words
    _, prints = best_of(lambda: [fingerprint(text, words) for _, text in pairs], repeat)
    links, copies = best_of(lambda: find_copies(pairs, DEFAULTS.dedup), repeat)
    origin = {link.article_id: link.original_id for link in links}
    items = [StoryItem(t.id, t.text, t.title, t.published, (), origin.get(t.id)) for t in feed]
    docs = [f"{t.title}\n{t.text}" for t in feed]
    vectorizer = TfidfVectorizer(stop_words="english")
    _, tfidf = best_of(lambda: vectorizer.fit_transform(docs), repeat)
    stories, clusters = best_of(lambda: cluster_stories(items, DEFAULTS.stories), repeat)
    mode = "single-pass" if n > MAX_BATCH else "exact average linkage"
    exact = _exact_row(items, repeat) if n > MAX_BATCH else ()
    extend_row, extend_s = _extend_row(items, stories, repeat)
    rows = (
        Row("fingerprints only (baseline)", n, "items", prints),
        Row("find_copies", n, "items", copies),
        Row("TF-IDF fit only (baseline)", n, "items", tfidf),
        Row(f"cluster_stories ({mode})", n, "items", clusters),
        *exact,
        extend_row,
    )
    ratios = (
        (
            "extend time / cluster_stories time (incremental ingest vs re-clustering)",
            extend_s / clusters,
        ),
        ("find_copies time / fingerprinting time", copies / prints),
        ("cluster_stories time / TF-IDF fit time", clusters / tfidf),
    )
    chars = sum(len(t) for _, t in pairs)
    notes = (
        f"{n:,} items, {chars:,} characters; {made.copies:,} made as light edits of a recent "
        f"item, {len(links):,} copy links found (new reports recombine paragraphs of a small "
        "corpus, so some share enough text to link: a speed figure, not a quality one)",
        f"{len(stories):,} stories; cluster_stories switches to single-pass clustering "
        f"above {MAX_BATCH:,} items",
    )
    return Result(
        "grouping", "Copy detection and story clustering", corpus.source, rows, ratios, notes
    )

"""Story clustering on a mixed stream: independent reports plus wire copies of them.

Built from basil_dev.jsonl at run time (eval/copyset.py makes the copies: re-headlined,
truncated, edited): each copy's gold story is its original's. Copies are linked with the copy
index first, as `crosswire ingest` does, then clustered with ``origin_id`` set, so the figures
measure the whole path a stream takes. Every story of the stream is scored (the copies come from
every story); ``held_`` figures score only the held-back stories.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crosswire.dedup import CopyIndex
from crosswire.settings import DEFAULTS
from crosswire.stories.cluster import cluster_stories
from crosswire.types import StoryItem
from eval.common import read_jsonl
from eval.copyset import build
from eval.score_stories import bcubed

DATASET = "basil_dev.jsonl"


def score(path: Path) -> dict[str, float]:
    records = list(read_jsonl(path))
    dates = {f"o{i}": r.get("date") for i, r in enumerate(records)}
    feed = build(records)
    index = CopyIndex(DEFAULTS.dedup)
    links = {c.id: link for c in feed if (link := index.add(c.id, c.text))}
    out: dict[str, float] = {}
    for suffix, dated in (("", True), ("_nodate", False)):
        items = []
        for case in feed:
            when = dates.get(case.original) if dated else None
            origin = links[case.id].original_id if case.id in links else None
            published = date.fromisoformat(when) if when else None
            items.append(StoryItem(case.id, case.text, None, published, (), origin))
        stories = cluster_stories(items, DEFAULTS.stories)
        gold = {c.id: c.story for c in feed}
        out[f"bcubed_f1{suffix}"] = bcubed(stories, gold, set(gold))[2]
        held = {c.id for c in feed if c.held}
        out[f"held_bcubed_f1{suffix}"] = bcubed(stories, gold, held)[2]
    out["copies_in_original_story"] = sum(
        any(c.id in s.article_ids and c.original in s.article_ids for s in stories)
        for c in feed if c.id != c.original
    ) / max(1, sum(c.id != c.original for c in feed))  # fmt: skip
    return out

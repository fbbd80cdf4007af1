"""Story clustering on basil_dev: 50 stories, each reported independently by three outlets.

B-cubed precision, recall and F1 over articles, with the articles' dates (``bcubed_*``) and
with the dates removed (``bcubed_*_nodate``, text alone), for the held-back stories
(``held_back(cluster)``; the whole set is clustered, the figures average over held-back
articles) and over every article (``*_all``). Batch clustering (``cluster_stories``) is scored;
``incremental_f1_all`` scores ``StoryClusterer`` fed in date order. Actors: entities found by the
spaCy pipeline in each title and first paragraph (proper-noun entity texts), when
``USE_ENTITIES`` is true.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from crosswire.settings import DEFAULTS, StorySettings
from crosswire.stories.cluster import StoryClusterer, cluster_stories
from crosswire.types import Story, StoryItem
from eval.common import held_back, read_jsonl

DATASET = "basil_dev.jsonl"
USE_ENTITIES = True
_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"}


def _actors(records: Sequence[dict]) -> list[tuple[str, ...]]:
    if not USE_ENTITIES:
        return [() for _ in records]
    from crosswire.nlp.model import load_nlp

    heads = [(r.get("title") or "") + "\n" + r["text"].split("\n\n")[0] for r in records]
    docs = load_nlp().pipe(heads, batch_size=32)
    return [tuple(sorted({e.text for e in doc.ents if e.label_ in _ENTITY_TYPES})) for doc in docs]


def items_of(records: Sequence[dict], dated: bool = True) -> list[StoryItem]:
    """Story items with ids ``"0", "1", ...`` (the dataset's own ids are not all distinct)."""
    actors = _actors(records)
    return [
        StoryItem(
            id=str(i),
            text=r["text"],
            title=r.get("title") or None,
            published=date.fromisoformat(r["date"]) if dated and r.get("date") else None,
            actors=actors[i],
        )
        for i, r in enumerate(records)
    ]


def bcubed(stories: Sequence[Story], gold: dict[str, str], scored: set[str]) -> tuple[float, ...]:
    """B-cubed precision, recall, F1 averaged over the ``scored`` article ids."""
    pred = {a: s.article_ids for s in stories for a in s.article_ids}
    members: dict[str, set[str]] = {}
    for a, g in gold.items():
        members.setdefault(g, set()).add(a)
    p = r = 0.0
    for a in scored:
        same = sum(gold[b] == gold[a] for b in pred[a])
        p += same / len(pred[a])
        r += same / len(members[gold[a]])
    p, r = p / len(scored), r / len(scored)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _incremental(items: Sequence[StoryItem], settings: StorySettings) -> tuple[Story, ...]:
    clusterer = StoryClusterer(settings)
    for item in sorted(items, key=lambda it: (it.published or date.min, int(it.id))):
        clusterer.add(item)
    return clusterer.stories()


def score(path: Path, settings: StorySettings = DEFAULTS.stories) -> dict[str, float]:
    records = list(read_jsonl(path))
    gold = {str(i): r["cluster"] for i, r in enumerate(records)}
    held = {a for a, g in gold.items() if held_back(g)}
    every = set(gold)
    out: dict[str, float] = {}
    items = items_of(records)
    for suffix, its in (("", items), ("_nodate", [replace(i, published=None) for i in items])):
        stories = cluster_stories(its, settings)
        p, r, f = bcubed(stories, gold, held)
        out |= {f"bcubed_p{suffix}": p, f"bcubed_r{suffix}": r, f"bcubed_f1{suffix}": f}
        out[f"bcubed_f1{suffix}_all"] = bcubed(stories, gold, every)[2]
    out["incremental_f1_all"] = bcubed(_incremental(items, settings), gold, every)[2]
    return out

"""The issue's reference point on basil_dev: plain TF-IDF with average linkage.

Words only (title and text, sklearn's TfidfVectorizer with English stop words), cosine
distance, average linkage, no dates, no actors. Its threshold is tuned on the non-held-back
stories (the issue's baseline was tuned on the answers themselves; tuning it on the held-back
part too would only flatter it). Compare ``bcubed_f1_nodate`` here with the stories stage.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist
from sklearn.feature_extraction.text import TfidfVectorizer

from crosswire.types import Story
from eval.common import held_back, read_jsonl
from eval.score_stories import bcubed

DATASET = "basil_dev.jsonl"
THRESHOLDS = np.arange(0.05, 0.60, 0.01)  # cosine similarity at which clusters stop merging


def _stories(tree, threshold: float) -> list[Story]:
    labels = fcluster(tree, t=1 - threshold, criterion="distance")
    groups: dict[int, list[str]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(str(i))
    return [Story(f"b{k}", tuple(ids), None, None, None) for k, ids in groups.items()]


def score(path: Path) -> dict[str, float]:
    records = list(read_jsonl(path))
    texts = [(r.get("title") or "") + "\n" + r["text"] for r in records]
    matrix = TfidfVectorizer(stop_words="english").fit_transform(texts).toarray()
    tree = linkage(pdist(matrix, metric="cosine"), method="average")
    gold = {str(i): r["cluster"] for i, r in enumerate(records)}
    held = {a for a, g in gold.items() if held_back(g)}
    tune = set(gold) - held
    best = max(THRESHOLDS, key=lambda t: bcubed(_stories(tree, t), gold, tune)[2])
    stories = _stories(tree, best)
    return {
        "bcubed_f1_nodate": bcubed(stories, gold, held)[2],
        "bcubed_f1_nodate_all": bcubed(stories, gold, set(gold))[2],
        "threshold": float(best),
    }

"""Would a learned pairwise model group articles into stories better than the cosine threshold?

    .venv/bin/python tools/compare_story_joins.py ../shared/datasets

Five folds of basil_dev.jsonl's stories (each story's articles in one fold). For each fold, a
logistic regression learns "same story" from the pairs of the other folds' articles, once with
their dates and once without: TF-IDF cosine of the story representation
(``stories.cluster``), cosine of the titles alone, Jaccard of the actors, log day gap (and a
no-date flag), and the pair's mutual cosine rank. The fold's articles are then clustered by
average linkage on 1 - P(same story), cut at 0.5, and scored by B-cubed F1 beside the shipped
clustering (cosine, ``link_threshold``, ``window_days``) of the same articles.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.linear_model import LogisticRegression

from crosswire.settings import DEFAULTS
from crosswire.stories import cluster as C
from eval import score_stories
from eval.common import read_jsonl

FOLDS = 5


def _cosines(items) -> np.ndarray:
    tf = C._tf(items)
    w = C._weigh(tf, C._idf(np.bincount(tf.indices, minlength=C.N_FEATURES), len(items)))
    return (w @ w.T).toarray()


def _jaccard(a, b) -> float:
    sa, sb = {x.lower() for x in a}, {x.lower() for x in b}
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def _bcubed(items, labels, gold) -> float:
    """B-cubed F1 of the stories ``labels`` makes of ``items`` (``score_stories.bcubed``)."""
    groups: dict[int, list] = {}
    for item, label in zip(items, labels, strict=True):
        groups.setdefault(label, []).append(item)
    stories = [C._make_story(members) for members in groups.values()]
    truth = {item.id: gold[int(item.id)] for item in items}
    return score_stories.bcubed(stories, truth, set(truth))[2]


def _clusters(dist: np.ndarray, cut: float) -> list[int]:
    condensed = np.clip(dist, 0, None)[np.triu_indices(len(dist), 1)]
    return list(fcluster(linkage(condensed, "average"), t=cut, criterion="distance"))


def main(datasets: Path) -> None:
    records = list(read_jsonl(datasets / score_stories.DATASET))
    items = score_stories.items_of(records, dated=True)
    gold = np.array([r["cluster"] for r in records])
    n = len(items)
    cos = _cosines(items)
    title = _cosines([replace(i, text="", actors=()) for i in items])
    actors = np.array([[_jaccard(a.actors, b.actors) for b in items] for a in items])
    days = np.array([i.published.toordinal() for i in items], float)
    gap = np.abs(days[:, None] - days[None, :])
    rank = np.empty((n, n), int)
    for i, order in enumerate(np.argsort(-cos, axis=1)):
        rank[i, order] = np.arange(n)
    mutual = np.maximum(rank, rank.T)

    def features(i: int, j: int, dated: bool) -> list[float]:
        when = [np.log1p(gap[i, j]), 0.0] if dated else [0.0, 1.0]
        return [cos[i, j], title[i, j], actors[i, j], *when, 1.0 / (1 + mutual[i, j])]

    stories = sorted(set(gold))
    random.Random(7).shuffle(stories)
    fold = np.array([{s: k % FOLDS for k, s in enumerate(stories)}[g] for g in gold])
    scores: dict[str, list[float]] = {}
    for k in range(FOLDS):
        train, test = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        pairs = [(i, j) for a, i in enumerate(train) for j in train[a + 1 :]]
        x = [features(i, j, dated) for i, j in pairs for dated in (True, False)]
        y = [gold[i] == gold[j] for i, j in pairs for _ in (True, False)]
        clf = LogisticRegression(max_iter=2000).fit(np.array(x), np.array(y))
        for dated in (True, False):
            m = len(test)
            learnt = np.zeros((m, m))
            for a in range(m):
                for b in range(a + 1, m):
                    p = clf.predict_proba([features(test[a], test[b], dated)])[0, 1]
                    learnt[a, b] = learnt[b, a] = 1 - p
            shipped = 1 - cos[np.ix_(test, test)]
            if dated:
                shipped[gap[np.ix_(test, test)] > DEFAULTS.stories.window_days] = C.BLOCKED
            np.fill_diagonal(shipped, 0)
            tag = "dates" if dated else "no dates"
            for name, dist, cut in (
                ("learnt", learnt, 0.5),
                ("shipped", shipped, 1 - DEFAULTS.stories.link_threshold),
            ):
                fold_items = [items[i] for i in test]
                f1 = _bcubed(fold_items, _clusters(dist, cut), gold)
                scores.setdefault(f"{name}, {tag}", []).append(f1)
    for name, values in scores.items():
        print(f"{name:18} B-cubed F1 {np.mean(values):.3f}  (folds {np.round(values, 3)})")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/datasets"))

"""Copy detection on a copy set built from independently written reports of the same stories.

Precision and recall of copy links on the held-back stories (a predicted link is right when both
ends trace to the same original), the same over every story (``*_all``), and
``same_story_clean``: 1.0 when no two different outlets' reports of one story were called
copies of each other, else 0.0 (independent reports must never count as one source).
"""

from __future__ import annotations

from pathlib import Path

from crosswire.dedup import find_copies
from crosswire.settings import DEFAULTS
from eval import copyset
from eval.common import prf, read_jsonl

DATASET = "basil_dev.jsonl"


def _prf(cases: dict[str, copyset.CopyCase], links, held_only: bool) -> tuple[float, float]:
    def keep(case: copyset.CopyCase) -> bool:
        return case.held or not held_only

    gold = [c for c in cases.values() if c.id != c.original and keep(c)]
    pred = [link for link in links if keep(cases[link.article_id])]
    right = sum(cases[lk.article_id].original == cases[lk.original_id].original for lk in pred)
    p, r, _ = prf(right, len(pred), len(gold))
    return p, r


def score(path: Path) -> dict[str, float]:
    feed = copyset.build(list(read_jsonl(path)))
    cases = {c.id: c for c in feed}
    links = find_copies([(c.id, c.text) for c in feed], DEFAULTS.dedup)
    false_same_story = sum(
        cases[lk.article_id].story == cases[lk.original_id].story
        and cases[lk.article_id].original != cases[lk.original_id].original
        for lk in links
    )
    p, r = _prf(cases, links, held_only=True)
    p_all, r_all = _prf(cases, links, held_only=False)
    return {
        "precision": p,
        "recall": r,
        "precision_all": p_all,
        "recall_all": r_all,
        "same_story_clean": 1.0 if false_same_story == 0 else 0.0,
    }

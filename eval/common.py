"""Helpers shared by the scorers: reading datasets and the held-back split."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path


def read_jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def held_back(key: str, share: int = 5) -> bool:
    """True for about 1/share of the keys, stably: these records are scored, never tuned on."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % share == 0


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def page_articles(path: Path) -> Iterator[tuple[dict, object]]:
    """Each record of an HTML dataset (naeb) with the Article crosswire cleans from its page,
    or the ``Skipped`` that says why none: what the pipeline reads, furniture marked."""
    from crosswire.clean import clean  # trafilatura: only for the stages that read pages
    from crosswire.settings import DEFAULTS
    from crosswire.types import RawDocument

    for index, rec in enumerate(read_jsonl(path)):
        raw = RawDocument(
            id=str(rec.get("id", index)),
            origin=f"{path.name}:{index}",
            content=rec["html"],
            content_type="text/html",
            url=rec.get("url"),
        )
        yield rec, clean(raw, DEFAULTS.ingest)

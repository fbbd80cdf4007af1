"""Score the clean stage on HTML news pages: main text, title, date and authors.

Body: 4-gram shingles of ``\\w+`` tokens per document, precision and recall averaged over
documents, F1 from the two means (datasets/README.md). Our text is the Article's text minus its
removed spans; ``trafilatura_f1`` is plain ``trafilatura.extract(html)`` on the same pages.
``date_accuracy`` compares ``Article.published`` with the labelled date (same day),
``modified_accuracy`` compares ``Article.modified`` with the same label: the labels give one date
per page, so the second says how often the last-change date would have been the right answer.
Figures without a prefix are on the held-back part; ``all_`` ones on every page. A page the clean
stage skips as not English (``not_english`` of them: the pipeline reads English only) is left
out of both: there is no extraction of it to score.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import trafilatura

from crosswire.clean import kept_text
from crosswire.types import Article, Skipped
from eval.common import held_back, page_articles, prf

DATASET = "naeb.jsonl.gz"
SHINGLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text or "")]
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def body_pr(predicted: str, expected: str) -> tuple[float, float]:
    pred, gold = shingles(predicted), shingles(expected)
    common = len(pred & gold)
    return (common / len(pred) if pred else 0.0, common / len(gold) if gold else 0.0)


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


class _Tally:
    def __init__(self) -> None:
        self.p: list[float] = []
        self.r: list[float] = []
        self.base_p: list[float] = []
        self.base_r: list[float] = []
        self.title: list[bool] = []
        self.date: list[bool] = []
        self.modified: list[bool] = []
        self.author = [0, 0, 0]

    def add(self, rec: dict, article: Article | None, baseline: str) -> None:
        ours = kept_text(article.text, article.removed) if article else ""
        p, r = body_pr(ours, rec["expected_text"])
        self.p.append(p)
        self.r.append(r)
        bp, br = body_pr(baseline, rec["expected_text"])
        self.base_p.append(bp)
        self.base_r.append(br)
        if rec.get("title"):
            self.title.append(bool(article) and norm(article.title) == norm(rec["title"]))
        if rec.get("date"):
            got = article.published.isoformat() if article and article.published else None
            self.date.append(got == rec["date"][:10])
            changed = article.modified.isoformat() if article and article.modified else None
            self.modified.append(changed == rec["date"][:10])
        pred = {norm(a) for a in (article.authors if article else ())} - {""}
        gold = {norm(a) for a in rec.get("authors") or ()} - {""}
        self.author[0] += len(pred & gold)
        self.author[1] += len(pred)
        self.author[2] += len(gold)

    def metrics(self, prefix: str) -> dict[str, float]:
        def f1(ps: list[float], rs: list[float]) -> tuple[float, float, float]:
            p, r = _mean(ps), _mean(rs)
            return p, r, 2 * p * r / (p + r) if p + r else 0.0

        p, r, f = f1(self.p, self.r)
        bp, br, bf = f1(self.base_p, self.base_r)
        return {
            f"{prefix}body_precision": p,
            f"{prefix}body_recall": r,
            f"{prefix}body_f1": f,
            f"{prefix}trafilatura_precision": bp,
            f"{prefix}trafilatura_recall": br,
            f"{prefix}trafilatura_f1": bf,
            f"{prefix}title_accuracy": _mean(self.title),
            f"{prefix}date_accuracy": _mean(self.date),
            f"{prefix}modified_accuracy": _mean(self.modified),
            f"{prefix}author_f1": prf(*self.author)[2],
        }


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def score(path: Path) -> dict[str, float]:
    held, every = _Tally(), _Tally()
    foreign = 0
    for index, (rec, result) in enumerate(page_articles(path)):
        if isinstance(result, Skipped) and result.reason.startswith("language-unsupported:"):
            foreign += 1  # not English: the pipeline does not read it, so nothing to extract
            continue
        article = result if isinstance(result, Article) else None
        baseline = trafilatura.extract(rec["html"], url=rec.get("url")) or ""
        for tally in (every, held) if held_back(rec.get("url") or str(index)) else (every,):
            tally.add(rec, article, baseline)
    return {**held.metrics(""), **every.metrics("all_"), "not_english": float(foreign)}

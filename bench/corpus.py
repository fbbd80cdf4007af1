"""Benchmark inputs: the shared datasets read at run time, or a synthetic corpus made here.

Nothing of the datasets is stored in the repository. When ``<shared>/datasets`` lacks a file,
the benchmark runs on text generated from the small phrase tables below (written for this
file), and its result says so: figures on synthetic text are not comparable with figures on news.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

ARTICLES = "basil_dev.jsonl"
SENTENCES = "zsp_plv_train.jsonl"
SYNTHETIC = "synthetic"
SEED = 20240917

# Phrase tables of the synthetic corpus (written for this file, no dataset text).
_ACTORS = (
    "The government of Freedonia",
    "President Ana Ruiz",
    "The finance ministry",
    "Opposition leaders",
    "The United Nations",
    "Police in the capital",
    "NATO",
    "Prime Minister Tom Wells",
    "The central bank",
    "Rebel commanders",
    "Germany",
)
_VERBS = (
    "accused",
    "met",
    "criticised",
    "praised",
    "threatened",
    "agreed to help",
    "called on",
    "rejected a proposal from",
    "signed a deal with",
    "protested against",
)
_TAILS = (
    "on Monday",
    "last week",
    "in a statement",
    "after talks in Geneva",
    "on Oct. 6",
    "two weeks ago",
    "according to officials",
    "despite earlier promises",
    "",
)
_QUOTES = (
    "We will not accept this",
    "The talks were useful",
    "This is a dangerous step",
    "Nothing has been decided yet",
)


@dataclass(frozen=True, slots=True)
class Text:
    id: str
    text: str
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Corpus:
    source: str  # the dataset file the texts came from, or SYNTHETIC
    texts: tuple[Text, ...]


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _mid(actor: str) -> str:
    """An actor's name as written inside a sentence: "the United Nations"."""
    return "the" + actor[3:] if actor.startswith("The ") else actor


def _sentence(rng: random.Random) -> str:
    a, b = rng.sample(_ACTORS, 2)
    tail = rng.choice(_TAILS)
    if rng.random() < 0.2:
        return f'"{rng.choice(_QUOTES)}," {_mid(a)} said {tail}.'.strip()
    return f"{a} {rng.choice(_VERBS)} {_mid(b)} {tail}".strip() + "."


def synthetic_sentences(n: int, seed: int = SEED) -> tuple[Text, ...]:
    rng = random.Random(seed)
    return tuple(Text(f"syn-s{i}", _sentence(rng)) for i in range(n))


def synthetic_articles(n: int, seed: int = SEED) -> tuple[Text, ...]:
    """News-like articles of 6-14 paragraphs of 2-4 sentences, dated over a year."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = [
            " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(6, 14))
        ]
        title = _sentence(rng).rstrip(".")
        day = date(2014, 1, 1) + timedelta(days=rng.randrange(365))
        out.append(Text(f"syn-a{i}", "\n\n".join([title, *paras]), title, day))
    return tuple(out)


def _unique_ids(records: Sequence[dict]) -> list[str]:
    """Record ids, the line number added to a repeated one (basil_dev repeats "empty")."""
    counts = Counter(str(r["id"]) for r in records)
    return [
        str(r["id"]) if counts[str(r["id"])] == 1 else f"{r['id']}:{line}"
        for line, r in enumerate(records, 1)
    ]


def load_articles(shared: Path | None, synthetic_n: int = 150) -> Corpus:
    """News articles from basil_dev.jsonl, or synthetic ones when it is absent."""
    path = shared / "datasets" / ARTICLES if shared else None
    if path is None or not path.is_file():
        return Corpus(SYNTHETIC, synthetic_articles(synthetic_n))
    records = [r for r in _read_jsonl(path) if r.get("text")]
    texts = tuple(
        Text(i, r["text"], r.get("title"), _date(r.get("date")))
        for i, r in zip(_unique_ids(records), records, strict=True)
    )
    return Corpus(ARTICLES, texts)


def load_sentences(shared: Path | None, synthetic_n: int = 1000) -> Corpus:
    """News sentences from zsp_plv_train.jsonl, or synthetic ones when it is absent."""
    path = shared / "datasets" / SENTENCES if shared else None
    if path is None or not path.is_file():
        return Corpus(SYNTHETIC, synthetic_sentences(synthetic_n))
    records = [r for r in _read_jsonl(path) if r.get("text")]
    texts = tuple(
        Text(i, r["text"], None, _date(r.get("date")))
        for i, r in zip(_unique_ids(records), records, strict=True)
    )
    return Corpus(SENTENCES, texts)


def take(texts: Sequence[Text], n: int) -> tuple[Text, ...]:
    """The first ``n`` texts, cycling when there are fewer: a repeat gets a fresh id and every
    paragraph a number of its own, so that it is no copy (crosswire parses a paragraph it has
    just parsed only once, and a benchmark of distinct articles must not gain from that)."""
    if not texts:
        return ()
    return tuple(
        texts[i] if i < len(texts) else _repeat(texts[i % len(texts)], i) for i in range(n)
    )


def _repeat(text: Text, i: int) -> Text:
    lines = (f"{line} ({i})" if line.strip() else line for line in text.text.split("\n"))
    return replace(text, id=f"{i}:{text.id}", text="\n".join(lines))

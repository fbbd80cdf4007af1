"""The annotated news articles (``news_events_dev.jsonl``) and our events set against them:
reading the gold, cutting it into folds by article, reading our events of an article, and which
of them count and are right. Shared by the scorer (``score_news``) and the event model's
training (``tools/train_event_model.py``), which neither imports the other's module for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crosswire.types import Article, DocumentDate, Event
from eval.common import read_jsonl
from eval.score_events import plover_root

NEWS_DATASET = "news_events_dev.jsonl"
# silver labels on other development articles (tools/silver/README.md): offsets into datasets
SILVER = Path(__file__).resolve().parents[1] / "tools" / "silver" / "news_events_silver.jsonl"
# silver labels on articles no model is trained on (tools/silver/README.md, third round)
ASIDE = SILVER.with_name("news_events_aside.jsonl")
NOT_HAPPENED = frozenset({"negated", "conditional", "denied"})
FOLDS = 5


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    published: str | None
    sentences: tuple[dict, ...]  # {"n", "start", "end", "events": [...]}


def load_gold(path: Path, datasets: Path | None = None) -> list[GoldArticle]:
    """The annotated articles with the texts their offsets index, read from the datasets
    (``datasets``, else the folder of ``path``). A span given as offsets (``source_span``,
    ``target_span``: the silver labels) is read as its text."""
    rows = list(read_jsonl(path))
    wanted: dict[str, set[str]] = {}
    for r in rows:
        wanted.setdefault(r["dataset"], set()).add(r["id"])
    texts: dict[tuple[str, str], dict] = {}
    for name, ids in wanted.items():
        for rec in read_jsonl((datasets or path.parent) / name):
            if rec.get("id") in ids:
                texts[name, rec["id"]] = rec
    out = []
    for r in rows:
        text = texts[r["dataset"], r["id"]][r["text_field"]]
        sentences = tuple(_with_spans(s, text) for s in r["sentences"])
        out.append(GoldArticle(r["id"], text, r.get("published"), sentences))
    return out


def load_silver(datasets: Path, path: Path = SILVER) -> list[GoldArticle]:
    """The silver-labelled articles (of ``path``: the training ones, or ``ASIDE``), or none
    when a dataset they index is missing."""
    if not path.exists():
        return []
    names = {r["dataset"] for r in read_jsonl(path)}
    if not all((datasets / name).exists() for name in names):
        return []
    return load_gold(path, datasets)


def _with_spans(sentence: dict, text: str) -> dict:
    """The sentence with each event's offset spans (``source_span``) also given as text."""
    events = []
    for e in sentence["events"]:
        e = dict(e)
        for side in ("source", "target"):
            span = e.get(f"{side}_span")
            if span and side not in e:
                e[side] = text[span[0] : span[1]]
        events.append(e)
    return {**sentence, "events": events}


def raw_score(event: Event, raw: float) -> float:
    """A calibrator that keeps the coder's raw score (calibration is then fitted out of fold)."""
    return raw


def read_events(
    articles: Sequence[GoldArticle], root_model=None, calibrator=None
) -> list[tuple[Event, ...]]:
    """Our events for each whole article, dated by its publication date."""
    from crosswire.pipeline import (
        analyse_articles,
        coding_steps,
    )  # here: the helpers' tests need no spaCy

    items = []
    for a in articles:
        when = DocumentDate(date.fromisoformat(a.published[:10]), "given", 1.0)
        items.append((Article(id=a.id, text=a.text), when if a.published else None))
    docs = analyse_articles(items, 32, coding=coding_steps(root_model, calibrator))
    return [d.events for d in docs]


def coded_out_of_fold(
    articles: Sequence[GoldArticle], silver: Sequence[GoldArticle], train
) -> dict[str, tuple[Event, ...]]:
    """Each annotated and silver article's events (raw scores), coded by a model
    ``train(left_out_ids)`` fitted without its fold; each set is cut into folds of its own, and
    fold k of both is left out together."""
    fold, other = folds_of(articles), folds_of(silver)
    coded: dict[str, tuple[Event, ...]] = {}
    for k in range(FOLDS):
        test = [a for a, f in zip(articles, fold, strict=True) if f == k]
        aside = [a for a, f in zip(silver, other, strict=True) if f == k]
        model = train({a.id for a in (*test, *aside)})
        for part in (test, aside):
            for a, events in zip(part, read_events(part, model, raw_score), strict=True):
                coded[a.id] = events
    return coded


def sentence_of(event: Event, sentences: Sequence[dict]) -> int | None:
    """Index of the gold sentence holding the event's trigger, else overlapping it most."""
    at = event.trigger_start
    if at is not None:
        for i, s in enumerate(sentences):
            if s["start"] <= at < s["end"]:
                return i
    best, most = None, 0
    for i, s in enumerate(sentences):
        overlap = min(s["end"], event.sentence_end) - max(s["start"], event.sentence_start)
        if overlap > most:
            best, most = i, overlap
    return best


def counted_events(gold: GoldArticle, events: Iterable[Event]):
    """(sentence index, root, event, root is gold there) for the events that count."""
    for event in events:
        root = plover_root(event.plover)
        i = sentence_of(event, gold.sentences)
        if root is None or event.modality in NOT_HAPPENED or i is None:
            continue
        yield i, root, event, root in {plover_root(g["type"]) for g in gold.sentences[i]["events"]}


def labelled(gold: GoldArticle, events: Iterable[Event]) -> list[tuple[Event, bool]]:
    """The events that count, each with whether its root is one the gold gives its sentence
    (what an event's confidence should predict)."""
    return [(event, right) for _, _, event, right in counted_events(gold, events)]


def folds_of(articles: Sequence[GoldArticle], folds: int = FOLDS) -> list[int]:
    """A stable fold per article (grouped by article: its sentences never straddle folds)."""
    order = sorted(range(len(articles)), key=lambda i: articles[i].id)
    fold = [0] * len(articles)
    for rank, i in enumerate(order):
        fold[i] = rank % folds
    return fold

"""Cross-outlet event matching: do story events join the reports of one act, and only those?

The gold (``eval/data/story_acts_dev.jsonl``, annotated for this project as standoff into
``basil_dev.jsonl``; no text of the dataset is kept) lists, for 8 stories of three outlets
each, every act that two or more outlets report, with each sentence that reports it: its type,
its resolved doer and recipient, and (article, start, end) of each sentence. Annotation notes:
``eval/data/README.md``.

Each story's three articles are read whole, with their publication dates, as ``crosswire
analyze`` reads them, and their events reconciled as one story (``stories.reconcile``). A
mention belongs to the acts whose gold sentences in its article hold its trigger.

- ``join_recall``: share of gold acts that some story event joins across outlets: its mentions
  of that act lie in at least two of the act's articles;
- ``join_precision``: share of the story events joining two or more outlets whose every outlet
  reports one gold act they all share (a mention of it in each joined article);
- ``reachable``: share of gold acts that our events mention in two or more articles at all,
  joined or not: the ceiling event extraction puts on ``join_recall``;
- ``joining_events``: how many story events join outlets (a count).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crosswire.types import Article, DocumentDate
from eval.common import read_jsonl

DATASET = "basil_dev.jsonl"
GOLD = Path(__file__).parent / "data" / "story_acts_dev.jsonl"


@dataclass(frozen=True)
class GoldAct:
    id: str
    type: str
    sentences: Mapping[str, tuple[tuple[int, int], ...]]  # article id -> (start, end), ...

    def holds(self, article: str, at: int) -> bool:
        return any(s <= at < e for s, e in self.sentences.get(article, ()))


def gold_acts(story: dict) -> list[GoldAct]:
    acts = []
    for a in story["acts"]:
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in a["mentions"]:
            spans.setdefault(m["article"], []).append((m["start"], m["end"]))
        acts.append(GoldAct(a["act"], a["type"], {k: tuple(v) for k, v in spans.items()}))
    return acts


def story_counts(acts: Sequence[GoldAct], rows: Sequence) -> dict[str, int]:
    """Counts for one story: ``rows`` are its story events (``types.StoryEvent``)."""
    joined: set[str] = set()
    reached: dict[str, set[str]] = {a.id: set() for a in acts}
    joining = right = 0
    for row in rows:
        per_act: dict[str, set[str]] = {a.id: set() for a in acts}
        for m in row.mentions:
            for a in acts:
                if a.holds(m.article_id, m.start):
                    per_act[a.id].add(m.article_id)
                    reached[a.id].add(m.article_id)
        joined |= {a for a, arts in per_act.items() if len(arts) >= 2}
        articles = {m.article_id for m in row.mentions}
        if len(articles) >= 2:
            joining += 1
            right += any(arts == articles for arts in per_act.values())
    return {
        "acts": len(acts),
        "joined": len(joined),
        "reached": sum(len(arts) >= 2 for arts in reached.values()),
        "joining": joining,
        "right": right,
    }


def read_story(story: dict, records: Mapping[str, dict]) -> list:
    """The story's articles read whole, with their publication dates (``types.Document``)."""
    from crosswire.pipeline import analyse_articles

    items = []
    for aid in story["articles"]:
        r = records[aid]
        when = (
            DocumentDate(date.fromisoformat(r["date"][:10]), "given", 1.0)
            if r.get("date")
            else None
        )
        items.append(
            (Article(id=aid, text=r["text"], title=r.get("title"), outlet=r.get("source")), when)
        )
    return analyse_articles(items, batch_size=32)


def _story_rows(story: dict, records: Mapping[str, dict]) -> list:
    from crosswire.stories.reconcile import reconcile

    docs = read_story(story, records)
    ids = {d.id: [f"{d.id}#{i}" for i in range(len(d.events))] for d in docs}
    return reconcile(story["cluster"], docs, ids, {})


def score(path: Path) -> dict[str, float]:
    records = {r["id"]: r for r in read_jsonl(path)}
    total = {"acts": 0, "joined": 0, "reached": 0, "joining": 0, "right": 0}
    for story in read_jsonl(GOLD):
        counts = story_counts(gold_acts(story), _story_rows(story, records))
        total = {k: total[k] + counts[k] for k in total}
    return {
        "join_recall": total["joined"] / total["acts"] if total["acts"] else 0.0,
        "join_precision": total["right"] / total["joining"] if total["joining"] else 0.0,
        "reachable": total["reached"] / total["acts"] if total["acts"] else 0.0,
        "joining_events": float(total["joining"]),
    }

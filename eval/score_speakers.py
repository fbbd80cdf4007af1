"""Whom "he said" names: pronoun speakers of PolNeAR resolved to the person or body meant.

PolNeAR marks a speaker as written ("he"), so ``score_quotes`` counts "he" right whoever we take
it for. ``data/speaker_referents_dev.jsonl`` says whom 151 pronoun speakers of 49 articles of
the development part (not held back) refer to, read from the whole article (see
``data/README.md``). A case counts when one of our quotes has a speaker mention overlapping the
pronoun; it is right when our speaker's name and the referent end with the same word (a surname,
a body's last word). ``found`` is the share of cases with such a quote; ``accuracy`` is over the
found ones whose referent is named in the article (``person`` and ``org``); ``nearest_accuracy``
is the nearest person or organisation named before the pronoun, of the pronoun's kind ("he" a
person, "it" a body), on the same cases: the rule issue 15 reports as the failure ("Putin for
Nadler").
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from crosswire.events.actors import load_actors
from crosswire.nlp.entities import find_entities
from crosswire.nlp.model import load_nlp
from crosswire.nlp.quotes import find_quotes
from crosswire.types import Article
from eval.common import read_jsonl
from eval.score_quotes import parse_article

DATASET = "polnear_train.jsonl"
LABELS = Path(__file__).parent / "data" / "speaker_referents_dev.jsonl"
NAMED = ("person", "org")
_WORD = re.compile(r"\w+")
_PERSON_WORDS = {"he", "she"}


def last_word(name: str | None) -> str:
    words = _WORD.findall(name or "")
    return words[-1].lower() if words else ""


def _nearest(entities, pos: int, pronoun: str) -> str | None:
    kinds = {"PERSON"} if pronoun.lower() in _PERSON_WORDS else {"ORG", "GPE", "NORP", "PERSON"}
    before = [e for e in entities if e.end <= pos and e.type in kinds]
    return (before[-1].canonical or before[-1].text) if before else None


def evaluate(records: dict[str, dict], cases: list[dict]) -> dict[str, float]:
    nlp, actors = load_nlp(), load_actors()
    by_article: dict[str, list[dict]] = {}
    for case in cases:
        by_article.setdefault(case["id"], []).append(case)
    found = right = near = named = 0
    for art_id, mine in by_article.items():
        rec = records[art_id]
        article = Article(id=art_id, text=rec["text"])
        parsed = parse_article(nlp, article)
        on = date.fromisoformat(rec["doc_date"]) if rec.get("doc_date") else None
        entities = find_entities(parsed, actors, on)
        quotes = find_quotes(article, parsed, entities)
        for case in mine:
            start, end = case["start"], case["end"]
            ours = [
                q for q in quotes
                if q.speaker_start is not None and q.speaker_start < end and start < q.speaker_end
            ]  # fmt: skip
            if not ours:
                continue
            found += 1
            if case["kind"] not in NAMED:
                continue
            named += 1
            gold = last_word(case["referent"])
            right += last_word(ours[0].speaker) == gold
            near += last_word(_nearest(entities, start, case["pronoun"])) == gold
    return {
        "accuracy": right / named if named else 0.0,
        "nearest_accuracy": near / named if named else 0.0,
        "found": found / len(cases) if cases else 0.0,
        "cases": float(named),
    }


def score(path: Path) -> dict[str, float]:
    cases = [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]
    wanted = {c["id"] for c in cases}
    records = {r["id"]: r for r in read_jsonl(path) if r["id"] in wanted}
    return evaluate(records, cases)

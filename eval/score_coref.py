"""Pronoun resolution, on the doers and recipients of ``news_events_dev.jsonl``.

Annotators wrote each event's doer and recipient as a span of the sentence ("he") and the
name it resolves to in context ("Barack Obama"). Every side whose span is a third-person
pronoun is a case: the pronoun's first occurrence in the sentence is resolved against the
article's entities, the groups and bodies its roles name ("the protesters", "the military":
``crosswire.events.mentions``), the people it names together and the speakers of its direct
quotes (``crosswire.nlp.coref``, built as the pipeline builds it), and is right when our
antecedent and the gold name share their last word (a surname, or the name of a country or
party). A role's last word rarely is the gold name's ("the military" for "Israel Defense
Forces"): such an antecedent counts wrong here, though the events' sides may match it by its
country.

``accuracy`` is over all cases (no antecedent counts wrong); ``answered`` is the share given
one; ``nearest_accuracy`` is the nearest earlier entity of a fitting kind, the rule the event
coder used for every pronoun before 2026-12-03 and still uses for possessives (it also prefers a
reporting verb's subject in reported speech). The articles were not used to choose the salience
weights (Lappin & Leass's; a grid chosen by cross-validation over these articles did no better
out of fold). ``silver_*``: the same on the silver-labelled articles (``tools/silver``), whose
annotators also resolved each pronoun side.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from eval.news_gold import NEWS_DATASET as DATASET  # noqa: F401  (eval.run reads it)
from eval.news_gold import load_gold, load_silver

_WORD = re.compile(r"[A-Za-z]+")


def _last(name: str | None) -> str | None:
    words = _WORD.findall(name or "")
    return words[-1].lower() if words else None


def _same(ours, gold_name: str) -> bool:
    if ours is None:
        return False
    last = _last(gold_name)
    words = {w.lower() for t in (ours.canonical, ours.text) if t for w in _WORD.findall(t)}
    return last is not None and (last in words or _last(ours.canonical or ours.text) in
                                 {w.lower() for w in _WORD.findall(gold_name)})  # fmt: skip


def cases(article) -> list[tuple[int, str, str]]:
    """(article offset, pronoun, gold name) of each pronoun side of the article's events."""
    from crosswire.nlp.coref import KINDS

    out = []
    for s in article.sentences:
        text = article.text[s["start"] : s["end"]]
        for g in s["events"]:
            for side in ("source", "target"):
                span, name = g.get(side), g.get(f"{side}_name")
                if not span or not name or span.lower() not in KINDS:
                    continue
                found = re.search(rf"\b{re.escape(span)}\b", text)
                if found:
                    out.append((s["start"] + found.start(), span.lower(), name))
    return out


def score(path: Path) -> dict[str, float]:
    gold = _score(load_gold(path))
    silver = _score(load_silver(path.parent))
    return {**gold, **{f"silver_{k}": v for k, v in silver.items() if silver["cases"]}}


def _score(articles) -> dict[str, float]:
    from crosswire.events.actors import load_actors
    from crosswire.events.mentions import article_salience
    from crosswire.nlp.coref import KINDS
    from crosswire.nlp.entities import find_entities
    from crosswire.nlp.model import load_nlp
    from crosswire.nlp.quotes import find_quotes
    from crosswire.types import Article
    from tools.train_event_model import parse

    nlp, actors = load_nlp(), load_actors()
    right = nearest = answered = total = 0
    for a in articles:
        paras = parse(a, nlp)
        when = date.fromisoformat(a.published[:10]) if a.published else None
        ents = find_entities(paras, actors, when)
        quotes = find_quotes(Article(id=a.id, text=a.text), paras, ents)
        sal = article_salience(paras, ents, quotes, actors)
        for pos, word, name in cases(a):
            tok = next((t for off, d in paras for t in d if off + t.idx == pos), None)
            if tok is None:
                continue
            total += 1
            ours = sal.resolve(tok, next(off for off, d in paras if off <= pos < off + len(d.text)))
            answered += ours is not None
            right += _same(ours, name)
            kinds = KINDS[word]
            near = [e for e in ents if e.end <= pos and e.type in kinds]
            nearest += _same(near[-1] if near else None, name)
    return {
        "accuracy": right / total if total else 0.0,
        "answered": answered / total if total else 0.0,
        "nearest_accuracy": nearest / total if total else 0.0,
        "cases": float(total),
    }

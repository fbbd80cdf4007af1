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

``data/speaker_descriptions_dev.jsonl`` does the same for 165 speakers named by a description
("the senator", "a spokesman", "the campaign") in 73 other articles: ``desc_accuracy`` over the
found ones whose referent the article names, ``desc_as_written`` the same test on the mention
itself (what a reader learns if we resolve nothing), and ``desc_false_names``: of the found
ones the article never names (an anonymous official, a spokesman whose name is not given, a
document), the share to which we give a name all the same ("a spokesman for the prime minister"
is not the prime minister).
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
DESCRIPTIONS = Path(__file__).parent / "data" / "speaker_descriptions_dev.jsonl"
NAMED = ("person", "org")
_WORD = re.compile(r"\w+")
_PERSON_WORDS = {"he", "she"}


def last_word(name: str | None) -> str:
    words = _WORD.findall(name or "")
    return words[-1].lower() if words else ""


def same_referent(ours: str | None, referent: str) -> bool:
    """The same last word (a surname, a body's last word), or an acronym of the other ("FBI")."""
    if last_word(ours) == last_word(referent):
        return True
    initials = {
        "".join(w[0] for w in _WORD.findall(n or "") if w[0].isupper()) for n in (ours, referent)
    }
    words = {(n or "").replace(".", "").strip() for n in (ours, referent)}
    return bool(initials & words - {""})


def _nearest(entities, pos: int, pronoun: str) -> str | None:
    kinds = {"PERSON"} if pronoun.lower() in _PERSON_WORDS else {"ORG", "GPE", "NORP", "PERSON"}
    before = [e for e in entities if e.end <= pos and e.type in kinds]
    return (before[-1].canonical or before[-1].text) if before else None


def _read(rec: dict, art_id: str, nlp, actors):
    """(entities, quotes) of one record, as the pipeline reads it."""
    article = Article(id=art_id, text=rec["text"])
    parsed = parse_article(nlp, article)
    on = date.fromisoformat(rec["doc_date"]) if rec.get("doc_date") else None
    entities = find_entities(parsed, actors, on)
    return entities, find_quotes(article, parsed, entities)


def _speaker_at(quotes, start: int, end: int):
    """Our first quote whose speaker mention overlaps ``start``-``end``, or None."""
    return next(
        (q for q in quotes
         if q.speaker_start is not None and q.speaker_start < end and start < q.speaker_end),
        None,
    )  # fmt: skip


def evaluate(
    records: dict[str, dict], cases: list[dict], descriptions: list[dict] = ()
) -> dict[str, float]:
    nlp, actors = load_nlp(), load_actors()
    by_article: dict[str, tuple[list[dict], list[dict]]] = {}
    for case in cases:
        by_article.setdefault(case["id"], ([], []))[0].append(case)
    for case in descriptions:
        by_article.setdefault(case["id"], ([], []))[1].append(case)
    found = right = near = named = 0
    d_found = d_named = d_right = d_written = d_unnamed = d_renamed = 0
    for art_id, (mine, described) in by_article.items():
        rec = records[art_id]
        entities, quotes = _read(rec, art_id, nlp, actors)
        for case in mine:
            start, end = case["start"], case["end"]
            ours = _speaker_at(quotes, start, end)
            if ours is None:
                continue
            found += 1
            if case["kind"] not in NAMED:
                continue
            named += 1
            gold = last_word(case["referent"])
            right += last_word(ours.speaker) == gold
            near += last_word(_nearest(entities, start, case["pronoun"])) == gold
        for case in described:
            ours = _speaker_at(quotes, case["start"], case["end"])
            if ours is None:
                continue
            d_found += 1
            mention = rec["text"][case["start"] : case["end"]]
            if case["kind"] in NAMED:
                d_named += 1
                d_right += same_referent(ours.speaker, case["referent"])
                d_written += same_referent(mention, case["referent"])
            elif case["kind"] == "unnamed":
                d_unnamed += 1
                d_renamed += (ours.speaker or "").lower() not in mention.lower()
    out = {
        "accuracy": right / named if named else 0.0,
        "nearest_accuracy": near / named if named else 0.0,
        "found": found / len(cases) if cases else 0.0,
        "cases": float(named),
    }
    if descriptions:
        out |= {
            "desc_accuracy": d_right / d_named if d_named else 0.0,
            "desc_as_written": d_written / d_named if d_named else 0.0,
            "desc_false_names": d_renamed / d_unnamed if d_unnamed else 0.0,
            "desc_found": d_found / len(descriptions),
            "desc_cases": float(d_named),
            "desc_unnamed_cases": float(d_unnamed),
        }
    return out


def _labels(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def score(path: Path) -> dict[str, float]:
    cases, descriptions = _labels(LABELS), _labels(DESCRIPTIONS)
    wanted = {c["id"] for c in [*cases, *descriptions]}
    records = {r["id"]: r for r in read_jsonl(path) if r["id"] in wanted}
    return evaluate(records, cases, descriptions)

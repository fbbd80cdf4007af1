"""Event coding on Zero-Shot-PLOVER sentences, with the datasets README's convention.

Both sides are mapped to the 15 PLOVER-style roots (``plover_root``): the README's aliases
(DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, CONCEDE/RETREAT→YIELD, FIGHT→ASSAULT); every
other type the coder emits (ontology.py, from CAMEO2PLOVER) is already one of the 15, SANCTION
included; anything else, and the '' of CAMEO 01/02 statements, is dropped. Events whose modality
says they did not happen (``NOT_HAPPENED``) are not counted: a denied accusation is no accusation.

``root_*``: precision/recall/F1 over (sentence, root) sets. ``actors_f1``: over
(sentence, root, source, target), one-to-one. Actors match by country/organisation
(``code_key``): a gold span is resolved with our actor dictionary (``resolve_span``: the whole
phrase, else a country adjective or name in it, "Iranian Foreign Minister X" → IRN), and compared
with the key of our actor's code. When the gold span resolves to nothing, the span's head word
(``head_word``) must be one of the words of our actor's text or canonical name. The gold target
"a recipient" is zsp's placeholder for none: it matches an event without a target.
``confidence_ece``: how far events' confidences are from the share of them whose root is right
(expected calibration error, held back).
Figures named ``all_*`` are over the whole set (tuned on); the others over the held-back part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from crosswire.events.actors import ORGANISATION_PREFIXES, load_actors, normalise_key
from crosswire.types import Actor, Article, DocumentDate, Event
from eval.common import held_back, prf, read_jsonl

DATASET = "zsp_plv_train.jsonl"
ROOTS = frozenset(
    {
        *("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE"),
        *("REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"),
    }
)
ROOT_ALIASES = MappingProxyType(
    {
        "DEMAND": "REQUEST",
        "DISAPPROVE": "ACCUSE",
        "INVESTIGATE": "ACCUSE",
        "CONCEDE": "YIELD",
        "RETREAT": "YIELD",
        "FIGHT": "ASSAULT",
    }
)
NOT_HAPPENED = frozenset({"negated", "denied"})
# Confidence bins of the calibration error (``confidence_ece``). zsp labels one event a sentence,
# so a right but unlabelled second event counts as wrong: the figure overstates the error.
CALIBRATION_BINS = 5
CHUNK = 400  # sentences per analyse_articles call: one spaCy pass each, bounded memory
# Words that end the head noun phrase of a span: "the court in Lyon" → "court".
_PHRASE_END = frozenset(
    {
        *("of", "in", "at", "from", "for", "on", "with", "by", "to", "against", "over"),
        *("after", "who", "which", "that", "whose", ",", "(", "-"),
    }
)
# What zsp writes where an event has no recipient (20 of its 1,050 events; PLOVER makes the
# recipient optional for most event types).
NO_ACTOR = frozenset({"a recipient"})
_WORD = re.compile(r"[\w'’.-]+|[,(]")


class Dictionary(Protocol):
    def lookup(self, text: str): ...
    def country(self, adjective_or_name: str) -> str | None: ...


def plover_root(label: str | None) -> str | None:
    """One of the 15 roots for a PLOVER-style label, None when it has none."""
    name = (label or "").strip().upper()
    name = ROOT_ALIASES.get(name, name)
    return name if name in ROOTS else None


def sector_codes() -> frozenset[str]:
    """The 3-letter role codes (GOV, MIL, REB...) of our agent tables: a code that starts with
    one names no country ("JUD" alone is some court)."""
    return load_actors().sectors


def code_key(code: str | None, sectors: frozenset[str]) -> str | None:
    """The country/organisation an actor code names: "RUSGOV" → "RUS", "IGOWSTNAT" as is;
    None for no code or a role without a country ("COP")."""
    code = (code or "").strip().upper()
    if len(code) < 3 or not code[:3].isalpha():
        return None
    if code.startswith(ORGANISATION_PREFIXES):
        return code
    return None if code[:3] in sectors else code[:3]


def head_word(span: str) -> str:
    """Normalised last word of the span's first noun phrase: "the district court in Lyon"
    → "court", "Iran's government" → "government"."""
    words = _WORD.findall(span)
    kept: list[str] = []
    for word in words:
        if kept and word.lower() in _PHRASE_END:
            break
        kept.append(word)
    keys = [normalise_key(w) for w in kept]
    keys = [k for k in keys if k]
    return keys[-1] if keys else ""


def resolve_span(span: str, actors: Dictionary, sectors: frozenset[str]) -> str | None:
    """The country/organisation key of a gold span: the dictionary's match for the phrase, else
    the first country adjective or name among its words (two-word names first)."""
    found = actors.lookup(span)
    key = code_key(found.code, sectors) if found is not None else None
    if key:
        return key
    words = [w for w in _WORD.findall(span) if w not in {",", "("}]
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            country = actors.country(" ".join(words[i : i + size]))
            if country:
                return country
    return None


def actor_matches(
    gold_span: str, gold_key: str | None, ours: Actor | None, ours_key: str | None
) -> bool:
    """Same country/organisation when the gold span resolved; else the gold head word is one of
    the words of our actor's text or name. The gold placeholder for no target ("a recipient")
    matches our having none, and only that."""
    if gold_span.strip().lower() in NO_ACTOR:
        return ours is None
    if ours is None:
        return False
    if gold_key is not None:
        return gold_key == ours_key
    head = head_word(gold_span)
    words = set(normalise_key(f"{ours.text} {ours.name or ''}").split())
    return bool(head) and head in words


@dataclass(frozen=True, slots=True)
class Counts:
    root_tp: int = 0
    root_pred: int = 0
    root_gold: int = 0
    actor_tp: int = 0
    actor_pred: int = 0
    actor_gold: int = 0

    def __add__(self, other):
        """Field by field; subclasses with more counts add them too."""
        return type(self)(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


# PLOVER manual, AGREE: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID
# reported in future tense are also taken to imply intentions and should be coded as AGREE."
MANUAL_FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def scored_events(events: Iterable[Event]) -> list[tuple[str, Event]]:
    """(root, event) for the events that count: a root, and a modality that says it happened.
    zsp labels follow the PLOVER manual, which codes a planned cooperative act as AGREE
    (``MANUAL_FUTURE_AGREE``); crosswire keeps its type with modality "planned", as the news
    guidelines do, and is read here by the manual's rule."""
    out = []
    for event in events:
        root = plover_root(event.plover)
        if root in MANUAL_FUTURE_AGREE and event.modality == "planned":
            root = "AGREE"
        if root and event.modality not in NOT_HAPPENED:
            out.append((root, event))
    return out


def roots_of(gold: Sequence[dict]) -> set[str]:
    """The roots of a sentence's gold events ``{"code", ...}``."""
    return {r for g in gold if (r := plover_root(g.get("code")))}


def compare_sentence(
    gold: Sequence[dict], events: Iterable[Event], actors: Dictionary, sectors: frozenset[str]
) -> Counts:
    """Counts for one sentence: gold events ``{"source", "target", "code"}`` against ours."""
    ours = scored_events(events)
    gold_roots = roots_of(gold)
    our_roots = {r for r, _ in ours}
    preds: dict[tuple, tuple[str, Event]] = {}
    for root, e in ours:  # one prediction per (root, source, target) as the keys see them
        ident = tuple(_ident(a, sectors) for a in (e.source, e.target))
        preds.setdefault((root, *ident), (root, e))
    golds = {
        (r, g.get("source") or "", g.get("target") or "")
        for g in gold
        if (r := plover_root(g.get("code")))
    }
    free = list(preds.values())
    tp = 0
    for root, src, tgt in golds:
        keys = (resolve_span(src, actors, sectors), resolve_span(tgt, actors, sectors))
        for i, (our_root, e) in enumerate(free):
            if our_root == root and _sides_match((src, tgt), keys, e, sectors):
                tp += 1
                del free[i]
                break
    return Counts(
        len(gold_roots & our_roots), len(our_roots), len(gold_roots), tp, len(preds), len(golds)
    )


def _ident(actor: Actor | None, sectors: frozenset[str]) -> str:
    if actor is None:
        return ""
    return code_key(actor.code, sectors) or head_word(actor.text)


def _sides_match(spans, keys, event: Event, sectors: frozenset[str]) -> bool:
    ours = (event.source, event.target)
    return all(
        actor_matches(span, key, actor, code_key(actor.code, sectors) if actor else None)
        for span, key, actor in zip(spans, keys, ours, strict=True)
    )


def code_sentences(records: Sequence[dict]) -> list[tuple[Event, ...]]:
    """Our events for each record's ``text`` (dated by its ``date`` when it has one)."""
    from crosswire.pipeline import analyse_articles  # here: the helpers' tests need no spaCy

    items = []
    for r in records:
        when = r.get("date")
        dated = DocumentDate(date.fromisoformat(when[:10]), "given", 1.0) if when else None
        items.append((Article(id=r["id"], text=r["text"]), dated))
    out: list[tuple[Event, ...]] = []
    for i in range(0, len(items), CHUNK):
        out.extend(d.events for d in analyse_articles(items[i : i + CHUNK], batch_size=64))
    return out


def prf_metrics(c: Counts, prefix: str = "") -> dict[str, float]:
    """Root and root+actors precision, recall and F1 of counts (F1 only with a ``prefix``)."""
    p, r, f = prf(c.root_tp, c.root_pred, c.root_gold)
    ap, ar, af = prf(c.actor_tp, c.actor_pred, c.actor_gold)
    if prefix:
        return {f"{prefix}root_f1": f, f"{prefix}actors_f1": af}
    return {
        "root_precision": p,
        "root_recall": r,
        "root_f1": f,
        "actors_precision": ap,
        "actors_recall": ar,
        "actors_f1": af,
    }


def calibration_error(pairs: Sequence[tuple[float, bool]], bins: int = CALIBRATION_BINS) -> float:
    """Expected calibration error of (confidence, right) pairs: per equal-width confidence bin,
    |share right - mean confidence|, weighted by the bin's share of the pairs."""
    if not pairs:
        return 0.0
    groups: dict[int, list[tuple[float, bool]]] = {}
    for conf, right in pairs:
        groups.setdefault(min(int(conf * bins), bins - 1), []).append((conf, right))
    return sum(
        len(g) / len(pairs) * abs(sum(r for _, r in g) / len(g) - sum(c for c, _ in g) / len(g))
        for g in groups.values()
    )


def score(path: Path) -> dict[str, float]:
    records = list(read_jsonl(path))
    actors, sectors = load_actors(), sector_codes()
    held, every = Counts(), Counts()
    confidence: list[tuple[float, bool]] = []  # held back: is an event's root a gold root?
    for record, events in zip(records, code_sentences(records), strict=True):
        counts = compare_sentence(record["events"], events, actors, sectors)
        every += counts
        if held_back(record["id"]):
            held += counts
            gold = roots_of(record["events"])
            confidence += [(e.confidence, root in gold) for root, e in scored_events(events)]
    ece = {"confidence_ece": calibration_error(confidence)}
    return {**prf_metrics(held), **ece, **prf_metrics(every, "all_")}

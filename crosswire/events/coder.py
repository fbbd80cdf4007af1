"""The event coder: who did what to whom, from the dependency parse and the verb patterns.

For each verb whose lemma has a CAMEO pattern, the source is its subject (the agent of a
passive, the subject inherited through coordination, control or a relative clause), the target the
actor named in its object or in a "with/to/against" phrase. Each event keeps the sentence and the
trigger it came from, the rule that coded it and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from crosswire.events.actorspan import ArticleActors, actor_of, first_actor
from crosswire.events.modality import CLAUSAL, modality_of
from crosswire.types import Actor, Event, Timex

# Verbs that introduce speech: quotes, not events of their own (CAMEO 010 "make statement"
# would code almost every sentence of a news story).
SPEECH = {
    "say",
    "tell",
    "add",
    "note",
    "state",
    "report",
    "write",
    "explain",
    "comment",
    "announce",
    "declare",
    "claim",
    "insist",
    "stress",
    "emphasize",
    "emphasise",
    "tweet",
}
OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
SUBJECT_DEPS = ("nsubj", "csubj")
_FULL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
# Confidence of an event: how specific the pattern was, lowered when an actor is missing.
CONF_PHRASE, CONF_VERB = 0.9, 0.7
PENALTY_NO_SOURCE_CODE, PENALTY_NO_TARGET = 0.25, 0.1


@lru_cache(maxsize=1)
def generic_verbs() -> frozenset[str]:
    text = resources.files("crosswire.events").joinpath("data/generic_verbs.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@dataclass(frozen=True)
class CodingContext:
    arts: ArticleActors
    timexes: tuple[Timex, ...]
    doc_date: date | None
    ontology: object
    patterns: object


def _predicate(tok) -> str:
    """The verb lemma with its particle: "break off", "whittle down"."""
    prt = [c for c in tok.children if c.dep_ == "prt"]
    lemma = tok.lemma_.lower()
    return f"{lemma} {prt[0].lower_}" if prt else lemma


def _match(patterns, verb, depth: int):
    """The most specific pattern, for a phrasal verb either as "break off" or as "break" + "off"."""
    lemmas = _clause_lemmas(verb, depth)
    lemma = _predicate(verb)
    found = [patterns.match(lemma, lemmas)]
    if " " in lemma:
        base, prt = lemma.split(" ", 1)
        found.append(patterns.match(base, [prt, *lemmas]))
    found = [p for p in found if p is not None]
    return max(found, key=lambda p: len(p.verb.split()) + len(p.words), default=None)


def _clause_lemmas(verb, depth: int = 99) -> list[str]:
    """Lemmas of the verb's complements in text order, the patient of a passive first.

    ``depth`` limits how far below the verb words are taken (generic verbs: their own
    complements only, so "comes as Russia ... to keep" is not "come to").
    """
    # the patient's head nouns (and their conjuncts) stand first, as the object would
    passive = [
        t
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for t in (c, *(x for x in c.children if x.dep_ == "conj"))
    ]
    out = []
    stack = [(c, 1) for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc")]
    while stack:
        tok, d = stack.pop()
        out.append(tok)
        if d < depth:
            stack.extend(
                (c, d + 1) for c in tok.children if c.dep_ not in ("relcl", "advcl", "ccomp")
            )
    return [t.lemma_.lower() for t in [*passive, *sorted(out, key=lambda t: t.i)]]


def _source_roots(verb):
    """Tokens whose phrase names the doer, nearest rule first."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        agents = [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        return agents
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subj:
        return subj
    if verb.dep_ == "conj":  # "NATO expelled ... and halved": the first conjunct's subject
        head = verb.head
        # a conjunct in another tense is usually misattached ("believes they were working ...
        # and halved"): take the subject of the nearest verb above in the same tense, if any
        while head.tag_ != verb.tag_ and head.head != head:
            head = head.head
        return _source_roots(head) if head.tag_ == verb.tag_ and head != verb else []
    if verb.dep_ == "xcomp":  # "Moscow decided to close"
        return _source_roots(verb.head)
    if verb.dep_ == "relcl":  # "the alliance, which expelled ..."
        return [verb.head]
    if verb.dep_ == "acl":  # "the alliance's decision to expel"
        return [c for c in verb.head.children if c.dep_ == "poss"]
    return []


def _target_roots(verb):
    roots = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        roots += [c for c in verb.children if c.dep_ == "nsubjpass"]
    roots += [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        roots += [g for g in prep.children if g.dep_ == "pobj"]
    if not roots and verb.dep_ == "conj":
        return _target_roots(verb.head) if not passive else roots
    return roots


def _speaker_source(verb, ctx: CodingContext, offset: int) -> Actor | None:
    """An agentless passive reported by someone ("Lavrov said the offices would be closed"):
    the speaker is the doer."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj") and tok.head != tok:
        tok = tok.head
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subj and tok.lemma_.lower() in SPEECH:
            return actor_of(subj[0], offset, ctx.arts)
    quote = ctx.arts.quote_at(offset + verb.idx)
    if quote and quote.speaker:
        ent = next((e for e in ctx.arts.entities if e.canonical == quote.speaker), None)
        if ent is not None:
            return Actor(ent.text, ent.canonical, ent.code, ent.start, ent.end)
    return None


def _timex_in(tokens, offset: int, timexes: Sequence[Timex]) -> Timex | None:
    for tok in tokens:
        pos = offset + tok.idx
        for tx in timexes:
            if tx.start <= pos < tx.end and tx.type == "DATE" and _FULL_DATE.match(tx.value):
                return tx
    return None


# Clause links across which an event shares the date of the clause above it: reported speech
# ("said Monday it was cutting"), coordination, control, and temporal clauses ("in 2014 after it
# annexed"). Nominal attachments ("following the decision to expel") do not share dates.
DATE_LINKS = {"ccomp", "xcomp", "conj", "advcl"}


def _event_date(verb, offset: int, ctx: CodingContext) -> tuple[str | None, str]:
    """Date from the verb's own clause, then the clauses it belongs to, else the document's."""
    node, level = verb, "clause"
    while True:
        own = [node]
        for c in node.children:
            if c.dep_ not in CLAUSAL:
                own.extend(c.subtree)
        tx = _timex_in(own, offset, ctx.timexes)
        if tx:
            return tx.value, level
        if node.dep_ == "relcl" and _timex_in([node.head], offset, ctx.timexes):
            return _timex_in([node.head], offset, ctx.timexes).value, "clause"  # "2014, when"
        if node.dep_ not in DATE_LINKS or node.head == node:
            break
        node, level = node.head, "sentence"
    if ctx.doc_date:
        return ctx.doc_date.isoformat(), "document"
    return None, "none"


def _is_future(value: str | None, doc_date: date | None) -> bool:
    return bool(value and doc_date and len(value) == 10 and value > doc_date.isoformat())


def code_sentence(sent, offset: int, ctx: CodingContext) -> list[Event]:
    events = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = _predicate(verb)
        if lemma in SPEECH or verb.lemma_.lower() in SPEECH:
            continue
        generic = verb.lemma_.lower() in generic_verbs()
        pattern = _match(ctx.patterns, verb, 2 if generic else 99)
        if pattern is None or (generic and not pattern.words):
            continue
        plover = ctx.ontology.plover(pattern.code)
        if not plover.event:
            continue  # CAMEO 01-02 (statements, appeals in words) have no PLOVER event
        source = first_actor(_source_roots(verb), offset, ctx.arts)
        if source is None and any(c.dep_ == "auxpass" for c in verb.children):
            source = _speaker_source(verb, ctx, offset)
        target = first_actor(
            _target_roots(verb), offset, ctx.arts, exclude=source.code if source else None
        )
        if source is None or not (source.code or (target and target.code)):
            continue  # no one did it, or no one we can name as a political actor
        event_date, date_source = _event_date(verb, offset, ctx)
        code = ctx.ontology.cameo(pattern.code)
        confidence = CONF_PHRASE if pattern.words else CONF_VERB
        if not source.code:
            confidence -= PENALTY_NO_SOURCE_CODE
        if target is None:
            confidence -= PENALTY_NO_TARGET
        events.append(
            Event(
                source=source,
                target=target,
                cameo=code.code,
                plover=plover.event,
                mode=plover.mode,
                goldstein=code.goldstein,
                quad=code.quad,
                date=event_date,
                date_source=date_source,
                modality=modality_of(verb, _is_future(event_date, ctx.doc_date)),
                sentence_start=offset + sent.start_char,
                sentence_end=offset + sent.end_char,
                trigger_start=offset + verb.idx,
                trigger_end=offset + verb.idx + len(verb.text),
                confidence=round(confidence, 2),
                rule=f"pattern:{pattern.verb}|{' '.join(pattern.words)}|{pattern.code}",
            )
        )
    return events


def _denial_targets(events: list[Event], ontology) -> list[Event]:
    """A denial with no named target answers the latest accusation against the denier."""
    out = []
    for i, ev in enumerate(events):
        if ev.target is None and (ev.plover == "REJECT" or ev.cameo == "016"):
            prior = [
                p
                for p in events[:i]
                if p.plover == "ACCUSE"
                and p.target
                and p.target.code
                and ev.source.code
                and p.target.code[:3] == ev.source.code[:3]
            ]
            if prior:
                ev = replace(
                    ev,
                    target=prior[-1].source,
                    confidence=round(ev.confidence + PENALTY_NO_TARGET - 0.05, 2),
                )
        out.append(ev)
    return out


def code_events(paragraphs: Sequence, ctx: CodingContext) -> tuple[Event, ...]:
    """Every coded event of one article, in text order."""
    events: list[Event] = []
    for offset, doc in paragraphs:
        for sent in doc.sents:
            events.extend(code_sentence(sent, offset, ctx))
    return tuple(_denial_targets(events, ctx.ontology))

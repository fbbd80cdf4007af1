"""Sides a report leaves to the article: read once every sentence is coded, from the article's
other acts, as the news guidelines resolve them from context.

- A denial with no named target answers the latest accusation against the denier.
- A stance with no recipient in its sentence ("Lind dismissed it as theatre") is taken toward
  the actor last named in an act just before it; one toward another party's act ("welcomed the
  release of the papers") toward the doer of that act, however far back.
- An act of force with no doer ("200 doctors have been killed") is the article's doer of such
  acts when it names one often enough; a judgement with no doer ("was sentenced") is the
  court's, and a plea with no recipient is made to the court.

Each side so taken marks its event's rule (``confidence.CONTEXT_RECIPIENT`` / ``CONTEXT_DOER``):
the report itself does not name it, and the calibrator knows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import replace

from crosswire.events.actors import code_parts
from crosswire.events.actorspan import first_actor
from crosswire.events.confidence import CONTEXT_DOER, CONTEXT_RECIPIENT
from crosswire.events.matching import answered_nouns, nominalisations
from crosswire.events.referents import ArticleActors, entity_actor
from crosswire.events.syntax import children, is_verb
from crosswire.types import Actor, Event

# Stances whose recipient, left unsaid in their sentence, is taken from the acts just before
# them (``_context_recipients``), within this many characters of their sentence: about the one
# before. Out of fold on the news and silver articles, of the recipients it gives to acts of the
# right root, 25 are right and 9 wrong where the gold names one (at 300 characters 25 / 13; at
# 600 26 / 18); REQUEST and the acts of cooperation were right about half the time, and are left.
# On the 64 silver articles kept aside it was 1 right of 7: pooled, about 6 in 10.
STANCES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
CONTEXT_CHARS = 150
# Acts of force whose doer, left unsaid ("200 doctors have been killed", "the raids on the
# port"), is the article's doer of such acts when it names one at least ``DOER_MIN_ACTS`` times
# (``_context_doers``). Out of fold on the news and silver articles: 10 doers right, 2 wrong
# where the gold names one; with one act enough, 11 right and 8 wrong (a court's sentence given
# to the doer of an arrest, a speaker to an attack he spoke of).
FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
DOER_MIN_ACTS = 2
# Verbs of a court's judgement: the doer a report leaves unsaid ("was sentenced", "was
# convicted") is the court, not the article's doer of other acts of their root (an arrest).
JUDICIAL = frozenset({"sentence", "convict", "acquit", "jail", "imprison", "fine"})
# Verbs of a plea, made to the court that hears it: a plea with no recipient in its report
# ("pleaded guilty to fraud") is toward that court, as a judgement is the court's.
PLEAS = frozenset({"plead"})
COURT = "JUD"


def names_actor(actor: Actor | None) -> bool:
    """An actor we can name or code, not a phrase kept as text ("the rumours")."""
    return actor is not None and bool(actor.code or actor.name)


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Two mentions of one actor: the same canonical name."""
    return a is not None and b is not None and a.name is not None and a.name == b.name


def sides_from_article(
    events: list[Event], paragraphs: Sequence, arts: ArticleActors
) -> list[Event]:
    """The article's events (in text order) with the sides its other acts give them."""
    events = _context_recipients(_denial_targets(events))
    events = _answered_doers(events, paragraphs, arts)
    doerless = any(e.source is None for e in events)  # only then is a doer looked for
    # the offsets of the verbs of a court's judgement and of a plea, in one walk
    marked = {
        offset + t.idx: lemma
        for offset, doc in paragraphs
        for t in doc
        if (lemma := t.lemma_.lower()) in JUDICIAL or lemma in PLEAS
    }
    pleas = {at for at, lemma in marked.items() if lemma in PLEAS}
    if doerless or pleas:
        courts = _courts(events, arts)
        judgements = {at for at, lemma in marked.items() if lemma in JUDICIAL}
        events = _plea_recipients(_context_doers(events, judgements, courts), pleas, courts)
    return events


def _denial_targets(events: list[Event]) -> list[Event]:
    """A denial with no named target answers the latest accusation against the denier."""
    out = []
    for i, ev in enumerate(events):
        if not names_actor(ev.target) and (ev.plover == "REJECT" or ev.cameo == "016"):
            prior = [
                p
                for p in events[:i]
                if p.plover == "ACCUSE" and p.target and ev.source and _accused(p.target, ev.source)
            ]
            if prior:
                ev = replace(ev, target=prior[-1].source)
        out.append(ev)
    return out


def _accused(target: Actor, denier: Actor) -> bool:
    """The accusation's target is the denier: one actor (``_same_side``), or one state named
    as the state or its government ("Russia", "Moscow"); not any actor of its country (the
    Republican Party, USAPTY, does not answer what is said of Florida, USA)."""
    accused, speaker = code_parts(target.code), code_parts(denier.code)
    one_state = bool(accused and speaker) and accused[0] == speaker[0]
    if one_state and {*accused[1:2], *speaker[1:2]} <= {"GOV"}:
        return True
    return _same_side(target, denier)


def _context_recipients(events: list[Event]) -> list[Event]:
    """A stance with no recipient in its sentence ("Lind dismissed it as theatre", "Okafor hit
    back") is taken toward the actor last named in an act just before it, other than its doer:
    the news guidelines resolve such recipients from context. So is one kept as text that
    names another party's act or words ("rejected the overture", ``_answered_act``); any
    other recipient kept as text ("the rumours") stays."""
    out: list[Event] = []
    for ev in events:
        unnamed = ev.target is None or _answered_act(ev.target)
        if ev.plover in STANCES and unnamed and ev.source is not None:
            # the acts before it as read, not as this pass fills them
            near = sorted(
                (
                    p
                    for p in events
                    if p.trigger_start < ev.trigger_start
                    and ev.sentence_start - p.sentence_end <= CONTEXT_CHARS
                ),
                key=lambda p: p.trigger_start,
            )
            sides = [a for p in near for a in (p.source, p.target) if names_actor(a)]
            others = [a for a in sides if not _same_side(a, ev.source)]
            if others:
                ev = replace(ev, target=others[-1], rule=ev.rule + CONTEXT_RECIPIENT)
        out.append(ev)
    return out


def _answered_doers(events: list[Event], paragraphs: Sequence, arts: ArticleActors) -> list[Event]:
    """A stance toward another party's act that ``_context_recipients`` left unnamed ("welcomed
    the release of the budget papers", "rebuffed calls to resign") is taken toward the doer of
    the latest earlier act of the article named by a word of the same stem ("released the
    papers", "called on him to"), however far back: the act answered is often told paragraphs before
    the answer, and it need not be an event of its own (releasing papers is none)."""
    nouns = answered_nouns() | nominalisations().keys()
    wanted = {}
    for ev in events:
        answered = ev.rule.endswith(CONTEXT_RECIPIENT)  # by the acts just before
        if ev.plover not in STANCES or ev.source is None or names_actor(ev.target) or answered:
            continue
        words = [*(ev.target.text.lower().split() if ev.target else ()), *ev.pattern_words]
        if stems := {w.removesuffix("s") for w in words} & nouns:
            wanted[id(ev)] = stems
    if not wanted:
        return events
    acts = []  # (offset, lemma, doer) of the article's verbs whose subject names an actor
    for offset, doc in paragraphs:
        for tok in doc:
            if is_verb(tok) and (subject := children(tok, "nsubj")):
                doer = first_actor(subject, offset, arts, doer=True)
                if names_actor(doer):
                    acts.append((offset + tok.idx, tok.lemma_.lower(), doer))
    out = []
    for ev in events:
        stems = wanted.get(id(ev))
        if stems:
            found = [
                doer
                for at, lemma, doer in acts
                if at < ev.sentence_start
                and any(_same_stem(n, lemma) for n in stems)
                and not _same_side(doer, ev.source)
            ]
            if found:
                ev = replace(ev, target=found[-1], rule=ev.rule + CONTEXT_RECIPIENT)
        out.append(ev)
    return out


def _same_stem(noun: str, verb: str) -> bool:
    """A noun and a verb of one stem: "release" / "release", "allegation" / "allege",
    "decision" / "decide"."""
    shorter = min(len(noun), len(verb))
    common = next((i for i, (a, b) in enumerate(zip(noun, verb, strict=False)) if a != b), shorter)
    return common >= 4 and common >= shorter - 2


def _same_side(a: Actor, b: Actor) -> bool:
    """Two mentions that may be one actor: one name, one text, or one code, a role's with or
    without its country ("the congressman", LEG, is the USALEG named before)."""
    if a.name and b.name:
        return a.name == b.name
    if a.text.lower() == b.text.lower() or (a.code, a.name) == (b.code, b.name):
        return True
    return bool(a.code and b.code and (a.code.endswith(b.code) or b.code.endswith(a.code)))


def _answered_act(actor: Actor) -> bool:
    """A recipient kept as text that names another party's act or words ("the overture",
    "that criticism"): whose they were, the context says."""
    nouns = answered_nouns()
    words = actor.text.lower().split()
    return not names_actor(actor) and any(w in nouns or w[:-1] in nouns for w in words)


def _context_doers(
    events: list[Event], judgements: Set[int], courts: Sequence[Actor]
) -> list[Event]:
    """An act of force with no doer in its report takes the article's most frequent doer of
    acts of its root, named at least ``DOER_MIN_ACTS`` times and not of its recipient's country
    (the news guidelines resolve such doers from the whole article: in a report of a war,
    "were killed" by the side that the article says kills). Ties go to the last before it. A
    judgement (``JUDICIAL``: "was sentenced to life", of whatever root; ``judgements``: the
    offsets of such verbs) is the court's: the last judge or court the article names before
    it, else the first after (``_courts``)."""
    out: list[Event] = []
    for ev in events:
        judicial = ev.source is None and ev.trigger_start in judgements
        if judicial:
            court = _court_at(courts, ev.trigger_start)
            if court is not None:
                ev = replace(ev, source=court, rule=ev.rule + CONTEXT_DOER)
        elif ev.plover in FORCE and ev.source is None:
            theirs = ev.target.code[:3] if ev.target is not None and ev.target.code else None
            acts = [
                p
                for p in events
                if p.plover == ev.plover
                and names_actor(p.source)
                and not (theirs and (p.source.code or "")[:3] == theirs)
            ]
            tally = Counter(_doer_key(p.source) for p in acts)
            most = max(tally.values(), default=0)
            if most >= DOER_MIN_ACTS:
                top = [p for p in acts if tally[_doer_key(p.source)] == most]
                before = [p for p in top if p.trigger_start < ev.trigger_start]
                ev = replace(ev, source=(before or top)[-1].source, rule=ev.rule + CONTEXT_DOER)
        out.append(ev)
    return out


def _plea_recipients(events: list[Event], pleas: Set[int], courts: Sequence[Actor]) -> list[Event]:
    """A plea (``PLEAS``; ``pleas``: the offsets of such verbs) whose report names no court
    as its recipient is made to the court: the last judge or court the article names before
    it, else the first after. Not what "faces life" or a stance's context gave it; not a
    request ("pleaded with Congress to act")."""
    out: list[Event] = []
    for ev in events:
        plea = ev.trigger_start in pleas and ev.plover != "REQUEST" and not _judges(ev.target)
        court = _court_at(courts, ev.trigger_start) if plea else None
        if court is not None and not same_actor(court, ev.source):
            rule = ev.rule.removesuffix(CONTEXT_RECIPIENT) + CONTEXT_RECIPIENT
            ev = replace(ev, target=court, rule=rule)
        out.append(ev)
    return out


def _court_at(courts: Sequence[Actor], pos: int) -> Actor | None:
    """The judge or court an act at ``pos`` stands before: the last named before it, else the
    first after."""
    before = [c for c in courts if c.start < pos] or courts[:1]
    return before[-1] if before else None


def _courts(events: list[Event], arts: ArticleActors) -> list[Actor]:
    """The judges and courts an article names, in text order: the sides of its events (as
    read there: "Peru's Supreme Court") and its entities, by their code."""
    found = {a.start: a for e in events for a in (e.source, e.target) if _judges(a)}
    sides = list(found.values())
    for court in map(entity_actor, arts.entities):
        if _judges(court) and not any(a.start <= court.start < a.end for a in sides):
            found[court.start] = court
    return [found[k] for k in sorted(found)]


def _judges(actor: Actor | None) -> bool:
    return actor is not None and actor.start is not None and COURT in code_parts(actor.code)


def _doer_key(actor: Actor) -> str:
    """One doer however it is named: by its country or organisation, else by its name."""
    return actor.code[:3] if actor.code else actor.name or actor.text

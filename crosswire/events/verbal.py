"""Conflict verbs between people in politics: words or ballots, not force.

"the senator hammered the governor over the tax plan" is a verbal attack (CAMEO 111), "she
defeated the incumbent in the primary" an election (no event); PETRARCH's verb table reads both
as assaults. A row of ``data/verbal_conflict.tsv`` applies when both sides are people named in
the article or civil roles (legislators, parties, media), none of them armed, or when the doer
is one and the act is done to no one named (a recipient kept as text names no one). Whatever
root a verb of winning or losing is read as, in a sentence that speaks of a ballot it is an
election result (``ballot_result``, ``data/contests.txt``).
"""

from __future__ import annotations

from functools import lru_cache

from crosswire import tables
from crosswire.events.actors import code_parts
from crosswire.events.matching import data_pairs
from crosswire.events.syntax import children
from crosswire.types import Actor

# Sectors of force: an act of theirs, or on them, may be force whatever the verb.
ARMED = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "IMG", "CRM"})
# Sectors of people in civil and political life.
CIVIL = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI", "MED", "EDU", "CVL", "JUD", "BUS", "LAB"})
NO_EVENT = "-"


@lru_cache(maxsize=1)
def verbal_codes() -> dict[str, str]:
    """Verb lemma → CAMEO code of its verbal reading, or ``NO_EVENT``."""
    return data_pairs("data/verbal_conflict.tsv")


@lru_cache(maxsize=1)
def contest_verbs() -> frozenset[str]:
    """Verbs of winning and losing a contest: "swept her rival in five primaries"
    (``data/contests.txt``, rows ``verb``)."""
    return _contests("verb")


@lru_cache(maxsize=1)
def electoral_words() -> frozenset[str]:
    """Words that make a sentence about a ballot: "primary", "nomination", "percent"
    (``data/contests.txt``, rows ``ballot``)."""
    return _contests("ballot")


def _contests(kind: str) -> frozenset[str]:
    rows = tables.rows("crosswire.events", "data/contests.txt", min_columns=2, strip=True)
    return frozenset(r[1].lower() for r in rows if r[0] == kind)


def ballot_result(verb, sent, source: Actor | None, target: Actor | None, arts) -> bool:
    """A win or loss at a ballot, no act between the candidates, whatever the verb was read
    as: a contest verb (not a phrasal one: "beat up on" is criticism) in a sentence (``sent``)
    that speaks of a ballot, between sides that are no state named as such and no armed force
    ("Nigeria defeated Boko Haram before the election" is a war's act)."""
    if verb.lemma_.lower() not in contest_verbs() or children(verb, "prt"):
        return False
    if not any(t.lemma_.lower() in electoral_words() for t in sent):
        return False
    sides = [a.code for a in (source, target) if a is not None]
    return not any(arts.actors.is_country(c) or ARMED.intersection(code_parts(c)) for c in sides)


def verbal_code(lemma: str, source: Actor | None, target: Actor | None, arts) -> str | None:
    """The code a conflict verb's bare ASSAULT takes between civil people (``NO_EVENT`` for
    none), or None when the act may be force."""
    code = verbal_codes().get(lemma)
    if code is None or (target is not None and _premises(target)):
        return None  # "attacked the Russian embassy": a building is not attacked with words
    # a civil doer's conflict verb with no one named that it is done to is words too ("the
    # senator shot back", "we will fight", "hit back with an advertisement")
    unnamed = target is None or not (target.code or target.name)
    if not (_civil(source, arts) and (unnamed or _civil(target, arts))):
        return None
    return code


@lru_cache(maxsize=1)
def premises() -> frozenset[str]:
    """Nouns of buildings and grounds: "embassy", "headquarters" (``data/premises.txt``)."""
    return frozenset(tables.lines("crosswire.events", "data/premises.txt", strip=True))


def _premises(actor: Actor) -> bool:
    """The recipient's phrase ends with a building's noun ("the Russian embassy")."""
    words = actor.text.lower().split()
    return bool(words) and (words[-1] in premises() or " ".join(words[-2:]) in premises())


def _civil(actor: Actor | None, arts) -> bool:
    if actor is None:
        return False
    parts = code_parts(actor.code)
    if ARMED.intersection(parts):
        return False
    person = actor.name is not None and any(
        e.type == "PERSON" and e.canonical == actor.name for e in arts.entities
    )
    # a state's civil body is civil too ("the White House", USAGOV; "House Republicans")
    sectors = parts[1:] if parts and arts.actors.is_country(parts[0]) else parts
    return person or (bool(sectors) and sectors[0] in CIVIL)

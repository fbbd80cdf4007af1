"""Who did it and to whom: the phrases of a predicate that name its doer and its target.

Works on the dependency parse (spaCy tokens): subjects, agents of passives, subjects inherited
through coordination, control and relative clauses; objects, "with/to/against" phrases, open
complements; the speaker of an agentless passive; the asker and the asked of a request. The
actor each phrase names is found by ``actorspan``.
"""

from __future__ import annotations

from dataclasses import replace

from crosswire.events.actors import ORGANISATION_PREFIXES
from crosswire.events.actorspan import ArticleActors, actor_of, first_actor, role_actor
from crosswire.events.clauses import SUBJECT_DEPS, coordinated_with
from crosswire.types import Actor

OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
# A role noun of these sectors as the object is what the doer sends or moves (its own forces),
# not whom the act is done to.
THEME_SECTORS = frozenset({"MIL"})


def source_roots(verb):
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
        gov = coordinated_with(verb)
        return source_roots(gov) if gov is not None else []
    if verb.dep_ == "xcomp":  # "Moscow decided to close", "Spain is said to have closed"
        raised = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        return raised or source_roots(verb.head)
    if verb.dep_ == "acomp":  # "is willing to withdraw": the subject of "is"
        return source_roots(verb.head)
    if verb.dep_ == "relcl":  # "the alliance, which expelled ..."
        return [verb.head]
    if verb.dep_ == "acl":  # "the alliance's decision to expel"
        return [c for c in verb.head.children if c.dep_ == "poss"]
    return []


def target_roots(verb):
    roots = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        roots += [c for c in verb.children if c.dep_ == "nsubjpass"]
    roots += [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        roots += [g for g in prep.children if g.dep_ == "pobj"]
    if not roots and verb.dep_ == "conj":
        return target_roots(verb.head) if not passive else roots
    return roots


def target_of(roots, offset: int, arts: ArticleActors, exclude, after: int, direct: bool = False):
    """The actor of the first target phrase that names one; an object that names no actor but a
    role ("tortured a 35-year-old inmate in western Iran") is the target, not a place after it."""
    for i, root in enumerate(roots):
        actor = actor_of(root, offset, arts, exclude, after, direct)
        if actor is None and root.dep_ in (*OBJECT_DEPS, "nsubjpass"):
            actor = role_actor(root, offset, arts)
            if actor is not None and actor.code in THEME_SECTORS:
                actor = None  # "sent 200 troops to Syria": its own forces, not the target
            elif actor is not None:  # "killed 48 people in Afghanistan": AFG's people
                place = first_actor(roots[i + 1 :], offset, arts, None, after)  # may be its own
                country = place.code[:3] if place and place.code else ""
                if country.isalpha() and not country.startswith(ORGANISATION_PREFIXES):
                    actor = replace(actor, code=country + actor.code)
        if actor is not None:
            return actor
    return None


def fallback_targets(verb):
    """Where the counterpart stands when the verb's own phrases name none: in its open
    complement ("agreed to lend $1 billion to Indonesia", "threatened to attack U.S. troops"),
    else, for a verb without an object, coordinated with its subject ("India and Mercosur have
    agreed"; but "France and Germany condemned the attack" are joint doers)."""
    roots = [t for c in verb.children if c.dep_ == "xcomp" for t in target_roots(c)]
    if not any(c.dep_ in OBJECT_DEPS for c in verb.children):
        for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
            roots += [c for c in subj.children if c.dep_ == "conj"]
    return roots


def speaker_source(verb, arts: ArticleActors, offset: int, speech: frozenset[str]) -> Actor | None:
    """An agentless passive reported by someone ("Lavrov said the offices would be closed"):
    the speaker is the doer."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj") and tok.head != tok:
        tok = tok.head
        subj = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
        if subj and tok.lemma_.lower() in speech:
            return actor_of(subj[0], offset, arts)
    quote = arts.quote_at(offset + verb.idx)
    if quote and quote.speaker:
        ent = next((e for e in arts.entities if e.canonical == quote.speaker), None)
        if ent is not None:
            return Actor(ent.text, ent.canonical, ent.code, ent.start, ent.end)
    return None


# A dateline ("KABUL -", "WASHINGTON (Reuters) —") opens a sentence with at most this many
# name tokens before the dash: room for "RIO DE JANEIRO, Brazil (AP)".
DATELINE_MAX_TOKENS = 8
_DASHES = {"-", "--", "—", "–"}


def dateline_end(sent) -> int:
    """Offset in the paragraph just after a leading dateline's dash, else the sentence start:
    the place of filing is no actor of the story."""
    for tok in sent[: DATELINE_MAX_TOKENS + 1]:
        if tok.text in _DASHES:
            head = [t for t in sent[: tok.i - sent.start] if not t.is_punct]
            if head and all(t.pos_ == "PROPN" or t.is_upper for t in head):
                return tok.idx + len(tok.text)
            break
        if not (tok.pos_ in ("PROPN", "PUNCT") or tok.is_upper):
            break
    return sent.start_char


def request_parties(verb, act) -> tuple[list, list]:
    """(who asks, who is asked) of a request: "the EU urged Turkey to release them", "called on
    Russia to withdraw", "Russia says Israel must end the attacks"."""
    asked = [c for c in act.children if c.dep_ in ("dobj", "dative")]
    asked += [g for c in act.children if c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    asked += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return source_roots(act), asked

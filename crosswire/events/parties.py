"""Who did it and to whom: the phrases of a predicate that name its doer and its target.

Works on the dependency parse (spaCy tokens): subjects, agents of passives, subjects inherited
through coordination, control and relative clauses; objects, "with/to/against" phrases, open
complements; the speaker of an agentless passive; the asker and the asked of a request. The
actor each phrase names is found by ``actorspan``.
"""

from __future__ import annotations

from dataclasses import replace

from crosswire.events.actors import ORGANISATION_PREFIXES
from crosswire.events.actorspan import (
    COUNTERPART_PREPS,
    ArticleActors,
    actor_of,
    first_actor,
    noun_phrase,
    role_actor,
)
from crosswire.events.clauses import SUBJECT_DEPS, coordinated_with, infinitive
from crosswire.events.matching import proposals
from crosswire.events.nominal import doers_of
from crosswire.types import Actor

OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
# Phrases that may stand as an uncoded target: objects, the subject of a passive or of a
# verbless complement ("found the regime guilty").
TEXT_TARGET_DEPS = (*OBJECT_DEPS, "nsubjpass", "nsubj")
# The prepositions of an act noun that name whom the act is against: "an attack on X".
ACT_COUNTERPART_PREPS = (*COUNTERPART_PREPS, "into")
# Entity types that name no recipient: "on Monday", "gave 5 million euros".
NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
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
    if subj and verb.dep_ == "relcl" and subj[0].tag_ in ("WDT", "WP"):
        # "Ghana, which closed its border", "Ruto, who met Museveni": a named antecedent acts;
        # an attack or a pipeline "that killed", "which goes" is no actor, but whose attack it
        # was is the doer ("the Israeli strike, which killed", "the court's ruling, which ...")
        return [verb.head] if verb.head.pos_ == "PROPN" else list(doers_of(verb.head))
    if subj:
        return subj
    if verb.dep_ == "conj":  # "Chile expelled ... and recalled": the first conjunct's subject
        gov = coordinated_with(verb)
        if gov is None:
            return []
        # "said the plan was a disaster and accused the government": the parser may join the
        # act to the reported clause; its speaker is the doer when that clause's subject is none
        outer = source_roots(gov.head) if gov.dep_ == "ccomp" and gov.head != gov else []
        return [*source_roots(gov), *outer]
    if verb.dep_ == "xcomp":  # "Quito decided to close", "Spain is said to have closed"
        raised = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        return raised or source_roots(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":
        # "Asked about the talks, the minister said": a past participle is passive, its head's
        # subject is whom it was done to; its doer is its by-phrase, if any
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if verb.dep_ in ("acomp", "advcl"):  # "is willing to withdraw", "came to meet"
        return source_roots(verb.head)
    if verb.dep_ == "relcl":  # "the council, which banned ..."
        return [verb.head]
    if verb.dep_ == "acl":  # "the council's decision to ban"
        return [c for c in verb.head.children if c.dep_ == "poss"]
    return []


def target_roots(verb):
    roots = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        roots += [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "Criticised by Peru, Chile ...": Chile
        roots += [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    roots += [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    # a verbless complement's subject is the object: "found the regime guilty"
    roots += [
        g
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN")
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    # "allow UNICEF staff to enter Darfur": the subject of an infinitive the verb governs
    roots += [
        g
        for c in verb.children
        if c.dep_ == "ccomp" and infinitive(c)
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    # "filed a complaint in a Ghent court against X": the counterpart before the place
    preps = sorted(
        (c for c in verb.children if c.dep_ == "prep"),
        key=lambda c: c.lower_ not in COUNTERPART_PREPS,
    )
    for prep in preps:
        roots += [g for g in prep.children if g.dep_ == "pobj"]
    if not roots and verb.dep_ == "conj":
        return target_roots(verb.head) if not passive else roots
    return roots


def target_of(
    roots, offset: int, arts: ArticleActors, exclude, after: int, direct=False, harmed=False
):
    """The actor of the first target phrase that names one; an object that names no actor but a
    role ("beat a 40-year-old prisoner in eastern Chad") is the target, not a place after it.
    Forces named by a role are what the doer sends, unless the act ``harmed`` them ("killed 20
    troops")."""
    for i, root in enumerate(roots):
        actor = actor_of(root, offset, arts, exclude, after, direct)
        if actor is None and root.dep_ in TEXT_TARGET_DEPS:
            actor = role_actor(root, offset, arts)
            if actor is not None and actor.code in THEME_SECTORS and not harmed:
                actor = None  # "sent 200 troops to Syria": its own forces, not the target
            elif actor is not None:  # "killed 30 people in Mali": MLI's people
                place = first_actor(roots[i + 1 :], offset, arts, None, after)  # may be its own
                country = place.code[:3] if place and place.code else ""
                if country.isalpha() and not country.startswith(ORGANISATION_PREFIXES):
                    actor = replace(actor, code=country + actor.code)
        if actor is not None:
            return actor
    return None


# How a proposal noun names its owner: "Germany's decision", "a request from X", "a bid by X",
# "the appeal of two journalists", "every offer made by the rebels".
_OWNER_PREPS = ("by", "from", "of")


def proposer(roots, offset: int, arts: ArticleActors, doer, after: int) -> Actor | None:
    """The owner of a proposal the act answers ("rejected a request from X", "welcomed Germany's
    decision"): the act's target, ahead of what the proposal is about. The ``doer``'s own
    proposal ("reiterated its demand that") names no target."""
    objects = [r for r in roots if r.dep_ == "dobj" and r.lemma_.lower() in proposals()]
    if not objects:
        return None
    noun = objects[0]
    # "made by", "put forward by": the by-phrase of a participle the noun heads
    phrases = [c for c in noun.children if c.dep_ == "prep"]
    participles = [v for v in noun.children if v.dep_ == "acl"]
    phrases += [a for v in participles for a in v.children if a.dep_ == "agent"]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    for prep in _OWNER_PREPS:
        owners += [g for p in phrases if p.lower_ == prep for g in p.children if g.dep_ == "pobj"]
    for owner in owners:
        actor = actor_of(owner, offset, arts, None, after) or role_actor(owner, offset, arts, after)
        if actor is not None:
            return None if _same_actor(owner, actor, doer) else actor
    return None


def _same_actor(tok, actor: Actor, doer: Actor | None) -> bool:
    """``actor``, named by ``tok``, is the doer: its name, or a pronoun coded as the doer is."""
    if doer is None:
        return False
    return bool(actor.name and actor.name == doer.name) or (
        tok.pos_ == "PRON" and actor.code == doer.code
    )


def fallback_targets(verb):
    """Where the counterpart stands when the verb's own phrases name none: in its open
    complement ("agreed to lend $1 billion to Indonesia", "threatened to attack U.S. troops"),
    else, for a verb without an object, coordinated with its subject ("India and Mercosur have
    agreed"; but "France and Germany condemned the attack" are joint doers; the coder tries the
    other side of a mutual act before anything else)."""
    roots = [t for c in verb.children if c.dep_ == "xcomp" for t in target_roots(c)]
    if not any(c.dep_ in OBJECT_DEPS for c in verb.children):
        roots += coordinated_subjects(verb)
    return roots


def coordinated_subjects(verb) -> list:
    """The phrases coordinated with the verb's subject: "India and Mercosur agreed"."""
    return [
        c for s in verb.children if s.dep_ in SUBJECT_DEPS for c in s.children if c.dep_ == "conj"
    ]


def speaker_source(verb, arts: ArticleActors, offset: int, speech: frozenset[str]) -> Actor | None:
    """An agentless passive reported by someone ("the mayor said the ports would be closed"):
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
_PLACES = {"GPE", "LOC", "FAC"}


def dateline_end(sent) -> int:
    """Offset in the paragraph just after a leading dateline's dash, else the sentence start:
    the place of filing is no actor of the story."""
    for tok in sent[: DATELINE_MAX_TOKENS + 1]:
        if tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
            continue  # a hyphen inside a name ("Thomas-Greenfield"), not a dateline's dash
        if tok.text in _DASHES or tok.text == ":":
            head = [t for t in sent[: tok.i - sent.start] if not t.is_punct]
            names = head and all(t.pos_ == "PROPN" or t.is_upper or t.like_num for t in head)
            # "Lucknow: ...", "KABUL (Pajhwok) : ...", but "Trump: ..." names a speaker
            where = [t for t in head if not _in_brackets(t)]
            place = tok.text != ":" or all(t.is_upper or t.ent_type_ in _PLACES for t in where)
            if names and place:
                return tok.idx + len(tok.text)
            break
        if not (tok.pos_ in ("PROPN", "PUNCT") or tok.is_upper or tok.like_num):
            break  # a dateline may carry its date: "KABUL, Nov 3 (Reuters) -"
    return sent.start_char


def _in_brackets(tok) -> bool:
    """Inside "( ... )" on its line: the agency of a dateline, "KABUL (Pajhwok)"."""
    before = [t.text for t in tok.doc[: tok.i]]
    return "(" in before and ")" not in before[len(before) - before[::-1].index("(") :]


def request_parties(verb, act) -> tuple[list, list]:
    """(who asks, who is asked) of a request: "the EU urged Turkey to release them", "called on
    Russia to withdraw", "Turkey says Greece must end its flights"."""
    asked = [c for c in act.children if c.dep_ in ("dobj", "dative")]
    asked += [g for c in act.children if c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    asked += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return source_roots(act), asked


# Verbs whose subject undergoes the act its object names, done by the "from" phrase: "faced
# criticism from the EU", "received an invitation from the Kremlin".
CONVERSE = frozenset({"receive", "face", "get", "win", "draw", "secure", "obtain", "earn", "gain"})


def converse_parties(verb) -> tuple[list, list] | None:
    """(who does it, to whom) of a converse verb with an object and a "from" phrase: the giver
    acts on the subject."""
    if verb.lemma_.lower() not in CONVERSE:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [*verb.children, *(c for o in objects for c in o.children)]
    givers = [
        g
        for p in preps
        if p.dep_ == "prep" and p.lower_ == "from"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if not objects or not givers:
        return None
    return givers, [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def text_target(
    roots, offset: int, arts: ArticleActors, after: int, on=None, acts=frozenset()
) -> Actor | None:
    """The first object or counterpart phrase that names no actor we found: a proper name the
    entity recogniser missed is looked up in the actor dictionary ("accused Gulen"), anything
    else keeps its text, uncoded ("opened investigations against dozens of insurers", "blamed
    Netanyahu's policies"): PLOVER's recipient need not be a state, and annotators name it so.
    A noun that names the act itself (``acts``: "launched an investigation") is no recipient;
    its "against/on/into" phrase may be."""
    for root in roots:
        counterpart = root.dep_ == "pobj" and root.head.lower_ in COUNTERPART_PREPS
        if offset + root.idx < after or not (root.dep_ in TEXT_TARGET_DEPS or counterpart):
            continue
        if root.pos_ == "NOUN":
            inner = [
                g
                for c in root.children
                if c.dep_ == "prep" and c.lower_ in ACT_COUNTERPART_PREPS
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if inner:
                root = inner[0]
            elif root.lemma_.lower() in acts:
                continue
        if root.pos_ not in ("PROPN", "NOUN") or _head_of(root).ent_type_ in NOT_ACTORS:
            continue
        first, last = noun_phrase(root)
        text = root.doc.text[first.idx : last.idx + len(last.text)]
        span = (offset + first.idx, offset + last.idx + len(last.text))
        found = arts.actors.lookup(text, on, whole=True) if root.pos_ == "PROPN" else None
        if found is not None and (" " in text or found.kind != "person"):  # not "Bill" alone
            return Actor(text, found.name, found.code, *span)
        return Actor(text, None, None, *span)
    return None


def _head_of(noun):
    """The noun that says what a phrase is: "insurers" in "dozens of insurers"."""
    if noun.ent_type_ in ("CARDINAL", "QUANTITY"):
        of = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return of[0] if of else noun
    return noun

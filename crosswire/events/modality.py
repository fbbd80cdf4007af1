"""Modality of an event: asserted, planned, hedged, denied, negated, conditional, reported.

``reported`` is reported-only: the article attributes the event to others without asserting it
("reportedly", "according to", "is said to have").

A denied accusation is not an accusation that happened: "Lima denied that it had attacked"
gives the attack modality ``denied``. Cues are data (``data/modality.tsv``); this module only
knows where to look for each kind of cue in the dependency parse.
"""

from __future__ import annotations

from functools import lru_cache

from crosswire import tables
from crosswire.events.syntax import (
    auxiliaries,
    children,
    climb,
    coordinated_with,
    has_child,
    has_passive_aux,
    infinitive,
    is_ing_form,
    is_negated,
    is_noun,
    is_relative_pronoun,
    relation,
)

# Dependencies that open a clause of their own: cues below them belong to that clause.
CLAUSAL = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "csubj", "parataxis", "pcomp"}
# When several cues apply, the strongest statement about the event wins.
PRECEDENCE = ("denied", "negated", "conditional", "hedged", "reported", "planned", "asserted")
# How a clause hangs on a verb whose cues it takes: "said (that) it would", "if talks fail".
GOVERNED_DEPS = ("ccomp", "xcomp", "advcl", "conj", "pcomp", "acl")


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, str]]:
    """{where: {word: modality}} from the data file."""
    kinds = ("aux", "adv", "govern", "mark", "noun", "content", "perfect")
    table: dict[str, dict[str, str]] = {k: {} for k in kinds}
    table.update(passive={}, prep={})
    for word, modality, where, *_ in tables.rows(
        "crosswire.events", "data/modality.tsv", min_columns=3, strip=True
    ):
        table[where][word] = modality
    return table


def own_clause(verb):
    """Tokens of the verb's clause, not descending into sub-clauses."""
    stack, out = [verb], []
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if relation(c) not in CLAUSAL)
    return out


def _modal_cues(verb, table) -> set[str]:
    """What the verb's modal auxiliaries say: "would close" is planned, "would have closed"
    (a modal of the perfect) did not happen."""
    auxes = auxiliaries(verb)
    perfect = "have" in auxes or "'ve" in auxes
    return {
        table["perfect"].get(a, table["aux"][a]) if perfect else table["aux"][a]
        for a in auxes
        if a in table["aux"]
    }


def _governors(verb):
    """Verbs whose complement clause contains this one, nearest first (through conjuncts)."""
    tok = verb
    while relation(tok) == "conj":  # a misattached conjunct takes the cues of its true partner
        tok = coordinated_with(tok) or tok.head
    yield from climb(tok, GOVERNED_DEPS)


def _aim_nouns(verb) -> list[str]:
    """The nouns whose aim an infinitive names: "a plan / a bid / the capacity to help", and a
    copula's subject ("China's preference is to settle", "the goal was to isolate")."""
    if not infinitive(verb):
        return []
    head = verb.head
    if relation(verb) == "acl":
        return [head.lemma_.lower()]
    copula = relation(verb) == "xcomp" and head.lemma_.lower() == "be"
    return [s.lemma_.lower() for s in children(head, "nsubj")] if copula else []


def _content_of(verb, table) -> set[str]:
    """Cues of a clause that is the content of a noun ("accusations that it had attacked",
    "reports it had struck"): the noun's own ("reported"), and a denial of the noun ("rejected
    accusations that ..." is a denial of the attack)."""
    clause = verb
    while relation(clause) == "conj":
        clause = clause.head
    noun = clause.head
    if relation(clause) not in ("acl", "ccomp", "relcl") or not is_noun(noun):
        return set()
    if relation(clause) == "relcl" and not _content_shaped(clause):
        return set()  # a true relative clause: "reports that said ...", "a charge Lima denied"
    cue = table["content"].get(noun.lemma_.lower())
    if cue is None:
        return set()
    found = {cue}
    holder = noun.head if relation(noun) in ("dobj", "nsubjpass") else None
    if holder is not None and table["govern"].get(holder.lemma_.lower()) == "denied":
        found.add("denied")
    return found


def _content_shaped(clause) -> bool:
    """A clause the parser took for a relative clause but which has no gap: no relative pronoun,
    and its subject and object both there ("reports it had struck Syria")."""
    deps = {relation(c) for c in clause.children}
    relative = any(is_relative_pronoun(c) and relation(c) != "mark" for c in clause.children)
    return not relative and "nsubj" in deps and bool(deps & {"dobj", "attr", "prep"})


def _neither(verb) -> bool:
    """ "Neither X nor Y condemned", "X neither condemned nor praised": the parser hangs
    "neither" on the subject or on the first verb (``preconj`` or ``det``), never as ``neg``."""
    subject_deps = ("nsubj", "nsubjpass")
    first = verb
    while relation(first) == "conj" and not has_child(first, *subject_deps):
        first = first.head  # "nor praised": the "neither" sits on "condemned"
    holders = [first, *children(first, *subject_deps)]
    return any(c.lower_ == "neither" for h in holders for c in h.children)


# Auxiliaries that open a condition when they stand before its subject: "Had Peru known",
# "Should talks fail", "Were Chile to expel".
INVERTED_CONDITIONS = frozenset({"had", "should", "were"})
# The relations through which a verb belongs to the clause a condition opens (itself one).
_CONDITION_PATH = frozenset({"advcl", "xcomp", "ccomp", "conj"})


def _inverted_condition(verb) -> bool:
    """The act is in, or governed by, a condition without "if": "Had Chile expelled the
    diplomats, ...", "Were Chile to expel ..." (the parser hangs the infinitive on "Were"),
    "Had more senators voted to convict him, ..." (and the vote on "Had")."""
    tok = verb
    while relation(tok) in _CONDITION_PATH and tok.head is not tok:
        first = tok.left_edge
        # an auxiliary before its subject opens a condition (or a question) in either shape
        if relation(tok) in ("advcl", "ccomp") and first.lower_ in INVERTED_CONDITIONS:
            subjects = (t for t in tok.subtree if relation(t) in ("nsubj", "nsubjpass"))
            if tok in (first, first.head) and any(s.i > first.i for s in subjects):
                return True
        tok = tok.head
    return False


def _as_if(mark) -> bool:
    """ "as if": a manner ("acting as if he is a king"), no condition."""
    return mark.lower_ == "if" and mark.i > 0 and mark.doc[mark.i - 1].lower_ == "as"


def modality_of(verb, future: bool = False) -> str:
    """The modality of the event whose predicate is ``verb`` (a spaCy token).

    ``future`` says the event's date lies after the document date ("we close ... from
    March 3"): a present-tense statement about the future is a plan.
    """
    table = cues()
    found = set()
    clause = own_clause(verb)
    for tok in clause:
        word, dep = tok.lower_, relation(tok)
        if dep == "advmod" and word in table["adv"]:
            found.add(table["adv"][word])
        if dep == "mark" and tok.head == verb and word in table["mark"]:
            found.add(table["mark"][word])
        if dep == "prep" and tok.head == verb and word in table["prep"]:
            found.add(table["prep"][word])  # "according to reports": the article does not say
    if is_negated(verb):
        found.add("negated")
    found.update(_modal_cues(verb, table))
    # "If talks fail, Spain will close ...": a condition clause attached to the event; not one
    # after an act told as done, which conditions what it threatened or said ("threatened
    # sanctions if Peru closes the border"), nor "as if"
    found.update(
        table["mark"][m.lower_]
        for child in children(verb, "advcl")
        if not (verb.tag_ == "VBD" and child.i > verb.i)
        for m in children(child, "mark")
        if m.lower_ in table["mark"] and not _as_if(m)
    )
    if _inverted_condition(verb):
        found.add("conditional")
    going = verb.head.lemma_.lower() == "go" and is_ing_form(verb.head)
    if relation(verb) == "xcomp" and going:
        found.add("planned")  # "is going to close"
    if _neither(verb):
        found.add("negated")
    found.update(_content_of(verb, table))
    found.update(table["noun"][n] for n in _aim_nouns(verb) if n in table["noun"])
    for dep, gov in _governors(verb):
        if dep == "pcomp" and relation(gov) == "prep":  # "refrained from attacking"
            dep, gov = "xcomp", gov.head
        lemma = gov.lemma_.lower()
        if dep == "xcomp":  # "must vote to fund", "may try to close": the governor's modal
            found.update(_modal_cues(gov, table))
        passive = has_passive_aux(gov)
        if dep == "xcomp" and passive and lemma in table["passive"]:
            found.add(table["passive"][lemma])  # "is said to have attacked"
            break
        if lemma in table["govern"] and dep in ("ccomp", "xcomp"):
            found.add(table["govern"][lemma])
            break
        if any(m.lower_ in table["mark"] for m in children(gov, "mark")):
            found.add("conditional")
    if future:
        found.add("planned")
    return next((m for m in PRECEDENCE if m in found), "asserted")

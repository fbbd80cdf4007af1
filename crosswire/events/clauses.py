"""Which clause a verb belongs to, where spaCy's attachment of conjuncts misleads.

Shared by the coder (whose subject a conjunct takes) and modality (whose cues govern it).
"""

from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "csubj")
# Complement clauses: a verb governing one may be what a misattached conjunct coordinates with.
CLAUSE_DEPS = ("ccomp", "xcomp")


def coordinated_with(conj):
    """The verb a conjunct (a spaCy token with dep ``conj``) is really coordinated with.

    Its head, when both share a tense. A conjunct in another tense is usually misattached inside
    a complement clause ("Ghana says the traders were smuggling gold and closed the border"): it
    belongs with the verb governing that clause when that verb has its tense or a subject of its
    own, else with the nearest verb above in its tense; None when there is none.
    """
    tok = conj.head
    if tok.tag_ == conj.tag_:
        return tok
    while tok.head != tok:
        gov = tok.head
        if tok.dep_ in CLAUSE_DEPS and any(c.dep_ in SUBJECT_DEPS for c in gov.children):
            return gov
        if gov.tag_ == conj.tag_:
            return gov
        tok = gov
    return None


def infinitive(verb) -> bool:
    """A "to" infinitive: "allow UNICEF staff to enter", "a bid to annex"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

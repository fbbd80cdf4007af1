"""Which verb pattern codes a predicate: the verb with its particle and the lemmas of its
clause, hyphenated compounds spelt as the patterns spell them, and acts declared by naming them
("announced the suspension of aid" is coded as "suspend aid": ``data/nominalisations.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from crosswire import tables
from crosswire.events.syntax import children, is_noun, relation

# Verbs of saying that are predicates when their object names an act: "declared a ceasefire",
# "announced the release of". Such a verb is coded by the act its object names only, never by
# its bare code or the model.
SPEECH_OF_ACTS = frozenset({"announce", "declare"})


@lru_cache(maxsize=1)
def nominalisations() -> dict[str, str]:
    """Act noun → the verb whose patterns code it (``data/nominalisations.tsv``)."""
    return data_pairs("data/nominalisations.tsv")


def data_pairs(name: str) -> dict[str, str]:
    """The first two columns of a tab-separated data file of the package, "#" lines aside."""
    return {r[0]: r[1] for r in tables.rows("crosswire.events", name, min_columns=2, strip=True)}


@lru_cache(maxsize=1)
def generic_verbs() -> frozenset[str]:
    return _word_list("data/generic_verbs.txt")


@lru_cache(maxsize=1)
def support_verbs() -> frozenset[str]:
    """Verbs whose object noun names their subject's act (``data/support_verbs.txt``)."""
    return _word_list("data/support_verbs.txt")


@lru_cache(maxsize=1)
def documents() -> frozenset[str]:
    """Nouns of documents that act for their makers (``data/documents.txt``, ``makers.py``)."""
    return _word_list("data/documents.txt")


def is_document(tok) -> bool:
    return is_noun(tok) and tok.lemma_.lower() in documents()


def is_proposal(tok) -> bool:
    return is_noun(tok) and tok.lemma_.lower() in proposals()


@lru_cache(maxsize=1)
def document_verbs() -> frozenset[str]:
    """Verbs whose subject makes or issues their object document (``data/document_verbs.txt``)."""
    return _word_list("data/document_verbs.txt")


@lru_cache(maxsize=1)
def proposals() -> frozenset[str]:
    """Nouns of another party's act: "a request from X" (``data/proposals.txt``)."""
    return _word_list("data/proposals.txt")


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns of a person's relatives: "his brother" (``data/kin.txt``)."""
    return _word_list("data/kin.txt")


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns and pronouns of people named by their stance, not an office: "critics"
    (``data/people.txt``)."""
    return _word_list("data/people.txt")


@lru_cache(maxsize=1)
def collective_nouns() -> frozenset[str]:
    """Heads that count or gather the people their "of" object names: "a group of senators"
    (``data/collectives.txt``)."""
    return _word_list("data/collectives.txt")


@lru_cache(maxsize=1)
def referring_nouns() -> frozenset[str]:
    """Nouns by which news refers back to an organisation named before: "the committee"
    (``data/referring_nouns.txt``)."""
    return _word_list("data/referring_nouns.txt")


@lru_cache(maxsize=1)
def position_nouns() -> frozenset[str]:
    """Heads of a post held for whom their "of", "to" or "for" object names: "an aide to the
    mayor" (``data/positions.txt``)."""
    return _word_list("data/positions.txt")


@lru_cache(maxsize=1)
def conduct_nouns() -> frozenset[str]:
    """Nouns of another party's words or conduct: "his remarks" (``data/conduct.txt``)."""
    return _word_list("data/conduct.txt")


@lru_cache(maxsize=1)
def judged_for() -> frozenset[str]:
    """Verbs that judge their object for what it did: "thanked Peru for backing the plan"
    (``data/judged_for.txt``)."""
    return _word_list("data/judged_for.txt")


@lru_cache(maxsize=1)
def answering_verbs() -> frozenset[str]:
    """Verbs of acts that punish or rebuff another's act: "sanctioned Russia after it invaded"
    (``data/answering_verbs.txt``)."""
    return _word_list("data/answering_verbs.txt")


@lru_cache(maxsize=1)
def answered_nouns() -> frozenset[str]:
    """Nouns of another party's act, words or conduct, which a stance answers: proposals and
    conduct."""
    return proposals() | conduct_nouns()


def _word_list(name: str) -> frozenset[str]:
    return frozenset(tables.lines("crosswire.events", name, strip=True))


def predicate_lemma(tok) -> str:
    """The verb lemma with its particle: "break off", "scale back"."""
    prt = children(tok, "prt")
    lemma = tok.lemma_.lower()
    return f"{lemma} {prt[0].lower_}" if prt else lemma


def match(patterns, verb, depth: int):
    """The most specific pattern, for a phrasal verb either as "break off" or as "break" + "off"."""
    lemma = predicate_lemma(verb)
    found = []

    def own_particle(pattern) -> bool:
        """A phrasal verb's particle is the verb's own ("went to Paris"), not the "to" of
        a complement ("went on to defend")."""
        if " " not in pattern.verb:
            return True
        prt = pattern.verb.split(" ", 1)[1].split()[0]
        return any(c.lower_ == prt for c in children(verb, "prt", "prep", "advmod"))

    for lemmas in spellings(clause_lemmas(verb, depth)):
        found.append(patterns.match(lemma, lemmas, own_particle))
        if " " in lemma:
            base, prt = lemma.split(" ", 1)
            found.append(patterns.match(base, [prt, *lemmas], own_particle))
    found = [p for p in found if p is not None]
    return max(found, key=lambda p: len(p.verb.split()) + len(p.words), default=None)


def spellings(lemmas: list[str]) -> list[list[str]]:
    """The clause as written, and with its hyphenated compounds spelt as the patterns spell
    them, apart and joined: "cease - fire" is "cease fire" and "ceasefire"."""
    if "-" not in lemmas[1:-1]:
        return [lemmas]
    apart = [w for w in lemmas if w != "-"]
    joined: list[str] = []
    glue = False
    for i, word in enumerate(lemmas):
        if word == "-" and joined and i + 1 < len(lemmas):
            glue = True
        elif glue:
            joined[-1], glue = joined[-1] + word, False
        else:
            joined.append(word)
    return [lemmas, apart, joined]


def clause_lemmas(verb, depth: int = 99) -> list[str]:
    """Lemmas of the verb's complements in text order, the patient of a passive first.

    ``depth`` limits how far below the verb words are taken (generic verbs: their own
    complements only, so "comes as Peru ... to reopen" is not "come to").
    """
    # the patient's head nouns (and their conjuncts) stand first, as the object would
    passive = [t for c in children(verb, "nsubjpass") for t in (c, *children(c, "conj"))]
    out = []
    # an adverbial clause is a predicate of its own: "gave approval for the UN to deliver aid"
    # is no "give aid"
    stack = [
        (c, 1) for c in verb.children if c.i > verb.i and relation(c) not in ("conj", "cc", "advcl")
    ]
    while stack:
        tok, d = stack.pop()
        out.append(tok)
        if d < depth:
            stack.extend(
                (c, d + 1) for c in tok.children if relation(c) not in ("relcl", "advcl", "ccomp")
            )
    return [t.lemma_.lower() for t in [*passive, *sorted(out, key=lambda t: t.i)]]


def declares_act(tok) -> bool:
    return tok.lemma_.lower() in SPEECH_OF_ACTS and any(is_noun(c) for c in children(tok, "dobj"))


def names_of_act(noun) -> set[str]:
    """The words a pattern may start the act's name with: "cease", "ceasefire" or "fire"."""
    compound = [t.lemma_.lower() for t in noun.subtree if t.i <= noun.i and relation(t) != "det"]
    return {*compound, *(w for spelt in spellings(compound) for w in spelt[-1:])} - {"-"}


def nominal_pattern(patterns, verb):
    """(noun, pattern) for the act the object of a declaring verb names by a noun that has a
    verb (``nominalisations``), matched with the noun's own complements as that verb's clause:
    "announced the suspension of aid to Ruritania" is "suspend" + "aid to Ruritania"."""
    for noun in children(verb, "dobj"):
        act = nominalisations().get(noun.lemma_.lower())
        if act is None:
            continue
        after = [t.lemma_.lower() for t in noun.subtree if t.i > noun.i]
        before = [t.lemma_.lower() for t in noun.lefts if relation(t) in ("compound", "amod")]
        found = [patterns.match(act, spelt) for spelt in spellings([*after, *before])]
        found = [p for p in found if p is not None]
        if found:
            return noun, max(found, key=lambda p: len(p.words))
    return None

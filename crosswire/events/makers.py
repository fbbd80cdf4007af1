"""Who made a document that acts: "the resolution demands ...", "a report that called for ...".

News lets a document do what its makers do, and a careful coder names the makers as the doer.
A document's maker is named in its own phrase ("a letter from the faculty", "the report
released by the ministry", "the senator's video"), by the subject of a verb that makes or issues
it ("the council adopted a resolution that ...", data/document_verbs.txt), or, for a definite
document ("the resolution", "that report"), at its latest earlier mention in the article that
names a maker. Nouns of documents are listed in data/documents.txt.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from crosswire.events.actorspan import first_actor, role_actor
from crosswire.events.matching import document_verbs, is_document
from crosswire.events.referents import ArticleActors
from crosswire.events.syntax import (
    agents,
    children,
    is_verb,
    object_of_prep,
    prep_objects,
    relation,
    relative_antecedent,
)
from crosswire.nlp.segments import doc_text
from crosswire.types import Actor

# Named modifiers that say whose a document is: "a Senate resolution", "the Mueller report",
# "an NRA ad". A place alone says where, not who ("a Gaza resolution").
_MAKER_ENTS = frozenset({"ORG", "NORP", "PERSON"})
# Prepositions of the document through which a clause's subject acts: "opened the rally with a
# speech denouncing X", "in a statement calling for Y".
_THROUGH = ("with", "in", "through")
# Determiners of a document already introduced: only these look back for its maker.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def makes_document(verb) -> bool:
    """A verb of making or issuing with a document as its object ("released a report")."""
    if verb.lemma_.lower() not in document_verbs():
        return False
    if relation(verb) == "acl" and is_document(verb.head):
        return True  # "the letter, released on Friday"
    objects = children(verb, "dobj", "nsubjpass")
    objects += [c for o in objects for c in o.conjuncts]
    # "approved a bill and a payment to farmers": the payment is an act
    return bool(objects) and all(is_document(o) for o in objects)


def makers_of(noun) -> list:
    """Phrase heads in the document's sentence that may name its maker, nearest rule first."""
    participles = [p for p in children(noun, "acl") if p.tag_ == "VBN"]
    named = [
        c
        for c in noun.lefts
        if relation(c) == "poss"
        or (relation(c) in ("compound", "amod") and c.ent_type_ in _MAKER_ENTS)
    ]
    out = [
        *prep_objects(noun, ("by", "from")),
        *(a for p in participles for a in agents(p)),  # "the letter, released by the party"
        *named,
    ]
    verb = noun.head
    if relation(noun) == "dobj" and verb.lemma_.lower() in document_verbs():
        out += children(verb, "nsubj")  # "the council adopted a resolution"
    elif relation(noun) == "nsubjpass" and verb.lemma_.lower() in document_verbs():
        out += agents(verb)  # "a resolution was adopted by the council"
    elif object_of_prep(noun, _THROUGH) and is_verb(verb.head):
        out += _clause_subject(verb.head)  # "opened the rally with a speech denouncing"
    return out


def _clause_subject(verb) -> list:
    """The subject of a verb's clause, through the verbs it complements ("helped found the
    bloc with a speech") and a relative's "who" ("Lind, who opened ...")."""
    while not children(verb, "nsubj") and relation(verb) == "xcomp":
        verb = verb.head
    return relative_antecedent(verb) or children(verb, "nsubj")


@dataclass(frozen=True)
class Makers:
    """The documents of one article whose makers their sentences name: (article offset, lemma,
    maker) in text order."""

    found: tuple[tuple[int, str, Actor], ...] = ()
    _starts: list = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_starts", [f[0] for f in self.found])

    def before(self, pos: int, lemma: str) -> Actor | None:
        """The maker named at the latest earlier mention of a document of this name."""
        for _, word, maker in reversed(self.found[: bisect_left(self._starts, pos)]):
            if word == lemma:
                return maker
        return None


def article_makers(paragraphs: Sequence, arts: ArticleActors) -> Makers:
    found = []
    for offset, doc in paragraphs:
        for tok in doc:
            if is_document(tok) and (roots := makers_of(tok)):
                maker = first_actor(roots, offset, arts, doer=True)
                if maker is not None and (maker.name or maker.code):  # not a phrase kept as text
                    found.append((offset + tok.idx, tok.lemma_.lower(), maker))
    return Makers(tuple(found))


NO_MAKERS = Makers()


def maker(noun, offset: int, arts: ArticleActors, makers: Makers, not_before: int = 0):
    """The maker of a document that acts: named in its sentence (or by a role there), else at
    the document's latest earlier mention when this one is definite ("The resolution demands
    ...")."""
    roots = makers_of(noun)
    named = first_actor(roots, offset, arts, not_before=not_before, doer=True)
    # or a role ("forty senators sent a letter urging ...")
    named = named or next(
        (r for t in roots if (r := role_actor(t, offset, arts, not_before))), None
    )
    if named is not None:
        return named
    if not any(d.lower_ in _DEFINITE for d in children(noun, "det")):
        return None  # "a report" is a new one
    earlier = makers.before(offset + noun.idx, noun.lemma_.lower())
    if earlier is None:
        return None
    # the mention here stands for the maker, as a pronoun does for its referent
    first = noun.left_edge
    start, end = offset + first.idx, offset + noun.idx + len(noun.text)
    return Actor(
        doc_text(noun.doc)[first.idx : noun.idx + len(noun.text)],
        earlier.name,
        earlier.code,
        start,
        end,
    )

"""Who said it: the speaker mention next to a cue, and the canonical name it refers to.

The rules are described in ``crosswire.nlp.quotes``; this module holds them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from crosswire.nlp.quotes_lexicon import Lexicon
from crosswire.types import Entity

PERSON_TYPES = frozenset({"PERSON"})
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP"})
PRONOUN_TYPES = {
    "he": PERSON_TYPES,
    "him": PERSON_TYPES,
    "she": PERSON_TYPES,
    "her": PERSON_TYPES,
    "his": PERSON_TYPES,  # possessors of cue nouns ("his criticism of")
    "its": GROUP_TYPES,
    "their": PERSON_TYPES | GROUP_TYPES,
    "it": GROUP_TYPES,
    "they": PERSON_TYPES | GROUP_TYPES,
    "them": PERSON_TYPES | GROUP_TYPES,
}
# How far back an antecedent is looked for: about three newswire paragraphs. A guess, kept short
# because beyond it a wrong name is likelier than a right one.
MAX_BACK_CHARS = 1500
# How much text around an earlier name is searched for a role noun ("UN spokesperson Ana
# Ruiz", "Okafor, the trade minister,"): the width of a short apposition.
ROLE_WINDOW_CHARS = 40
_NAME_DEPS = frozenset({"compound", "amod", "det", "poss", "case", "nmod", "flat", "nummod"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "pcomp", "acl"})


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str | None  # canonical name
    types: frozenset[str]  # the entity types it may have (for later pronouns)


@dataclass(frozen=True, slots=True)
class Previous:
    """The previous quote's speaker: preferred by pronouns and descriptions that fit it."""

    name: str
    types: frozenset[str]
    end: int  # end of its mention, or of its quote when it had none


def speaker_head(cue: Token) -> Token | None:
    """The subject of a reporting verb, climbing conjuncts and participles ("..., saying")."""
    if cue.lemma_.lower() == "accord":
        for prep in cue.children:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ == "to" and objs:
                return objs[0]
        return None
    agent = [p for p in cue.children if p.dep_ == "agent"]  # "was endorsed by the senator"
    objs = [c for c in agent[0].children if c.dep_ == "pobj"] if agent else []
    if objs and any(c.dep_ == "nsubjpass" for c in cue.children):
        return objs[0]
    tok = cue
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "expl")]
        if subj:
            return subj[0] if subj[0].dep_ == "nsubj" else None
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ not in _CLIMB_DEPS or tok.head is tok:
            return None
        tok = tok.head
    return None


def mention_bounds(head: Token) -> tuple[int, int]:
    """Token index range [start, end) of the noun phrase ending at ``head`` (no appositions)."""
    start = head.i
    while start > 0:
        prev = head.doc[start - 1]
        if prev.dep_ in _NAME_DEPS and head.left_edge.i <= prev.i and not prev.is_punct:
            start -= 1
        else:
            break
    end = head.i + 1
    while end < len(head.doc) and head.doc[end].dep_ == "flat":
        end += 1
    return start, end


def _overlapping(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    hits = [e for e in entities if e.start < end and start < e.end]
    return max(hits, key=lambda e: e.end - e.start) if hits else None


def _name(entity: Entity) -> str:
    return entity.canonical or entity.text


def _is_subject(entity: Entity, subjects: Sequence[int]) -> bool:
    """Whether a subject head (``subjects``: sorted article offsets) lies inside ``entity``."""
    i = bisect_left(subjects, entity.start)
    return i < len(subjects) and subjects[i] < entity.end


def _earlier(entities: Sequence[Entity], pos: int, types: frozenset[str]) -> list[Entity]:
    """Compatible entities ending before ``pos`` within reach, nearest first."""
    found = [e for e in entities if e.end <= pos and pos - e.end <= MAX_BACK_CHARS]
    return [e for e in reversed(found) if e.type in types]


def resolve_pronoun(
    word: str,
    pos: int,
    entities: Sequence[Entity],
    subjects: Sequence[int],
    previous: Previous | None,
) -> Resolved:
    types = PRONOUN_TYPES.get(word.lower())
    if types is None:
        return Resolved(None, frozenset())  # "I", "we", "you": the writer or unknowable
    candidates = _earlier(entities, pos, types)
    if previous and previous.types & types and pos - previous.end <= MAX_BACK_CHARS:
        rivals = [e for e in candidates if e.start >= previous.end and _is_subject(e, subjects)]
        if all(_name(e) == previous.name for e in rivals):
            return Resolved(previous.name, previous.types)
    for pool in ([e for e in candidates if _is_subject(e, subjects)], candidates):
        if pool:
            return Resolved(_name(pool[0]), frozenset({pool[0].type}))
    return Resolved(None, types)


def resolve_description(
    noun: str,
    pos: int,
    text: str,
    entities: Sequence[Entity],
    subjects: Sequence[int],
    previous: Previous | None,
    lexicon: Lexicon,
) -> Resolved:
    noun = noun.lower()
    types = PERSON_TYPES if noun in lexicon.person_nouns else GROUP_TYPES
    for e in _earlier(entities, pos, PERSON_TYPES | GROUP_TYPES):
        context = text[max(0, e.start - ROLE_WINDOW_CHARS) : e.end + ROLE_WINDOW_CHARS]
        if noun in e.text.lower() or noun in context.lower().split():
            return Resolved(_name(e), frozenset({e.type}))
    if noun in lexicon.person_nouns or noun in lexicon.org_nouns:
        pronoun = "he" if types is PERSON_TYPES else "it"
        return resolve_pronoun(pronoun, pos, entities, subjects, previous)
    return Resolved(None, frozenset())


def resolve(
    head: Token,
    span: tuple[int, int],
    text: str,
    entities: Sequence[Entity],
    subjects: Sequence[int],
    previous: Previous | None,
    lexicon: Lexicon,
) -> Resolved:
    """The canonical speaker for the mention at article offsets ``span`` headed by ``head``."""
    entity = _overlapping(entities, *span)
    if entity is not None and entity.type in PERSON_TYPES | GROUP_TYPES:
        return Resolved(_name(entity), frozenset({entity.type}))
    if head.pos_ == "PRON":
        return resolve_pronoun(head.text, span[0], entities, subjects, previous)
    if head.pos_ == "PROPN":
        words = text[span[0] : span[1]].split()
        name = " ".join(words[1:] if words and words[0].lower() == "the" else words)
        return Resolved(name or None, PERSON_TYPES | GROUP_TYPES)
    found = resolve_description(head.lemma_, span[0], text, entities, subjects, previous, lexicon)
    # a name the tagger took for a noun: capitalised mid-sentence, or naming a colon lead
    lead = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ":"
    if found.name is None and head.text[:1].isupper() and (head.i > 0 or lead):
        return Resolved(head.text, PERSON_TYPES | GROUP_TYPES)
    return found

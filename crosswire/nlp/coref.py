"""Whom a third-person pronoun refers to within one article, by salience.

After Lappin & Leass (1994): every earlier mention of a person or organisation adds to its
referent's salience, more when it is a clause's subject, halved for each sentence back; the
pronoun takes the most salient referent of a fitting kind ("he" a person, "it" an
organisation or country, "they" either) mentioned before it within ``WINDOW`` sentences. An
object pronoun never refers to the subject of its own clause ("the king pardoned him").
Measured on its own by ``make eval`` (stage ``coref``). Not yet used by the event coder or
quote attribution: on whole news articles it changed event figures within their noise, and it
reads "Chile ... would close its office in Lima" as Chile's own office (in the seed case the
office so closed is the other party's), which the nearest-name rule got right by luck (issue 15).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from crosswire.types import Entity

PERSON = frozenset({"PERSON"})
GROUP = frozenset({"ORG", "GPE", "NORP"})
KINDS = {
    **dict.fromkeys(("he", "him", "his", "himself", "she", "her", "hers", "herself"), PERSON),
    **dict.fromkeys(("it", "its", "itself"), GROUP),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), PERSON | GROUP),
}
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Salience factors (Lappin & Leass's, rounded): a mention counts 100 in its sentence, a
# subject 80 more; each sentence back halves it. Beyond WINDOW sentences nothing is in reach.
RECENCY = 100.0
SUBJECT = 80.0
DECAY = 0.5
WINDOW = 4
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Mention:
    entity: Entity
    sentence: int
    subject: bool


class Salience:
    """The mentions of one article, ready to resolve its pronouns."""

    def __init__(self, paragraphs: Sequence, entities: Sequence[Entity]):
        self._sentences = sorted(off + s.start_char for off, doc in paragraphs for s in doc.sents)
        self._subjects = sorted(
            off + t.idx for off, doc in paragraphs for t in doc if t.dep_ in SUBJECT_DEPS
        )
        self.mentions = tuple(
            Mention(e, self.sentence(e.start), self._has_subject(e.start, e.end))
            for e in sorted(entities, key=lambda e: e.start)
            if e.type in PERSON | GROUP
        )
        self._ends = [m.entity.end for m in self.mentions]

    def sentence(self, pos: int) -> int:
        return bisect_right(self._sentences, pos) - 1

    def _has_subject(self, start: int, end: int) -> bool:
        i = bisect_right(self._subjects, start - 1)
        return i < len(self._subjects) and self._subjects[i] < end

    def antecedent(self, word: str, pos: int, skip: tuple[int, int] = (0, 0)) -> Entity | None:
        """The latest mention of the most salient referent a pronoun at ``pos`` may have;
        ``skip`` is a span whose mentions it cannot refer to (its own clause's subject)."""
        kinds = KINDS.get(word.lower())
        if kinds is None:
            return None
        here = self.sentence(pos)
        score: dict[str, float] = {}
        latest: dict[str, Entity] = {}
        for m in self.mentions[: bisect_right(self._ends, pos)]:
            back = here - m.sentence
            e = m.entity
            if back > WINDOW or e.type not in kinds or skip[0] <= e.start < skip[1]:
                continue
            key = e.canonical or e.text
            score[key] = score.get(key, 0.0) + (RECENCY + SUBJECT * m.subject) * DECAY**back
            latest[key] = e
        if not score:
            return None
        return latest[max(score, key=score.__getitem__)]

    def resolve(self, tok, offset: int) -> Entity | None:
        """The antecedent of a pronoun token of a paragraph starting at ``offset``."""
        skip = own_subject_span(tok, offset) if tok.lower_ in OBJECT_PRONOUNS else (0, 0)
        return self.antecedent(tok.lower_, offset + tok.idx, skip)


def own_subject_span(tok, offset: int) -> tuple[int, int]:
    """Article offsets of the subject phrase of the clause an object pronoun stands in."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return (0, 0)
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subj:
        return (0, 0)
    first, last = subj[0].left_edge, subj[0].right_edge
    return (offset + first.idx, offset + last.idx + len(last.text))

"""Whom a third-person pronoun refers to within one article, by salience.

After Lappin & Leass (1994): every earlier mention of a person or organisation adds to its
referent's salience, more when it is a clause's subject, less for each sentence back; the
pronoun takes the most salient referent of a fitting kind ("he" a person, "it" an
organisation or country, "they" those or a people) mentioned before it within ``WINDOW`` sentences.
Pronouns are resolved in text order and each counts as a mention of its referent, so a
person named once and then called "he" stays salient (this took the stage's accuracy from
0.456 to 0.511). An object pronoun never refers to the subject of its own clause ("the king
pardoned him"). The event coder adds the groups and bodies an article names by a role ("the
protesters", "the military": ``crosswire.events.mentions``) as referents with no name, and
people named together ("Roe and Lee") as a group.
Measured on its own by ``make eval`` (stage ``coref``). Quote attribution resolves its pronoun
speakers with it (``crosswire.nlp.quotes.speaker``), passing the spans inside quotation marks,
whose sentences then count as no distance. The event coder resolves subject and object
pronouns with it (``crosswire.events.actorspan``; cross-validated on the news articles, 2026-12-03:
root+actors F1 0.163 -> 0.166, silver 0.134 -> 0.140, root F1 0.392 -> 0.389 and 0.343 -> 0.337);
possessives keep the nearest name: salience reads "Chile ... would close its office in Lima" as
Chile's own office, where in the seed case the office so closed is the other party's.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from crosswire import tables
from crosswire.errors import DataError
from crosswire.types import Entity, Quote

PERSON = frozenset({"PERSON"})
GROUP = frozenset({"ORG", "GPE", "NORP"})
KINDS = {
    **dict.fromkeys(("he", "him", "his", "himself", "she", "her", "hers", "herself"), PERSON),
    # "it" is a body or a place; a people ("Jewish", "the Kurds") is "they"
    **dict.fromkeys(("it", "its", "itself"), frozenset({"ORG", "GPE"})),
    # "they" is a body or a people, not one person named before: news calls a person "he" or
    # "she" (out of fold on the news gold: events' root + actors F1 0.259 -> 0.265, silver
    # 0.230 -> 0.227; this stage's accuracy 0.533 -> 0.556, silver 0.703 either way)
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), GROUP),
}
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Gender: a pronoun's, a title's ("Mr. Tribe", "Mrs. Clinton") and a given name's
# (``data/first_names.tsv``: "Hillary Clinton"; a title wins). The names took no quote speaker
# off PolNeAR's development figure, whose pronoun speakers count by their span; reading 70 of
# the 100 speakers they changed on two samples of its development part, the new speaker was
# right about 45 times, the old one about 5.
GENDERS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Salience factors (Lappin & Leass's, rounded): a mention counts 100 in its sentence, a
# subject 80 more; each sentence back keeps 0.4 of it. Lappin & Leass halve it: a person named
# often a few sentences back then outweighs the subject of the sentence before ("Romney ran on
# the economy and accused Obama of ... He pledged"). At 0.35 / 0.4 / 0.5 / 0.6, ``make eval``'s
# pronoun speakers 0.938 / 0.938 / 0.902 / 0.884 (of 112), this stage 0.611 / 0.611 / 0.589 /
# 0.556 (of 90) and its silver part 0.712 / 0.725 / 0.716 / 0.712 (of 229); of 15 PolNeAR
# development speakers it changed, read one by one, 11 went to the one meant. (Lappin &
# Leass's 50 more for a direct object cost the speakers 0.938 -> 0.911.) As in Lappin &
# Leass, a referent gains a
# sentence's factors once however often it is named there (summing every mention let a name
# repeated in one sentence outweigh the subject of the next: same accuracy on this stage, and
# on a hand-judged sample of changed pronoun speakers in PolNeAR's development part right 8
# times, wrong 2 of 16). Beyond WINDOW sentences nothing is in reach.
# (Their head-noun factor, 80 more for a name that heads its noun phrase rather than
# modifying one, "Obama" in "Obama's plan", cut this stage's accuracy from 0.456 to 0.378.)
RECENCY = 100.0
SUBJECT = 80.0
DECAY = 0.4
WINDOW = 4
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject(tok) -> bool:
    """A clause's subject, or a name in apposition to it ("the mayor's deputy, Jo Pell, met
    them": Pell is who acts). The apposition took ``make eval``'s pronoun speakers from 0.893
    to 0.902 (one of 112) and left the events' pronoun sides as they were."""
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS)


@dataclass(frozen=True)
class _Scan:
    """What every salience model of an article reads of its tokens, found in one pass: the
    article's quotes and its events each build one (the events two), and spaCy makes a new
    Token for each word on each pass."""

    sentences: tuple[int, ...]  # article offsets of sentence starts, in order
    subjects: tuple[int, ...]  # ... of subjects (``_subject``), in order
    titles: Mapping[int, str]  # the gender of a gendered title ("Mr.") by the next word's offset
    pronouns: tuple  # (paragraph offset, token) of each pronoun of ``KINDS``, in order


@lru_cache(maxsize=8)
def _scan(paragraphs: tuple) -> _Scan:
    """One pass over the tokens of ``paragraphs`` ((offset, Doc), ...). Kept for the articles
    read last: a parse is never changed once made (``crosswire.nlp.read``)."""
    sentences, subjects, titles, pronouns = [], [], {}, []
    for off, doc in paragraphs:
        sentences += [off + s.start_char for s in doc.sents]
        previous = None
        for t in doc:
            if _subject(t):
                subjects.append(off + t.idx)
            if previous is not None and (title := TITLES.get(previous.lower_.rstrip("."))):
                titles[off + t.idx] = title
            if t.lower_ in KINDS:
                pronouns.append((off, t))
            previous = t
    sentences.sort()
    subjects.sort()
    return _Scan(tuple(sentences), tuple(subjects), MappingProxyType(titles), tuple(pronouns))


@dataclass(frozen=True, slots=True)
class Mention:
    entity: Entity
    sentence: int
    subject: bool


class Salience:
    """The mentions of one article, ready to resolve its pronouns.

    ``quoted`` are spans (quotation marks' contents) whose sentences do not count as distance:
    a five-sentence quote between "Priebus said" and "he noted" keeps Priebus one sentence back.
    ``speakers`` are (start, end, speaker) of direct quotes: a third-person pronoun inside one
    is not its speaker ('"She misled us," he said'). Without ``chained`` the pronouns are not
    counted as mentions: a cheaper model, for the genders and a first reading.
    """

    def __init__(
        self,
        paragraphs: Sequence,
        entities: Sequence[Entity],
        quoted: Sequence[tuple[int, int]] = (),
        speakers: Sequence[tuple[int, int, str]] = (),
        chained: bool = True,
    ):
        self._speakers = sorted(speakers)
        scan = _scan(tuple(paragraphs))
        self._sentences = [p for p in scan.sentences if not any(a < p < b for a, b in quoted)]
        self._subjects = list(scan.subjects)
        self.mentions = [
            Mention(e, self.sentence(e.start), self._has_subject(e.start, e.end))
            for e in sorted(entities, key=lambda e: e.end)
            if e.type in PERSON | GROUP
        ]
        self._ends = [m.entity.end for m in self.mentions]
        self.genders = _named_genders(self.mentions) | _titled_genders(scan, self.mentions)
        if chained:
            self._chain(scan, quoted)

    def _chain(self, scan: _Scan, quoted: Sequence[tuple[int, int]]) -> None:
        """Resolve every pronoun outside ``quoted`` in text order and count it as a mention of
        its referent, as Lappin & Leass do: "Ryan ... He visited Netanyahu, where he met" keeps
        Ryan, named once but referred to since, ahead of a name in the last sentence."""
        for off, tok in scan.pronouns:
            pos = off + tok.idx
            if any(a <= pos < b for a, b in quoted):
                continue
            found = self.resolve(tok, off)
            if found is None:
                continue
            # the referent's text and name (a group named by a role has none), so that
            # the pronoun counts for the same referent and resolves to it as it did
            e = Entity(pos, pos + len(tok), found.text, found.type, found.canonical, found.code)
            i = bisect_right(self._ends, e.end)
            self._ends.insert(i, e.end)
            self.mentions.insert(i, Mention(e, self.sentence(pos), tok.dep_ in SUBJECT_DEPS))

    def mention_at(self, start: int, end: int) -> Entity | None:
        """The referent mentioned by exactly the span ``start``-``end``, if any."""
        i = bisect_right(self._ends, end) - 1
        while i >= 0 and self._ends[i] == end:
            if self.mentions[i].entity.start == start:
                return self.mentions[i].entity
            i -= 1
        return None

    def sentence(self, pos: int) -> int:
        return bisect_right(self._sentences, pos) - 1

    def _has_subject(self, start: int, end: int) -> bool:
        i = bisect_right(self._subjects, start - 1)
        return i < len(self._subjects) and self._subjects[i] < end

    def antecedent(
        self,
        word: str,
        pos: int,
        skip: tuple[int, int] = (0, 0),
        not_named: str | None = None,
    ) -> Entity | None:
        """The latest mention of the most salient referent a pronoun at ``pos`` may have;
        ``skip`` is a span whose mentions it cannot refer to (its own clause's subject), nor
        can it be the speaker of a direct quote it stands in, nor the referent ``not_named``."""
        kinds = KINDS.get(word.lower())
        if kinds is None:
            return None
        score = self.scores(pos, kinds, skip, GENDERS.get(word.lower()))
        speaker = self.speaker_at(pos)
        if speaker or not_named:
            score = {
                k: v
                for k, v in score.items()
                if k != not_named and not (speaker and same_person(k, speaker))
            }
        if not score:
            return None
        return score[max(score, key=lambda k: score[k][0])][1]

    def scores(
        self,
        pos: int,
        kinds: frozenset[str],
        skip: tuple[int, int] = (0, 0),
        gender: str | None = None,
    ) -> dict[str, tuple[float, Entity]]:
        """Salience of each referent (canonical name) of one of ``kinds`` mentioned before
        ``pos`` within ``WINDOW`` sentences, with its latest mention; in order of first mention.
        With ``gender`` ("m", "f"), not the people the article titles otherwise."""
        here = self.sentence(pos)
        best: dict[tuple[str, int], float] = {}  # each factor once per referent and sentence
        latest: dict[str, Entity] = {}
        for m in self.mentions[: bisect_right(self._ends, pos)]:
            back = here - m.sentence
            e = m.entity
            if back > WINDOW or e.type not in kinds or skip[0] <= e.start < skip[1]:
                continue
            key = e.canonical or e.text
            if not self.agrees(key, gender):
                continue
            latest[key] = e
            w = self.weight(m.subject, back)
            best[key, back] = max(best.get((key, back), 0.0), w)
        score = dict.fromkeys(latest, 0.0)
        for (key, _), w in best.items():
            score[key] += w
        return {k: (v, latest[k]) for k, v in score.items()}

    def agrees(self, key: str, gender: str | None) -> bool:
        """The referent named ``key`` may be a pronoun of ``gender`` ("m", "f", None): the
        pronoun has none, or the article gives the referent that one or none."""
        return gender is None or self.genders.get(key, gender) == gender

    def speaker_at(self, pos: int) -> str | None:
        """The speaker of the direct quote that holds ``pos``, if any (quotes do not nest)."""
        i = bisect_right(self._speakers, (pos, math.inf)) - 1
        if i >= 0 and pos < self._speakers[i][1]:
            return self._speakers[i][2]
        return None

    @staticmethod
    def weight(subject: bool, back: int) -> float:
        """What one mention adds: ``back`` sentences before the pronoun, a subject or not."""
        return (RECENCY + SUBJECT * subject) * DECAY**back

    def resolve(self, tok, offset: int) -> Entity | None:
        """The antecedent of a pronoun token of a paragraph starting at ``offset``."""
        if expletive(tok):
            return None
        skip = own_subject_span(tok, offset) if tok.lower_ in OBJECT_PRONOUNS else (0, 0)
        return self.antecedent(tok.lower_, offset + tok.idx, skip)


def quote_speakers(quotes: Sequence[Quote]) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of the words of each direct quote with a speaker, for
    ``Salience``: the parts of a quote interrupted by its attribution, not the "he said"
    between them."""
    return [
        (start, end, q.speaker)
        for q in quotes
        if q.direct and q.speaker
        for start, end in (q.parts or ((q.start, q.end),))
    ]


def same_person(a: str, b: str) -> bool:
    """Two names of one person as a quote's speaker and a referent may differ: "Ann Cole" and
    "Cole" share their last word. (So do two people of one family: a speaker "Clinton" keeps
    both Clintons from the pronouns of her quote.)"""
    return a == b or a.split()[-1:] == b.split()[-1:]


# Nouns that, after "it is", judge the clause that follows ("it's time to go", "it is a shame
# that"): the parser hangs that clause on the noun, not on "is".
JUDGING_NOUNS = frozenset({"time", "shame", "pity", "mistake", "disgrace", "scandal", "tragedy"})


def expletive(tok) -> bool:
    """An "it" that stands for the clause after it ("it is vital to act", "it was clear that",
    "it seems that", "it's time to leave"), not for anything the article names."""
    gov = tok.head
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or gov is tok:
        return False
    deps = {c.dep_ for c in gov.children}
    if gov.lemma_.lower() == "be":
        if deps & {"acomp", "attr"} and deps & {"xcomp", "ccomp"}:
            return True
        judged = [a for a in gov.children if a.dep_ == "attr" and a.lemma_ in JUDGING_NOUNS]
        return any(k.dep_ in ("relcl", "acl", "ccomp") for a in judged for k in a.children)
    return gov.lemma_.lower() in ("seem", "appear") and "ccomp" in deps


@lru_cache(maxsize=1)
def noun_genders() -> Mapping[str, str]:
    """A person noun's lemma → "m" or "f" ("woman", "congressman"), from
    ``data/gendered_nouns.tsv``."""
    return _gender_table("gendered_nouns.tsv", "noun")


@lru_cache(maxsize=1)
def first_names() -> Mapping[str, str]:
    """Given name → "m" or "f", from ``data/first_names.tsv``."""
    return _gender_table("first_names.tsv", "name")


def _gender_table(name: str, what: str) -> Mapping[str, str]:
    rows = tables.rows("crosswire.nlp", f"data/{name}", min_columns=2, strip=True)
    bad = [row for row in rows if row[1] not in ("m", "f")]
    if bad:
        raise DataError(f"{name}: {bad[0]!r} is not '{what}<TAB>m|f'")
    return MappingProxyType({row[0]: row[1] for row in rows})


def _named_genders(mentions: Sequence[Mention]) -> dict[str, str]:
    """People whose full name starts with a given name of one gender ("Hillary Clinton")."""
    names = first_names()
    found = {}
    for m in mentions:
        key = m.entity.canonical or m.entity.text
        words = key.split()
        if m.entity.type in PERSON and len(words) > 1 and words[0] in names:
            found[key] = names[words[0]]
    return found


def _titled_genders(scan: _Scan, mentions: Sequence[Mention]) -> dict[str, str]:
    """People the article gives a gendered title ("Mr. Tribe", "Mrs. Clinton"), unless it gives
    one name both."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        title = scan.titles.get(m.entity.start)
        if m.entity.type in PERSON and title:
            found.setdefault(m.entity.canonical or m.entity.text, set()).add(title)
    return {name: g.pop() for name, g in found.items() if len(g) == 1}


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

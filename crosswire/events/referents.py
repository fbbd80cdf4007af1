"""Who a mention of an actor refers to in its article: the article's resolved entities and
quotes indexed by offset, pronouns resolved through them, surnames and names the recogniser
missed.

Shared by the phrase reading of ``actorspan`` and the side passes of ``parties`` and
``context``; it works on spaCy tokens and offsets into the article text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from crosswire.events.matching import answering_verbs, referring_nouns
from crosswire.events.syntax import children, climb, has_child, relation
from crosswire.nlp.coref import GENDERS
from crosswire.nlp.segments import doc_text
from crosswire.types import Actor, Entity, Quote

FIRST_PERSON = {"we", "our", "us", "ours", "i", "my", "me"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
# A doer or recipient written as one of these names no one until resolved.
PRONOUNS = frozenset(FIRST_PERSON | PERSON_PRONOUNS | GROUP_PRONOUNS)
# Conjunctions of a clause that says what a main act answers: "after it invaded", "because they
# spied" (``_answered_side``).
ANSWERING_MARKS = frozenset({"after", "because", "since"})


def pronoun_text(text: str) -> bool:
    """``text`` is a pronoun: "they", "It"; not "US" in capitals, the country."""
    acronym = len(text) > 1 and text.isupper()
    return text.lower() in PRONOUNS and not acronym


# Verbs of saying and announcing whose subject a pronoun in the reported clause refers to.
REPORTING = {
    "say",
    "tell",
    "announce",
    "state",
    "declare",
    "add",
    "claim",
    "insist",
    "warn",
    "report",
    "confirm",
    "deny",
    "vow",
    "promise",
    "threaten",
    "admit",
    "acknowledge",
}


@dataclass(frozen=True)
class ArticleActors:
    """The resolved entities and quotes of one article, indexed for lookups by offset."""

    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    actors: object  # the ActorDictionary
    salience: object  # its pronouns' referents by salience (crosswire.nlp.coref.Salience)

    def __post_init__(self):
        object.__setattr__(self, "_starts", [e.start for e in self.entities])

    def inside(self, start: int, end: int) -> list[Entity]:
        # by bisection: a long article has thousands of entities and many phrases to look in
        first, last = bisect_left(self._starts, start), bisect_right(self._starts, end)
        return [e for e in self.entities[first:last] if e.end <= end]

    def before(self, pos: int) -> list[Entity]:
        return list(self.entities[: bisect_right(self._starts, pos)])

    def at(self, pos: int) -> Entity | None:
        """The entity whose mention holds the offset ``pos``, if any."""
        i = bisect_right(self._starts, pos) - 1
        return self.entities[i] if i >= 0 and pos < self.entities[i].end else None

    def quote_at(self, pos: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= pos < q.end), None)


def entity_actor(ent: Entity) -> Actor:
    """The actor a resolved entity names, at its mention."""
    return Actor(ent.text, ent.canonical, ent.code, ent.start, ent.end)


def resolve_pronoun(tok, offset: int, arts: ArticleActors) -> Actor | None:
    pos = offset + tok.idx
    word = tok.lower_
    if word in FIRST_PERSON:
        quote = arts.quote_at(pos)
        if quote and quote.speaker:
            speaker = next((e for e in arts.entities if e.canonical == quote.speaker), None)
            if speaker:
                return Actor(tok.text, speaker.canonical, speaker.code, pos, pos + len(tok.text))
        return None
    if word in PERSON_PRONOUNS:
        kinds = {"PERSON"}
    elif word in GROUP_PRONOUNS:
        kinds = {"ORG", "GPE", "NORP"}
    else:
        return None
    answered = _answered_side(tok, offset, arts, kinds, GENDERS.get(word))
    if answered is not None:
        return Actor(tok.text, answered.canonical, answered.code, pos, pos + len(tok.text))
    cued = _speaker_of_cue(tok, pos, arts)
    if cued is not None:  # "“...,” she said": the quote finder's speaker, read from the run
        return cued
    # "Chile said it would ...": in reported speech the pronoun is usually the speaker
    gov = _reporting_verb(tok, offset, arts)
    subj = children(gov, "nsubj") if gov is not None else []
    if subj:
        ents = arts.inside(
            offset + subj[0].left_edge.idx,
            offset + subj[0].right_edge.idx + len(subj[0].right_edge),
        )
        # a person need not be coded ("Rivera, aka 'Colonel Mike,' admitted he met"), but of
        # the pronoun's gender, when the article tells it
        named = [
            e
            for e in ents
            if (e.code or e.type == "PERSON")
            and e.type in kinds
            and arts.salience.agrees(e.canonical or e.text, GENDERS.get(word))
        ]
        if named:
            return Actor(tok.text, named[0].canonical, named[0].code, pos, pos + len(tok.text))
    if tok.dep_ != "poss":
        # a subject or object pronoun: the most salient referent (a possessive stays with the
        # nearest name: "Chile would close its office in Lima" may be either's)
        ent = arts.salience.resolve(tok, offset)
        return Actor(tok.text, ent.canonical, ent.code, pos, pos + len(tok.text)) if ent else None
    # A possessive: the nearest earlier mention of a compatible kind and gender ("her" is not
    # the Donald named last).
    gender = GENDERS.get(word)
    for ent in reversed(arts.before(pos)):
        known = arts.salience.agrees(ent.canonical or ent.text, gender)
        if ent.type in kinds and ent.end <= pos and known:
            return Actor(tok.text, ent.canonical, ent.code, pos, pos + len(tok.text))
    return None


def _reporting_verb(tok, offset: int, arts: ArticleActors):
    """The verb of saying whose reported clause holds ``tok`` ("Chile said it would"), or
    None; none in a direct quote, where the speaker would say "I" ('"He is a liar," Vargas
    said')."""
    quote = arts.quote_at(offset + tok.idx)
    if quote is not None and quote.direct:
        return None
    return next(
        (g for _, g in climb(tok.head, ("ccomp", "conj")) if g.lemma_.lower() in REPORTING), None
    )


def reporter_subjects(tok, offset: int, arts: ArticleActors) -> list:
    """The subject of the verb of saying whose reported clause the subject pronoun ``tok``
    stands in, when it agrees in number ("the senator said he opposed the bill": "senator";
    "officials said they would"): who a doer named only by a role is."""
    word = tok.lower_
    if word not in ("he", "she", "it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    gov = _reporting_verb(tok, offset, arts)
    if gov is None:
        return []
    plural = word == "they"
    return [s for s in children(gov, "nsubj") if (s.tag_ in ("NNS", "NNPS")) == plural]


def _answered_side(tok, offset: int, arts: ArticleActors, kinds, gender) -> Entity | None:
    """The subject of a clause that says what a main act answers ("the EU sanctioned Russia
    after it invaded", "Lima expelled two envoys because they spied", "Lee was charged after he
    hit a guard") is the one that act is done to, not its doer: the first fitting name of the
    main verb's object, passive subject or prepositional phrases. The main act answers when
    its verb punishes or rebuffs (``answering_verbs``) or is passive; otherwise the clause
    tells the doer's own earlier act ("invaded Ukraine after it massed troops")."""
    clause = tok.head
    if tok.dep_ != "nsubj" or relation(clause) != "advcl" or clause.head is clause:
        return None
    if not any(m.lower_ in ANSWERING_MARKS for m in children(clause, "mark")):
        return None
    main = clause.head
    if main.lemma_.lower() not in answering_verbs() and not has_child(main, "nsubjpass"):
        return None  # "Russia invaded Ukraine after it massed troops": its own earlier act
    phrases = [c for c in main.children if c.dep_ in ("dobj", "nsubjpass", "dative", "prep")]
    for phrase in sorted(phrases, key=lambda t: t.i):
        start = offset + phrase.left_edge.idx
        end = offset + phrase.right_edge.idx + len(phrase.right_edge)
        for ent in arts.inside(start, end):
            if ent.type in kinds and arts.salience.agrees(ent.canonical or ent.text, gender):
                return ent
    return None


def salient_other(tok, offset: int, arts: ArticleActors, not_named: str | None):
    """A pronoun's most salient referent other than one named ``not_named``: whose words a
    person condemns is not theirs ("Ruiz called his rhetoric reckless")."""
    pos = offset + tok.idx
    ent = arts.salience.antecedent(tok.lower_, pos, not_named=not_named)
    return Actor(tok.text, ent.canonical, ent.code, pos, pos + len(tok.text)) if ent else None


def _speaker_of_cue(tok, pos: int, arts: ArticleActors) -> Actor | None:
    """The speaker the quote finder gives a quote whose cue this pronoun is the subject of: it
    follows the run of quotes and their speakers, which salience alone does not."""
    if tok.dep_ != "nsubj":
        return None
    cue = pos - tok.idx + tok.head.idx
    quote = next((q for q in arts.quotes if q.cue_start == cue and q.speaker_start == pos), None)
    if quote is None or not quote.speaker:
        return None
    # the speaker as the article named them in full: "Cole" is the "Senator Ann Cole" before
    found = named_in_full(quote.speaker.split()[-1], pos, arts)
    if found is None:
        return Actor(tok.text, quote.speaker, None, pos, pos + len(tok.text))
    return Actor(tok.text, found.canonical or found.text, found.code, pos, pos + len(tok.text))


def named_before(tok, offset: int, arts: ArticleActors) -> Actor | None:
    """A capitalised word the tagger left untagged (a surname it reads as a noun: "Lauten
    later apologized") is the person named in full before it in the article whose name ends
    with it, the latest one."""
    pos = offset + tok.idx
    person = named_in_full(tok.text, pos, arts, "PERSON")
    if person is None:
        return None
    return Actor(tok.text, person.canonical, person.code, pos, pos + len(tok.text))


def unknown_name(tok, offset: int) -> Actor | None:
    """A proper name the entity recogniser missed and no dictionary knows ("AARP", "the Alliance
    Against Defamation"), as a doer: an actor named by its own words, with no code."""
    if tok.tag_ not in ("NNP", "NNPS") or tok.text.endswith("."):
        return None  # nor a title's abbreviation ("Sen.")
    words = [t for t in tok.lefts if relation(t) == "compound" and t.tag_ in ("NNP", "NNPS")]
    first = words[0] if words else tok
    last = tok
    for t in tok.rights:  # "Alliance Against Defamation"
        if relation(t) == "prep" and all(w.tag_ in ("NNP", "NNPS", "IN", "CC") for w in t.subtree):
            last = t.right_edge
    text = doc_text(tok.doc)[first.idx : last.idx + len(last.text)]
    return Actor(text, text, None, offset + first.idx, offset + last.idx + len(last.text))


def named_in_full(last: str, pos: int, arts: ArticleActors, kind: str | None = None):
    """The latest entity (of ``kind``) before ``pos`` whose name ends with the word ``last``."""
    return next(
        (
            e
            for e in reversed(arts.before(pos))
            if (kind is None or e.type == kind)
            and e.start < pos
            and (e.canonical or e.text).split()[-1] == last
        ),
        None,
    )


def described(tok, offset: int, arts: ArticleActors) -> Actor | None:
    """A definite description of an organisation the article named before: "the committee"
    after "the House Oversight Committee", "the group" after "the Sierra Group": the latest
    organisation whose name ends with the noun. A bare singular noun after "the" only ("the
    Senate committee" names its own), of a noun that refers to organisations
    (``matching.referring_nouns``)."""
    if tok.tag_ != "NN" or [c.lower_ for c in tok.lefts] != ["the"]:
        return None
    if tok.lower_ not in referring_nouns():
        return None  # "the news" after "Fox News": a thing, not the outlet
    pos, word = offset + tok.idx, tok.lower_
    named = next(
        (
            e
            for e in reversed(arts.before(pos))
            if e.type == "ORG" and e.end <= pos and e.text.lower().split()[-1] == word
        ),
        None,
    )
    if named is None:
        return None
    start = offset + tok.left_edge.idx
    mention = doc_text(tok.doc)[tok.left_edge.idx : tok.idx + len(tok)]
    return Actor(mention, named.canonical, named.code, start, pos + len(tok))

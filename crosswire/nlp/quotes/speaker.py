"""Who said it: the speaker mention next to a cue, and the canonical name it refers to.

The rules are described in ``crosswire.nlp.quotes.article``; this module holds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from crosswire.nlp.coref import GENDERS, WINDOW, Salience, noun_genders
from crosswire.nlp.quotes.lexicon import Lexicon, load_lexicon
from crosswire.types import Entity

PERSON_TYPES = frozenset({"PERSON"})
ORG_TYPES = frozenset({"ORG", "NORP"})
PLACE_TYPES = frozenset({"GPE"})  # a place speaks only as the subject of its cue ("Moscow said")
GROUP_TYPES = ORG_TYPES | PLACE_TYPES
PLURAL = "PLURAL"  # a speaker named by a plural description ("federal officials")
_ONE = frozenset({"ORG", "GPE"})
_MANY = PERSON_TYPES | GROUP_TYPES | {PLURAL}
# What each pronoun may refer to. A place may be its referent ("China ... it is building"),
# but then the pronoun names no speaker: a place speaks only as the subject of its cue.
PRONOUN_TYPES = {
    "he": PERSON_TYPES,
    "him": PERSON_TYPES,
    "she": PERSON_TYPES,
    "her": PERSON_TYPES,
    "his": PERSON_TYPES,  # possessors of cue nouns ("his criticism of")
    "its": _ONE,
    "their": _MANY,
    "it": _ONE,
    "they": _MANY,
    "them": _MANY,
}
# How far back an antecedent is looked for: about three newswire paragraphs. A guess, kept short
# because beyond it a wrong name is likelier than a right one.
MAX_BACK_CHARS = 1500
# How much text around an earlier name is searched for a role noun ("UN spokesperson Ana
# Ruiz", "Okafor, the trade minister,"): the width of a short apposition.
ROLE_WINDOW_CHARS = 40
# The previous quote's speaker counts as a subject mention where it was last named or
# referred to ("he said"), as Lappin & Leass count a resolved pronoun, and SPEAKER more: only
# a tie-breaker ("Nadler said Putin had lied. ... he said" goes to Nadler). Judged by hand on
# samples of the pronouns whose referent changed on PolNeAR's development part: 10 against 0
# was right 5 times, wrong twice (of 12); 40, which keeps a speaker against a subject one
# sentence nearer, was right 3 times, wrong 7 (of 16).
SPEAKER = 10.0
# An attribution inverted after its quotation ('"...," said the woman') follows one of these.
_INVERTING_MARKS = frozenset({",", '"', "”", "''", "?", "!"})
_INVERTED_DEPS = frozenset({"dobj", "nsubj", "attr", "dep", "npadvmod", "appos"})
_INVERTED_POS = frozenset({"NOUN", "PROPN", "PRON", "DET"})
_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``"})
_CLOSING_MARKS = frozenset({'"', "”", "''"})
# The words of a noun phrase after an inverted cue: its modifiers, then its nouns.
_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# A finite cue's subject the parser misread as a compound of the cue or as an object.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_FRONTED_POS = frozenset({"PROPN", "NOUN", "PRON"})
_FRONTED_DEPS = frozenset({"compound", "pobj", "dobj", "appos", "conj", "npadvmod"})
# The marks closing a parenthetical phrase between a subject and its verb, with their openers.
_PARENTHESES = {",": ",", ")": "("}
_NAME_DEPS = frozenset({"compound", "amod", "det", "poss", "case", "nmod", "flat", "nummod"})
# A clause's own subject: a verb without one shares its head's.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_ANY_SUBJECT = ("nsubj", "nsubjpass", "expl")
# "has" contracted, which the parser reads as "is" ("he's said" as a passive)
_HAVE_CONTRACTIONS = frozenset({"'s", "’s", "'ve", "’ve"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "pcomp", "acl", "acomp"})
_NOUN_CLIMB_DEPS = frozenset({"pobj", "dobj"})
# Verbs whose object does what their infinitive says ("led some to speculate", "urged the
# council to act"): the object is the cue's doer. Those that cause it, and those that ask for it.
_CAUSING = frozenset({"lead", "leave", "prompt", "force", "push", "cause", "drive", "spur", "get"})
_ASKING = frozenset({"ask", "urge", "encourage", "persuade", "convince", "invite", "inspire"})
_CONTROL_VERBS = _CAUSING | _ASKING | {"allow", "compel", "pressure", "press", "require"}
# Prepositions naming who made a document ("an analysis by", "a letter from", "interviews with").
_AUTHOR_PREPS = frozenset({"by", "from", "with"})
# Entity types of a noun that may itself speak through a participle ("a group backing Cruz").
_SPEAKING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str | None  # canonical name
    types: frozenset[str]  # the entity types it may have (for later pronouns)
    named: bool = True  # False for a description taken as written ("federal officials")


@dataclass(frozen=True, slots=True)
class Previous:
    """The previous quote's speaker: preferred by pronouns and descriptions that fit it."""

    name: str
    types: frozenset[str]
    start: int  # its mention, or its quote when it had none
    end: int
    mention: tuple[int, int] | None = None  # where its last quote named it
    said: int = 0  # where its last quote ends


@dataclass(frozen=True, slots=True)
class Scene:
    """What speakers are resolved against in one article."""

    text: str
    entities: Sequence[Entity]  # outside quotation marks
    salience: Salience
    lexicon: Lexicon


def speaker_head(cue: Token) -> Token | None:
    """The subject of a reporting verb, climbing conjuncts, participles ("..., saying") and
    prepositions ("... before adding", "by saying")."""
    if cue.lemma_.lower() == "accord":
        for prep in cue.children:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ == "to" and objs:
                return _author(objs[0]) or objs[0]
        return None
    agent = [p for p in cue.children if p.dep_ == "agent"]  # "was endorsed by the senator"
    objs = [c for c in agent[0].children if c.dep_ == "pobj"] if agent else []
    if objs and (
        any(c.dep_ == "nsubjpass" for c in cue.children)
        or (cue.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in cue.children))
    ):  # "Asked by the host to respond, Keller said": the asker asked
        return objs[0]
    interposed = _interposed_subject(cue)
    if interposed is not None:
        return interposed
    tok = cue
    for _ in range(4):
        # a passive head's subject is its conjuncts' too ("was forced out and said ...")
        deps = ("nsubj", "expl") if tok is cue and not _has_said(cue) else _ANY_SUBJECT
        subj = [c for c in tok.children if c.dep_ in deps]
        if subj:  # the nearest: a second "subject" is often a quotation's word
            near = min(subj, key=lambda c: abs(c.i - tok.i))
            if near.lower_ in _HAVE_CONTRACTIONS:  # "he's said" with "'s" taken for him
                near = next((c for c in near.children if c.dep_ == "nsubj"), near)
            if near.dep_ == "expl":
                return None
            return _author(near) or near  # "the statement from her lawyer said": the lawyer
        if _object_controlled(tok):  # "led some to speculate", "urged the board to say"
            return next(c for c in tok.head.children if c.dep_ == "dobj")
        if _says_for_another(tok):
            noun = tok.head
            owner = [c for c in noun.children if c.dep_ == "poss"] + _members(noun)
            if owner:  # "her refusal to say", "Keller's statement saying"
                return owner[0]
            verb = _governing_verb(noun) if _infinitive(tok) or noun.dep_ == "dobj" else None
            if verb is not None:  # "held a briefing to boast", "issued a statement saying"
                tok = verb
                continue
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG"):
            return tok.head  # "listeners, who wondered", "a group backing the senator"
        if _finite_acl(tok):  # "a group of farmers called for a boycott", misread as "a group
            return tok.head  # called X" (a participle modifying the noun)
        if _next_report(tok):  # "said the levy would hurt farmers, and called it ...": the
            tok = tok.head.head  # parser hung the speaker's next act on what was said
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "... before adding", "by saying"
            tok = tok.head.head
            # "made a point of saying", "in addition to stating": through the noun too
            while tok.dep_ in _NOUN_CLIMB_DEPS and tok.pos_ == "NOUN" and tok.head is not tok:
                tok = tok.head.head if tok.dep_ == "pobj" else tok.head
            continue
        if _loose_conjunct(tok):  # "denied the claim, admitted it kept the files"
            tok = tok.head
            continue
        if tok.dep_ not in _CLIMB_DEPS or tok.head is tok:
            # the verb reached may have lost its subject too ("Ruiz also railed against X,
            # and explained ...", with "Ruiz" taken for an apposition of what comes before)
            if tok is cue:
                return _inverted_subject(cue) or _fronted_subject(cue)
            subjectless = not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
            return _fronted_subject(tok) if subjectless else None
        tok = tok.head
    return None


def _interposed_subject(cue: Token) -> Token | None:
    """The name right after a cue set off by commas inside what it reports ("The plan, said
    Ruiz, will fail"), which the parser made the subject of the report, with the words
    before the cue the cue's subject; the name is set off by a comma after it too."""
    doc, after = cue.doc, cue.i + 1
    if cue.i == 0 or doc[cue.i - 1].text != "," or after >= len(doc):
        return None
    while (
        after + 1 < len(doc)
        and doc[after].pos_ == doc[after + 1].pos_ == "PROPN"
        and doc[after].dep_ != "nsubj"
    ):
        after += 1
    name = doc[after]
    report, edge = name.head, name.right_edge.i
    return (
        name
        if name.pos_ == "PROPN"
        and name.dep_ == "nsubj"
        and edge + 1 < len(doc)
        and "," in (doc[edge].text, doc[edge + 1].text)  # set off, not "said Ruiz would win"
        and report.dep_ == "ccomp"
        and report.head.i == cue.i
        and report.i > name.i
        else None
    )


def _finite_acl(tok: Token) -> bool:
    """A finite verb the parser hung on the noun before it as a participle: tagged past
    tense, a participle with an object or a clause, which a passive one cannot take ("Ruiz,
    speaking on the radio, called the mayor a liar"), or on a noun heading its sentence."""
    deps = {c.dep_ for c in tok.children}
    return (
        tok.dep_ == "acl"
        and not deps & {"auxpass", "nsubjpass", "nsubj"}  # "that he'd been offered a seat"
        and (
            tok.tag_ == "VBD"
            or (tok.tag_ == "VBN" and bool(deps & {"dobj", "ccomp"}))
            or tok.head.dep_ == "ROOT"  # the sentence has no other verb: "The senator aimed to"
        )
    )


def _loose_conjunct(tok: Token) -> bool:
    """A verb the parser left loosely attached ("dep") to an earlier verb of the same clause,
    with no subject of its own: a conjunct missed ("Keller paused, then revealed ..."). Not
    across a quotation mark ('"The risk is ...," a voice says') or a subject ("a decision
    which he has refused"), where it begins a clause of its own."""
    head = tok.head
    return (
        tok.dep_ == "dep"
        and tok.pos_ == "VERB"
        and head.pos_ in ("VERB", "AUX")
        and head.i < tok.i
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
        and not any(
            t.text in _QUOTE_TOKENS or t.dep_ in _SUBJECT_DEPS for t in tok.doc[head.i + 1 : tok.i]
        )
    )


def _has_said(cue: Token) -> bool:
    """A past tense the parser read as a passive because "has" was contracted ("he's said
    he ...", "who've said"): the subject speaks. Not "he's said to be" (is said)."""
    return cue.tag_ == "VBD" and any(
        c.dep_ == "auxpass" and c.lower_ in _HAVE_CONTRACTIONS for c in cue.children
    )


def _members(noun: Token) -> list[Token]:
    """The people a quantity is of ("the share of voters saying", "most of the delegates")."""
    return [
        c
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj" and (c.tag_ in ("NNS", "NNPS") or c.ent_type_ in _SPEAKING_ENTS)
    ]


def _author(noun: Token) -> Token | None:
    """Who made what "according to" names when it cannot speak: "an analysis by the bureau",
    "a letter from the mayor", "a court filing made by her lawyers"."""
    if not _mute(noun):
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS]
    preps += [a for v in noun.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"]
    objs = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    return objs[0] if objs else None


def _object_controlled(tok: Token) -> bool:
    """Whether the cue's doer is its head verb's object: "led some to speculate", "urged
    the council to say"."""
    return (
        tok.dep_ == "xcomp"
        and _infinitive(tok)
        and tok.head.lemma_.lower() in _CONTROL_VERBS
        and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)
    )


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _says_for_another(tok: Token) -> bool:
    """A cue modifying a noun that cannot speak: an infinitive ("a chance to say", "had
    reason to believe") or a participle ("a statement saying") on a noun that is no person,
    organisation, pronoun or name."""
    if tok.dep_ not in ("relcl", "acl") or not (_infinitive(tok) or tok.tag_ == "VBG"):
        return False
    return _mute(tok.head)


def _mute(noun: Token) -> bool:
    """A common noun that names no person or organisation ("a statement", "an analysis")."""
    lexicon, lemma = load_lexicon(), noun.lemma_.lower()
    return not (
        noun.pos_ != "NOUN"
        or noun.ent_type_ in _SPEAKING_ENTS
        or lemma in lexicon.person_nouns
        or lemma in lexicon.org_nouns
    )


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly or through a preposition ("issued a
    statement", "pivoted with every answer")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ == "dobj":
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
        else:
            break
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def joined_without_subject(tok: Token) -> bool:
    """A verb joined to its head's clause (a conjunct, an adverbial clause) with no subject of
    its own: it shares the head's doer."""
    return tok.dep_ in ("conj", "advcl") and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)


def _next_report(tok: Token) -> bool:
    """A verb with no subject joined to the clause another verb reports: the reporter's own
    next act, as ``find`` reads it."""
    return (
        joined_without_subject(tok)
        and tok.head.dep_ == "ccomp"
        and tok.head.head.pos_ in ("VERB", "AUX")
    )


def _inverted_subject(cue: Token) -> Token | None:
    """The name right after a cue the parser left without a subject: '"The risk," said
    Edward Leamer, an economist, "is ..."' (parsed with "said" a parataxis), or the noun
    phrase after a cue that follows its quotation, which the parser took for an object."""
    doc, before = cue.doc, cue.i - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    after_quote = before >= 0 and doc[before].text in _INVERTING_MARKS
    if cue.dep_ != "parataxis" and not after_quote:
        return None
    if after_quote:  # '"...," added a New Hampshire Democrat': taken for the cue's object
        # but an object asked to do something is no speaker ("Ruiz, for one, asked the judge
        # to block it")
        asked = any(c.dep_ in ("xcomp", "ccomp") for c in cue.rights)
        for child in cue.rights:
            if child.dep_ in _INVERTED_DEPS and child.pos_ in _INVERTED_POS and not asked:
                return child
    i = cue.i + 1
    while i + 1 < len(doc) and doc[i].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN":
        i += 1
    if i < len(doc) and (doc[i].pos_ == "PROPN" or _miscast_name(doc[i], cue)):
        return doc[i]
    if doc[before].text not in _CLOSING_MARKS:
        return None
    # the noun phrase right after a cue that follows its quotation, whatever the parser made
    # of it ('"...," said the woman, who ...': the subject of a clause in the relative clause)
    i = cue.i + 1
    while i < len(doc) and doc[i].pos_ in _MODIFIER_POS:
        i += 1
    while i + 1 < len(doc) and doc[i].pos_ in _NOUN_POS and doc[i + 1].pos_ in _NOUN_POS:
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ in _NOUN_POS else None


def _fronted_subject(cue: Token) -> Token | None:
    """The noun phrase right before a finite cue the parser left without a subject, having
    taken the subject for a compound ("Kowalski notes", as if a noun phrase), for an adverb
    or a modal ("Gladly said", "Will wrote"), or for an apposition of what comes before it ("At
    a rally in Leeds, Councillor Ruiz also warned ..."), parenthetical phrases skipped ("Ruiz,
    a spokesman in Oslo, said", "Ruiz (Labour) said")."""
    if cue.tag_ not in _FINITE_TAGS and not any(c.dep_ == "aux" for c in cue.children):
        return None
    if not cue.is_alpha:  # a dash the tagger took for a verb
        return None
    doc, start, i = cue.doc, cue.sent.start, cue.i - 1
    for _ in range(2):  # up to two ("Ruiz, meanwhile, who has no seat, said")
        while i >= start and doc[i].pos_ in ("ADV", "AUX"):  # "also", "has"
            if _miscast_name(doc[i], cue):
                return doc[i]
            i -= 1
        if i >= start and doc[i].text in _PARENTHESES:
            opening = _PARENTHESES[doc[i].text]
            i -= 1
            while i >= start and doc[i].text != opening:
                i -= 1
            i -= 1
    if i < start:
        return None
    tok = doc[i]
    # or the subject of a verb in the parenthetical ("One porter, who like others spoke on
    # condition of anonymity, said", with "porter" the subject of "spoke")
    inside = tok.dep_ == "nsubj" and tok.i < tok.head.i < cue.i
    return tok if tok.pos_ in _FRONTED_POS and (tok.dep_ in _FRONTED_DEPS or inside) else None


def _miscast_name(tok: Token, cue: Token) -> bool:
    """A capitalised word the tagger took for an adverb or a modal next to a cue with no
    subject ("Gladly said", "Will wrote", '"...," said Ruiz'): a name, mid-sentence or
    right before the cue."""
    return (
        tok.tag_ in ("RB", "MD")
        and tok.is_title
        and len(tok.text) > 2
        and (tok.i != tok.sent.start or tok.i + 1 == cue.i)
    )


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


def _covering(entities: Sequence[Entity], start: int, end: int, head: int) -> Entity | None:
    """The entity the mention names: the longest one holding its head word. A name that only
    modifies the head ("Russia's foreign ministry", "a Kremlin spokesman") is not the speaker."""
    hits = [e for e in entities if e.start <= head < e.end and e.start < end and start < e.end]
    return max(hits, key=lambda e: e.end - e.start) if hits else None


def _modifier(entities: Sequence[Entity], start: int, head: int) -> Entity | None:
    return next((e for e in entities if start <= e.start and e.end <= head), None)


def _name(entity: Entity) -> str:
    return entity.canonical or entity.text


def resolve_pronoun(word: str, pos: int, scene: Scene, previous: Previous | None) -> Resolved:
    """The most salient fitting referent (``crosswire.nlp.coref``), the previous speaker
    counting as a subject mention of its own sentence and ``SPEAKER`` more; "she" is not a
    man the article calls "Mr.". Never a place."""
    kinds = PRONOUN_TYPES.get(word.lower())
    if kinds is None:
        return Resolved(None, frozenset())  # "I", "we", "you": the writer or unknowable
    return _most_salient(pos, kinds, scene, previous, GENDERS.get(word.lower()))


def _most_salient(
    pos: int,
    kinds: frozenset[str],
    scene: Scene,
    previous: Previous | None,
    gender: str | None = None,
) -> Resolved:
    salience, genders = scene.salience, scene.salience.genders
    found = salience.scores(pos, kinds, gender=gender).items()
    score = {k: (v, frozenset({e.type})) for k, (v, e) in found}
    if previous and previous.types & kinds and pos - previous.end <= MAX_BACK_CHARS:
        back = salience.sentence(pos) - salience.sentence(previous.start)
        named = any(m.entity.start <= previous.start < m.entity.end for m in salience.mentions)
        if back <= WINDOW:
            had, types = score.get(previous.name, (0.0, previous.types & kinds))
            mention = 0.0 if named else salience.weight(True, back)
            score[previous.name] = (had + mention + SPEAKER, types)
    score = {k: v for k, v in score.items() if salience.agrees(k, gender)}
    if not score:  # nothing within the window: the nearest fitting name within reach
        near = [e for e in _earlier(scene.entities, pos, kinds) if e.type not in PLACE_TYPES]
        near = [e for e in near if genders.get(_name(e), gender) == gender]
        return (
            Resolved(_name(near[0]), frozenset({near[0].type})) if near else Resolved(None, kinds)
        )
    best = max(score, key=lambda k: score[k][0])
    if score[best][1] <= PLACE_TYPES:
        return Resolved(None, kinds)  # a place, reached without being the cue's subject
    return Resolved(best, score[best][1])


def _same_surname(words: Sequence[str], pos: int, entities: Sequence[Entity]) -> str | None:
    """The full name an earlier person's mention gives a title and surname ("Mr. Nadler"),
    when the article names only one person so."""
    last = words[-1] if words else ""
    names = {
        _name(e)
        for e in entities
        if e.type in PERSON_TYPES and e.start < pos and _name(e).split()[-1] == last
    }
    return names.pop() if len(names) == 1 else None


def resolve_description(head: Token, pos: int, scene: Scene) -> Resolved:
    """A definite description ("the spokesperson", "the ministry"): the nearest earlier person
    (for a role noun) or organisation with the noun in its name or in a short apposition before
    the description; else, for a known role noun, the most salient referent of its kind. Never
    a place: a country's ministry is not the country. "a senator", "officials": no one named."""
    noun, text = head.lemma_.lower(), scene.text
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return Resolved(None, frozenset())
    kinds = {"person": PERSON_TYPES, "org": ORG_TYPES}.get(lexicon_kind(noun, scene.lexicon))
    gender = noun_genders().get(noun)  # "the woman" is not the man named beside "a woman"
    types = kinds or PERSON_TYPES | ORG_TYPES
    if head.tag_ in ("NNS", "NNPS"):  # "the candidates" are not the one named last
        kinds, types = (kinds or frozenset()) - PERSON_TYPES, types - PERSON_TYPES
    for e in _earlier(scene.entities, pos, types):
        if gender is not None and not scene.salience.agrees(_name(e), gender):
            continue
        context = text[max(0, e.start - ROLE_WINDOW_CHARS) : min(pos, e.end + ROLE_WINDOW_CHARS)]
        if noun in e.text.lower() or noun in context.lower().split():
            return Resolved(_name(e), frozenset({e.type}))
    return Resolved(None, kinds or frozenset())


def lexicon_kind(noun: str, lexicon: Lexicon) -> str | None:
    if noun in lexicon.person_nouns:
        return "person"
    return "org" if noun in lexicon.org_nouns else None


def _earlier(entities: Sequence[Entity], pos: int, types: frozenset[str]) -> list[Entity]:
    """Compatible entities ending before ``pos`` within reach, nearest first."""
    found = [e for e in entities if e.end <= pos and pos - e.end <= MAX_BACK_CHARS]
    return [e for e in reversed(found) if e.type in types]


def resolve(
    head: Token, span: tuple[int, int], scene: Scene, previous: Previous | None
) -> Resolved:
    """The canonical speaker for the mention at article offsets ``span`` headed by ``head``."""
    text, entities, lexicon = scene.text, scene.entities, scene.lexicon
    at = span[0] + head.idx - head.doc[mention_bounds(head)[0]].idx  # the head's offset
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":  # "listeners, who wondered"
        noun = head.head.head
        first, last = mention_bounds(noun)
        start = at + head.doc[first].idx - head.idx
        end = at + head.doc[last - 1].idx + len(head.doc[last - 1]) - head.idx
        return resolve(noun, (start, end), scene, previous)
    entity = _covering(entities, *span, at) or _apposed(head, at, entities)
    if entity is not None and entity.type in PERSON_TYPES | GROUP_TYPES:
        return Resolved(_name(entity), frozenset({entity.type}))
    if head.pos_ == "PRON":
        return resolve_pronoun(head.text, span[0], scene, previous)
    words = text[span[0] : span[1]].lstrip("-–—―").split()  # "-Ada Lind": a signature's dash
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if head.pos_ in ("ADV", "AUX") and head.is_title:  # a name the tagger miscast ("Gladly")
        return Resolved(head.text, PERSON_TYPES | GROUP_TYPES)
    if head.pos_ == "PROPN":
        full = _same_surname(words, span[0], entities) if len(words) == 2 else None
        return Resolved(full or " ".join(words) or None, PERSON_TYPES | GROUP_TYPES)
    found = resolve_description(head, span[0], scene)
    if found.name is not None:
        return found
    modified = _modifier(entities, span[0], at) is not None
    # "the congressman", "the Vermont senator", "the ministry": the most salient of its kind;
    # but "the German government" is not the organisation last named
    epithet = found.types == PERSON_TYPES and head.tag_ == "NN"
    if found.types and (epithet or not modified):
        gender = noun_genders().get(head.lemma_.lower())
        salient = _most_salient(span[0], found.types, scene, previous, gender)
        if salient.name is not None:
            return salient
    if modified:  # "a Kremlin spokesman", "Russia's foreign ministry": not the place
        return Resolved(" ".join(words), _kinds_of(head, lexicon), named=False)
    # a name the tagger took for a noun: capitalised mid-sentence, or naming a colon lead
    lead = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ":"
    if head.text[:1].isupper() and (head.i > 0 or lead):
        return Resolved(head.text, PERSON_TYPES | GROUP_TYPES)
    if head.pos_ == "NOUN":  # "federal officials", "a senior adviser": named as written
        return Resolved(" ".join(words), _kinds_of(head, lexicon), named=False)
    return found


def _kinds_of(head: Token, lexicon: Lexicon) -> frozenset[str]:
    """What a later pronoun may take a description's referent for: "officials" is "they",
    "a senior aide" "he" or "she", "the agency" "it", "a report" nothing."""
    if head.tag_ in ("NNS", "NNPS"):
        return frozenset({PLURAL})
    kind = lexicon_kind(head.lemma_.lower(), lexicon)
    return {"person": PERSON_TYPES, "org": ORG_TYPES}.get(kind, frozenset())


def _apposed(head: Token, at: int, entities: Sequence[Entity]) -> Entity | None:
    """The person an apposition names ("the group's director, Ada Lind,"): the role stays with
    the person."""
    for app in (c for c in head.children if c.dep_ == "appos"):
        pos = at + app.idx - head.idx
        found = _covering(entities, pos, pos + len(app.text), pos)
        if found is not None and found.type in PERSON_TYPES:
            return found
    return None

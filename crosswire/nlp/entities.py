"""Entity mentions resolved to actors, within one article.

Three passes over spaCy's named entities (and definite descriptions):
1. each name is looked up in the actor dictionary, with the title words in front of a person's
   name ("Brazilian Foreign Minister Mauro Vieira"); a person the dictionary does not know gets a
   code from the title when it names a country or organisation and a role ("UN spokesperson");
   a place followed by a comma and the state or country it lies in takes that country
   ("Birmingham, Alabama");
2. later short forms take the full name introduced earlier ("Vieira" → Mauro Vieira), so one
   person has one canonical name and code in the article;
3. definite descriptions ("the bloc", "the ministry") refer back to the nearest earlier
   mention of a compatible kind (``data/descriptions.tsv``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Span

from crosswire import tables
from crosswire.nlp.segments import doc_text, paragraph_at
from crosswire.types import Entity

LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# The first word of a named storm, which the model tags as a person or an organisation
# ("Storm Ada", "Hurricane Ian"): weather acts on no one's behalf.
_WEATHER = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical"})
_KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "country",
    "NORP": "country",
    "LOC": "place",
    "FAC": "place",
}
# Title words that mean the person no longer holds the role: no government code for them.
FORMER = frozenset({"former", "ex", "late", "retired", "then"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention while it is being resolved (kind drives description resolution)."""

    entity: Entity
    kind: str
    # a person's role words from their title or apposition ("senator", "foreign", "minister")
    roles: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def person_roles() -> dict[str, frozenset[str]]:
    """Role noun of a description -> the title words it may stand for
    (``data/person_roles.tsv``)."""
    rows = tables.rows("crosswire.nlp", "data/person_roles.tsv", min_columns=2, strip=True)
    return {noun: frozenset(w.strip() for w in words.split(",")) for noun, words, *_ in rows}


@lru_cache(maxsize=1)
def descriptions() -> dict[str, frozenset[str]]:
    table = {}
    for noun, kinds, *_ in tables.rows(
        "crosswire.nlp", "data/descriptions.tsv", min_columns=2, strip=True
    ):
        table[noun] = frozenset(k.strip() for k in kinds.split(","))
    return table


def _clean_name(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"[’']s$", "", text).strip()


def _title_tokens(ent) -> list:
    """Title words to the left of a person's name that modify its head ("Foreign Minister")."""
    head = ent.root
    out = []
    i = ent.start - 1
    while i >= 0:
        tok = ent.doc[i]
        # to the name or to any title word: "Former" and "Peruvian" both hang on "Minister"
        attached = (
            tok.head.i in range(ent.start, ent.end)
            or tok.head == head
            or any(tok.head == t for t in out)
        )
        if attached and (
            tok.dep_ in ("compound", "amod", "nmod", "npadvmod") or tok.ent_type_ in LABELS
        ):
            out.append(tok)
            i -= 1
            continue
        break
    return list(reversed(out))


def _code_from_title(title: Sequence, actors, on: date | None) -> tuple[str | None, str]:
    """A (code, kind) for a person from title words: "Brazilian Foreign Minister" → BRAGOV."""
    words = [t.text for t in title]
    if any(w.lower() in FORMER for w in words):
        return None, "person"
    country = org_code = suffix = None
    for tok in title:
        if tok.ent_type_ in ("NORP", "GPE") and not country:
            country = actors.country(tok.text)
        elif tok.ent_type_ == "ORG" and not org_code:
            m = actors.lookup(tok.text, on)
            org_code = m.code if m else None
        if tok.pos_ in ("NOUN", "PROPN") and not suffix:
            suffix = actors.agent(tok.lemma_.lower())
    if org_code:
        return org_code, "person"
    if country:
        return actors.code_for(country, suffix or "GOV"), "person"
    return None, "person"


# How many capitalised words after an entity may complete a name the dictionary knows.
EXTEND_TOKENS = 2


# Words that open a sentence and that the model may take into a name after them ("Plus Obama
# is nominating ...", "Meanwhile Sanders said"): no name starts with them (not "So" or "Even",
# given names in Korean and Norwegian).
_OPENERS = frozenset(
    {"plus", "but", "and", "also", "meanwhile", "still", "yet", "then", "now", "indeed",
     "besides", "however", "instead", "moreover", "thus", "today", "yesterday"}
)  # fmt: skip


def _without_opener(ent):
    """``ent`` without a sentence's opening word the model took into it (``_OPENERS``)."""
    first = ent[0]
    if len(ent) > 1 and first.is_sent_start and first.lower_ in _OPENERS:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _extended(ent, actors, on: date | None):
    """``ent`` (a spaCy span), or a longer span when the model cut a known name short: it tags
    "Islamic" in "the Islamic State" as a nationality, and "Democrats" alone in "the Liberal
    Democrats" (a British party, not the American one); the dictionary knows the whole."""
    doc, end = ent.doc, ent.end
    best = ent
    while end < min(len(doc), ent.end + EXTEND_TOKENS):
        tok = doc[end]
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper():
            break
        end += 1
        best = _known_whole(doc, ent.start, end, actors, on) or best
    start = best.start
    while start > max(0, ent.start - EXTEND_TOKENS):
        tok = doc[start - 1]
        if tok.pos_ not in ("PROPN", "ADJ") or not tok.text[:1].isupper():
            break
        start -= 1
        best = _known_whole(doc, start, best.end, actors, on) or best
    return best


def _known_whole(doc, start: int, end: int, actors, on: date | None):
    """``doc[start:end]`` as an entity when the dictionary knows it whole as no person."""
    match = actors.lookup(_clean_name(doc[start:end].text), on, whole=True)
    if match is None or match.kind == "person":
        return None
    return Span(doc, start, end, label=_label_of(match.kind))


def _inside(span, other) -> bool:
    """``span`` lies within ``other`` and is shorter."""
    return other.start <= span.start and span.end <= other.end and len(span) < len(other)


def _label_of(kind: str) -> str:
    """The entity label of a dictionary kind: a person, a country, else an organisation."""
    return {"person": "PERSON", "country": "GPE", "place": "GPE"}.get(kind, "ORG")


def _missed_names(doc, actors, on: date | None) -> list[Span]:
    """Runs of capitalised words the model tagged as nothing that the dictionary knows whole:
    the small model misses "Theresa May" (it reads a month), "IDF", and a country it tags as an
    adjective ("Nepal government")."""
    out, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and _bare_name_token(doc[j]):
            j += 1
        if j > i:
            match = actors.lookup(_clean_name(doc[i:j].text), on, whole=True)
            if match is not None and _strong_enough(doc[i:j], match.kind):
                out.append(Span(doc, i, j, label=_label_of(match.kind)))
            elif (k := _past_titles(doc, i, j, actors)) > i:
                # "Chancellor Scholz": a title makes a surname the dictionary knows a person
                match = actors.lookup(_clean_name(doc[k:j].text), on, whole=True)
                if match is not None and match.kind == "person":
                    out.append(Span(doc, k, j, label="PERSON"))
        i = j + 1
    return out


# Honorifics before a surname that the role table does not list: they name no office.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov"})


def _past_titles(doc, start: int, end: int, actors) -> int:
    """Where the name starts after the title words that open ``doc[start:end]`` ("Prime
    Minister", "Sen."); ``start`` when none do, ``end``-1 at most: a name must remain."""
    k = start
    while k < end - 1:
        pair = f"{doc[k].text} {doc[k + 1].text}" if k + 2 < end else ""
        if pair and actors.agent(pair):
            k += 2
        elif actors.agent(doc[k].text) or doc[k].lower_.rstrip(".") in _HONORIFICS:
            k += 1
        else:
            break
    return k


def _bare_name_token(tok) -> bool:
    """A capitalised word the model tagged as no entity: a proper noun, an acronym the tagger
    took for a noun ("IDF troops"), or a noun or adjective that may be a country's name; or a
    proper noun it tagged as no kind of actor ("Niger" read as a date)."""
    untagged = not tok.ent_type_ or (tok.ent_type_ not in LABELS and tok.pos_ == "PROPN")
    return tok.text[:1].isupper() and untagged and tok.pos_ in ("PROPN", "NOUN", "ADJ")


# Where a lone proper noun stands as a clause's doer or object: a surname there is a person.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def _strong_enough(span, kind: str) -> bool:
    """One word the dictionary knows as somebody's surname counts only as a proper noun that
    is a clause's doer or object ("Merkel criticised", which the small model misses at the
    start of a sentence); a common noun or adjective ("Police", "Chad"?) counts only as a
    country's whole name, or an acronym."""
    if len(span) == 1 and kind == "person":
        return span[0].pos_ == "PROPN" and span[0].dep_ in _ARGUMENT_DEPS
    common = [t for t in span if t.pos_ != "PROPN" and not (t.is_upper and len(t.text) > 1)]
    return not common or kind in ("country", "place")


def _first_mentions(paragraphs, actors, on: date | None) -> list[Mention]:
    out = []
    for offset, doc in paragraphs:
        found = [_extended(_without_opener(e), actors, on) for e in doc.ents]
        # an entity a longer one took in ("Sweden" in "the Sweden Democrats") is no mention
        found = [e for e in found if not any(_inside(e, o) for o in found)]
        for ent in sorted([*found, *_missed_names(doc, actors, on)], key=lambda e: e.start):
            if ent.label_ not in LABELS or (len(ent) > 1 and ent[0].lower_ in _WEATHER):
                continue
            name = _clean_name(ent.text)
            if not name or not any(c.isalpha() for c in name):
                continue
            match = actors.lookup(name, on)
            kind = _KIND_OF_LABEL[ent.label_]
            code = canonical = None
            label = ent.label_
            roles: frozenset[str] = frozenset()
            if label == "PERSON":
                title = _title_tokens(ent)
                roles = _roles(ent, title)
                full = " ".join([*(t.text for t in title), name])
                # A title names an office or a country ("UN spokesperson"): only a match of
                # the person themself counts, the title otherwise gives the code. A name the
                # model took for a person may be a group's ("Boko Haram"): then it must be
                # the whole name.
                tried = (actors.lookup(full, on) if title else None, actors.lookup(name, on))
                match = next((m for m in tried if m and m.kind == "person"), None)
                whole = actors.lookup(name, on, whole=True)
                if match is None and whole is not None:
                    match, label = whole, _label_of(whole.kind)
                if match is None and title:
                    code, kind = _code_from_title(title, actors, on)
            elif match is not None and match.kind == "person" and ent.label_ == "NORP":
                match = None  # "Catalan" is a people's adjective, not Ms. Merino Catalan
            elif match is not None and match.kind == "person":
                label = "PERSON"  # the small model sometimes tags a known surname as ORG
            if kind == "country" and (match is None or match.kind != "country"):
                kind = "place"  # "the country" refers back to a country, not to a city or state
            if match is not None:
                canonical, code = match.name, match.code
                kind = "igo" if match.kind == "igo" else kind
                if ent.label_ == "ORG" and "Ministry" in name:
                    kind = "ministry"
            elif ent.label_ == "ORG" and "Ministry" in name:
                kind = "ministry"
            owner = _owner_country(ent, actors, on) if code else None
            if owner is not None and code[:3] != owner[0] and actors.is_country(code[:3]):
                # "Peru's Supreme Court": that country's court, not the one a bare name means
                canonical, code = f"{owner[1]} {name}", owner[0] + code[3:]
            country = _placed_in(ent, actors, on) if ent.label_ == "GPE" else None
            if country is not None and (code or "")[:3] != country:
                # "Birmingham, Alabama", "Paris, Texas": the town of that state, not its
                # namesake abroad, nor a capital standing for its government
                canonical, code, kind = name, country, "place"
            start = offset + ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
            if ent.text.startswith(("the ", "The ")):
                start += 4
            entity = Entity(start, start + len(name), name, label, canonical or name, code)
            out.append(Mention(entity, kind, roles if label == "PERSON" else frozenset()))
    return out


def _owner_country(ent, actors, on: date | None) -> tuple[str, str] | None:
    """(code, name) of the country a possessive before a body names ("Peru's Supreme Court")."""
    for tok in ent.root.children:
        if tok.dep_ == "poss" and tok.ent_type_ == "GPE" and tok.i < ent.start:
            match = actors.lookup(tok.text, on)
            if match is not None and match.kind == "country" and match.code:
                return match.code[:3], match.name
    return None


def _placed_in(ent, actors, on: date | None) -> str | None:
    """The country of the state or country that an apposition after a comma places a place in
    ("Birmingham, Alabama"; not a list, "Paris, London and Rome", whose names are conjuncts),
    when that apposition names itself, not a capital standing for its country."""
    doc = ent.doc
    for tok in ent.root.children:
        if tok.dep_ != "appos" or tok.ent_type_ != "GPE" or doc[tok.i - 1].text != ",":
            continue
        words = [t for t in tok.subtree if t.ent_type_ == "GPE"]
        name = doc[words[0].i : words[-1].i + 1].text
        match = actors.lookup(name, on)
        if match is not None and match.code and match.name == name:
            return match.code[:3]
    return None


def _roles(ent, title: Sequence) -> frozenset[str]:
    """A person's role words: their title's ("Sen.", "Foreign Minister") and an apposition's
    head noun ("Ann Cole, a senator from Ohio"; "the senator, Ann Cole")."""
    words = [t for t in title if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    words += [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.pos_ == "NOUN":
        words.append(head)
        words += [c for c in head.children if c.dep_ in ("compound", "amod")]
    return frozenset(t.lemma_.lower().rstrip(".") for t in words)


def _surnames(paragraphs, mentions: list[Mention]) -> list[Mention]:
    """Lone proper nouns that are the last word of a person's full name in the article
    ("Tolliver declined" after "Ann Tolliver"), which the small model tags as nothing at the
    start of a sentence, or as an organisation the dictionary does not know: people.
    ``_unify_names`` then gives them the full name."""
    # each full name's surname, with where it was first written: a place of that name named
    # after it ("said Holland" after "Gwyneth Holland") is the person, a country named before
    # them stays the country
    first: dict[str, int] = {}
    for m in mentions:
        words = _named(m.entity.text).split()
        if m.entity.type == "PERSON" and len(words) > 1:
            first.setdefault(words[-1], m.entity.start)
    mentions = [
        Mention(replace(m.entity, type="PERSON", canonical=m.entity.text, code=None), "person")
        if _surname_of_one_named(m.entity, first)
        else m
        for m in mentions
    ]
    surnames = set(first)
    if not surnames:
        return mentions
    taken = [(m.entity.start, m.entity.end) for m in mentions]
    longest_first = sorted(surnames, key=len, reverse=True)  # "Trump’s" before "Trump"
    written = re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b")
    found = []
    common = None  # the article's words written in lower case, read only when needed
    for offset, doc in paragraphs:
        for at in written.finditer(doc.text):  # cheaper than a walk over every token
            tok = doc.char_span(at.start(), at.end())
            if tok is None or len(tok) != 1:
                continue
            tok = tok[0]
            if tok.ent_type_ in LABELS or _in_name(tok):
                continue  # "Tolliver Street", "Mary Tolliver": another name
            if tok.pos_ != "PROPN":
                # the tagger reads some surnames as words ("Sellers told the court", a plural
                # noun; a name in -ing may be a verb): a surname is one the article never
                # writes in lower case ("Price" is a word where "prices" rose)
                if common is None:
                    common = _written_lower(paragraphs)
                if not tok.is_title or tok.lower_ in common:
                    continue
            start = offset + tok.idx
            if any(s < start + len(tok.text) and start < e for s, e in taken):
                continue
            entity = Entity(start, start + len(tok.text), tok.text, "PERSON", tok.text, None)
            found.append(Mention(entity, "person"))
    return sorted([*mentions, *found], key=lambda m: m.entity.start)


def _written_lower(paragraphs) -> set[str]:
    """The words (and their lemmas) the article writes in lower case: a capitalised one of them
    may be a word, not a name ("Price" where "prices" rose)."""
    return {w for _, d in paragraphs for t in d if t.is_lower for w in (t.lower_, t.lemma_)}


def _surname_of_one_named(entity: Entity, first: dict[str, int]) -> bool:
    """A mention the recogniser took for a body or a place that is the surname of a person
    the article named in full (``first``: surname -> where it was first written): an
    organisation the dictionary does not know ("Tolliver"), or one word named after the person
    ("said Holland" after "Gwyneth Holland", not the Netherlands)."""
    if entity.text not in first:
        return False
    if entity.type == "ORG" and entity.code is None:
        return True
    return entity.type in ("ORG", "GPE") and first[entity.text] < entity.start


# The possessive ending that closes a person's name inside a longer mention.
_POSSESSIVE = re.compile(r"['’]s\b")


def _named(text: str) -> str:
    """The name in a person's mention, without what it owns: the recogniser sometimes takes
    "Mitt Romney's Medicare" for one person, whose surname is not "Medicare"."""
    return _POSSESSIVE.split(text, maxsplit=1)[0].strip() or text


def _in_name(tok) -> bool:
    """The token is one word of a longer name: a capitalised word joined to it."""
    joined = [c for c in tok.children if c.dep_ == "compound"]
    if tok.dep_ == "compound":
        joined.append(tok.head)
    return any(t.text[:1].isupper() and t.pos_ == "PROPN" for t in joined)


def _unify_names(mentions: list[Mention], paragraphs=()) -> list[Mention]:
    """Short forms of a person's name take the full name they end ("Pandor" after "Lisa
    Pandor"), when the article writes only one such name: "Jill Biden" is not a short form of
    "Hunter Biden", and a bare "Biden" beside both stays as the dictionary reads it."""
    people = [m for m in mentions if m.entity.type == "PERSON"]
    common: set[str] = set()  # the article's words written in lower case, read when needed

    def lowered(words: list[str]) -> bool:
        if not common:
            common.update(_written_lower(paragraphs))
        return any(w.lower() in common for w in words)

    out = []
    for m in mentions:
        e = m.entity
        if e.type == "PERSON":
            words = e.text.split()
            longer = [p for p in people if _named(p.entity.text).split()[-len(words) :] == words
                      and len(p.entity.text) > len(e.text)]  # fmt: skip
            if not longer and len(words) == 1:
                # a given name for someone named in full before it ("Aoki" after "Aoki Lee
                # Simmons"): that person, not the dictionary's namesake; but a headline's
                # "Obama Willing To ..." is no one's full name (the article writes "willing")
                longer = [p for p in people if p.entity.start < e.start
                          and _given_and_rest(p.entity.text, words[0], lowered)
                          and not _in_headline(p.entity.start, paragraphs)]  # fmt: skip
            names = {p.entity.text for p in longer}
            full = max(longer or [m], key=lambda p: (len(p.entity.text), p.entity.code is not None))
            if len(names) == 1 and full is not m:
                # the full name as written decides: "Pandor" after "Lisa Pandor" is not another
                # Pandor, and "Romney" after "Mitt Romney" not the dictionary's only Romney
                e = Entity(e.start, e.end, e.text, e.type, full.entity.canonical, full.entity.code)
        out.append(Mention(e, m.kind, m.roles))
    return out


def _given_and_rest(full: str, given: str, lowered) -> bool:
    """``full`` is a name of two words or more that starts with ``given`` and whose other words
    the article never writes in lower case (``lowered``)."""
    words = _named(full).split()
    return len(words) > 1 and words[0] == given and not lowered(words[1:])


def _in_headline(at: int, paragraphs) -> bool:
    """The offset lies in a paragraph written in title case ("Obama Willing to Use Orders"),
    where a capital says nothing of a name."""
    found = paragraph_at(paragraphs, at)
    if found is None:
        return False
    words = [t for t in found[1] if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)


# The last word of a school's name, which a report drops once it has named it in full.
_SCHOOL_WORDS = frozenset({"University", "College"})


def _short_schools(mentions: list[Mention]) -> list[Mention]:
    """A school's name without its last word, after the article named it in full, is that school
    when the recogniser reads it as a body ("Georgetown said" after "Georgetown University", not
    Guyana's capital); a name that goes on with other words ("Washington Post", "Israel Defense
    Forces") shortens to nothing."""
    schools = {}
    out = []
    for m in mentions:
        e = m.entity
        words = e.text.split()
        if e.type == "ORG" and len(words) == 2 and words[1] in _SCHOOL_WORDS:
            schools.setdefault(words[0], e)
        # as a body that speaks or acts ("Georgetown said"); "in Georgetown" may be the place
        school = schools.get(e.text) if e.type == "ORG" else None
        if school is not None:
            m = Mention(replace(e, canonical=school.canonical, code=school.code), m.kind)
        out.append(m)
    return out


# What stands between a person's name and an alias of theirs: "Ruiz, 45, aka “Colonel Max,”"
# (the recogniser may leave a title of the alias outside it).
_ALIAS_BEFORE = re.compile(
    r"(?:\baka|\ba\.k\.a\.?|\balso known as|\bknown as)\W*(?:[A-Z][\w.]*\s+)?$"
)
ALIAS_REACH = 60  # characters from the person's name to "aka"


def _aliases(paragraphs, mentions: list[Mention]) -> list[Mention]:
    """A person's alias is that person ("Jon Ruiz, aka “Big John,”"): every mention of the alias
    takes the name and code of the person named just before it in its paragraph."""
    starts = [off for off, _ in paragraphs]
    people = [m.entity for m in mentions if m.entity.type == "PERSON"]  # in text order
    renamed: dict[str, Entity] = {}
    for before, alias in pairwise(people):
        off, doc = paragraphs[bisect_right(starts, alias.start) - 1]
        if before.start < off or alias.start - before.end > ALIAS_REACH:
            continue  # another paragraph's, or too far
        lead = doc_text(doc)[max(0, alias.start - off - ALIAS_REACH) : alias.start - off]
        if _ALIAS_BEFORE.search(lead) and alias.canonical != before.canonical:
            renamed.setdefault(alias.canonical or alias.text, before)
    if not renamed:
        return mentions
    out = []
    for m in mentions:
        e, person = m.entity, renamed.get(m.entity.canonical or m.entity.text)
        if person is not None and e.type == "PERSON":
            e = replace(e, canonical=person.canonical or person.text, code=person.code)
        out.append(Mention(e, m.kind, m.roles))
    return out


def _descriptions(paragraphs, mentions: list[Mention], actors, on: date | None) -> list[Mention]:
    """Definite descriptions that refer back to an actor named before, in one walk over the
    article: "the bloc", "the West African trade bloc", "the union's envoy" (``descriptions``)
    and "the senator", "the foreign minister" (``person_roles``). A person's roles are those
    the article gives them and the office the tables say they hold on ``on``: "Mr Lind"
    named by a report of his premiership is "the prime minister" after."""
    bodies, offices = descriptions(), person_roles()
    roles: dict[str, set[str]] = {}
    for m in mentions:
        if m.entity.type == "PERSON":
            held = roles.setdefault(m.entity.canonical, set())
            held.update(m.roles)
            held.update(_office_words(actors.office(m.entity.canonical, on)))
    if not any(roles.values()):
        offices = {}  # no one named with a role: no role noun can refer back
    taken = [(m.entity.start, m.entity.end) for m in mentions]
    found = []
    for offset, doc in paragraphs:
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.ent_type_ or (lemma not in bodies and lemma not in offices):
                continue
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the":
                continue
            start, end = offset + det.idx, offset + tok.idx + len(tok.text)
            if any(s < end and start < e for s, e in taken):
                continue
            text = doc_text(doc)[det.idx : tok.idx + len(tok.text)]
            if lemma in bodies:
                mention = _described_body(tok, bodies[lemma], mentions, start, end, text)
            else:
                mention = _described_person(tok, offices[lemma], mentions, roles, start, text)
            if mention is not None:
                found.append(mention)
    return sorted([*mentions, *found], key=lambda m: m.entity.start)


def _office_words(office: str | None) -> set[str]:
    """An office's role words: "prime minister"; "vice-president" is also "vice" and
    "president" (a qualified office), "secretary-general" stays whole (not a general)."""
    words = set()
    for word in (office or "").lower().split():
        words.add(word)
        first, _, rest = word.partition("-")
        if first in _QUALIFIERS and rest:
            words.update((first, rest))
    return words


def _described_body(tok, kinds, mentions, start: int, end: int, text: str) -> Mention | None:
    """The nearest earlier actor of a compatible kind; for a noun that may mean a government,
    the nearest government named before (a person or body coded as one), if any."""
    if tok.pos_ != "NOUN":
        return None
    before = [m for m in mentions if m.entity.end <= start and m.kind in kinds]
    governing = [
        m for m in mentions if "government" in kinds and m.entity.end <= start
        and _governs(m.entity)
    ]  # fmt: skip
    if governing:
        ante = governing[-1].entity
        code = ante.code[:6]
        # the country's name if the article gives it, else whose it is: "X administration"
        country = [m.entity for m in mentions if m.kind == "country" and m.entity.code == code[:3]]
        name = country[0].canonical if country else f"{ante.canonical} {tok.lemma_.lower()}"
        return Mention(Entity(start, end, text, "ORG", name, code), "country")
    if not before:
        return None
    ante = before[-1].entity
    kind_type = "GPE" if ante.type == "GPE" else "ORG"
    return Mention(Entity(start, end, text, kind_type, ante.canonical, ante.code), before[-1].kind)


def _governs(entity: Entity) -> bool:
    """A person or body coded as a country's government ("USAGOV", "FRAGOVLEG"): a code of a
    country, then GOV. A title alone ("GOV") or an organisation ("IGOUNO") names no country."""
    code = entity.code or ""
    return entity.type in ("PERSON", "ORG") and code[3:6] == "GOV" and code[:3] != "IGO"


# Dependents that join another phrase to a description ("the president and the speaker").
_JOINS = ("cc", "conj", "punct")
# Words that make a title another office: "the president" is not Vice President X, nor
# former President Y.
_QUALIFIERS = frozenset({"vice", "deputy", "former", "ex", "assistant", "acting", "associate",
                         "lieutenant", "under", "co"})  # fmt: skip


def _described_person(tok, titles, mentions, roles, start: int, text: str) -> Mention | None:
    """The nearest person named before with the role (``titles``: the title words the noun
    stands for), whose roles also hold the words before the noun ("foreign") and no other
    office of that name ("vice", "former"). Not "the president of Peru" or "Peru's president":
    they say whose. Nor "the President Ann Cole": a title."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return None
    if {c.dep_ for c in tok.children} - {"det", "compound", "amod", *_JOINS}:
        return None
    words = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    ante = next(
        (
            m.entity
            for m in reversed(mentions)
            if m.entity.type == "PERSON"
            and m.entity.end <= start
            and titles & roles[m.entity.canonical]
            and words <= roles[m.entity.canonical]
            and not (roles[m.entity.canonical] & _QUALIFIERS) - words
        ),
        None,
    )
    if ante is None:
        return None
    end = start + len(text)
    return Mention(Entity(start, end, text, "PERSON", ante.canonical, ante.code), "person")


def find_entities(paragraphs: Sequence, actors, on: date | None) -> tuple[Entity, ...]:
    """Entities of one article with canonical names and actor codes; ``on`` dates the offices."""
    mentions = _first_mentions(paragraphs, actors, on)
    mentions = _unify_names(_surnames(paragraphs, mentions), paragraphs)
    mentions = _short_schools(mentions)
    mentions = _aliases(paragraphs, mentions)
    mentions = _descriptions(paragraphs, mentions, actors, on)
    return tuple(m.entity for m in mentions)

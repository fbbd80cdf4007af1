"""Entity mentions resolved to actors, within one article.

Three passes over spaCy's named entities (and definite descriptions):
1. each name is looked up in the actor dictionary, with the title words in front of a person's
   name ("Brazilian Foreign Minister Mauro Vieira"); a person the dictionary does not know gets a
   code from the title when it names a country or organisation and a role ("UN spokesperson");
2. later short forms take the full name introduced earlier ("Vieira" → Mauro Vieira), so one
   person has one canonical name and code in the article;
3. definite descriptions ("the bloc", "the ministry") refer back to the nearest earlier
   mention of a compatible kind (``data/descriptions.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span

from crosswire import tables
from crosswire.types import Entity

LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_KIND_OF_LABEL = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "country",
    "NORP": "country",
    "LOC": "place",
    "FAC": "place",
}
# Title words that mean the person no longer holds the role: no government code for them.
_FORMER = {"former", "ex", "late", "retired", "then"}


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention while it is being resolved (kind drives description resolution)."""

    entity: Entity
    kind: str


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
    if any(w.lower() in _FORMER for w in words):
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


def _extended(ent, actors, on: date | None):
    """``ent`` (a spaCy span), or a longer span when the model cut a known name short: it tags
    "Islamic" in "the Islamic State" as a nationality; the dictionary knows the group."""
    doc, end = ent.doc, ent.end
    best = ent
    while end < min(len(doc), ent.end + EXTEND_TOKENS):
        tok = doc[end]
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper():
            break
        end += 1
        match = actors.lookup(_clean_name(doc[ent.start : end].text), on, whole=True)
        if match is not None and match.kind != "person":
            label = _label_of(match.kind)
            best = Span(doc, ent.start, end, label=label)
    return best


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
        i = j + 1
    return out


def _bare_name_token(tok) -> bool:
    """A capitalised word the model tagged as no entity: a proper noun, an acronym the tagger
    took for a noun ("IDF troops"), or a noun or adjective that may be a country's name; or a
    proper noun it tagged as no kind of actor ("Niger" read as a date)."""
    untagged = not tok.ent_type_ or (tok.ent_type_ not in LABELS and tok.pos_ == "PROPN")
    return tok.text[:1].isupper() and untagged and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _strong_enough(span, kind: str) -> bool:
    """One word the dictionary knows as somebody's surname ("Bill") is too weak; a common
    noun or adjective ("Police", "Chad"?) counts only as a country's whole name, or an acronym."""
    if len(span) == 1 and kind == "person":
        return False
    common = [t for t in span if t.pos_ != "PROPN" and not (t.is_upper and len(t.text) > 1)]
    return not common or kind in ("country", "place")


def _first_mentions(paragraphs, actors, on: date | None) -> list[Mention]:
    out = []
    for offset, doc in paragraphs:
        found = [_extended(e, actors, on) for e in doc.ents]
        for ent in sorted([*found, *_missed_names(doc, actors, on)], key=lambda e: e.start):
            if ent.label_ not in LABELS:
                continue
            name = _clean_name(ent.text)
            if not name or not any(c.isalpha() for c in name):
                continue
            match = actors.lookup(name, on)
            kind = _KIND_OF_LABEL[ent.label_]
            code = canonical = None
            label = ent.label_
            if label == "PERSON":
                title = _title_tokens(ent)
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
            start = offset + ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
            if ent.text.startswith(("the ", "The ")):
                start += 4
            entity = Entity(start, start + len(name), name, label, canonical or name, code)
            out.append(Mention(entity, kind))
    return out


def _unify_names(mentions: list[Mention]) -> list[Mention]:
    """Short forms of a person's name take the full name they end ("Pandor" after "Lisa
    Pandor"), when the article writes only one such name: "Jill Biden" is not a short form of
    "Hunter Biden", and a bare "Biden" beside both stays as the dictionary reads it."""
    people = [m for m in mentions if m.entity.type == "PERSON"]
    out = []
    for m in mentions:
        e = m.entity
        if e.type == "PERSON":
            words = e.text.split()
            longer = [p for p in people if p.entity.text.split()[-len(words) :] == words
                      and len(p.entity.text) > len(e.text)]  # fmt: skip
            names = {p.entity.text for p in longer}
            full = max(longer or [m], key=lambda p: (len(p.entity.text), p.entity.code is not None))
            if len(names) == 1 and full is not m:
                # the full name as written decides: "Pandor" after "Lisa Pandor" is not another
                # Pandor, and "Romney" after "Mitt Romney" not the dictionary's only Romney
                e = Entity(e.start, e.end, e.text, e.type, full.entity.canonical, full.entity.code)
        out.append(Mention(e, m.kind))
    return out


def _descriptions(paragraphs, mentions: list[Mention]) -> list[Mention]:
    """ "the bloc", "the West African trade bloc", "the union's envoy": definite
    descriptions whose head noun is in the table refer to the nearest earlier compatible actor."""
    table = descriptions()
    taken = [(m.entity.start, m.entity.end) for m in mentions]
    found = []
    for offset, doc in paragraphs:
        for tok in doc:
            kinds = table.get(tok.lemma_.lower())
            if not kinds or tok.pos_ != "NOUN" or tok.ent_type_:
                continue
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the":
                continue
            start, end = offset + det.idx, offset + tok.idx + len(tok.text)
            if any(s < end and start < e for s, e in taken):
                continue
            before = [m for m in mentions if m.entity.end <= start and m.kind in kinds]
            if not before:
                continue
            ante = before[-1].entity
            text = doc.text[det.idx : tok.idx + len(tok.text)]
            kind_type = "GPE" if ante.type == "GPE" else "ORG"
            found.append(
                Mention(
                    Entity(start, end, text, kind_type, ante.canonical, ante.code), before[-1].kind
                )
            )
    return sorted([*mentions, *found], key=lambda m: m.entity.start)


def find_entities(paragraphs: Sequence, actors, on: date | None) -> tuple[Entity, ...]:
    """Entities of one article with canonical names and actor codes; ``on`` dates the offices."""
    mentions = _first_mentions(paragraphs, actors, on)
    mentions = _unify_names(mentions)
    mentions = _descriptions(paragraphs, mentions)
    return tuple(m.entity for m in mentions)

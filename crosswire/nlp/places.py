"""Where each event happened: the place its own sentence names, resolved in the gazetteer.

A reading step after the event coder, pure over one document. For each event, the place
mentions (GPE, LOC, FAC) of its sentence are ranked:
1. a place after a locative preposition ("in", "at", "near" ... ``data/places.tsv``) that hangs
   on the trigger or on a noun of its phrase ("talks in Geneva", "an attack on a school in Gaza");
2. a place after such a preposition elsewhere in the trigger's clause;
3. any other place of the clause that is not one of the event's actors, does not modify a noun
   ("U.S. officials", "Russia's envoy" name actors, not places) and follows no other preposition
   ("Republican of Iowa", "from Brownsville"), nearest the trigger first;
4. for a material event (quad 2 or 4), a city or region that is its target ("shelled Kharkiv",
   "an attack on Kyiv").
A place of another clause of the sentence is not the event's ("questioned why a meeting in
Benghazi was kept secret"): on 20 development articles it was wrong in most cases.
The first that the gazetteer knows is the event's place; an event whose clause names none has
no place. The dateline ("WASHINGTON —") says where the report was filed, not where its acts
happened: as a fallback it was wrong or unclear for 10 of 14 events on 20 development
articles (voters, candidates, a committee's statements), so it is not used. Ambiguous names
go to the countries the article names (its place names and the country codes of its actors and
demonyms), then to population (``gazetteer``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from crosswire.nlp.gazetteer import Gazetteer, fold, load_gazetteer, place_words
from crosswire.nlp.segments import paragraph_at
from crosswire.types import Document, Entity, Event, Place

PLACE_TYPES = ("GPE", "LOC", "FAC")
# Steps up the parse from a preposition to the trigger: "attack (1) on a hospital (2) in (3)".
MAX_HOPS = 3
_MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
# Ranks of a place mention (the module's docstring): lower first.
ON_TRIGGER, PREPOSITION, IN_SENTENCE, TARGET = 1, 2, 3, 4


def locate_events(paragraphs: tuple, doc: Document) -> tuple[Event, ...]:
    """``doc.events`` with their place, given the document's parsed ``paragraphs``."""
    if not doc.events:
        return doc.events
    gaz = load_gazetteer()
    words = place_words()
    countries = article_countries(doc, gaz)
    places = [e for e in doc.entities if e.type in PLACE_TYPES]
    out = []
    for event in doc.events:
        found = _sentence_place(event, places, paragraphs, gaz, words, countries)
        out.append(replace(event, place=found))
    return tuple(out)


def article_countries(doc: Document, gaz: Gazetteer) -> Counter[str]:
    """How often the article names each country (ISO alpha-2): a country by its name, a
    demonym by its actor code ("Ukrainian" → UKR). A city's code is left out: the actor table
    codes "Tripoli" LBY, which would settle the very ambiguity this count is for."""
    out: Counter[str] = Counter()
    for e in doc.entities:
        if e.type == "GPE":
            country = gaz.countries.get(fold(e.text))
        elif e.type == "NORP" and e.code:
            country = gaz.country(e.code[:3])
        else:
            continue
        if country is not None:
            out[country.country] += 1
    return out


def _sentence_place(event, places, paragraphs, gaz, words, countries) -> Place | None:
    found = paragraph_at(paragraphs, event.trigger_start)
    if found is None:
        return None
    off, sdoc = found
    trigger = sdoc.char_span(
        event.trigger_start - off, event.trigger_end - off, alignment_mode="expand"
    )
    ranked = []
    for ent in places:
        if not (event.sentence_start <= ent.start and ent.end <= event.sentence_end):
            continue
        span = sdoc.char_span(ent.start - off, ent.end - off, alignment_mode="expand")
        if span is None or trigger is None:
            continue
        rank = _rank(event, ent, span, trigger, words)
        if rank is not None:
            distance = abs(span.root.i - trigger.root.i)
            ranked.append((rank, distance, ent, span))
    for rank, _, ent, span in sorted(ranked, key=lambda r: r[:2]):
        place = _resolve(ent, span, gaz, words, countries)
        # a country as target is the other side ("Russia attacked Ukraine"), not where
        if place is not None and not (rank == TARGET and place.type == "country"):
            return place
    return None


def _overlaps(ent: Entity, actor) -> bool:
    return (
        actor is not None
        and actor.start is not None
        and actor.end is not None
        and ent.start < actor.end
        and actor.start < ent.end
    )


def _rank(event: Event, ent: Entity, span, trigger, words) -> int | None:
    if _overlaps(ent, event.source):
        return None
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    # before the target test: "clashed with rebels in Mali" codes Mali as the target too
    if prep is not None and prep.dep_ == "prep" and prep.lower_ in words["preposition"]:
        if _hangs_on(prep, trigger.root):
            return ON_TRIGGER
        return PREPOSITION if _clause(prep) == _clause(trigger.root) else None
    if _overlaps(ent, event.target):
        return TARGET if event.quad in (2, 4) else None
    while root.dep_ == "conj":  # "Nebraska and Oklahoma officials": as the first conjunct
        root = root.head
    if root.dep_ in _MODIFIER_DEPS and root.head.lemma_.lower() not in words["region_word"]:
        return None
    if root.dep_ == "pobj" or _clause(root) != _clause(trigger.root):
        return None
    return IN_SENTENCE


def _clause(tok):
    """The verb heading a token's clause (the sentence root when none is)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def _hangs_on(prep, trigger) -> bool:
    """The preposition's phrase belongs to the trigger's: up from it to the trigger in a few
    steps, through nouns and prepositions only (another verb opens another clause)."""
    tok = prep.head
    for _ in range(MAX_HOPS):
        if tok == trigger:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return False
        tok = tok.head
    return tok == trigger


def _resolve(ent: Entity, span, gaz: Gazetteer, words, countries) -> Place | None:
    """The entity in the gazetteer, as a region when a region word follows or ends it
    ("the Kherson region", "Donetsk Oblast"), narrowed by a ", Y" after it ("Paris, Texas")."""
    text = ent.text
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    word = None
    last = text.rsplit(" ", 1)
    if len(last) == 2 and last[1].lower() in words["region_word"]:
        text, word = last[0], last[1].lower()
    elif nxt is not None and nxt.lower_ in words["region_word"]:
        word = nxt.lower_
    within = _qualifier(span, gaz)
    if "," in text:  # one mention "Kansas City, Mo."
        text, rest = (t.strip() for t in text.split(",", 1))
        within = gaz.qualifier(rest) or within
    if word is not None:
        region = gaz.resolve(text, countries, within)
        if region is not None and region.type == "region":
            return region
        city = region if region is not None and region.type == "city" else None
        return gaz.region_of(city, word) if city is not None else region
    return gaz.resolve(text, countries, within)


def _qualifier(span, gaz: Gazetteer) -> Place | None:
    """The region or country of "X, Y" when Y directly follows X's comma."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        nxt = doc[span.end + 1]
        if nxt.ent_type_ in PLACE_TYPES or nxt.text.endswith("."):
            name = nxt.text
            ent = next((e for e in doc.ents if e.start == nxt.i), None)
            return gaz.qualifier(ent.text if ent is not None else name)
    return None

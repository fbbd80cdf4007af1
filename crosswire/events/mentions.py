"""Referents named by a role, not a name: "the protesters", "Ukrainian hackers", "the
military". A careful reader lets "they" and "it" refer to them, and news does so as often as to
names ("Police arrested 40 protesters. They had blocked the road."). These mentions join the
article's named entities as referents of the salience model (``crosswire.nlp.coref``): plural
role nouns as a group ("they"), the singular nouns of a body (``data/bodies.txt``) as an
organisation ("it"). A person's role ("the senator") is not one: it is most often the person
named beside it, and would split that person's salience. People named together ("Senators
Roe and Lee said they ...") are a group too, which "they" refers to as a whole; it stands
for its first member, as a joint act's doer does. A document whose maker the article names is
"it" too, standing for its maker ("The resolution demands ... It also calls for"): on the
annotated articles' pronoun sides (``make eval``, coref) 0.578 -> 0.589, silver 0.716 either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from crosswire import tables
from crosswire.events.actorspan import actor_of, role_actor
from crosswire.events.makers import Makers, article_makers, maker
from crosswire.events.matching import is_document
from crosswire.events.referents import ArticleActors
from crosswire.events.syntax import children, is_noun, phrase_start, relation
from crosswire.nlp.coref import Salience, quote_speakers
from crosswire.nlp.segments import doc_text
from crosswire.types import Entity, Quote

# Where a mention stands: a subject or an object, as Lappin & Leass count noun phrases.
_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
# Entity types whose presence in the phrase makes it a named mention ("Hamas militants").
_NAMED = frozenset({"PERSON", "ORG"})


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    return frozenset(tables.lines("crosswire.events", "data/bodies.txt", strip=True))


def role_mentions(paragraphs: Sequence, arts: ArticleActors) -> list[Entity]:
    """The article's mentions of groups and bodies named by a role, as entities with no
    canonical name: typed NORP (a group, "they") or ORG (a body, "it"), coded by their role and
    the country their phrase names ("Israeli forces": ISRMIL)."""
    out = []
    for offset, doc in paragraphs:
        for tok in doc:
            if not is_noun(tok) or relation(tok) not in _PLACES:
                continue
            plural = tok.tag_ == "NNS"
            if not (plural or tok.lemma_.lower() in body_nouns()):
                continue
            sector = arts.actors.agent(tok.lower_)
            if not sector:
                continue
            first = phrase_start(tok, offset)
            start, end = offset + first.idx, offset + tok.idx + len(tok)
            if any(e.type in _NAMED for e in arts.inside(start, end)):
                continue
            # with its country when the phrase names one ("Israeli forces"), else its role's
            actor = actor_of(tok, offset, arts, doer=True) or role_actor(tok, offset, arts)
            if actor is None or actor.name is not None:
                continue  # a name in its phrase is the mention ("Hamas militants")
            code = actor.code
            if code == sector and _definite(tok):  # a role alone: "the army"
                code = _country_before(code, start, [*arts.before(start), *out], arts) or code
            text = doc_text(doc)[first.idx : tok.idx + len(tok)]
            out.append(Entity(start, end, text, "NORP" if plural else "ORG", None, code))
    return out


def document_mentions(paragraphs: Sequence, arts: ArticleActors, makers: Makers) -> list[Entity]:
    """The article's documents whose makers it names (``makers``: ``article_makers``), as
    mentions of those makers (ORG): news lets a document act and "it" stand for it ("The
    resolution demands a truce. It also calls for ..."), and a coder names its makers as the
    doer (``events.makers``)."""
    out = []
    for offset, doc in paragraphs:
        for tok in doc:
            if not is_document(tok) or tok.tag_ == "NNS" or relation(tok) not in _PLACES:
                continue
            first = phrase_start(tok, offset)
            start, end = offset + first.idx, offset + tok.idx + len(tok)
            if any(e.type in _NAMED for e in arts.inside(start, end)):
                continue  # "the Senate's resolution": the name is the mention
            made = maker(tok, offset, arts, makers)
            if made is None or not (made.name or made.code):
                continue
            text = doc_text(doc)[first.idx : tok.idx + len(tok)]
            out.append(Entity(start, end, text, "ORG", made.name, made.code))
    return out


def joint_people(paragraphs: Sequence, arts: ArticleActors) -> list[Entity]:
    """The article's coordinations of named people ("Roe and Lee", "Ann Roe, Jo Lee and
    Al Poe") in a subject or an object, as group entities (NORP) named and coded as their first
    member."""
    out = []
    for offset, doc in paragraphs:
        for tok in doc:
            if relation(tok) not in _PLACES - {"conj"} or not children(tok, "conj"):
                continue
            people = [_person_at(t, offset, arts) for t in (tok, *tok.conjuncts)]
            if len(people) < 2 or any(p is None for p in people):
                continue
            start, end = min(p.start for p in people), max(p.end for p in people)
            first = min(people, key=lambda p: p.start)
            text = doc_text(doc)[start - offset : end - offset]
            out.append(Entity(start, end, text, "NORP", first.canonical, first.code))
    return out


def _person_at(tok, offset: int, arts: ArticleActors) -> Entity | None:
    found = arts.at(offset + tok.idx)
    return found if found is not None and found.type == "PERSON" else None


def _definite(noun) -> bool:
    return any(relation(d) == "det" and d.lower_ == "the" for d in noun.children)


def _country_before(sector: str, pos: int, earlier: Sequence[Entity], arts) -> str | None:
    """The code of the latest earlier mention of this sector with a country: "the army" after
    "the Colombian army" is COLMIL, as a reader takes it."""
    for e in sorted((e for e in earlier if e.end <= pos), key=lambda e: e.start, reverse=True):
        code = e.code or ""
        if code[3:] == sector and arts.actors.is_country(code[:3]):
            return code
    return None


def article_salience(
    paragraphs: Sequence, entities: Sequence[Entity], quotes: Sequence[Quote], actors
) -> Salience:
    """The salience model of an article's pronouns (``article_referents``)."""
    return article_referents(paragraphs, entities, quotes, actors)[0]


def article_referents(
    paragraphs: Sequence, entities: Sequence[Entity], quotes: Sequence[Quote], actors
) -> tuple[Salience, Makers]:
    """The salience model of an article's pronouns: its named entities and, read with their
    salience (for a "their" inside one), the groups and bodies its roles name and its documents;
    with the documents' makers, which the event coder reads too (found once, here)."""
    speakers = quote_speakers(quotes)
    # the names' salience, its pronouns left unchained: what a "their" inside a role's phrase
    # may be needs no more (the chain is most of the model's cost)
    names = Salience(paragraphs, entities, speakers=speakers, chained=False)
    named = ArticleActors(tuple(entities), tuple(quotes), actors, names)
    makers = article_makers(paragraphs, named)
    groups = [
        *role_mentions(paragraphs, named),
        *joint_people(paragraphs, named),
        *document_mentions(paragraphs, named, makers),
    ]
    referents = sorted([*entities, *groups], key=lambda e: e.start)
    return Salience(paragraphs, referents, speakers=speakers), makers

"""Which actor a phrase of a sentence names: entities, pronouns, "Chilean diplomats".

Works on spaCy tokens and the article's resolved entities (offsets into the article text);
what a pronoun or a bare surname refers to is ``referents``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from crosswire.events.actors import ORGANISATION_PREFIXES
from crosswire.events.matching import (
    collective_nouns,
    is_document,
    is_proposal,
    kin_nouns,
    people_nouns,
    position_nouns,
)
from crosswire.events.modality import cues
from crosswire.events.referents import (
    PRONOUNS,
    ArticleActors,
    described,
    entity_actor,
    named_before,
    pronoun_text,
    resolve_pronoun,
    unknown_name,
)
from crosswire.events.syntax import (
    children,
    entity_start,
    is_adjective,
    is_name,
    is_noun,
    is_pronoun,
    object_of_prep,
    phrase_start,
    phrase_text,
    prep_objects,
    relation,
    span_head,
    up_to,
)
from crosswire.nlp.entities import FORMER
from crosswire.nlp.places import PLACE_TYPES
from crosswire.nlp.segments import doc_text
from crosswire.types import Actor, Entity

# Preference among the actors of one phrase: the pobj of these prepositions names the
# counterpart ("talks with Peru", "envoy to Peru"), ahead of possessors and the head noun.
COUNTERPART_PREPS = {"with", "to", "against", "toward", "towards", "on", "at"}
# Prepositions of place: "a court in Lyon" is French, "a school in Washington" no government.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "within"})
# Prepositions naming what a noun is about: "the dispute over Ukraine", "a row about Chile".
TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})
# ... those that never name a counterpart ("at" may: "lashed out at Ohio")
WHERE_PREPS = LOCATIVE_PREPS - COUNTERPART_PREPS
# A coded actor at this rank or nearer (a possessor: "Norway's Crown Prince X") names the phrase
# better than an uncoded person at its head. Measured on the zsp training part (cross-validated).
DIRECT_PERSON_BEATS_RANK = 2

# How a country names the owner of a role noun: "Chilean diplomats", "Britain's ambassador".
_COUNTRY_OF_ROLE = ("amod", "compound", "nmod", "poss")


# Roles that a party's adjective makes the party's people ("Republican lawmakers", "Labour
# activists"); any other role is an office of the party's state ("the Democratic governor").
_PARTY_ROLES = frozenset({"LEG", "PTY", "ELI", "OPP", "CVL"})
_PARTY_NOUNS = frozenset({"official", "operative"})  # a party's too: "Republican officials"


def _norp_agent(noun, offset: int, arts: ArticleActors) -> Actor | None:
    """'Chilean diplomats', "Britain's ambassador" → CHLGOV, GBRGOV: a role noun with a country
    (an adjective or a name, whatever the model tags it: "A Maldives tribunal", "Latvian MEP")."""
    suffix = _role_of(noun, arts)
    if not suffix:
        return None
    for child in children(noun, *_COUNTRY_OF_ROLE):
        # any name or adjective of a country: the model tags "Malawi court" as a person
        named = child.ent_type_ in ("NORP", "GPE", "ORG") or child.text[:1].isupper()
        if named:
            first = entity_start(child)  # "South Sudanese refugees": the whole adjective
            if relation(first) == "det" and first.i < child.i:
                first = first.doc[first.i + 1]  # "The Maldives tribunal": the model's ORG has "The"
            country = arts.actors.country(
                doc_text(noun.doc)[first.idx : child.idx + len(child.text)]
            )
            country = country or arts.actors.country(child.text)
            start = offset + first.idx
            end = offset + noun.idx + len(noun.text)
            text = doc_text(noun.doc)[first.idx : noun.idx + len(noun.text)]
            if country:
                return Actor(text, None, arts.actors.code_for(country, suffix), start, end)
            party = arts.actors.partisan(child.text)
            if party is None:
                continue
            if suffix in _PARTY_ROLES or noun.lemma_ in _PARTY_NOUNS:  # "Republican lawmakers"
                return Actor(text, party.name, party.code, start, end)
            # "the Democratic governor": an office of the party's state
            return Actor(text, None, arts.actors.code_for(party.code[:3], suffix), start, end)
    return None


def _role_of(noun, arts: ArticleActors) -> str | None:
    """The sector code of a role noun (a spaCy token) with its compound modifiers ("opposition
    parties" is OPP where "parties" alone is none), the longest that is a role ("the Ohio
    Attorney General" is GOV, not a general's MIL), else of the noun by its lemma or as
    written."""
    mods = [t.lower_ for t in children(noun, "compound") if t.i < noun.i]
    keys = [" ".join([*mods[i:], noun.lower_]) for i in range(len(mods))]
    keys += [noun.lemma_.lower(), noun.lower_]
    return next((s for k in keys if (s := arts.actors.agent(k))), None)


POSSESSOR = 2  # the rank of a possessor ("Britain's ambassador")


def _rank(tok, root) -> int:
    """How directly ``tok`` names the phrase's actor: 0 the counterpart of a "with/to" phrase,
    1 the head, 2 a possessor (or the maker a document or proposal is named by: "a Security
    Council resolution"), 3 anything deeper (what a document is about: "a report on Syria")."""
    if tok == root:
        return 1
    while tok != root and tok.head != tok:
        if object_of_prep(tok, COUNTERPART_PREPS) and not _topic(tok):
            return 0
        if relation(tok) == "poss" or (relation(tok) in _MAKER_DEPS and _made_thing(tok.head)):
            return POSSESSOR
        tok = tok.head
    return 3


_MAKER_DEPS = ("compound", "amod", "nmod")


def _topic(tok) -> bool:
    """``tok`` is what a document or proposal is "on" ("a resolution on Gaza"); not whom it is
    "against", "to" or "with"."""
    return tok.head.lower_ == "on" and _made_thing(tok.head.head)


def _made_thing(noun) -> bool:
    """A document or a proposal, whose modifier names who made it: "a UN report"."""
    return is_document(noun) or is_proposal(noun)


def _not_the_doer(tok, root, arts: ArticleActors) -> bool:
    """``tok`` stands in a "to/with/against" phrase of the doer's phrase (not of an adjective:
    "troops loyal to X"), or in a place or topic phrase ("in/at X", "over X") of a head that is
    no role: it names whom, where or what about, not who; or in a relative clause of the phrase
    ("the bloc, which sanctioned Chilean officials") that says what the doer did, not who it
    is, at any depth ("the senator, who met officials in Beijing"), or in a participle clause
    that says what the doer was doing ("the mayor, speaking at a rally in Dayton,": not
    Dayton), or in a clause or by-phrase that says what was done with its head ("critics of
    his plan to bar refugees from Canada", "rebels backed by Iran")."""
    if any(_not_who(t) for t in up_to(tok, root)[:-1]):
        return True
    while tok != root and tok.head != tok:
        if object_of_prep(tok, COUNTERPART_PREPS):
            return not is_adjective(tok.head.head)  # but "troops loyal to X" are X's side
        if object_of_prep(tok, ("for",)) and tok.head.head == root and _agent(root):
            # "was rebuked by unions for her plan": the parser's "for" says why; but "by a
            # spokesman for the ministry" says whose
            return not (_role_of(tok, arts) or is_name(tok) or tok.ent_type_)
        if object_of_prep(tok, LOCATIVE_PREPS | TOPIC_PREPS):
            # the place of a role or a name up the phrase: "workers at a mine in Peru"; what
            # a dispute is about is not who disputes ("the row over Ukraine threatened")
            owners = up_to(tok.head.head, root)
            return not any(_role_of(o, arts) or is_name(o) or o.ent_type_ for o in owners)
        tok = tok.head
    return False


def _agent(tok) -> bool:
    """The object of a passive's "by" phrase: "was rebuked by unions"."""
    return relation(tok) == "pobj" and relation(tok.head) == "agent"


# Relations in a doer's phrase below which a name is not who the doer is: a relative clause, a
# clause, a passive's agent.
_NOT_WHO = frozenset({"relcl", "agent", "xcomp", "pcomp", "ccomp"})


def _not_who(tok) -> bool:
    """Below ``tok`` a doer's phrase says what was done, not who does: ``_NOT_WHO``, what
    the head was doing (``_doing``) or an infinitive on a noun ("the decision to expel X")."""
    infinitive = relation(tok) == "acl" and tok.tag_ == "VB"
    return relation(tok) in _NOT_WHO or infinitive or _doing(tok)


# Participles that, joined to a name by a hyphen, say who stands behind a group, not who it is:
# "Iran-backed militias", "Russian-funded separatists".
SPONSORING = frozenset({"back", "sponsor", "support", "fund", "finance", "arm", "train", "ally"})


def _sponsor(tok) -> bool:
    """``tok`` names whoever backs the phrase's head ("Iran" in "Iran-backed militias")."""
    head = tok.head
    hyphen = any(c.tag_ == "HYPH" for c in head.children)
    backs = head.tag_ == "VBN" and head.lemma_.lower() in SPONSORING
    return relation(tok) == "npadvmod" and hyphen and backs


def _doing(tok) -> bool:
    """A clause of a noun phrase that tells what its head was doing: an adverbial clause, or
    a present participle ("speaking", "visiting"); not a past participle, which may say where
    the head is from ("a group based in London")."""
    return relation(tok) == "advcl" or (relation(tok) == "acl" and tok.tag_ == "VBG")


def _described(tok, root, arts: ArticleActors) -> bool:
    """``tok`` stands in a relative clause that describes the recipient phrase's head, when
    that head names an actor itself: the clause's object or place is what the actor did, not
    whom the act is done to ("condemned the militia that shelled Chile": the militia). The
    clause's subject is whose the head is, as a possessor is ("the plan the mayor signed"); a
    head that names no actor is told by its clause ("lifted the sanctions it imposed on
    Chile")."""
    path = up_to(tok, root)[:-1]
    at = next((i for i, t in enumerate(path) if relation(t) == "relcl"), None)
    if at is None or (at and relation(path[at - 1]) in ("nsubj", "nsubjpass")):
        return False
    return bool(is_name(root) or root.ent_type_ or _role_of(root, arts))


def _placed_role(tok, root, ent: Entity, offset: int, arts: ArticleActors) -> Actor | None:
    """ "The police in Kano", "arrested an activist in Kano": a role head placed in a country's
    town is that country's role (NGACOP, NGAOPP), not the town's government."""
    suffix = _role_of(root, arts)
    country = (ent.code or "")[:3]
    if not (suffix and object_of_prep(tok, LOCATIVE_PREPS)):
        return None
    if tok.head.head != root or not country.isalpha() or country in ORGANISATION_PREFIXES:
        return None
    start = offset + phrase_start(root).idx
    text = doc_text(root.doc)[start - offset : ent.end - offset]
    return Actor(text, None, arts.actors.code_for(country, suffix), start, ent.end)


# Clauses inside a phrase: what they say is done by their own subject, not to the phrase's head.
_CLAUSES = frozenset({"xcomp", "ccomp", "acl", "relcl", "advcl"})


def _in_clause(tok, root) -> bool:
    """``tok`` stands in a clause of ``root``'s phrase ("pressure to scale back its offensive",
    "the militia that shelled its villages")."""
    return any(relation(t) in _CLAUSES for t in up_to(tok, root)[:-1])


def _in_appos(tok, root) -> bool:
    """``tok`` stands in an apposition of ``root``'s phrase: "the Council, their forum"; not
    a person the parser hung on the place of the phrase's role ("the senator from Ohio, Rob
    Portman,": Portman is the senator, not Ohio)."""
    while tok != root and tok.head != tok:
        if relation(tok) == "appos" and not _renames_role(tok, root):
            return True
        tok = tok.head
    return False


def _renames_role(appos, root) -> bool:
    """A person in apposition to a place or a body that is the object of a preposition of a
    role noun ``root``: no place is a person, so the person renames the role."""
    place = appos.head
    return (
        appos.ent_type_ == "PERSON"
        and place.ent_type_ in ("GPE", "LOC", "ORG", "NORP")
        and relation(place) == "pobj"
        and place.head.head == root
        and is_noun(root)
        and not is_name(root)
    )


@dataclass(frozen=True)
class Search:
    """The search for the actor a phrase names: the phrase's head ``root`` (a spaCy token) in a
    paragraph at ``offset``; ``exclude`` the doer's code, when the phrase names its
    counterpart; ``not_before`` the article offset a dateline ends at; ``direct_first`` an
    uncoded person the phrase names directly beats a coded name deeper in it; ``doer`` the
    phrase names who acted (``actor_of``)."""

    root: object
    offset: int
    arts: ArticleActors
    exclude: str | None = None
    not_before: int = 0
    direct_first: bool = False
    doer: bool = False
    venues: bool = True


def actor_of(
    root,
    offset: int,
    arts: ArticleActors,
    exclude: str | None = None,
    not_before: int = 0,
    direct_first: bool = False,
    doer: bool = False,
    venues: bool = True,
) -> Actor | None:
    """The actor named by the phrase headed by ``root`` (a spaCy token), or None.

    Actors starting before ``not_before`` (an article offset: the end of a dateline) are skipped.
    A ``doer`` phrase does not name the counterpart or the place of its head noun ("his visit
    to Detroit threatens", "professors at a school in Washington wrote"), except the place of a
    role ("the police in Kano"). Without ``venues`` the place of a setting ("his remarks in an
    interview in Ohio") names no one: whom words are said of is not where.
    """
    search = Search(root, offset, arts, exclude, not_before, direct_first, doer, venues)
    return _actor_in(search)


def _actor_in(search: Search) -> Actor | None:
    root, offset, arts = search.root, search.offset, search.arts
    if offset + root.idx < search.not_before:
        # the parser hangs the real subject on the dateline: "KABUL (AP) : NATO condemned"
        later = [
            t
            for t in root.subtree
            if relation(t) == "appos" and offset + t.idx >= search.not_before > offset + t.head.idx
        ]
        if not later:
            return None
        return _actor_in(replace(search, root=later[0]))
    # "US" in capitals is a country, "us" a pronoun
    acronym = len(root.text) > 1 and root.text.isupper() and is_name(root)
    if root.lower_ in PRONOUNS and not acronym:
        return resolve_pronoun(root, offset, arts)
    if is_pronoun(root) and not list(root.children):
        return None  # "who", "this"; but "some of its restrictions on X" names X
    if _opponents_of_someone(root):
        # "her rivals", "Lind's critics", "some of the mayor's critics": the side against
        # the one named, not them; a group no table codes, named by its phrase, unless an
        # apposition names them ("one of Lee's rivals, Jo Roe")
        text, start, end = phrase_text(root, offset)
        return _apposed(root, offset, arts) or Actor(text, None, None, start, end)
    found = _candidates(root, offset, arts, search.doer, search.venues)
    if not found and (named := described(root, offset, arts)) is not None:
        return named  # "the committee" after "the House Oversight Committee"
    if not found and root.text[:1].isupper() and not root.ent_type_:
        named = named_before(root, offset, arts)
        if named is not None or not search.doer:
            return named
        # "the late Sen. Ann Roe"
        return _apposed(root, offset, arts) or unknown_name(root, offset)
    chosen = _choose(found, search)
    if chosen is None:  # "the widow, Jane Roe": the person the apposition names
        return None if is_name(root) else _apposed(root, offset, arts)
    owner = _owner_of_person(chosen, root, offset, arts)
    return owner or _named_in_apposition(chosen, root, offset, arts)


def _named_in_apposition(actor: Actor, root, offset: int, arts: ArticleActors) -> Actor:
    """A role found at the phrase's head with the person its apposition names: "Britain's
    foreign secretary, Jeremy Hunt" is Hunt, coded by the role he holds there (his own code
    when the dictionary has one)."""
    if actor.start is None:
        return actor
    if actor.name is not None:
        return _placed_in_apposition(actor, root, offset, arts)
    person = _apposed_person(root, offset, arts)
    if person is not None and actor.end <= person.start:
        text = doc_text(root.doc)[actor.start - offset : person.end - offset]
        return Actor(text, person.canonical, person.code or actor.code, actor.start, person.end)
    return actor


def _placed_in_apposition(place: Actor, root, offset: int, arts: ArticleActors) -> Actor:
    """ "The senator from Ohio, Jo Roe,": the person in apposition to a role found by its
    place (or hung on the place by the parser: ``_renames_role``), coded by the role in the
    place's country when not known."""
    suffix = _role_of(root, arts)
    country = (place.code or "")[:3]
    # one person for one role, named by a place after it ("the state's two senators, A and B"
    # are both, and "Republican" is no place)
    after = place.start > offset + root.idx
    if not (suffix and after and root.tag_ != "NNS" and arts.actors.is_country(country)):
        return place
    person = _apposed_person(root, offset, arts, misplaced=True)
    if person is None or person.start < place.end:
        return place
    start = offset + phrase_start(root).idx
    text = doc_text(root.doc)[start - offset : person.end - offset]
    code = person.code or arts.actors.code_for(country, suffix)
    return Actor(text, person.canonical, code, start, person.end)


def _apposed(root, offset: int, arts: ArticleActors) -> Actor | None:
    """The person an apposition of ``root`` names, with the title ``root`` gives them."""
    person = _apposed_person(root, offset, arts)
    return None if person is None else _with_title(entity_actor(person), root, arts)


def _apposed_person(
    root, offset: int, arts: ArticleActors, misplaced: bool = False
) -> Entity | None:
    """The person an apposition of ``root`` is, not one it mentions ("a close ally of X");
    with ``misplaced``, else one the parser hung on the place of ``root``'s role."""
    found = list(children(root, "appos"))
    if misplaced:
        places = [o for p in children(root, "prep") for o in children(p, "pobj")]
        found += [a for o in places for a in children(o, "appos") if _renames_role(a, root)]
    for appos in found:
        at = offset + appos.idx
        last = appos.right_edge
        inside = arts.inside(offset + appos.left_edge.idx, offset + last.idx + len(last))
        person = next((e for e in inside if e.type == "PERSON" and e.start <= at < e.end), None)
        if person is not None and person.canonical:
            return person
    return None


def _owner_of_person(chosen: Actor, root, offset: int, arts: ArticleActors) -> Actor | None:
    """A noun owned by whom ``chosen`` names, renamed by a person in apposition: "His wife,
    Jane Roe" is Roe, not the "his"; "France's party leader, Jean Roe" is Roe, coded French; "One
    of Lee's rivals, Jo Roe," is Roe, not Lee."""
    if is_name(root) or chosen.end is None:
        return None
    if chosen.end > offset + root.idx and not _partitive(root):
        return None
    person = _apposed_person(root, offset, arts)
    if person is None:
        return None
    # a country's role ("France's party leader": FRAPTY), not a pronoun's person
    placed = not pronoun_text(chosen.text) and arts.actors.is_country((chosen.code or "")[:3])
    code = person.code or (chosen.code if placed else None)
    return Actor(person.text, person.canonical, code, person.start, person.end)


# Nouns of people named by whom they oppose: "his rivals" are not him.
OPPONENTS = frozenset(
    {"rival", "opponent", "critic", "detractor", "adversary", "enemy", "foe", "challenger"}
)
# Heads of a part of a group ("One of Lee's rivals, Jo Roe,", "some of her allies").
_PARTS = frozenset({"one", "some", "many", "several", "each", "both", "two", "three", "most"})


def _opponents_of_someone(root) -> bool:
    """The phrase names people by whom they oppose: a noun of ``OPPONENTS`` (or a part of one:
    "some of her critics") with a possessor or an "of" object."""
    if _partitive(root):
        root = prep_objects(root, ("of",))[0]
    if root.lemma_.lower() not in OPPONENTS:
        return False
    return bool(children(root, "poss") or prep_objects(root, ("of",)))


def _partitive(root) -> bool:
    return root.lower_ in _PARTS and bool(prep_objects(root, ("of",)))


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An actor a phrase may name, and how it stands in the phrase."""

    rank: int  # ``_rank``: 0 a counterpart, 1 the head, 2 a possessor, 3 deeper
    actor: Actor
    depth: int = 0  # how many tokens below the phrase's head its name's head stands
    person: bool = False  # a named person, not a country, organisation or role
    modifies: object = None  # the noun an uncoded name modifies: "Hindu leaders"
    where: bool = False  # a place named as where ("in northern Gaza"), not as whom


# Nouns of a phrase that says for whom something is done: "in support of X", "on behalf of X",
# "in solidarity with X". X neither acts nor undergoes the act (but see coder.FOR_BENEFICIARY).
BENEFICIARY_NOUNS = frozenset(
    {"support", "behalf", "solidarity", "favor", "favour", "honor", "honour", "memory", "name"}
)


def for_whom(tok) -> bool:
    """``tok`` heads a phrase of for whom something is done ("in support of X")."""
    return tok.lemma_.lower() in BENEFICIARY_NOUNS and object_of_prep(tok, ("in", "on"))


def _for_whom_inside(tok, root) -> bool:
    """``tok`` stands in a phrase of for whom, inside ``root``'s phrase: "protesters in
    support of X", "fired at a ferry in support of X"."""
    return any(for_whom(t) for t in up_to(tok, root)[:-1])


@lru_cache(maxsize=1)
def _claim_nouns() -> frozenset[str]:
    """Nouns of a report or a claim: the modality table's nouns whose content is reported."""
    return frozenset(w for w, m in cues()["content"].items() if m == "reported")


def _claimed_inside(tok, root) -> bool:
    """``tok`` stands in what a report or a claim inside ``root``'s phrase says ("rejected
    reports that Peru had armed the rebels"): the claim's content names no side of the act on
    the claim."""
    return any(
        relation(t) in ("acl", "ccomp") and t.head.lemma_.lower() in _claim_nouns()
        for t in up_to(tok, root)[:-1]
    )


def _candidates(
    root, offset: int, arts: ArticleActors, doer: bool, venues: bool
) -> list[_Candidate]:
    """The roles with a country, the names and the possessive pronouns of ``root``'s phrase;
    without ``venues``, no place of a setting (``_venue``)."""
    out = []
    for tok in root.subtree:
        named = is_noun(tok) or is_name(tok)
        inside = _for_whom_inside(tok, root) or _claimed_inside(tok, root)
        if named and not (_in_appos(tok, root) or inside):
            direct = _norp_agent(tok, offset, arts)
            if direct and not (doer and _not_the_doer(tok, root, arts)):
                # "Britain's ambassador to the US" is Britain's, as a counterpart is
                out.append(_Candidate(0 if tok == root else _rank(tok, root), direct))
    start = offset + root.left_edge.idx
    end = offset + root.right_edge.idx + len(root.right_edge.text)
    for ent in arts.inside(start, end):
        inner = next((t for t in root.subtree if offset + t.idx >= ent.start), None)
        if inner is None or _in_appos(inner, root):
            continue  # "the Council, their preferred forum": the apposition renames, not acts
        head = span_head(root.subtree, ent.start, ent.end, offset) or inner
        if _for_whom_inside(head, root) or _claimed_inside(head, root) or _sponsor(head):
            continue
        if doer and _not_the_doer(head, root, arts):
            continue
        if not doer and _described(head, root, arts):
            continue
        if not (doer or venues) and _venue(head):
            continue
        placed = _placed_role(head, root, ent, offset, arts)
        # an uncoded name that modifies a noun ("Hindu leaders", "Tigrayan rebels")
        modifier = relation(head) in ("amod", "compound")
        group_word = ent.type != "PERSON" and not ent.code and modifier
        out.append(
            _Candidate(
                _rank(head, root),
                placed or entity_actor(ent),
                depth=len(up_to(head, root)),
                person=ent.type == "PERSON",
                modifies=head.head if group_word else None,
                where=where(head),
            )
        )
    for tok in root.subtree:
        if relation(tok) == "poss" and is_pronoun(tok) and not _in_appos(tok, root):
            conjunct = tok.head in root.conjuncts or (tok.head == root and relation(root) == "conj")
            if conjunct and tok.lower_ in PERSONAL_POSSESSIVES:
                continue  # "shot a guard and his son": the guard's, not a name before
            if (
                not doer
                and tok.lower_ in PERSONAL_POSSESSIVES
                and tok.head.lemma_.lower() in kin_nouns()
            ):
                continue  # "arrested his brother": another person, not him (as a doer, "his
                # wife said" keeps him: the act is reported, its doer one step off)
            if doer and _not_the_doer(tok, root, arts):
                continue  # "X, who resigned from her post,": not the "her"
            if not doer and _in_clause(tok, root):
                continue  # "resisted pressure to scale back its offensive": the doer's own
            pron = resolve_pronoun(tok, offset, arts)
            if pron and pron.code and doer and _their_people(tok, root):
                # "his aides urged him": his side (his code), not him; one the tables do not
                # code stays the doer, whose act is then reported at all
                text, start, end = phrase_text(root, offset)
                pron = Actor(text, None, pron.code, start, end)
            if pron:
                out.append(_Candidate(POSSESSOR, pron))
    return out


# A person's possessives ("its" and "their" may be a country's or a body's), and the tags of a
# plural noun.
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _their_people(tok, root) -> bool:
    """A person's possessive on a plural head names people on their side, not them: "his
    aides", "her fellow senators", "his Republican colleagues" urged him ("its troops" are a
    country's own)."""
    if tok.head != root or tok.lower_ not in PERSONAL_POSSESSIVES:
        return False
    return root.tag_ in PLURAL_TAGS or root.lemma_.lower() in _SIDES


# Singular nouns of a body of people on a person's side: "criticism from within her own caucus"
# ("his campaign" speaks for him, and is him).
_SIDES = frozenset({"party", "caucus"})


# Nouns of the setting where words are said or people meet: "in an interview in Ohio", "at a
# rally in Dayton". A place in their phrase is where, not whom.
SETTINGS = frozenset(
    {
        *("interview", "conference", "speech", "meeting", "rally", "summit", "hearing"),
        *("briefing", "session", "address", "debate", "forum", "appearance"),
        *("ceremony", "gathering", "event", "convention", "broadcast", "podcast"),
        *("program", "programme", "show"),
    }
)


def where(tok) -> bool:
    """A place in a phrase of place: "in Miami", "across Ohio" ("at" may name a counterpart:
    "lashed out at Ohio")."""
    return tok.ent_type_ in PLACE_TYPES and object_of_prep(tok, WHERE_PREPS)


def setting(tok) -> bool:
    """The setting words are said in, named by a preposition: "in an interview", "on the BBC
    program", "at a rally" (``SETTINGS``)."""
    return is_noun(tok) and tok.lemma_.lower() in SETTINGS and relation(tok) == "pobj"


def _venue(tok) -> bool:
    """A place in the phrase of a setting: "(in an interview) in Ohio", "(at a rally) in
    Dayton"; not the place of what is named ("the bombing of an academy in Tripoli")."""
    setting = tok.head.head
    return where(tok) and is_noun(setting) and setting.lemma_.lower() in SETTINGS


def _choose(found: list[_Candidate], search: Search) -> Actor | None:
    """The candidate that names the phrase's actor: the nearest coded one, not the doer's code
    (``exclude``) unless a person has it ("France's president" and Prime Minister Fillon are
    both FRAGOV); with ``direct_first`` an uncoded person the phrase names directly ("freed
    the blogger X, held since a raid on the Ruritanian Press Club"); else the nearest uncoded
    name."""
    exclude = search.exclude
    people = [c for c in found if c.person and not c.actor.code]  # "freed the blogger X"
    order = sorted(
        found,
        # a place named as where ranks after an actor named as whom ("the shelling by Turkish
        # forces in northern Gaza": TUR, though PSEGZA is the longer code)
        key=lambda c: (
            (c.rank, c.actor.code is None, c.where, -len(c.actor.code or ""), c.actor.start or 0)
        ),
    )
    order = [c for c in order if c.actor.start is None or c.actor.start >= search.not_before]
    coded = [c for c in order if c.actor.code and (c.actor.code != exclude or c.person)]
    # of names we cannot code, the one nearest the phrase's head: "the Smallville-based Zorblat
    # Shipping Ltd."
    named = [
        c
        for c in sorted(order, key=lambda c: (c.rank, c.depth))
        if c.actor.name and not (exclude and c.actor.code == exclude)
    ]
    people = sorted((p for p in people if p.rank <= 1), key=lambda p: p.rank)
    if search.direct_first and people and (not coded or coded[0].rank > DIRECT_PERSON_BEATS_RANK):
        return _with_title(people[0].actor, search.root, search.arts)
    place = coded[0] if people and coded else None
    # the person the phrase is about, in a country that owns them ("Peru's foreign minister
    # Lucia Varga": PERGOV) or a country or body named deeper in it ("Senator Ann Cole of
    # Texas", "Jo Lee of the Red Cross")
    deeper = place is not None and place.rank > POSSESSOR
    owned = place is not None and place.rank == POSSESSOR
    # a person owned by a country or a body ("London's mayor X": GBRGOV) is theirs; one owned
    # by another person is no one's ("Lee's lawyer X": X, not Lee)
    if deeper or (owned and (search.arts.actors.is_country(place.actor.code) or not place.person)):
        return _placed_person(people[0].actor, place.actor, search)
    if owned:
        return _with_title(people[0].actor, search.root, search.arts)
    owner = _owner(found, search)
    if owner is not None:
        return owner
    if coded:
        return coded[0].actor
    if not named:
        return None
    if any(named[0] is p for p in people):
        return _with_title(named[0].actor, search.root, search.arts)
    noun = named[0].modifies
    if noun is not None:  # "Hindu leaders": the group, not "Hindu"; "Tigrayan rebels": REB
        return _group_of(noun, search)
    return named[0].actor


def _owner(found: list[_Candidate], search: Search) -> Actor | None:
    """Whose plan, policy or act a recipient phrase names, not what it is about: "criticised
    Ruiz's policy on Iran", "condemned Russia's attack on Ukraine". Not for a doer's phrase, a
    name, a role ("Britain's ambassador to the US" is GBRGOV) or the doer's own ("defended its
    policy on Chile": Chile); a name that owns the phrase's head, not a pronoun."""
    root, arts = search.root, search.arts
    if search.doer or is_name(root) or _role_of(root, arts):
        return None
    for c in found:
        mine = search.exclude is not None and c.actor.code == search.exclude and not c.person
        # a possessive pronoun is often the doer's own ("reaffirmed their commitment to X")
        named = not pronoun_text(c.actor.text) and (c.person or c.actor.code)
        if c.rank == POSSESSOR and 0 < c.depth <= 2 and named and not mine:
            return _with_title(c.actor, root, arts) if c.person else c.actor
    return None


def _placed_person(person: Actor, place: Actor, search: Search) -> Actor:
    """A titled person coded by the country or organisation their phrase names: the title's
    sector in that country ("USALEG"), else the organisation's code; the title's own code when
    it names the country itself."""
    titled = _with_title(person, search.root, search.arts)
    actors = search.arts.actors
    if actors.anchored(titled.code) or _former(search.root):
        return titled  # "former Sen. X of Ohio": no office, not the country either
    if actors.is_country(place.code):
        return replace(titled, code=place.code + (titled.code or ""))
    return replace(titled, code=place.code) if actors.anchored(place.code) else titled


def names_group(roots: Sequence, arts: ArticleActors) -> bool:
    """Whether a phrase names people by a role, a nationality or a stance ("Republican
    officials", "Kurdish fighters", "critics"), not a thing ("the rumours"), though no actor
    code fits them."""
    return any(
        (is_noun(r) and (r.ent_type_ == "NORP" or _role_of(r, arts))) or _people_word(r)
        for r in roots
    )


def people_actor(noun, offset: int, not_before: int = 0) -> Actor | None:
    """People named by their stance, not an office ("critics", "some of his supporters"):
    uncoded, with their words up to the noun."""
    counted = _counted(noun)
    if counted is not None and _people_word(counted):
        return _counting(noun, people_actor(counted, offset, not_before), offset, not_before)
    if not _people_word(noun) or offset + noun.idx < not_before:
        return None
    text, start, end = _up_to(noun, offset, not_before)
    return Actor(text, None, None, start, end)


def _counted(noun):
    """The people a collective or partitive head counts or gathers: "a group of senators",
    "dozens of protesters", "two of the officers" name the senators, the protesters, the
    officers (``matching.collective_nouns``); whom a post is held for: "an aide to the mayor",
    "the head of the union" act for the mayor's, the union's side
    (``matching.position_nouns``); None for any other head."""
    if _post(noun):
        preps = ("of", "to", "for")
    elif {noun.lemma_.lower(), noun.lower_} & collective_nouns() or noun.like_num:
        preps = ("of",)
    else:
        return None
    objects = prep_objects(noun, preps)
    return objects[0] if objects else None


def _post(noun) -> bool:
    """A head naming a post held for someone: "aide", "spokesman" (``matching.position_nouns``)."""
    return bool({noun.lemma_.lower(), noun.lower_} & position_nouns())


def _counting(head, actor: Actor | None, offset: int, not_before: int) -> Actor | None:
    """``actor``, found in the "of" object of a collective ``head``, named by the whole phrase
    ("a bipartisan group of senators")."""
    if actor is None or actor.end is None:
        return actor
    first = phrase_start(head, offset, not_before)
    start = offset + first.idx
    return replace(actor, text=doc_text(head.doc)[first.idx : actor.end - offset], start=start)


def _people_word(tok) -> bool:
    """A noun, or a pronoun standing alone ("some", "many": the tagger may call it an
    adjective as a subject), of ``matching.people_nouns``."""
    alone = tok.pos_ in ("PRON", "DET") or (tok.pos_ == "ADJ" and relation(tok) == "nsubj")
    if not (is_noun(tok) or alone) or tok.ent_type_:
        return False
    return tok.lemma_.lower() in people_nouns() or tok.lower_ in people_nouns()


def _group_of(noun, search: Search) -> Actor:
    """The group an uncoded name modifies ("Hindu leaders"), with the role's code only as the
    target of a coded doer: as a doer, or beside an uncoded one, a role of no known country
    would make an event of no one we can place ("Calenardhon crowds burned the Gondorian
    embassy")."""
    text, start, end = phrase_text(noun, search.offset)
    role = _role_of(noun, search.arts) if search.exclude and not search.doer else None
    return Actor(text, None, role, start, end)


def _with_title(person: Actor, root, arts: ArticleActors) -> Actor:
    """An uncoded person with the sector of the title its phrase gives it ("Prime Minister
    Andrej Babis" is GOV, "Senator X" LEG): PETRARCH codes an actor of unknown country by its
    role alone; a title with its country gives both ("U.S. Secretary of State Antony Blinken"
    is USAGOV). Group nouns ("Calenardhon crowds") are not titles of a person. A person the
    dictionary codes keeps their code: "an ally, President X" is X's country's government. A
    title qualified as past ("former Gov. X") gives no code."""
    if arts.actors.anchored(person.code) or _former(root):
        return person
    titles = children(root, "compound", "nmod", "appos")
    owned = next((a for t in titles if (a := _norp_agent(t, 0, arts))), None)
    if owned is not None:
        return replace(person, code=owned.code)
    for tok in root.subtree:
        if relation(tok) not in ("compound", "appos", "nmod") and tok is not root:
            continue
        words = [tok.lower_]
        if relation(tok) == "compound" and relation(tok.head) == "compound":
            words.insert(0, f"{tok.lower_} {tok.head.lower_}")  # "prime minister"
        suffix = next((s for w in words if (s := arts.actors.agent(w))), None)
        if suffix:
            return replace(person, code=suffix)
    return person


def _former(root) -> bool:
    """A title of ``root``'s phrase is qualified as past: "former Alaska Gov. Ann Roe", "Ann
    Roe, a former senator" (``entities.FORMER``)."""
    return any(
        t.lower_ in FORMER
        and relation(t) in ("amod", "compound")  # "Former" opening a sentence is a compound
        and (t.head == root or relation(t.head) in ("compound", "appos", "nmod"))
        for t in root.subtree
    )


def first_actor(
    roots: Sequence,
    offset: int,
    arts: ArticleActors,
    exclude: str | None = None,
    not_before=0,
    direct_first: bool = False,
    doer: bool = False,
    venues: bool = True,
):
    for root in roots:
        actor = actor_of(root, offset, arts, exclude, not_before, direct_first, doer, venues)
        if actor is not None:
            return actor
    return None


def role_actor(
    noun, offset: int, arts: ArticleActors, not_before: int = 0, placed: bool = False
) -> Actor | None:
    """An unnamed group or person named by a role noun ("a 40-year-old prisoner", "opposition
    parties"): its words up to the noun, with the role's sector code and no country; ``placed``,
    with the country the article gave it before ("the army" after "the Colombian army": the
    referent ``events.mentions`` found there). A collective head with no role of its own
    ("a group of senators") is the role of whom it counts (``_counted``); a post is the role
    of whom it is held for, before a role of its own ("a spokesman for the rebels")."""
    counted = _counted(noun)
    if counted is not None:
        found = role_actor(counted, offset, arts, not_before, placed)
        if not _role_of(noun, arts) or (found is not None and _post(noun)):
            return _counting(noun, found, offset, not_before)
    # a capitalised title ("the Prime Minister") is a role too, a name is not; so is a role
    # word before an act noun ("a rebel attack", "military strikes")
    modifier = relation(noun) == "amod" and is_adjective(noun)
    if not (is_noun(noun) or modifier) and not (is_name(noun) and not noun.ent_type_):
        return None
    suffix = _role_of(noun, arts)
    if not suffix:
        return None
    if offset + noun.idx < not_before:
        return None
    text, start, end = _up_to(noun, offset, not_before)
    mention = arts.salience.mention_at(start, end) if placed else None
    code = mention.code if mention is not None and mention.code else suffix
    return Actor(text, None, code, start, end)


def _up_to(noun, offset: int, not_before: int) -> tuple[str, int, int]:
    """The words of a group's phrase up to its noun ("three opposition activists"), with their
    article offsets."""
    first = phrase_start(noun, offset, not_before)
    end = noun.idx + len(noun.text)
    return doc_text(noun.doc)[first.idx : end], offset + first.idx, offset + end

"""Acts named by a noun whose doer the phrase names: "Russia's invasion of Ukraine", "Israeli
airstrikes on Rafah", "the arrest of three activists by police". News refers to most acts it
does not narrate this way, and a careful coder codes them as events of the sentence. A meeting
is news with no side named ("after days of negotiations"): its nouns are kept bare too.

Only syntax here: which nouns name an act (``data/nominalisations.tsv``), and which of their
phrases name the doer and the recipient. The coder codes the act with the patterns of the
noun's verb and decides whether the phrases name actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosswire.events.actors import load_actors
from crosswire.events.matching import nominalisations, predicate_lemma, spellings, support_verbs
from crosswire.events.syntax import (
    children,
    is_name,
    is_noun,
    is_relative_pronoun,
    is_verb,
    object_of_prep,
    prep_objects,
    relation,
    relative_antecedent,
    subjects,
)

# Phrases that name whom a noun's act is done to: "invasion of", "strikes on", "visit to".
_TARGET_PREPS = frozenset({"of", "on", "against", "to", "into", "with"})
# Doers named by an adjective or a noun before the act: "Israeli strikes", "ASEAN's", "EU
# sanctions". A country as a bare noun before it is not one ("Russia sanctions" are on Russia).
_DOER_ENTS = frozenset({"NORP", "ORG"})
# Sectors whose role word before an act noun names its doer ("a rebel attack", "a police raid").
_DOING_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "UAF", "SPY"})
# Nouns that count or gather acts: "a flurry of sanctions" is sanctions, "a series of strikes"
# strikes; the verb that carries the counting noun carries the acts.
_MEASURES = frozenset(
    {"flurry", "series", "wave", "round", "barrage", "string", "spate", "raft", "volley",
     "salvo", "package", "set", "number", "slew", "host", "torrent", "stream"}
)  # fmt: skip
# Verbs whose "in" phrase holds their subject's ongoing act: "X is in talks with Y", "X
# engaged in negotiations with Y".
_IN_ACT = frozenset({"be", "engage", "participate", "remain", "involve"})
# Verbs of the nouns that report an act with no side named ("after days of negotiations", "the
# meeting took place"): a meeting is news whoever met, and the news guidelines code it with
# its sides from context. Not one that is a modifier ("meeting rooms") or an aim ("open for
# talks").
SIDELESS_VERBS = frozenset({"meet", "talk", "negotiate", "converse", "consult"})
# ... and those that are news with neither side named: a meeting or negotiations, "talks", but
# not "a conversation", "a discussion" or "talk" (on the development articles 0 of 7 such were
# events; on lifestyle and business news they are most of the false meetings).
_FORMAL_VERBS = frozenset({"meet", "negotiate", "consult"})
# Verbs whose subject undergoes the act its object names, done by the "from" phrase: "faced
# criticism from the EU", "received an invitation from the Kremlin"; and two phrasal verbs
# ("picked up an endorsement").
CONVERSE = frozenset(
    {"receive", "face", "get", "win", "draw", "secure", "obtain", "earn", "gain", "attract",
     "incur"}
)  # fmt: skip
CONVERSE_PHRASAL = frozenset({"pick up", "rack up"})
# Nouns of a converse verb's object whose "of" is its giver: "won the backing of the party",
# "drew the ire of the judge"; an accusation's or a criticism's "of" is what it is of.
GIVEN_BY_OF = frozenset(
    {"support", "backing", "endorsement", "approval", "blessing", "praise", "ire", "wrath",
     "anger", "scorn", "fury"}
)  # fmt: skip
# Words before the act that make it no fact: "a possible invasion", "threatened strikes".
_UNREAL = frozenset(
    {"possible", "potential", "proposed", "planned", "future", "alleged", "threatened"}
)


@dataclass(frozen=True)
class NominalAct:
    noun: object  # the spaCy token of the act noun
    verb: str  # the verb whose patterns code it
    words: tuple[str, ...]  # the lemmas of its complements, as the verb's clause would have
    doers: tuple  # phrase heads that may name the doer, best first
    targets: tuple  # phrase heads that may name the recipient
    origins: tuple = ()  # "from" phrases: the doer of words or support ("criticism from X")
    # the other sides of a mutual act: "Peru and Chile held talks", "talks between Peru and
    # Chile" (Chile); the coder takes them when the act is mutual and names no recipient
    partners: tuple = ()


def doers_of(noun, meeting: bool = False) -> tuple:
    """Phrase heads of a noun's phrase that name whose act it is: a "by" phrase, a possessor,
    a nationality or an organisation before it ("the Israeli strike", "Russia's offensive");
    else the subject of a verb that carries the act ("Greece launched an invasion") or, of a
    ``meeting``, that places it there."""
    # "the expulsion of two diplomats by Iran": the parser often hangs "by" on the object
    objects = prep_objects(noun, ("of",))
    by = [*prep_objects(noun, ("by",)), *(g for o in objects for g in prep_objects(o, ("by",)))]
    before = [
        c
        for c in noun.lefts
        if relation(c) == "poss"
        or (relation(c) in ("amod", "compound") and c.ent_type_ in _DOER_ENTS)
    ]
    lent = () if by or before else _lent_doers(noun, meeting)
    # "killed in a rebel attack", "a police raid": with no one else named, a role word before
    # the act is its doer
    return (*by, *before, *lent) or _role_modifiers(noun)


def _role_modifiers(noun) -> tuple:
    """Modifiers of an act noun that are role words of the actor tables for a state's or an
    armed group's people ("rebel", "police", "army", "government"), not an entity's name. Not
    other roles: a "criminal investigation" is of crimes, a "media campaign" is not the
    press's, a "business deal" not a firm's."""
    agent = load_actors().agent
    return tuple(
        c
        for c in noun.lefts
        if relation(c) in ("amod", "compound")
        and not c.ent_type_
        and (agent(c.lower_) or "")[:3] in _DOING_SECTORS
    )


def _lent_doers(noun, meeting: bool = False) -> tuple:
    """The subject of a verb that carries the act the noun names: "X launched an attack",
    "X unveiled a flurry of sanctions", "X, which is in talks with Y"; of a ``meeting``, the
    subject of the clause that places it there ("the aides reviewed the draft at a meeting").
    """
    if (
        relation(noun) == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in _MEASURES
    ):
        noun = noun.head.head  # "a flurry of sanctions": the flurry is what the verb carries
    if (converse := _converse_verb(noun)) is not None:
        # "drew condemnation from Turkey": the giver, wherever the parser hung the phrase
        return (*prep_objects(converse, ("from", "by")), *prep_objects(noun, ("from",)))
    engaged = object_of_prep(noun, ("in",)) and noun.head.head.lemma_.lower() in _IN_ACT
    met = meeting and object_of_prep(noun, ("at", "during")) and is_verb(noun.head.head)
    if relation(noun) == "dobj" and noun.head.lemma_.lower() in support_verbs():
        verb = noun.head
    elif engaged or met:  # "is in talks with", "reviewed the draft at a meeting"
        verb = noun.head.head
    elif (carried := _carrying_clause(noun)) is not None:  # "the talks they held with Peru"
        return tuple(children(carried, "nsubj"))
    elif meeting and object_of_prep(noun, ("at",)) and relation(noun.head.head) == "acomp":
        verb = noun.head.head.head  # "was present at meetings in Lima"
    else:
        return ()
    # "Greece, which is in talks with Cyprus": Greece; "officials were involved in talks"
    return tuple(relative_antecedent(verb) or children(verb, "nsubj", "nsubjpass"))


def is_converse(verb) -> bool:
    """A verb whose subject undergoes the act its object names ("drew criticism", "won
    praise", "picked up an endorsement"), not another phrasal verb ("drew up plans", "got
    out")."""
    if children(verb, "prt"):
        return predicate_lemma(verb) in CONVERSE_PHRASAL
    return verb.lemma_.lower() in CONVERSE


def undergoers(verb) -> list:
    """Who undergoes a converse verb's act: whose its subject is, when a thing of theirs ("the
    senator's remarks drew criticism"), then the subject."""
    owners = [p for s in subjects(verb) if not is_name(s) for p in children(s, "poss")]
    return [*owners, *subjects(verb)]


def _converse_verb(noun):
    """The converse verb whose object ``noun`` is ("the plan drew criticism"), or None."""
    return noun.head if relation(noun) == "dobj" and is_converse(noun.head) else None


def _undergoers(noun) -> tuple:
    """Who undergoes the act a converse verb's object names."""
    verb = _converse_verb(noun)
    return () if verb is None else tuple(undergoers(verb))


def _carrying_clause(noun):
    """A relative clause on the act noun whose support verb carries it, the noun being its
    object: "the talks (that) they held with Peru", "the attacks it launched on the town"."""
    for clause in children(noun, "relcl"):
        if clause.lemma_.lower() in support_verbs() and not children(clause, "dobj"):
            return clause
        if any(relation(c) == "dobj" and is_relative_pronoun(c) for c in clause.children):
            return clause if clause.lemma_.lower() in support_verbs() else None
    return None


def formal_meeting(act: NominalAct) -> bool:
    """A meeting that is news with no side named (``_FORMAL_VERBS``), not "talk" of a thing:
    "talks" are negotiations."""
    talk = act.noun.lemma_.lower() == "talk" and act.noun.tag_ != "NNS"
    return act.verb in _FORMAL_VERBS and not talk


def _sideless(noun, verb: str) -> bool:
    """An act noun reported with no side (``SIDELESS_VERBS``)."""
    aim = object_of_prep(noun, ("for",))
    return verb in SIDELESS_VERBS and relation(noun) not in ("compound", "amod") and not aim


def nominal_acts(sent) -> list[NominalAct]:
    """The act nouns of a sentence (a spaCy span) that name their doer or their recipient
    ("the arrest of three activists": the coder codes it without a doer)."""
    table = nominalisations()
    out = []
    for noun in sent:
        verb = table.get(noun.lemma_.lower()) if is_noun(noun) else None
        if verb is None or any(c.lower_ in _UNREAL for c in noun.lefts):
            continue
        doers = doers_of(noun, meeting=verb in SIDELESS_VERBS)
        between = prep_objects(noun, ("between",))  # "talks between Peru and Chile"
        doers = doers or tuple(between[:1])
        partners = tuple(c for d in doers[:1] for c in d.conjuncts)
        targets = tuple(prep_objects(noun, _TARGET_PREPS)) + _undergoers(noun)
        carried = _carrying_clause(noun)
        if carried is not None:  # "the talks they held with Peru": its clause's phrases
            targets += tuple(prep_objects(carried, _TARGET_PREPS))
        origins = tuple(prep_objects(noun, ("from",)))
        if not doers and not targets and not origins and not _sideless(noun, verb):
            continue  # "the war", "an attack": no side named
        after = [t.lemma_.lower() for t in noun.subtree if t.i > noun.i]
        words = tuple(spellings(after)[-1])
        out.append(NominalAct(noun, verb, words, doers, targets, origins, partners))
    return out

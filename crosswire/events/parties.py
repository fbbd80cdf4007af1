"""Who did it and to whom: the phrases of a predicate that name its doer and its target.

Works on the dependency parse (spaCy tokens): subjects, agents of passives, subjects inherited
through coordination, control and relative clauses; objects, "with/to/against" phrases, open
complements; the speaker of an agentless passive; the asker and the asked of a request. The
actor each phrase names is found by ``actorspan``.
"""

from __future__ import annotations

from dataclasses import replace

from crosswire.events.actorspan import (
    COUNTERPART_PREPS,
    actor_of,
    first_actor,
    role_actor,
)
from crosswire.events.makers import makes_document
from crosswire.events.matching import answered_nouns, is_document, judged_for, proposals
from crosswire.events.nominal import GIVEN_BY_OF, doers_of, is_converse, undergoers
from crosswire.events.referents import ArticleActors, entity_actor, salient_other
from crosswire.events.syntax import (
    agents,
    children,
    climb,
    complements,
    coordinated_with,
    has_child,
    infinitive,
    is_adjective,
    is_name,
    is_noun,
    is_passive,
    is_past_participle,
    is_pronoun,
    is_punctuation,
    is_relative_pronoun,
    is_root,
    is_verb,
    object_of_prep,
    objects_of_word,
    phrase_text,
    prep_objects,
    relation,
    relative_antecedent,
    span_head,
    subjects,
)
from crosswire.nlp.coref import expletive
from crosswire.nlp.places import PLACE_TYPES
from crosswire.types import Actor

OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
# Phrases that may stand as an uncoded target: objects, the subject of a passive or of a
# verbless complement ("found the regime guilty").
TEXT_TARGET_DEPS = (*OBJECT_DEPS, "nsubjpass", "nsubj")
# The prepositions of an act noun that name whom the act is against: "an attack on X".
ACT_COUNTERPART_PREPS = (*COUNTERPART_PREPS, "into")
# Prepositions of what a view or a feeling is about.
_ABOUT = ("about", "over", "regarding", "concerning")
# Prepositions of a destination or an origin: no place where an act was done.
_DESTINATIONS = ("to", "into", "toward", "towards", "from")
# Verbs whose object is what is thrown or fired, and the prepositions of what it is aimed at:
# "fired rockets at the convoy", "dropped bombs on the town".
PROJECTILE_VERBS = frozenset({"fire", "launch", "drop", "hurl", "throw", "lob"})
AIMED = frozenset({"at", "on", "against", "into", "toward", "towards"})
# Verbs that lay what they name "on" whom they accuse: "blamed the outage on hackers".
BLAME_VERBS = frozenset({"blame", "pin"})
# Entity types that name no recipient: "on Monday", "gave 5 million euros".
NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# A role noun of these sectors as the object is what the doer sends or moves (its own forces),
# not whom the act is done to.
THEME_SECTORS = frozenset({"MIL"})


def _raised_agent(verb) -> list:
    """The "by" phrase that ends a row of passives joined to this one, which it shares: "was
    beaten and detained by soldiers" (the soldiers beat him too). Not an earlier conjunct's:
    "was detained by soldiers and charged" (a court charges)."""
    for conjunct in children(verb, "conj"):
        if is_passive(conjunct) and (found := agents(conjunct) or _raised_agent(conjunct)):
            return found
    return []


def source_roots(verb):
    """Tokens whose phrase names the doer, nearest rule first."""
    if is_passive(verb):
        return agents(verb) or _raised_agent(verb)
    subj = subjects(verb)
    dep = relation(verb)
    relative = relative_antecedent(verb)
    if relative:
        # "Ghana, which closed its border", "Ruto, who met Museveni": a named antecedent acts;
        # an attack or a pipeline "that killed", "which goes" is no actor, but whose attack it
        # was is the doer ("the Israeli strike, which killed", "the court's ruling, which ...")
        head = relative[0]
        if relation(head) == "appos" and is_name(head.head):
            head = head.head  # "Hamas, the group that launched ...": the name it renames
        # "his wife, Ann Roe, who resigned": the name that renames it (not "his")
        if not is_name(head):
            head = next((a for a in children(head, "appos") if is_name(a)), head)
        if is_name(head):
            return [head]
        # "a report that called for": a document with no maker in its phrase stands for whoever
        # made it (coder._doer)
        return list(doers_of(head)) or ([head] if is_document(head) else [])
    folded = folded_pair(verb)
    if folded:  # "President Lind and Speaker Okafor met": the first named is the doer
        return [folded[0]]
    if subj:  # "The son of immigrants, Rubio said": of the parser's two subjects, a name next
        # to the verb is the doer, the other its apposition (not "The Houthis, militants in
        # Yemen, fired")
        return sorted(subj, key=lambda t: (not is_name(t), abs(verb.i - t.i)))
    if dep == "conj":  # "Chile expelled ... and recalled": the first conjunct's subject
        if relative_antecedent(verb.head):
            # "Hamas, the group that governs Gaza and launched ...": whatever the tenses, the
            # relative's antecedent does both
            return source_roots(verb.head)
        gov = coordinated_with(verb)
        if gov is None:
            return []
        # "said the plan was a disaster and accused the government": the parser may join the
        # act to the reported clause; its speaker is the doer when that clause's subject is none
        outer = source_roots(gov.head) if relation(gov) == "ccomp" and not is_root(gov) else []
        if is_passive(gov) and not is_passive(verb):
            # "Lee was hired by a firm and met its owner": the shared subject is Lee, not the
            # passive's agent
            return [*children(gov, "nsubjpass"), *outer]
        return [*source_roots(gov), *outer]
    if dep == "xcomp":  # "Quito decided to close", "Spain is said to have closed"
        if any(expletive(s) for s in subjects(verb.head)):
            return []  # "it is vital to defeat X": no one in particular
        raised = children(verb.head, "nsubjpass")
        # "forced Chile to recall", "prompted Lee to call": an object that names someone does
        # it; not "used force to expel", "spent millions to arrest"
        controller = [d for d in children(verb.head, "dobj") if d.i < verb.i and names_agent(d)]
        return raised or controller or source_roots(verb.head)
    if dep in ("advcl", "acl") and is_past_participle(verb):
        # "Asked about the talks, the minister said", "sanctions imposed by Washington": a past
        # participle is passive, its head is whom it was done to; its doer is its by-phrase
        return [g for a in children(verb, "agent") for g in a.children]
    if dep == "pcomp":
        return _gerund_doer(verb)
    if dep in ("acomp", "advcl"):  # "is willing to withdraw", "came to meet"
        return source_roots(verb.head)
    if dep == "relcl":  # "the council, which banned ..."
        return [verb.head]
    if dep == "acl":  # "the council's decision to ban"
        if is_document(verb.head):  # "issued a statement condemning the raid": its maker
            return list(doers_of(verb.head)) or [verb.head]
        named = is_noun(verb.head) or is_name(verb.head)
        if verb.tag_ == "VBG" and named and not verb.head.conjuncts:
            # "officials investigating the case", "troops firing on"; not "officials
            # investigating it, as well as his parents" (the phrase holds others)
            return [verb.head]
        return children(verb.head, "poss")
    return []


_CHARGE_PREPS = ("of", "for", "from")


def _gerund_doer(verb) -> list:
    """Who does what a gerund after a preposition names: the governing verb's doer ("after
    accusing Peru", "without naming Russia"); with an object between, the object that a verb
    of judgement praises or blames for it ("thanked Peru for backing the plan"). Otherwise,
    with an object between, none: what "accused Peru of attacking" or "blamed Lee for leaking"
    names is the charge, not an act."""
    prep = verb.head
    gov = prep.head
    if relation(prep) != "prep" or gov.pos_ not in ("VERB", "AUX"):
        return []
    if prep.lower_ in _CHARGE_PREPS and has_child(gov, "dobj"):
        if prep.lower_ == "for" and gov.lemma_.lower() in judged_for():
            return [d for d in children(gov, "dobj") if names_agent(d) or is_noun(d)]
        return []
    return source_roots(gov)


def _object_gap(verb) -> bool:
    """A relative clause whose missing object is the noun it hangs on: "the plan, which Peru
    rejected", "a claim Lee denied"; not "the senator, who met ..." (its subject)."""
    if relation(verb) != "relcl" or is_passive(verb):
        return False
    subj, objs = subjects(verb), children(verb, "dobj")
    if not subj or is_relative_pronoun(subj[0]):
        return False
    return not objs or all(is_relative_pronoun(o) for o in objs)


def names_agent(tok) -> bool:
    """A phrase head that can name who acts: a name, a pronoun or an entity of people."""
    return is_name(tok) or is_pronoun(tok) or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def target_roots(verb):
    roots = []
    passive = is_passive(verb)
    if _object_gap(verb):
        roots.append(verb.head)  # "the administration, which he criticized": the administration
    if passive:
        roots += children(verb, "nsubjpass")
        relative = roots and all(is_relative_pronoun(r) for r in roots)
        if relation(verb) == "relcl" and relative and is_name(verb.head):
            # "Otieno, who was shot by ...": whom "who" stands for; not a thing ("an
            # amendment that was vetoed by X" is done to whoever proposed it)
            roots = [verb.head]
        if not roots and relation(verb) in ("xcomp", "pcomp"):
            # "recalled being mocked by a columnist", "complained about being attacked"
            gov = verb.head.head if relation(verb) == "pcomp" else verb.head
            roots += subjects(gov) if is_verb(gov) else []
        if relation(verb) == "conj" and not roots and not subjects(verb):
            # "the town is a refuge but has been shelled": the first conjunct's subject, or
            # what its "who" stands for ("X, who pleaded guilty and was sentenced")
            roots += relative_antecedent(verb.head) or children(verb.head, "nsubjpass", "nsubj")
    elif relation(verb) == "advcl" and is_past_participle(verb):
        roots += subjects(verb.head)  # "Criticised by Peru, Chile ...": Chile
    elif relation(verb) == "acl" and is_past_participle(verb) and names_agent(verb.head):
        roots.append(verb.head)  # "Lee, pressed by Kim to resign": Lee
    if verb.lemma_.lower() in PROJECTILE_VERBS:  # "fired missiles at ships": the ships
        aimed = [p for p in children(verb, "prep") if p.lower_ in AIMED]
        roots += [o for p in aimed for o in children(p, "pobj")]
    if verb.lemma_.lower() in BLAME_VERBS:  # "blamed the outage on hackers": the hackers
        roots += objects_of_word(verb, "on")
    for obj in children(verb, *OBJECT_DEPS):
        roots += [obj, *_loose_apposition(verb, obj)]
    roots += _addressees(verb)
    roots += _what_it_is_called(verb)
    # a verbless complement's subject is the object: "found the regime guilty"
    verbless = [c for c in complements(verb) if is_adjective(c) or is_noun(c)]
    roots += [g for c in verbless for g in children(c, "nsubj")]
    # "allow UNICEF staff to enter Darfur": the subject of an infinitive the verb governs
    roots += [g for c in children(verb, "ccomp") if infinitive(c) for g in children(c, "nsubj")]
    # "filed a complaint in a Ghent court against X": the counterpart before the place
    preps = sorted(children(verb, "prep"), key=lambda c: c.lower_ not in COUNTERPART_PREPS)
    for prep in preps:
        roots += children(prep, "pobj")
    if not roots and relation(verb) == "conj":
        return target_roots(verb.head) if not passive else roots
    if not roots and not passive:
        # "arrested and charged the reporter": an object the verbs share stands after the last
        roots += [o for c in children(verb, "conj") if not subjects(c) for o in children(c, "dobj")]
    return roots


def _addressees(verb) -> list:
    """Whom a document that acts was sent or addressed to, for the participle that says what
    it does: "a letter to Congress calling for cuts", "sent letters to Congress calling for
    cuts" (the parser hangs the participle on the letter or on the sending)."""
    if relation(verb) == "acl" and is_document(verb.head):
        return prep_objects(verb.head, ("to",))
    if relation(verb) == "advcl" and makes_document(verb.head):
        return objects_of_word(verb.head, "to")
    return []


def _loose_apposition(verb, obj) -> list:
    """A name the parser hangs on the verb that renames its object: in "attacked a rival,
    Senator Ada Kern, over ..." it may read "Kern" as a modifier of "attacked"."""
    after = obj.right_edge.i + 1
    return [
        c
        for c in children(verb, "npadvmod")
        if is_name(c) and c.left_edge.i == after + 1 and c.doc[after].text == ","
    ]


# Verbs that name what something is: "called Okafor a liar", "criticized what she called X",
# "what it described as X".
NAMING_LEMMAS = frozenset(
    {"call", "describe", "term", "label", "dub", "brand", "characterize", "characterise"}
)


def names_what(clause) -> bool:
    """A free relative that names what an act is done to: "what she called", "what it
    described as". Its subject is who names it, not whom the act is about."""
    what = any(o.lower_ == "what" for o in children(clause, "dobj"))
    return what and clause.lemma_.lower() in NAMING_LEMMAS


def _what_it_is_called(verb) -> list:
    """What an act is done to when its object is a free relative that names it: "criticized
    what she called the governor's failures" (the governor's), "condemned what it described as
    an Israeli raid" (Israel's). The parser hangs "what ... called" on the act as its clause."""
    out = []
    for clause in children(verb, "ccomp"):
        if not names_what(clause):
            continue
        as_phrases = [p for p in children(clause, "prep") if p.lower_ == "as"]
        out += [*children(clause, "oprd"), *(o for p in as_phrases for o in children(p, "pobj"))]
    return out


def target_of(
    roots,
    offset: int,
    arts: ArticleActors,
    exclude,
    after: int,
    direct=False,
    harmed=False,
    doer: Actor | None = None,
    acts: frozenset[str] = frozenset(),
    venues: bool = True,
):
    """The actor of the first target phrase that names one, but for a phrase that names the
    ``doer`` by a word inside it ("threw his support behind X": X, not the "his"); an object
    that names no actor but a role ("beat a 40-year-old prisoner in eastern Chad") is the
    target, not a place after it. Forces named by a role are what the doer sends, unless the
    act ``harmed`` them ("killed 20 troops"); a role takes the country of a place after it,
    not of the owner of a noun in ``acts`` that names the act ("died in a Peruvian strike").
    Without ``venues`` the place of a setting names no one (``actor_of``)."""
    for i, root in enumerate(roots):
        actor = actor_of(root, offset, arts, exclude, after, direct, venues=venues)
        if _names_doer_inside(actor, doer, root, offset):
            continue
        if _by_own_pronoun(actor, root, offset) and first_actor(
            roots[i + 1 :], offset, arts, exclude, after, venues=venues
        ):
            continue  # "threw her support behind X": X, whoever the "her" was taken for
        # a possessor is a root only as whose words drew an act (``converse_parties``)
        if actor is None and relation(root) in (*TEXT_TARGET_DEPS, "poss"):
            actor = role_actor(root, offset, arts)
            if actor is not None and actor.code in THEME_SECTORS and not harmed:
                actor = None  # "sent 200 troops to Syria": its own forces, not the target
            elif actor is not None:  # "killed 30 people in Mali": MLI's people
                # where harm was done, not where they were taken ("deported 40 people to
                # Rwanda"); what is sent goes to its recipient ("send engineers to Haiti")
                where = [
                    r for r in roots[i + 1 :] if not (harmed and object_of_prep(r, _DESTINATIONS))
                ]
                place = first_actor(where, offset, arts, None, after)  # may be its own
                country = place.code[:3] if _is_place(place, root, offset, acts) else ""
                if arts.actors.is_country(country):  # not a sector: "told CNN" is MED
                    actor = replace(actor, code=country + actor.code)
        if actor is not None:
            return actor
    return None


def _by_own_pronoun(actor: Actor | None, root, offset: int) -> bool:
    """``actor`` is named by the possessive pronoun of the object ``root`` heads: most often
    the doer's own ("reaffirmed their commitment", "threw her support behind")."""
    if actor is None or actor.start is None or relation(root) != "dobj":
        return False
    return any(is_pronoun(p) and offset + p.idx == actor.start for p in children(root, "poss"))


def _is_place(actor: Actor | None, tok, offset: int, acts: frozenset[str]) -> bool:
    """The actor is named as a place ("in Mali", "near the Malian border"), not as whose act
    it was (``acts``: the nouns that name the act, "in a Peruvian strike")."""
    if actor is None or not actor.code or actor.start is None:
        return False
    head = span_head(tok.sent, actor.start, actor.end, offset)
    if head is None:
        return False
    owner = relation(head) in ("amod", "compound", "poss", "nmod")
    return not (owner and head.head.lemma_.lower() in acts)


def _names_doer_inside(actor: Actor | None, doer: Actor | None, root, offset: int) -> bool:
    """``actor`` is the ``doer``, named inside the phrase ``root`` heads, not by its head."""
    if actor is None or doer is None or not actor.name or actor.name != doer.name:
        return False
    return actor.start != offset + root.idx


# How a proposal noun names its owner: "Germany's decision", "a request from X", "a bid by X",
# "the appeal of two journalists", "every offer made by the rebels".
_AUTHOR_PREPS = ("by", "from")  # whose words or conduct: "criticism from X", "a move by X"
_OWNER_PREPS = (*_AUTHOR_PREPS, "of")


def proposer(
    roots, offset: int, arts: ArticleActors, doer, after: int, accusing: bool = False
) -> Actor | None:
    """The owner of a proposal the act answers ("rejected a request from X", "welcomed Germany's
    decision"): the act's target, ahead of what the proposal is about. The ``doer``'s own
    proposal ("reiterated its demand that") names no target; but one ``accusing`` does not
    condemn its own words, and "his" there is the person named before the doer ("... about
    Lee's remarks, Ruiz called his rhetoric reckless")."""
    # the object of a stance, or the subject of what a speaker says of it ("said the governor's
    # comments were reckless")
    objects = [
        r
        for r in roots
        if relation(r) in ("dobj", "nsubj", "nsubjpass") and r.lemma_.lower() in answered_nouns()
    ]
    if not objects:
        return None
    noun = objects[0]
    # "made by", "put forward by": the by-phrase of a participle the noun heads
    phrases = children(noun, "prep")
    phrases += [a for v in children(noun, "acl") for a in children(v, "agent")]
    owners = children(noun, "poss")
    # "criticism of the plan" is about the plan; "a request of X" is X's
    preps = _OWNER_PREPS if noun.lemma_.lower() in proposals() else _AUTHOR_PREPS
    for prep in preps:
        owners += [g for p in phrases if p.lower_ == prep for g in children(p, "pobj")]
    for owner in owners:
        actor = actor_of(owner, offset, arts, None, after) or role_actor(owner, offset, arts, after)
        if actor is not None and _same_actor(owner, actor, doer):
            if not (accusing and is_pronoun(owner)):
                return None
            actor = salient_other(owner, offset, arts, doer.name)
        if actor is not None:
            return actor
    return None


def _same_actor(tok, actor: Actor, doer: Actor | None) -> bool:
    """``actor``, named by ``tok``, is the doer: its name, or a pronoun coded as the doer is."""
    if doer is None:
        return False
    return bool(actor.name and actor.name == doer.name) or (
        is_pronoun(tok) and actor.code == doer.code
    )


def fallback_targets(verb):
    """Where the counterpart stands when the verb's own phrases name none: in its open
    complement ("agreed to lend $1 billion to Indonesia", "threatened to attack U.S. troops"),
    else, for a verb without an object, coordinated with its subject ("India and Mercosur have
    agreed"; but "France and Germany condemned the attack" are joint doers; the coder tries the
    other side of a mutual act before anything else)."""
    roots = [t for c in children(verb, "xcomp") for t in target_roots(c)]
    if not has_child(verb, *OBJECT_DEPS):
        roots += coordinated_subjects(verb)
    return roots


def coordinated_subjects(verb) -> list:
    """The phrases coordinated with the verb's subject: "India and Mercosur agreed"."""
    joined = [c for s in subjects(verb) for c in children(s, "conj")]
    folded = folded_pair(verb)
    return [*joined, folded[1]] if folded else joined


def folded_pair(verb):
    """(first, second) of two names the parser did not coordinate as the verb's subject, else
    None: "President Lind and Speaker Okafor met" read as Okafor modified by "Lind and", or as
    two subjects, the first with a dangling "and"."""
    subj = [s for s in subjects(verb) if is_name(s)]
    for s in subj:
        # at any depth: "Donald Trump and House Speaker Paul Ryan" may hang "Trump and" on
        # "Speaker"; a name's last word only ("the Fish and Wildlife Service" is one name)
        for c in s.subtree:
            if c.i < s.i and _name_before_and(c) and _two_names(c, s):
                return c, s
    first = [s for s in subj if _and_after(s) and not children(s, "conj")]
    later = [s for s in subj if first and s.i > first[0].i and _two_names(first[0], s)]
    return (first[0], later[0]) if later else None


def _name_before_and(tok) -> bool:
    """``tok`` modifies a name with an "and" after it and ends a name of its own ("Trump" of
    "Donald Trump and House Speaker Paul Ryan"; not "Fish" of "the Fish and Wildlife
    Service")."""
    last = tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    return relation(tok) in ("nmod", "compound") and _and_after(tok) and last


def _and_after(tok) -> bool:
    return any(relation(k) == "cc" and k.lower_ in ("and", "&") for k in tok.children)


def _two_names(first, second) -> bool:
    """Two proper names, not the words of one ("the Fish and Wildlife Service")."""
    one = any(e.start <= first.i and second.i < e.end for e in first.doc.ents)
    return is_name(first) and is_name(second) and not one


def speaker_source(verb, arts: ArticleActors, offset: int, speech: frozenset[str]) -> Actor | None:
    """An agentless passive reported by someone ("the mayor said the ports would be closed"):
    the speaker is the doer."""
    for _, gov in climb(verb, ("ccomp", "conj")):
        subj = subjects(gov)
        if subj and gov.lemma_.lower() in speech:
            return actor_of(subj[0], offset, arts)
    quote = arts.quote_at(offset + verb.idx)
    if quote and quote.speaker:
        ent = next((e for e in arts.entities if e.canonical == quote.speaker), None)
        if ent is not None:
            return entity_actor(ent)
    return None


# A dateline ("KABUL -", "WASHINGTON (Reuters) —") opens a sentence with at most this many
# name tokens before the dash: room for "RIO DE JANEIRO, Brazil (AP)".
DATELINE_MAX_TOKENS = 8
_DASHES = {"-", "--", "—", "–"}


def dateline_end(sent) -> int:
    """Offset in the paragraph just after a leading dateline's dash, else the sentence start:
    the place of filing is no actor of the story."""
    for tok in sent[: DATELINE_MAX_TOKENS + 1]:
        if tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
            continue  # a hyphen inside a name ("Thomas-Greenfield"), not a dateline's dash
        if tok.text in _DASHES or tok.text == ":":
            head = [t for t in sent[: tok.i - sent.start] if not t.is_punct]
            names = head and all(is_name(t) or t.is_upper or t.like_num for t in head)
            # "Lucknow: ...", "KABUL (Pajhwok) : ...", but "Trump: ..." names a speaker
            where = [t for t in head if not _in_brackets(t)]
            place = tok.text != ":" or all(t.is_upper or t.ent_type_ in PLACE_TYPES for t in where)
            if names and place:
                return tok.idx + len(tok.text)
            break
        if not (is_name(tok) or is_punctuation(tok) or tok.is_upper or tok.like_num):
            break  # a dateline may carry its date: "KABUL, Nov 3 (Reuters) -"
    return sent.start_char


def _in_brackets(tok) -> bool:
    """Inside "( ... )" on its line: the agency of a dateline, "KABUL (Pajhwok)"."""
    before = [t.text for t in tok.doc[: tok.i]]
    return "(" in before and ")" not in before[len(before) - before[::-1].index("(") :]


def request_parties(verb, act) -> tuple[list, list]:
    """(who asks, who is asked) of a request: "the EU urged Turkey to release them", "called on
    Russia to withdraw", "Turkey says Greece must end its flights"."""
    asked = children(act, "dobj", "dative")
    asked += objects_of_word(act, "on")  # "called on Russia": a particle or a preposition
    asked += subjects(verb)
    return source_roots(act), asked


# Prepositions after "from" that say from which group: "criticism from within her caucus".
_AMID = ("within", "among", "inside")


def converse_parties(verb) -> tuple[list, list] | None:
    """(who does it, to whom) of a converse verb with an object ("drew criticism from the EU",
    "came under attack by rebels"): the giver acts on the subject. With no giver named the act
    has no doer in the sentence ("faced calls to resign"), and its subject is still whom it is
    done to."""
    lemma = verb.lemma_.lower()
    if children(verb, "prt") and not is_converse(verb):  # "drew up plans": another verb
        return None
    if lemma == "come":  # "came under fire", "is coming under pressure from"
        objects = [o for o in prep_objects(verb, ("under",)) if is_noun(o)]
    elif is_converse(verb):
        objects = children(verb, "dobj")
    else:
        return None
    if not objects:
        return None
    froms = [p for t in (verb, *objects) for p in children(t, "prep") if p.lower_ == "from"]
    givers = [
        *prep_objects(verb, ("from", "by")),
        *(g for p in froms for g in prep_objects(p, _AMID)),  # "from within her own caucus"
        *(g for c in children(verb, "agent") for g in children(c, "pobj")),
        *(g for o in objects for g in prep_objects(o, ("from", "by"))),
        # "won the backing of the party": whose backing; not the charge ("faced accusations
        # of fraud") or the topic ("drew criticism of his remarks")
        *(g for o in objects if o.lemma_.lower() in GIVEN_BY_OF for g in prep_objects(o, ("of",))),
        # "drew Trump's scorn", "won Beijing's approval": whose the act is
        *(g for o in objects for g in children(o, "poss") if not is_pronoun(g)),
    ]
    return givers, undergoers(verb)


# Verbs whose subject suffers the act: "ten soldiers died in an air strike" is an attack on
# the soldiers by whoever's strike it was, not one by them.
SUFFERING = frozenset({"die", "perish"})


def suffered(verb) -> bool:
    return verb.lemma_.lower() in SUFFERING and not children(verb, "dobj")


def suffered_parties(verb) -> tuple[list, list] | None:
    """(no doer, to whom) of a verb of suffering: its subject is whom the act is done to; its
    doer, if any, is whose act its phrases name ("died in a Russian strike")."""
    subject = children(verb, "nsubj")
    return ([], subject) if subject and suffered(verb) else None


# Object pronouns of people: one kept as text when its referent has no name.
_PERSONS = frozenset({"him", "her", "them"})


def text_target(
    roots, offset: int, arts: ArticleActors, after: int, on=None, acts=frozenset()
) -> Actor | None:
    """The first object or counterpart phrase that names no actor we found: a proper name the
    entity recogniser missed is looked up in the actor dictionary ("accused Gulen"), anything
    else keeps its text, uncoded ("opened investigations against dozens of insurers", "blamed
    Netanyahu's policies"): PLOVER's recipient need not be a state, and annotators name it so.
    A noun that names the act itself (``acts``: "launched an investigation") is no recipient;
    its "against/on/into" phrase may be."""
    for root in roots:
        counterpart = object_of_prep(root, COUNTERPART_PREPS)
        if offset + root.idx < after or not (relation(root) in TEXT_TARGET_DEPS or counterpart):
            continue
        if counterpart and root.head.i < root.head.head.i:
            continue  # a phrase before its verb sets the scene: "At one point, X called ..."
        if relation(root) == "attr" and not is_name(root):
            continue  # "said he is a liar": what the subject is, not whom it is said of
        if is_noun(root):
            inner = prep_objects(root, _about_preps(root))
            if inner:
                root = inner[0]
            elif root.lemma_.lower() in acts:
                continue
        if root.lower_ in _PERSONS and relation(root) in ("dobj", "dative"):
            # "charged him with fraud": a person we cannot name is still the one charged,
            # not the charge
            return Actor(root.text, None, None, offset + root.idx, offset + root.idx + len(root))
        if not (is_name(root) or is_noun(root)) or _head_of(root).ent_type_ in NOT_ACTORS:
            continue
        text, *span = phrase_text(root, offset)
        found = arts.actors.lookup(text, on, whole=True) if is_name(root) else None
        if found is not None and (" " in text or found.kind != "person"):  # not "Bill" alone
            return Actor(text, found.name, found.code, *span)
        return Actor(text, None, None, *span)
    return None


def _about_preps(noun) -> tuple:
    """The prepositions of a noun that name whom its act is against ("an attack on X"); of
    the doer's own view or feeling, also what it is about ("voiced his doubts about the suit",
    "expressed their anger over the raid"): the view is no recipient."""
    own = any(relation(c) == "poss" and is_pronoun(c) for c in noun.children)
    return (*ACT_COUNTERPART_PREPS, *_ABOUT) if own else ACT_COUNTERPART_PREPS


def _head_of(noun):
    """The noun that says what a phrase is: "insurers" in "dozens of insurers"."""
    if noun.ent_type_ in ("CARDINAL", "QUANTITY"):
        of = objects_of_word(noun, "of")
        return of[0] if of else noun
    return noun

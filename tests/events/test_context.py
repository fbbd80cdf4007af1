"""Sides taken from the article's other acts (``events.context``), on events built by hand: no
parse is needed once every sentence is coded."""

from crosswire.events.confidence import CONTEXT_DOER, CONTEXT_RECIPIENT
from crosswire.events.context import CONTEXT_CHARS, names_actor, same_actor, sides_from_article
from crosswire.events.referents import ArticleActors
from crosswire.types import Actor, Event

NORLAND = Actor("Norland", "Norland", "NRL")
ESTOVIA = Actor("Estovia", "Estovia", "EST")
MINISTER = Actor("the minister", "Ida Berg", "ESTGOV")
# an article that names no court and whose verbs are none of the ones looked up
NOTHING = ArticleActors((), (), None, None)


def _event(plover, cameo, source, target, at, rule="model:event_v22"):
    """An event whose sentence starts at ``at`` and runs 40 characters."""
    return Event(
        source=source,
        target=target,
        cameo=cameo,
        plover=plover,
        mode="",
        goldstein=0.0,
        quad=3,
        date=None,
        date_source="document",
        modality="asserted",
        sentence_start=at,
        sentence_end=at + 40,
        trigger_start=at + 5,
        trigger_end=at + 10,
        confidence=0.6,
        rule=rule,
    )


def test_names_and_same_actor():
    assert names_actor(NORLAND) and not names_actor(Actor("the rumours")) and not names_actor(None)
    assert same_actor(MINISTER, Actor("Berg", "Ida Berg")) and not same_actor(MINISTER, ESTOVIA)


def test_a_denial_with_no_target_answers_the_accusation_against_its_doer():
    accusation = _event("ACCUSE", "112", NORLAND, ESTOVIA, 0)
    denial = _event("REJECT", "016", MINISTER, None, 50)
    out = sides_from_article([accusation, denial], [], NOTHING)
    assert out[1].target == NORLAND
    # no accusation against Estovia before it: nothing to answer
    alone = sides_from_article([_event("REJECT", "016", MINISTER, None, 0)], [], NOTHING)
    assert alone[0].target is None


def test_a_denial_answers_what_was_said_of_its_doer_not_of_its_country():
    # Estovia's ruling party is not the state an industry group criticised
    lobby = Actor("the lobby", None, "BUS")
    party = Actor("the ruling party", "Unity Party", "ESTPTY")
    accusation = _event("ACCUSE", "111", lobby, ESTOVIA, 0)
    rejection = _event("REJECT", "120", party, Actor("the amendment"), 300)
    out = sides_from_article([accusation, rejection], [], NOTHING)
    assert out[1].target == Actor("the amendment")
    # the state named by its government answers what was said of the state
    denial = _event("REJECT", "016", MINISTER, None, 300)
    said = sides_from_article([accusation, denial], [], NOTHING)
    assert said[1].target == lobby


def test_a_stance_with_no_recipient_takes_the_other_side_of_the_act_just_before():
    act = _event("ACCUSE", "112", ESTOVIA, NORLAND, 0)
    retort = _event("ACCUSE", "111", NORLAND, None, 50)  # "Norland hit back"
    out = sides_from_article([act, retort], [], NOTHING)
    assert out[1].target == ESTOVIA  # not Norland, its own doer
    assert out[1].rule.endswith(CONTEXT_RECIPIENT)
    far = _event("ACCUSE", "111", NORLAND, None, 40 + CONTEXT_CHARS + 10)
    assert sides_from_article([act, far], [], NOTHING)[1].target is None


def test_an_act_of_force_with_no_doer_takes_the_articles_doer_of_such_acts():
    raids = [_event("ASSAULT", "190", NORLAND, ESTOVIA, at) for at in (0, 50)]
    unnamed = _event("ASSAULT", "190", None, ESTOVIA, 100)
    out = sides_from_article([*raids, unnamed], [], NOTHING)
    assert out[2].source == NORLAND and out[2].rule.endswith(CONTEXT_DOER)
    # named once only: not enough to say who did the unnamed one
    once = sides_from_article([raids[0], unnamed], [], NOTHING)
    assert once[1].source is None

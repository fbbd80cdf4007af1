"""The parse questions the event rules ask (``events/syntax.py``), on sentences whose parse
the packaged model gets right."""

import pytest

from crosswire.events import syntax
from crosswire.events.nominal import doers_of

pytestmark = pytest.mark.slow


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def _words(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_subjects_and_objects_of_a_verb(nlp):
    verb = _token(nlp, "Chile expelled two diplomats.", "expelled")
    assert _words(syntax.subjects(verb)) == ["Chile"]
    assert _words(syntax.children(verb, "dobj")) == ["diplomats"]
    assert syntax.has_subject(verb) and not syntax.is_passive(verb)


def test_a_passive_and_its_agent(nlp):
    verb = _token(nlp, "The envoy was expelled by Chile.", "expelled")
    assert syntax.is_passive(verb) and syntax.has_passive_aux(verb)
    assert _words(syntax.agents(verb)) == ["Chile"]
    assert syntax.is_past_participle(verb)


@pytest.mark.parametrize(
    ("words", "expected"),
    [(None, ["Peru", "Lima"]), (("with",), ["Peru"]), (("in", "at"), ["Lima"])],
)
def test_prep_objects_of_some_or_all_prepositions(nlp, words, expected):
    verb = _token(nlp, "Chile met with Peru in Lima.", "met")
    assert _words(syntax.prep_objects(verb, words)) == expected


def test_an_infinitive_complement_and_its_governor(nlp):
    doc = nlp("Quito decided to close the border.")
    close = next(t for t in doc if t.text == "close")
    assert syntax.infinitive(close)
    assert [(dep, gov.text) for dep, gov in syntax.climb(close, ("xcomp",))] == [
        ("xcomp", "decided")
    ]
    assert _words(syntax.complements(close.head)) == ["close"]


def test_a_finite_clause_has_its_own_subject_and_tense(nlp):
    said = _token(nlp, "Lima said that it had closed the border.", "said")
    [clause] = syntax.children(said, "ccomp")
    assert syntax.finite_clause(clause)
    assert syntax.auxiliaries(clause) == ["had"]


def test_a_noun_phrase_without_its_determiner(nlp):
    noun = _token(nlp, "Police arrested the minister's new advisers.", "advisers")
    first, last = syntax.noun_phrase(noun)
    assert (first.text, last.text) == ("minister", "advisers")


def test_up_to_stops_at_the_phrase_root(nlp):
    doc = nlp("The ambassador of Chile to Peru resigned.")
    peru = next(t for t in doc if t.text == "Peru")
    ambassador = next(t for t in doc if t.text == "ambassador")
    path = syntax.up_to(peru, ambassador)
    assert path[0] is not None and path[-1] == ambassador
    assert syntax.object_of_prep(peru, ("to",))


@pytest.mark.parametrize(
    ("text", "noun", "doer"),
    [
        ("Several Peruvian officials were involved in the negotiations.", "negotiations",
         "officials"),  # a passive "involved in" lends its subject
        ("The Chilean government initiated the conversation.", "conversation", "government"),
    ],
)  # fmt: skip
def test_a_verb_that_carries_an_act_noun_lends_its_subject(nlp, text, noun, doer):
    assert [t.text for t in doers_of(_token(nlp, text, noun))] == [doer]


def test_a_sentence_is_read_once_for_each_of_its_words(nlp):
    from crosswire.events.syntax import content_lemmas, sentence_text

    doc = nlp("The council rejected the new budget. Did the mayor resign?")
    first, second = list(doc.sents)
    assert sentence_text(doc[1]) == sentence_text(doc[3]) == first.text
    assert sentence_text(second[2]) == second.text
    assert content_lemmas(doc[2]) == ("council", "reject", "new", "budget")
    assert content_lemmas(second[0]) == ("mayor", "resign")

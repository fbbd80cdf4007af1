"""The root classifier: its file format, its arithmetic, and the packaged model."""

import math

import pytest

from crosswire.errors import DataError
from crosswire.events.rootmodel import NONE, RootModel, load_root_model

TOY = {
    "name": "toy",
    "meta": {"trained_on": "nothing"},
    "classes": ["ASSAULT", NONE],
    "intercept": [0.0, 1.0],
    "weights": {"v=shell": [3.0, -1.0]},
}


def test_probabilities_are_a_softmax():
    model = RootModel.from_json(TOY)
    probs = model.probabilities(["v=shell", "v=shell", "unknown"])  # repeats count once
    assert math.isclose(sum(probs.values()), 1.0)
    assert math.isclose(probs["ASSAULT"], 1 / (1 + math.exp(-3.0)))
    assert model.predict(["v=shell"])[0] == "ASSAULT"
    assert model.predict([])[0] == NONE


@pytest.mark.parametrize(
    "broken",
    [
        {**TOY, "weights": {"v=shell": [1.0]}},
        {**TOY, "intercept": [0.0]},
        {k: v for k, v in TOY.items() if k != "classes"},
    ],
)
def test_malformed_model_is_a_data_error(broken):
    with pytest.raises(DataError):
        RootModel.from_json(broken)


def test_packaged_model_names_its_training_data():
    model = load_root_model()
    assert model.name == "event_v24"
    trained_on = str(model.meta["trained_on"])
    assert "not held back" in trained_on and "synthetic" in trained_on
    assert NONE in model.classes and "ASSAULT" in model.classes


def _features_of(nlp, text: str, word: str) -> list[str]:
    from crosswire.events.rootmodel import predicate_features

    verb = next(t for t in nlp(text) if t.text == word)
    return predicate_features(verb)


def test_a_participle_joined_to_a_passive_shares_its_subject(nlp):
    # "expelled" has no subject of its own: the passive before it gives one
    feats = _features_of(nlp, "Two reporters were detained and expelled by the junta.", "expelled")
    assert "no-subject" not in feats
    assert any(f.startswith("nsubjpass:kind=") for f in feats)


def test_an_active_verb_without_a_subject_has_none(nlp):
    feats = _features_of(nlp, "The minister arrived late and left early.", "left")
    assert "no-subject" in feats
    assert not any(f.startswith("nsubjpass:kind=") for f in feats)


def test_the_verb_is_paired_with_the_kind_of_its_object(nlp):
    # one verb, two acts: supporting a person is support, supporting a plan is often a stance
    person = _features_of(nlp, "The mayor supported Clinton in the primary.", "supported")
    thing = _features_of(nlp, "The mayor supported the plan in the primary.", "supported")
    assert "v|dobj:kind=support|PERSON" in person
    assert "v|dobj:kind=support|NOUN" in thing and "v|dobj:kind=support|PERSON" not in thing


def test_the_verb_is_paired_with_the_kind_of_what_its_preposition_names(nlp):
    envoy = _features_of(nlp, "The minister met with Sergei Lavrov on Friday.", "met")
    wall = _features_of(nlp, "The minister met with resistance on Friday.", "met")
    assert "v|prep:kind=meet|with|PERSON" in envoy
    assert "v|prep:kind=meet|with|NOUN" in wall and "v|prep:kind=meet|with|PERSON" not in wall


def _parsed(words, heads, deps):
    from spacy.tokens import Doc

    from crosswire.nlp.model import load_nlp

    lemmas = [w.lower() for w in words]
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_the_model_reads_one_direct_object_of_a_verb():
    from crosswire.events.rootmodel import dependents, predicate_features

    # a misparse that hangs a second object on the verb: "Ostria closing the port 'a blow'"
    words = ["Ostria", "closing", "the", "port", "a", "blow"]
    doc = _parsed(words, [1, 1, 3, 1, 5, 1], ["nsubj", "ROOT", "det", "dobj", "det", "dobj"])
    verb = doc[1]
    assert [c.text for c in dependents(verb) if c.dep_ == "dobj"] == ["port"]
    features = predicate_features(verb)
    assert "dobj=port" in features and not any("blow" in f for f in features if "dobj" in f)


def test_a_hyphenated_object_split_by_the_tokenizer_is_one_object():
    from crosswire.events.rootmodel import dependents

    words = ["Aldo", "leaked", "the", "e", "-", "mails", "today"]
    deps = ["nsubj", "ROOT", "det", "dobj", "dobj", "dobj", "npadvmod"]
    doc = _parsed(words, [1, 1, 5, 1, 1, 1, 1], deps)
    kept = dependents(doc[1])
    assert [c.text for c in kept if c.dep_ == "dobj"] == ["mails"]
    assert [c.text for c in kept if c.dep_ != "dobj"] == ["Aldo", "today"]

"""Static word vectors for the event model, and the model that weighs them."""

import numpy as np
import pytest

from crosswire.errors import DataError
from crosswire.events import wordvectors
from crosswire.events.rootmodel import (
    NONE,
    RootModel,
    feature_words,
    load_root_model,
    predicate_features,
)
from tests.helpers import events_of, needs_vectors


def test_feature_words_reads_the_three_groups_of_real_features():
    from crosswire.nlp.model import load_nlp

    doc = load_nlp()("The senator scolded the minister over the budget in parliament.")
    verb = next(t for t in doc if t.lemma_ == "scold")
    lemma, args, words = feature_words(predicate_features(verb, ["pattern=ACCUSE"]))
    assert lemma == ["scold"]
    assert args == ["minister", "budget"]
    assert {"senator", "minister", "budget", "parliament"} <= set(words)


def test_dense_weights_of_the_wrong_shape_are_a_data_error():
    toy = {
        "name": "toy",
        "meta": {},
        "classes": ["ACCUSE", NONE],
        "intercept": [0.0, 0.0],
        "weights": {},
        "dense": [[0.0, 0.0]] * 10,
    }
    with pytest.raises(DataError):
        RootModel.from_json(toy)


def test_the_parse_only_model_is_the_fallback(monkeypatch):
    model = load_root_model(parse_only=True)
    assert model.dense is None
    rich = load_root_model(parse_only=False)
    assert model.name == f"{rich.name}_parse"  # an event's rule tells which model coded it
    assert model.meta["trained_on"] == rich.meta["trained_on"]
    monkeypatch.setattr(wordvectors, "available", lambda: False)
    assert load_root_model().dense is None  # chosen by what is installed
    monkeypatch.setattr(wordvectors, "load_word_vectors", _not_installed)
    coded = events_of("Hungary's parliament condemned the Slovak government over the new law.")
    assert [e.plover for e, _ in coded] == ["ACCUSE"]  # the coder runs on the fallback


def _not_installed():
    raise AssertionError("the fallback read the word vectors")


@needs_vectors
def test_vectors_are_unit_means_and_zero_for_no_words():
    table = wordvectors.load_word_vectors()
    v = table.of_groups(feature_words(["v=negotiate", "dobj=treaty"]))
    assert v.shape == (wordvectors.DIM,)
    lemma, args, words = np.split(v, 3)
    assert np.isclose(np.linalg.norm(lemma), 1.0) and np.isclose(np.linalg.norm(args), 1.0)
    assert not words.any()


@needs_vectors
def test_the_packaged_model_weighs_vectors():
    model = load_root_model(parse_only=False)
    assert model.dense is not None and model.dense.shape == (wordvectors.DIM, len(model.classes))
    assert "word_vectors" in model.meta


@needs_vectors
def test_vectors_carry_a_root_to_a_verb_never_trained_on():
    """Trained on a few verbs of blame, of meeting and of cooking, a model with word vectors
    gives a spelling and a near-synonym it never saw more of their root than the parse-only
    model does (which knows nothing of them)."""
    from tools import train_root_model as training

    blame = ["criticize", "condemn", "denounce", "blame", "accuse"]
    meet = ["meet", "visit", "host", "receive", "welcome"]
    cook = ["bake", "fry", "boil", "roast", "stir"]
    data = [([f"v={v}", "dobj:kind=ORG"], "ACCUSE") for v in blame] * 3
    data += [([f"v={v}", "dobj:kind=ORG"], "CONSULT") for v in meet] * 3
    data += [([f"v={v}", "dobj:kind=NOUN"], NONE) for v in cook] * 3
    plain = RootModel.from_json(training.fit(data, {}, "toy"))
    rich = RootModel.from_json(training.fit(data, {}, "toy", vectors=True))
    for verb, root in (("criticise", "ACCUSE"), ("greet", "CONSULT")):
        unseen = [f"v={verb}", "dobj:kind=NOUN"]
        assert rich.probabilities(unseen)[root] > plain.probabilities(unseen)[root] + 0.15
    assert rich.predict(["v=fry", "dobj:kind=NOUN"])[0] == NONE

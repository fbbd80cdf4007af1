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
    assert model.name == "event_v19"
    trained_on = str(model.meta["trained_on"])
    assert "not held back" in trained_on and "synthetic" in trained_on
    assert NONE in model.classes and "ASSAULT" in model.classes

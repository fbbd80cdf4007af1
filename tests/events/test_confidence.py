"""Event confidence: the calibrator's file format, its features and its arithmetic."""

import math

import pytest

from crosswire.errors import DataError
from crosswire.events.confidence import Calibrator, load_calibrator, rule_kind, signals
from crosswire.types import Actor, Event


def _event(rule="model:event_v5", target=None, modality="asserted", plover="ACCUSE"):
    return Event(
        source=Actor("Ruritania", "Ruritania", "RUR"),
        target=target,
        cameo="111",
        plover=plover,
        mode="",
        goldstein=-2.0,
        quad=3,
        date=None,
        date_source=None,
        modality=modality,
        sentence_start=0,
        sentence_end=10,
        trigger_start=0,
        trigger_end=4,
        confidence=0.6,
        rule=rule,
    )


@pytest.mark.parametrize(
    ("rule", "kind"),
    [
        ("model:event_v5", "model"),
        ("pattern:expel|diplomat|161", "phrase"),
        ("pattern:leave||040", "bare"),
        ("refuse:release>pattern:release||0841", "refuse"),
    ],
)
def test_rule_kind(rule, kind):
    assert rule_kind(rule) == kind


def test_signals_describe_the_event():
    found = signals(_event(target=Actor("the plan")), 0.5)
    assert found["logit"] == pytest.approx(0.0)
    assert found["rule=model"] == 1.0 and found["modality=asserted"] == 1.0
    assert found["source_coded"] == 1.0
    assert found["target_named"] == 0.0 and found["target_coded"] == 0.0
    coded = signals(_event(target=Actor("Borduria", "Borduria", "BOR")), 0.5)
    assert coded["target_named"] == 1.0 and coded["target_coded"] == 1.0


def test_identity_weights_keep_the_raw_score():
    identity = Calibrator.from_json({"weights": {"logit": 1.0}})
    for raw in (0.1, 0.5, 0.93):
        assert identity(_event(), raw) == pytest.approx(raw, abs=1e-6)


def test_weights_move_the_score_by_signal():
    cal = Calibrator.from_json({"weights": {"logit": 1.0, "modality=planned": -2.0}})
    planned = cal(_event(modality="planned"), 0.5)
    assert planned == pytest.approx(1 / (1 + math.exp(2.0)))
    assert planned < cal(_event(), 0.5)


def test_extreme_raw_scores_stay_finite():
    cal = Calibrator.from_json({"weights": {"logit": 50.0}})
    assert 0.0 < cal(_event(), 0.0) < 1.0
    assert 0.0 < cal(_event(), 1.0) <= 1.0


@pytest.mark.parametrize("broken", [{}, {"weights": {"logit": "high"}}, {"weights": [1.0]}])
def test_a_malformed_file_is_a_data_error(broken):
    with pytest.raises(DataError):
        Calibrator.from_json(broken)


def test_packaged_calibrator_names_its_training_data():
    cal = load_calibrator()
    assert "out of fold" in str(cal.meta["trained_on"])
    assert "logit" in cal.weights


def test_a_recipient_taken_from_context_is_not_one_the_sentence_names():
    named = _event(target=Actor("Freedonia", "Freedonia", "FRE"))
    inferred = _event(rule="model:event_v5+recipient:context", target=named.target)
    assert signals(named, 0.6)["target_named"] == 1.0
    assert signals(inferred, 0.6)["target_named"] == 0.0
    assert signals(inferred, 0.6)["rule=model"] == 1.0  # still the model's reading

"""How the coder uses the event model: verbs of saying, doers the dictionary cannot code, and
the doer of a purpose clause. Toy models (not the packaged one) make each decision explicit."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.events.rootmodel import NONE, RootModel
from crosswire.pipeline import analyse_articles, coding_steps
from crosswire.types import Article, DocumentDate

pytestmark = pytest.mark.slow


def _toy(root: str, weights: dict[str, float], default: float = -6.0) -> RootModel:
    """A model that reads ``root`` where its features carry weight, and nothing elsewhere."""
    return RootModel.from_json(
        {
            "name": "toy",
            "meta": {},
            "classes": [root, NONE],
            "intercept": [default, 0.0],
            "weights": {f: [w, 0.0] for f, w in weights.items()},
        }
    )


def _events(text: str, model: RootModel):
    when = DocumentDate(date(2022, 3, 4), "given", 1.0)
    coding = coding_steps(model, calibrator=lambda event, raw: raw)
    doc = analyse_articles([(Article(id="t", text=text), when)], coding=coding)[0]
    return {text[e.trigger_start : e.trigger_end]: e for e in doc.events}


def test_a_verb_of_saying_is_the_act_the_model_reads_in_it():
    text = "Canada said Peru was a disgrace to the region."
    found = _events(text, _toy("ACCUSE", {"v=say": 12.0}))
    assert "said" in found
    ev = found["said"]
    assert ev.plover == "ACCUSE"
    assert (ev.source.code or "").startswith("CAN")
    assert ev.target is not None and (ev.target.code or "").startswith("PER")


def test_a_verb_of_saying_the_model_reads_as_no_act_is_none():
    found = _events("Canada said Peru was a disgrace to the region.", _toy("ACCUSE", {}))
    assert "said" not in found


@pytest.mark.parametrize(("weight", "reported"), [(8.0, True), (-0.2, False)])
def test_a_doer_without_a_code_acts_only_when_the_model_is_sure(weight, reported):
    # invented people: the dictionary codes neither; P(ACCUSE) is ~1.0 or ~0.45
    text = "Orlan Vesk criticized Tamsin Dreyl over the budget on Tuesday."
    found = _events(text, _toy("ACCUSE", {"v=criticize": weight - (-6.0)}))
    assert ("criticized" in found) is reported
    if reported:
        ev = found["criticized"]
        assert ev.source.code is None and ev.source.name and "Vesk" in ev.source.name
        assert ev.target is not None and "Dreyl" in (ev.target.name or ev.target.text)


def test_a_purpose_clause_has_the_doer_of_its_clause():
    text = "Germany flew its foreign minister to Kyiv to meet Ukrainian officials."
    found = _events(text, _toy("CONSULT", {"v=meet": 12.0}))
    ev = found["meet"]
    assert (ev.source.code or "").startswith("DEU")
    assert ev.target is not None and (ev.target.code or "").startswith("UKR")


@pytest.mark.parametrize(("weight", "reported"), [(8.0, True), (-0.4, False)])
def test_a_statement_pattern_gives_way_only_to_a_sure_model(weight, reported):
    # the dictionary reads "expressed alarm" as a comment (CAMEO 012: no PLOVER event); a
    # model that reads an accusation at P ~1.0 codes it, at P ~0.4 it does not
    text = "Japan expressed alarm at the missile tests by North Korea."
    found = _events(text, _toy("ACCUSE", {"v=express": weight - (-6.0)}))
    assert ("expressed" in found) is reported


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        # a comment (CAMEO 012) tells the model the dictionary sees no act, not a request
        ("Peru voiced concern over the troop movements by Chile.", "voiced", "pattern=NONE"),
        # an appeal (020) may be a request when addressed to someone
        ("Peru appealed to Chile for calm along the border.", "appealed", "pattern=REQUEST"),
    ],
)
def test_a_statement_pattern_is_cued_as_no_act(text, verb, cue):
    from crosswire.events.coder import predicate_reading
    from crosswire.events.ontology import load_ontology
    from crosswire.events.patterns import load_verb_patterns
    from crosswire.nlp.model import load_nlp

    tok = next(t for t in load_nlp()(text) if t.text == verb)
    _, features = predicate_reading(tok, load_verb_patterns(), load_ontology())
    assert cue in features

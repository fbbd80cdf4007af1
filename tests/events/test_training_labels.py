"""Which predicate a gold event labels when the event model is trained (tools/train_event_model,
tools/train_root_model): the syntax finds the verb above the event's sides; the verb dictionary
moves the label to the verb it reads as the event's root when the syntax found another."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from eval.news_gold import GoldArticle


def _labels(nlp, text: str, events: list[dict]) -> dict[str, str]:
    import train_event_model as training

    sentence = {"n": 0, "start": 0, "end": len(text), "events": events}
    article = GoldArticle("t", text, None, (sentence,))
    labelled = training.news_labels(article, training.parse(article, nlp))
    return {t.text: label for t, label in labelled}


def _event(root: str, source: str | None, target: str | None) -> dict:
    return {"type": root, "source": source, "target": target}


@pytest.mark.parametrize(
    "text, root, source, target, act, passed_over",
    [
        (
            "The governor posted a video in which she apologized to the nurses.",
            "YIELD",
            "The governor",
            None,
            "apologized",
            "posted",
        ),
        (
            "Ruiz went on to praise the mayor for the new budget.",
            "SUPPORT",
            "Ruiz",
            "the mayor",
            "praise",
            "went",
        ),
    ],
)
def test_a_gold_event_labels_the_verb_the_dictionary_reads_as_its_root(
    nlp, text, root, source, target, act, passed_over
):
    labels = _labels(nlp, text, [_event(root, source, target)])
    assert labels[act] == root
    assert labels[passed_over] == "NONE"


def test_a_verb_the_dictionary_agrees_with_keeps_the_label(nlp):
    """The syntax's verb stays when the dictionary reads it as the root, though another verb of
    the sentence is read so too."""
    text = "The union criticized the ministry and later blamed the mayor."
    labels = _labels(nlp, text, [_event("ACCUSE", "The union", "the ministry")])
    assert labels["criticized"] == "ACCUSE"
    assert labels["blamed"] == "NONE"


def test_with_no_verb_of_the_root_the_syntax_decides(nlp):
    """ "said" carries an accusation the dictionary cannot read (a speech act): it keeps it."""
    text = "The mayor said the ministry had wasted the money."
    labels = _labels(nlp, text, [_event("ACCUSE", "The mayor", None)])
    assert labels["said"] == "ACCUSE"


@pytest.mark.parametrize(
    "text, source, target, root, act, passed_over",
    [
        (
            "Norway summoned the Iranian envoy to complain about the arrests.",
            "Norway",
            "the Iranian envoy",
            "ACCUSE",
            "complain",
            "summoned",
        ),
        (
            "Spain gave 40 million euros to rebuild schools in Honduras.",
            "Spain",
            "Honduras",
            "AID",
            "gave",
            "rebuild",
        ),
    ],
)
def test_a_sentence_set_event_labels_the_verb_of_its_root(
    nlp, text, source, target, root, act, passed_over
):
    """zsp's sentences are aligned the same way (``train_root_model.label_predicates``)."""
    import train_root_model as training

    record = {"events": [{"source": source, "target": target, "code": root}]}
    labels = {t.text: label for t, label in training.label_predicates(nlp(text), record)}
    assert labels[act] == root
    assert labels[passed_over] == "NONE"

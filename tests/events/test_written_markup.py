"""The markup of the hand-written training sentences (tools/synthetic/written.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from synthetic.written import FOLDER, MarkupError, parse_line, records


def test_marks_become_offsets_into_the_plain_sentence():
    line = "{S|The mayor} [blamed|ACCUSE] {T|the water board} and [promised|NONE|planned] repairs."
    record = parse_line(line, "t-1")
    text = record["text"]
    assert text == "The mayor blamed the water board and promised repairs."
    blamed, promised = record["predicates"]
    assert text[blamed["start"] : blamed["end"]] == "blamed"
    assert text[slice(*blamed["source"])] == "The mayor"
    assert text[slice(*blamed["target"])] == "the water board"
    assert (blamed["type"], blamed["modality"]) == ("ACCUSE", "asserted")
    assert (promised["type"], promised["modality"], promised["source"]) == ("NONE", "planned", None)


def test_numbered_spans_belong_to_the_second_verb():
    line = "{S|Oslo} [hosted|CONSULT] {T|envoys} as {S2|rebels} [shelled|ASSAULT] {T2|the port}."
    first, second = parse_line(line, "t-2")["predicates"]
    text = parse_line(line, "t-2")["text"]
    assert text[slice(*first["target"])] == "envoys"
    assert text[slice(*second["source"])] == "rebels"


@pytest.mark.parametrize(
    "line",
    [
        "No verb is marked here.",
        "The envoy [walked out|PROTEST] of the room.",  # one word a predicate
        "The envoy [left|LEAVE] the room.",  # no such type
        "The envoy [left|PROTEST|maybe] the room.",  # no such modality
        "{S|The envoy} [left|PROTEST] {S|again}.",  # two sources of one verb
        "The envoy [left|PROTEST] the {T3|room}.",  # a third verb that is not there
        "The envoy left | the room [left|NONE].",  # stray markup
    ],
)
def test_bad_markup_is_refused(line):
    with pytest.raises(MarkupError):
        parse_line(line, "t-bad")


def test_every_shipped_sentence_parses():
    recs = records(FOLDER)
    assert len({r["text"] for r in recs}) == len(recs)
    for r in recs:
        assert 8 <= len(r["text"].split()) <= 60, r["id"]

"""The event scorers' pure helpers: root mapping, actor keys, head words and actor matching."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import pytest

from crosswire.types import Actor, Event
from eval.score_events import (
    Counts,
    actor_matches,
    calibration_error,
    code_key,
    compare_sentence,
    head_word,
    plover_root,
    resolve_span,
    scored_events,
)
from eval.score_petrarch import direction_counts, gold_country, names_country

SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "MED", "REB"})


@dataclass(frozen=True)
class Match:
    code: str


class FakeDictionary:
    """A small stand-in for the actor dictionary."""

    names: ClassVar[dict[str, str]] = {"nato": "IGOWSTNAT", "russia": "RUS", "police": "COP"}
    adjectives: ClassVar[dict[str, str]] = {"iranian": "IRN", "south korean": "KOR"}

    def lookup(self, text: str):
        code = next((c for k, c in self.names.items() if k in text.lower()), None)
        return Match(code) if code else None

    def country(self, adjective_or_name: str) -> str | None:
        return self.adjectives.get(adjective_or_name.lower())


def event(plover: str, source: Actor, target: Actor | None, modality: str = "asserted") -> Event:
    return Event(
        source, target, "000", plover, "", 0.0, 1, None, "none", modality, 0, 1, 0, 1, 1.0, "test"
    )


@pytest.mark.parametrize(
    ("label", "root"),
    [
        ("AGREE", "AGREE"),
        ("sanction", "SANCTION"),
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("CONCEDE", "YIELD"),
        ("RETREAT", "YIELD"),
        ("FIGHT", "ASSAULT"),
        (" yield ", "YIELD"),
        ("", None),
        (None, None),
        ("STATEMENT", None),
    ],
)
def test_plover_root(label, root):
    assert plover_root(label) == root


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("RUSGOV", "RUS"),
        ("usa", "USA"),
        ("IGOWSTNAT", "IGOWSTNAT"),
        ("NGOUSAHRI", "NGOUSAHRI"),
        ("COP", None),
        ("JUDGOV", None),
        ("---GOV", None),
        ("", None),
        (None, None),
    ],
)
def test_code_key(code, key):
    assert code_key(code, SECTORS) == key


@pytest.mark.parametrize(
    ("span", "head"),
    [
        ("the district court in Lyon", "court"),
        ("Iran's government", "government"),
        ("Turkish President Recep Tayyip Erdogan", "erdogan"),
        ("Cipollone, White House counsel", "cipollone"),
        ("dozens of insurers", "dozens"),
        ("", ""),
    ],
)
def test_head_word(span, head):
    assert head_word(span) == head


@pytest.mark.parametrize(
    ("span", "key"),
    [
        ("NATO allies", "IGOWSTNAT"),
        ("Russia", "RUS"),
        ("Iranian Foreign Minister Zorblat Krang", "IRN"),
        ("the South Korean navy", "KOR"),
        ("local police", None),  # a role without a country resolves to nothing
        ("a recipient", None),
    ],
)
def test_resolve_span(span, key):
    assert resolve_span(span, FakeDictionary(), SECTORS) == key


@pytest.mark.parametrize(
    ("gold_span", "gold_key", "ours", "ours_key", "same"),
    [
        ("Russian diplomats", "RUS", Actor("Moscow", "Russia", "RUSGOV"), "RUS", True),
        ("Russian diplomats", "RUS", Actor("Kiev", "Ukraine", "UKR"), "UKR", False),
        ("Russian diplomats", "RUS", Actor("diplomats"), None, False),
        ("the district court in Lyon", None, Actor("court"), None, True),
        ("Siemens", None, Actor("the firm", "Siemens AG"), None, True),
        ("Siemens", None, Actor("Bosch"), None, False),
        ("Russia", "RUS", None, None, False),
    ],
)
def test_actor_matches(gold_span, gold_key, ours, ours_key, same):
    assert actor_matches(gold_span, gold_key, ours, ours_key) is same


def test_scored_events_drop_unhappened_and_unmapped():
    a = Actor("Russia", "Russia", "RUS")
    events = [event("RETREAT", a, None), event("ACCUSE", a, None, "denied"), event("", a, None)]
    assert [root for root, _ in scored_events(events)] == ["YIELD"]


def test_compare_sentence_counts_roots_and_actors():
    rus, nato = Actor("Russia", "Russia", "RUS"), Actor("NATO", "NATO", "IGOWSTNAT")
    gold = [
        {"source": "Russia", "target": "NATO", "code": "DISAPPROVE"},
        {"source": "Russia", "target": "NATO", "code": "THREATEN"},
    ]
    ours = [event("ACCUSE", rus, nato), event("ACCUSE", rus, nato), event("ASSAULT", nato, rus)]
    counts = compare_sentence(gold, ours, FakeDictionary(), SECTORS)
    # roots: {ACCUSE, ASSAULT} vs {ACCUSE, THREATEN}; the duplicate ACCUSE counts once
    assert counts == Counts(1, 2, 2, 1, 2, 2)


def test_compare_sentence_reversed_actors_miss():
    rus, nato = Actor("Russia", "Russia", "RUS"), Actor("NATO", "NATO", "IGOWSTNAT")
    gold = [{"source": "Russia", "target": "NATO", "code": "ACCUSE"}]
    counts = compare_sentence(gold, [event("ACCUSE", nato, rus)], FakeDictionary(), SECTORS)
    assert (counts.root_tp, counts.actor_tp) == (1, 0)


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("GONMIL", "GON"),
        ("ARN", "ARN"),
        ("NGOARNGOV", "ARN"),
        ("---GOV", None),
        ("###", None),
        ("INJURY TOLL", None),
    ],
)
def test_gold_country(code, country):
    assert gold_country(code) == country


@pytest.mark.parametrize(
    ("actor", "country", "named"),
    [
        (Actor("Arnor"), "ARN", True),
        (Actor("the Arnorian embassy"), "ARN", True),
        (Actor("arnor"), "ARN", False),
        (Actor("Paris", "France", "FRAGOV"), "FRA", True),
        (Actor("Gondor"), "ARN", False),
        (None, "ARN", False),
    ],
)
def test_names_country(actor, country, named):
    assert names_country(actor, country) is named


def test_direction_counts():
    gold = [{"source": "ARN", "target": "GONGOV", "code": "064"}]
    right = event("AGREE", Actor("Arnor"), Actor("Gondor government"))
    wrong = event("AGREE", Actor("Gondor"), Actor("Arnor"))
    other = event("AGREE", Actor("Arnor"), Actor("Mordor"))
    assert direction_counts(gold, [right, other]) == (1, 1)
    assert direction_counts(gold, [wrong]) == (0, 1)


def test_the_no_recipient_placeholder_matches_only_no_target():
    assert actor_matches("a recipient", None, None, None)
    assert not actor_matches("a recipient", None, Actor("Iran", "Iran", "IRN", 0, 4), "IRN")


def test_calibration_error():
    assert calibration_error([]) == 0.0
    # right as often as they claim: 0.9 right 9 times in 10, 0.5 right once in 2
    fair = [(0.9, True)] * 9 + [(0.9, False)] + [(0.5, True), (0.5, False)]
    assert calibration_error(fair) == pytest.approx(0.0)
    # always sure, right half the time
    assert calibration_error([(1.0, True), (1.0, False)]) == pytest.approx(0.5)

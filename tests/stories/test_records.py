"""`analyze` records read back as documents for `crosswire stories`: events round-trip through
the batch record, older records and other programs' records read with defaults, and an event
that cannot be read is an InputError naming its record."""

from datetime import date

import pytest

from crosswire.errors import InputError
from crosswire.events.patterns import VerbPattern, rule_of
from crosswire.records import document_record
from crosswire.stories.facts import family_of
from crosswire.stories.records import analysed_document
from crosswire.types import Actor, Article, Document, DocumentDate, Event, Place

TEXT = "Chile expelled three Peruvian consuls from Santiago on Monday."
DAY = date(2023, 5, 9)
EXPEL = VerbPattern("expel", ("consul",), "1663", "test")


def _event(**kw) -> Event:
    fields = dict(
        source=Actor("Chile", "Chile", "CHL", 0, 5), target=Actor("Peruvian consuls", None,
        "PERGOV", 21, 37), cameo="1663", plover="EXPEL", mode="", goldstein=-5.0, quad=4,
        date="2023-05-08", date_source="clause", modality="asserted", sentence_start=0,
        sentence_end=len(TEXT), trigger_start=6, trigger_end=14, confidence=0.7,
        rule=f"nominal:expulsion>{rule_of(EXPEL)}", pattern_verb="expel",
        pattern_words=("consul",),
    )  # fmt: skip
    return Event(**{**fields, **kw})


def _record(*events: Event, political: float | None = 0.82) -> dict:
    when = DocumentDate(DAY, "inferred", 0.6)
    doc = Document(Article("a1", TEXT), events=events, date=when, political=political)
    return document_record(doc)


def test_events_round_trip_through_the_batch_record():
    place = Place("Santiago", "city", "CL", "12", -33.4, -70.6, 3871336)
    events = (_event(), _event(source=None, place=place), _event(pattern_verb="", rule="model:x",
              pattern_words=()))  # fmt: skip
    doc = analysed_document(_record(*events))
    assert doc.events == events
    assert doc.date == DocumentDate(DAY, "inferred", 0.6)
    assert doc.political == 0.82


def test_a_record_not_judged_political_or_from_before_the_field_reads_as_none():
    assert analysed_document(_record(political=None)).political is None
    old = _record()
    del old["political"]  # analyze output of an older crosswire
    assert analysed_document(old).political is None


def test_a_record_from_before_event_patterns_reads_them_from_the_rule():
    rec = _record(_event())
    for e in rec["events"]:
        del e["pattern_verb"], e["pattern_words"]
    [event] = analysed_document(rec).events
    assert (event.pattern_verb, event.pattern_words) == ("expel", ("consul",))
    assert family_of(event) == "expulsion"


def test_the_family_is_the_pattern_s_not_the_rule_s():
    assert family_of(_event(rule="model:x")) == "expulsion"
    assert family_of(_event(pattern_verb="", pattern_words=())) == "EXPEL"


def test_an_event_with_only_the_contract_s_fields_reads_with_defaults():
    contract = ("source", "target", "cameo", "plover", "mode", "goldstein", "quad", "date",
                "modality", "sentence_start", "sentence_end", "confidence")  # fmt: skip
    rec = _record(_event())
    rec["events"] = [{k: e[k] for k in contract} for e in rec["events"]]
    rec["events"][0]["plover"] = None
    [event] = analysed_document(rec).events
    assert (event.trigger_start, event.trigger_end) == (0, len(TEXT))
    assert (event.rule, event.pattern_verb, event.date_source, event.plover) == (
        "",
        "",
        "sentence",
        "",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("modality", "sometimes"),
        ("sentence_start", "early"),
        ("sentence_end", None),
        ("cameo", None),
    ],
)
def test_an_event_that_cannot_be_read_names_its_record(field, value):
    rec = _record(_event())
    rec["events"][0][field] = value
    with pytest.raises(InputError, match="record 'a1'"):
        analysed_document(rec)

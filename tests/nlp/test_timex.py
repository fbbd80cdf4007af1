from datetime import date

import pytest

from crosswire.nlp.model import load_nlp
from crosswire.nlp.time import find_timexes
from crosswire.nlp.time.normalise import duration, parse_number

ANCHOR = date(2021, 10, 20)  # a Wednesday


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _read(nlp, text, anchor=ANCHOR, offset=0):
    return find_timexes([(offset, nlp(text))], anchor)


def _values(nlp, text, anchor=ANCHOR):
    return {t.text: t.value for t in _read(nlp, text, anchor)}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The council met on Monday to discuss the budget.", "Monday", "2021-10-18"),
        ("The council will meet on Monday to discuss the budget.", "Monday", "2021-10-25"),
        ("The council met last Friday.", "last Friday", "2021-10-15"),
        ("The mayor resigned three weeks ago.", "three weeks ago", "2021-09-29"),
        ("The mayor resigned three years ago.", "three years ago", "2018"),
        ("Prices rose sharply earlier this month.", "earlier this month", "2021-10"),
        ("The bridge has been closed since 2014.", "2014", "2014"),
        ("The new rules apply from November 15.", "November 15", "2021-11-15"),
        ("The clinic would be shut on November 8.", "November 8", "2021-11-08"),
        ("The inspectors arrived on October 4.", "October 4", "2021-10-04"),
        ("The inspectors arrived on December 6.", "December 6", "2020-12-06"),
        ("The club was founded on 3 March 1998.", "3 March 1998", "1998-03-03"),
        ("The memo is dated Tuesday, October 12, 2021.", "Tuesday, October 12, 2021", "2021-10-12"),
        ("The file was stamped 2019-05-07 by the clerk.", "2019-05-07", "2019-05-07"),
        ("Sales fell in November 2020.", "November 2020", "2020-11"),
        ("Music changed in the 1990s.", "the 1990s", "199"),
        ("Farmers expect rain this summer.", "this summer", "2021-SU"),
        ("The plant will open next year.", "next year", "2022"),
        ("Traffic was light this week.", "this week", "2021-W42"),
        ("The strike lasted for three years.", "three years", "P3Y"),
        ("Talks lasted almost two and a half hours.", "almost two and a half hours", "PT2.5H"),
        ("The committee meets every week.", "every week", "P1W"),
        ("The committee meets every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The launch is set for 18:30 UTC.", "18:30 UTC", "2021-10-20T18:30Z"),
        ("Profits rose in the third quarter.", "the third quarter", "2021-Q3"),
        ("The firm is currently hiring.", "currently", "PRESENT_REF"),
        ("She has recently moved abroad.", "recently", "PAST_REF"),
        ("Nobody knows what the future holds.", "the future", "FUTURE_REF"),
    ],
)
def test_detects_and_normalises(nlp, text, expr, value):
    assert _values(nlp, text).get(expr) == value


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The dam was built between 2003 and 2007.", "2003", "2007"),
        ("The festival ran 2014-2016 in the old port.", "2014", "2016"),
        ("The exhibition runs from May to June.", "May", "June"),
    ],
)
def test_ranges_give_both_ends(nlp, text, first, second):
    found = _values(nlp, text)
    assert first in found and second in found


@pytest.mark.parametrize(
    "text",
    [
        "You may leave whenever you like.",
        "Thousands march through the square.",
        "We will see a second term for the governor.",
        "A spokesperson said the plan was sound.",
        "The company employs 2000 people in the region.",
        "They are now-famous bakers.",
        "She writes a column for the Daily Courier.",
    ],
)
def test_no_time_from_ordinary_words(nlp, text):
    assert _read(nlp, text) == ()


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The inspectors arrived on October 4.", "October 4", "XXXX-10-04"),
        ("The council met on Monday.", "Monday", "XXXX-WXX-1"),
        ("The council met three weeks ago.", "three weeks ago", "XXXX-XX-XX"),
        ("The bridge has been closed since 2014.", "2014", "2014"),
    ],
)
def test_without_anchor_values_stay_underspecified(nlp, text, expr, value):
    assert _values(nlp, text, anchor=None).get(expr) == value


def test_offsets_are_article_offsets_and_anchored_flag(nlp):
    text = "The council met on Monday in 2019."
    found = _read(nlp, text, offset=100)
    article = " " * 100 + text
    assert [(article[t.start : t.end], t.anchored) for t in found] == [
        ("Monday", True),
        ("2019", False),
    ]


def test_clock_time_takes_the_day_of_its_sentence(nlp):
    found = _values(nlp, "The rocket lifted off on Monday at 09:15 GMT.")
    assert found["09:15 GMT"] == "2021-10-18T09:15Z"


@pytest.mark.parametrize(
    ("n", "code", "value"),
    [
        (2, "W", "P2W"),
        (3, "TH", "PT3H"),
        (1, "10Y", "P10Y"),
        (None, "Y", "PXY"),
        (2.5, "Y", "P2.5Y"),
    ],
)
def test_duration_values(n, code, value):
    assert duration(n, code) == value


@pytest.mark.parametrize(
    ("text", "n"), [("twenty-five", 25), ("two and a half", 2.5), ("12", 12), ("several", None)]
)
def test_parse_number(text, n):
    assert parse_number(text) == n


def test_candidates_of_some_kinds_are_those_kinds_of_all_candidates():
    from crosswire.nlp.time.detect import find_candidates

    text = "On March 3, 2019 the envoy left; two weeks ago, on 2019-04-01, she came back at 9 a.m."
    every = find_candidates(text, 5)
    kinds = frozenset({"iso", "mdy", "time"})
    some = find_candidates(text, 5, kinds=kinds)
    assert some and {c.kind for c in some} <= kinds
    assert sorted(some, key=repr) == sorted((c for c in every if c.kind in kinds), key=repr)
    assert any(c.kind not in kinds for c in every)

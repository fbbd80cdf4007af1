"""A headline in title case or capitals is parsed in the case its article writes its words in,
and given back under its own text."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.nlp.read import readings
from crosswire.nlp.truecase import body_forms, is_headline, truecase
from crosswire.pipeline import analyse_articles
from crosswire.types import Article, DocumentDate

NAMES = frozenset({"ada", "norway"})


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Mayor Backs Transit Plan And Slams Critics", True),
        ("MAYOR BACKS TRANSIT PLAN", True),
        ("Mayor backs transit plan and slams critics.", False),
        ("The mayor met Ada Lind and Bo Kerr in Oslo on Monday.", False),
        ("Mayor Backs Plan", True),
        ("Backs Plan", False),  # too few words to tell
        (" ".join(["Word"] * 30), False),  # too long for a headline
    ],
)
def test_a_headline_is_a_short_line_of_capitals(line, headline):
    assert is_headline(line) is headline


def test_words_take_the_case_the_body_writes_them_in():
    body = (
        "The mayor said on Monday that she backs the transit plan. Her critics, led by "
        "councillor Bo Kerr of the Green Party, said it would cost too much."
    )
    forms = body_forms(body)
    assert truecase("Mayor Backs Transit Plan And Slams Green Party Critics", forms, NAMES) == (
        "Mayor backs transit plan and slams Green Party critics"
    )


def test_a_word_the_body_never_writes_keeps_a_capital_only_as_a_name():
    forms = body_forms("The minister spoke.")
    assert truecase("Minister Thanks Ada And Norway", forms, NAMES) == (
        "Minister thanks Ada and Norway"
    )


def test_capitals_are_read_as_the_body_writes_them():
    forms = body_forms("Officials in Norway said the talks with NATO would resume.")
    assert truecase("NORWAY SAYS TALKS WITH NATO RESUME", forms, NAMES) == (
        "Norway says talks with NATO resume"
    )


def test_an_acronym_in_a_title_case_line_stays():
    assert truecase("Senate Panel Subpoenas FBI Files", {}, NAMES) == (
        "Senate panel subpoenas FBI files"
    )


def test_a_word_only_at_sentence_starts_keeps_its_capital():
    forms = body_forms("Van Dijk spoke first. Later the council voted.")
    assert forms["van"] == "Van"
    assert forms["council"] == "council"


def test_the_headline_itself_is_no_evidence():
    text = "Council Backs Plan\nThe council backs the plan."
    forms = body_forms(text, [(0, len("Council Backs Plan"))])
    assert forms["backs"] == "backs"
    assert "Backs" not in forms.values()


def test_a_singular_takes_its_plurals_case():
    forms = body_forms("He praised the Boy Scouts and the council.")
    assert truecase("Mayor Thanks Boy Scout Leaders", forms, NAMES) == (
        "Mayor thanks Boy Scout leaders"
    )


@given(st.text(alphabet="AbcDeF GhIİßŉ.,'’-\n", max_size=60))
def test_only_the_case_changes(line):
    out = truecase(line, body_forms("abc def Ghi"), NAMES)
    assert len(out) == len(line)
    assert out.lower() == line.lower()


def test_a_letter_whose_case_has_another_length_stays_as_written():
    line = "İSTANBUL MAYOR BACKS STRAßE PLAN"
    out = truecase(line, body_forms("The mayor backs the plan."), NAMES)
    assert len(out) == len(line)
    assert out.startswith("İSTANBUL mayor backs")


def _reading(text):
    (reading,) = readings([(Article(id="t", text=text), None)], actors=None, steps=())
    return reading


def test_the_headline_is_parsed_recased_and_kept_as_written():
    text = (
        "Governor Signs Budget And Blames Lawmakers\n"
        "The governor signed the budget on Friday and blamed lawmakers for the delay."
    )
    reading = _reading(text)
    (off, head), _ = reading.paragraphs
    assert off == 0
    assert head.text == "Governor Signs Budget And Blames Lawmakers"
    verbs = {t.text for t in head if t.pos_ == "VERB"}
    assert {"Signs", "Blames"} <= verbs
    assert [t.lemma_ for t in head if t.text == "Signs"] == ["sign"]


def test_a_body_line_is_parsed_as_written():
    text = "Governor Vetoes Budget\nThe governor vetoed the budget."
    _, (off, body) = _reading(text).paragraphs
    assert body.text == text[off:]


def test_an_act_in_a_headline_is_found_where_it_is_written():
    text = (
        "PRESIDENT CONDEMNS ATTACK ON EMBASSY IN KABUL\n"
        "The president of Afghanistan condemned the attack on the embassy in Kabul on Monday, "
        "his office said."
    )
    (doc,) = analyse_articles(
        [(Article(id="h", text=text), DocumentDate(date(2024, 5, 6), "given", 1.0))]
    )
    heads = [e for e in doc.events if e.trigger_start < text.index("\n")]
    assert heads, [(e.plover, text[e.trigger_start : e.trigger_end]) for e in doc.events]
    assert text[heads[0].trigger_start : heads[0].trigger_end] == "CONDEMNS"
    assert heads[0].plover == "ACCUSE"

"""Whether an article is political news: the domain model and the coder's gate on it."""

import numpy as np
import pytest

from crosswire import pipeline
from crosswire.errors import DataError
from crosswire.events import wordvectors
from crosswire.events.domain import (
    MIN_WORDS,
    DomainModel,
    article_words,
    load_domain_model,
    political_probability,
)
from crosswire.records import document_record
from crosswire.types import Article, Removed
from tests.helpers import needs_vectors

GAME_REVIEW = (
    "Iron Fronts is the most polished strategy game of the year. The graphics are sharp, the "
    "soundtrack swells at the right moments and the menus are easy to learn. In the campaign "
    "France invades Germany, and the player's armoured columns attack the border towns while "
    "bombers strike the bridges behind them. Each mission unlocks new tanks, skins and upgrades, "
    "and the online mode pits squads of four players against each other on huge maps. Loading "
    "times are short on both consoles, though the controller layout takes an hour to master. "
    "Fans of the genre will sink hundreds of hours into it, and the price is fair for the amount "
    "of content on offer."
)
KITCHEN_REVIEW = (
    "This slow cooker is the best kitchen gadget we tested this autumn. It holds six litres, "
    "heats evenly and keeps stews warm for hours without drying them out. The ceramic pot lifts "
    "out for washing and the glass lid seals well, so the kitchen stays free of steam. Our "
    "testers made chicken curry, beef chili and a lentil soup, and each came out tender and "
    "rich. The timer is easy to set, although the buttons are small. At this price it beats "
    "rival models that cost twice as much, and it comes in three colours."
)
CRISIS_REPORT = (
    "The parliament of Norland voted on Tuesday to impose sanctions on the government of Ostria "
    "after its army shelled border villages, the foreign minister said. The opposition party "
    "accused the prime minister of acting too slowly and demanded that the ambassador be "
    "expelled. Ostria's president rejected the accusations and warned that his country would "
    "retaliate against any new measures. Diplomats from the United Nations urged both "
    "governments to resume talks, and the European Union offered to mediate between the two "
    "capitals. Protesters gathered outside the ministry of defence, calling for a ceasefire."
)


def test_article_words_put_the_title_twice_and_leave_stop_words_out():
    words = article_words("Senate rejects budget", "The senate rejected the budget on Monday.")
    assert words[:6] == ["senate", "rejects", "budget", "senate", "rejects", "budget"]
    assert "the" not in words and "on" not in words


def test_the_model_round_trips_through_json_and_is_a_logistic_regression():
    weights = np.zeros(wordvectors.WIDTH, dtype=np.float32)
    weights[:2] = (2.0, -1.0)
    again = DomainModel.from_json(DomainModel("test", weights, 0.5).to_json())
    assert again.name == "test" and again.bias == 0.5
    x = np.zeros(wordvectors.WIDTH)
    x[:2] = 1.0
    assert again.probability(x) == pytest.approx(1 / (1 + np.exp(-1.5)))


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"name": "x", "weights": [1.0]}',
        "[]",
        '{"name": "x", "bias": 0, "weights": [1.0, 2.0]}',  # not one weight per dimension
    ],
)
def test_a_broken_model_file_is_a_data_error(text):
    with pytest.raises(DataError):
        DomainModel.from_json(text)


def test_the_packaged_model_has_one_weight_per_vector_dimension():
    assert load_domain_model().weights.shape == (wordvectors.WIDTH,)


@needs_vectors
def test_political_news_is_told_from_reviews():
    crisis = political_probability(Article(id="a", text=CRISIS_REPORT))
    kitchen = political_probability(Article(id="b", text=KITCHEN_REVIEW))
    game = political_probability(Article(id="c", text=GAME_REVIEW))
    assert crisis > 0.5
    assert kitchen < pipeline.DOMAIN_MIN and game < pipeline.DOMAIN_MIN


def test_a_text_too_short_to_say_is_not_judged():
    text = "Ostria expelled two diplomats from Norland on Friday."
    assert len(article_words(None, text)) < MIN_WORDS
    assert political_probability(Article(id="d", text=text)) is None


@needs_vectors
def test_the_acts_of_a_game_review_are_not_coded_but_those_of_political_news_are():
    game, crisis = pipeline.analyse_articles(
        [(Article(id="g", text=GAME_REVIEW), None), (Article(id="c", text=CRISIS_REPORT), None)]
    )
    assert game.events == ()
    assert {"SANCTION", "ACCUSE", "REJECT"} <= {e.plover for e in crisis.events}
    # the probability stays with the document, so a reader sees why one has no events
    assert game.political < pipeline.DOMAIN_MIN < 0.5 < crisis.political
    assert document_record(game)["political"] == game.political


def test_a_short_text_is_coded_and_its_document_says_it_was_not_judged():
    (doc,) = pipeline.analyse_articles(
        [(Article(id="s", text="Ostria expelled two diplomats from Norland on Friday."), None)]
    )
    assert doc.political is None
    assert [e.plover for e in doc.events] == ["SANCTION"]


@needs_vectors
def test_with_the_gate_open_the_game_review_would_read_as_an_invasion(monkeypatch):
    monkeypatch.setattr(pipeline, "DOMAIN_MIN", 0.0)
    (game,) = pipeline.analyse_articles([(Article(id="g", text=GAME_REVIEW), None)])
    assert any(e.plover == "ASSAULT" for e in game.events)


def test_without_the_vectors_every_article_is_coded_and_none_is_judged(monkeypatch):
    monkeypatch.setattr(wordvectors, "available", lambda: False)
    assert political_probability(Article(id="g", text=GAME_REVIEW)) is None
    (game,) = pipeline.analyse_articles([(Article(id="g", text=GAME_REVIEW), None)])
    assert game.events and game.political is None


@pytest.mark.parametrize(("political", "coded"), [(0.099, False), (0.1, True), (0.6, True)])
def test_the_gate_compares_the_probability_the_document_keeps(monkeypatch, political, coded):
    monkeypatch.setattr(pipeline, "DOMAIN_MIN", 0.1)
    monkeypatch.setattr(pipeline, "political_probability", lambda article: political)
    (doc,) = pipeline.analyse_articles([(Article(id="c", text=CRISIS_REPORT), None)])
    assert doc.political == political and bool(doc.events) == coded


@needs_vectors
def test_furniture_does_not_make_news_look_like_other_news():
    text = CRISIS_REPORT + "\n" + KITCHEN_REVIEW + "\n" + KITCHEN_REVIEW
    start = len(CRISIS_REPORT) + 1
    shop = Removed(start, len(text), "furniture:related")
    framed = political_probability(Article(id="f", text=text, removed=(shop,)))
    assert framed == political_probability(Article(id="p", text=CRISIS_REPORT + "\n"))
    assert political_probability(Article(id="u", text=text)) != framed  # the cut matters

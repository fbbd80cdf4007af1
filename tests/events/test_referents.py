"""Who a mention refers to (``events.referents``): the article's entities looked up by offset,
first-person words inside a quote, possessives by kind and gender, surnames named in full."""

import pytest

from crosswire.events.referents import (
    ArticleActors,
    described,
    named_in_full,
    pronoun_text,
    resolve_pronoun,
)
from crosswire.types import Entity, Quote


class _Genders:
    """A salience stand-in that knows only the genders it is given."""

    def __init__(self, genders):
        self._genders = genders

    def agrees(self, key, gender):
        return gender is None or self._genders.get(key) in (None, gender)


def _entities(text, *names):
    """An entity for the first mention of each (text, type, code) in ``text``."""
    out = []
    for name, kind, code in names:
        at = text.index(name)
        out.append(Entity(at, at + len(name), name, kind, name, code))
    return tuple(sorted(out, key=lambda e: e.start))


def test_pronoun_text_tells_a_pronoun_from_a_country_in_capitals():
    assert pronoun_text("They") and pronoun_text("us") and pronoun_text("her")
    assert not pronoun_text("US") and not pronoun_text("Ruiz")


def test_entities_are_looked_up_by_offset():
    text = "Ada Lind met Bo Sten in Vardo."
    ents = _entities(text, ("Ada Lind", "PERSON", None), ("Bo Sten", "PERSON", None))
    arts = ArticleActors(ents, (), None, None)
    assert [e.text for e in arts.inside(0, 15)] == ["Ada Lind"]  # Bo Sten runs past 15
    assert [e.text for e in arts.inside(0, len(text))] == ["Ada Lind", "Bo Sten"]
    assert [e.text for e in arts.before(12)] == ["Ada Lind"]
    assert arts.at(text.index("Sten")).text == "Bo Sten" and arts.at(9) is None


def test_a_surname_is_the_latest_person_named_in_full_before_it():
    text = "Ada Lind thanked Eva Lind and the mayor. Later Lind left."
    ents = _entities(
        text, ("Ada Lind", "PERSON", None), ("Eva Lind", "PERSON", None), ("mayor", "ORG", None)
    )
    arts = ArticleActors(ents, (), None, None)
    later = text.index("Lind left")
    assert named_in_full("Lind", later, arts, "PERSON").text == "Eva Lind"
    assert named_in_full("Lind", text.index("Eva"), arts).text == "Ada Lind"  # only before
    assert named_in_full("Sten", later, arts) is None


@pytest.fixture(scope="module")
def nlp():
    from crosswire.nlp.model import load_nlp

    return load_nlp()


def test_i_inside_a_quote_is_its_speaker(nlp):
    text = 'Ada Lind said: "I will veto the toll bill tomorrow."'
    ents = _entities(text, ("Ada Lind", "PERSON", "NRLGOV"))
    start = text.index('"') + 1
    quote = Quote(start, len(text) - 1, text[start:-1], True, "said", "Ada Lind")
    doc = nlp(text)
    i = next(t for t in doc if t.text == "I")
    found = resolve_pronoun(i, 0, ArticleActors(ents, (quote,), None, _Genders({})))
    assert (found.text, found.name, found.code) == ("I", "Ada Lind", "NRLGOV")
    # the same word outside any quote names no one
    assert resolve_pronoun(i, 0, ArticleActors(ents, (), None, _Genders({}))) is None


def test_a_possessive_is_the_nearest_earlier_name_of_its_gender(nlp):
    text = "Ada Lind spoke to Bo Sten. Then her office issued a short statement."
    ents = _entities(text, ("Ada Lind", "PERSON", None), ("Bo Sten", "PERSON", None))
    doc = nlp(text)
    her = next(t for t in doc if t.lower_ == "her")
    assert her.dep_ == "poss"
    genders = _Genders({"Ada Lind": "f", "Bo Sten": "m"})
    assert resolve_pronoun(her, 0, ArticleActors(ents, (), None, genders)).name == "Ada Lind"
    # with no gender known, the nearest name
    unknown = _Genders({})
    assert resolve_pronoun(her, 0, ArticleActors(ents, (), None, unknown)).name == "Bo Sten"


def test_a_definite_description_is_the_latest_organisation_named_with_its_noun(nlp):
    text = "The Vardo Harbour Board met the Vardo Rowing Club. Later the club sued the mayor."
    ents = _entities(
        text,
        ("Vardo Harbour Board", "ORG", "XHB"),
        ("Vardo Rowing Club", "ORG", None),
    )
    arts = ArticleActors(ents, (), None, None)
    doc = nlp(text)
    club, mayor = (next(t for t in doc if t.text == w) for w in ("club", "mayor"))
    found = described(club, 0, arts)
    assert (found.text, found.name, found.start) == (
        "the club",
        "Vardo Rowing Club",
        text.index("the club"),
    )
    assert described(mayor, 0, arts) is None  # no organisation's name ends with "mayor"


def test_a_description_with_words_of_its_own_is_not_a_reference(nlp):
    text = "The Vardo Harbour Board met on Monday. A new board will be chosen."
    arts = ArticleActors(_entities(text, ("Vardo Harbour Board", "ORG", "XHB")), (), None, None)
    doc = nlp(text)
    later = [t for t in doc if t.text == "board"][-1]
    assert described(later, 0, arts) is None


def test_a_thing_an_outlet_is_named_after_is_not_the_outlet(nlp):
    text = "Vardo Evening News ran the story. The clashes dominated the news for a week."
    arts = ArticleActors(_entities(text, ("Vardo Evening News", "ORG", "XMED")), (), None, None)
    doc = nlp(text)
    news = [t for t in doc if t.text == "news"][-1]
    assert described(news, 0, arts) is None

"""Referents named by a role or a document (``events.mentions``), for the pronoun salience
model, on sentences written for these tests."""

from datetime import date

from crosswire.events.actors import load_actors
from crosswire.events.mentions import article_salience
from crosswire.nlp.entities import find_entities
from crosswire.nlp.model import load_nlp
from crosswire.nlp.quotes import find_quotes
from crosswire.types import Article


def _it(text: str, nth: int = 0):
    """What the ``nth`` "It" of a one-paragraph article resolves to."""
    paras = [(0, load_nlp()(text))]
    ents = find_entities(paras, load_actors(), date(2023, 12, 22))
    quotes = find_quotes(Article(id="t", text=text), paras, ents)
    salience = article_salience(paras, ents, quotes, load_actors())
    tok = [t for t in paras[0][1] if t.text == "It"][nth]
    return salience.resolve(tok, 0)


def test_it_may_be_a_document_standing_for_its_maker():
    # the place named in the sentence before is no match for the subject of that sentence
    text = (
        "The UN Security Council adopted a resolution on Friday. The resolution demands that "
        "all detainees held in Lebanon be released. It also calls for more convoys."
    )
    found = _it(text)
    assert found is not None and found.code == "IGOUNO" and found.text == "resolution"


def test_a_document_whose_maker_is_not_named_is_no_referent():
    text = (
        "Diplomats met in Geneva on Friday. A resolution was circulated among them. "
        "It calls for more convoys."
    )
    found = _it(text)
    assert found is None or "resolution" not in found.text

"""The loaded model's attribute ruler, matching by lookup, leaves every token as the stock one."""

import pytest

from crosswire.nlp.model import IndexedRules, load_nlp, load_stock_nlp

# invented sentences that reach the ruler's special cases: spaces, "there is", contractions,
# "gets"/"got", quotes and dashes, odd tags
TEXTS = [
    "The minister got the letter on Monday and gets another one today.",
    "There are  two   reasons;\nthere's no third -- or is there?",
    "\"We won't go,\" she said. 'They'd gonna wanna leave,' he replied…",
    "  Mr. O'Neil's 3.5% rise (up from $2bn) wasn't 'expected' by the U.S. Fed!  ",
    "\n\n",
    "",
    "Ain't nobody gotta do nothin' 'bout that, y'all.",
]


@pytest.fixture(scope="module")
def stock():
    return load_stock_nlp()


def _attrs(doc):
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc
    ]


def test_the_indexed_rules_match_as_the_matcher_does(stock):
    ruler = stock.get_pipe("attribute_ruler")
    indexed = IndexedRules(ruler)
    for doc in stock.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert indexed.match(doc) == ruler.match(doc)


def test_the_loaded_model_tags_as_the_stock_one(stock):
    for ours, theirs in zip(load_nlp().pipe(TEXTS), stock.pipe(TEXTS), strict=True):
        assert _attrs(ours) == _attrs(theirs)


def test_the_cached_lemmas_are_the_stock_ones_one_doc_at_a_time(stock):
    # nlp(text) goes through the component's __call__, nlp.pipe through its pipe; the second
    # round of each is answered from the cache
    ours = load_nlp()
    # one form, two lemmas by part of speech: the cache must key on more than the form
    texts = [*TEXTS, "The old saw that she saw leaves the leaves where they lay."]
    for _ in range(2):
        for text in texts:
            assert _attrs(ours(text)) == _attrs(stock(text))
        for mine, theirs in zip(ours.pipe(texts), stock.pipe(texts), strict=True):
            assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]

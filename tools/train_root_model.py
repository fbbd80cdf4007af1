"""The zsp part of the event model's training data, and the fitter (``fit``).

``tools/train_event_model.py`` trains and writes the packaged model; this module gives it the
examples of the records of ``zsp_plv_train.jsonl`` that are NOT held back
(``eval.common.held_back``): the held-back part stays for scoring. Each gold event is aligned
to the predicate that governs its target (else its source) in the dependency parse; that
predicate is labelled with the gold root, every other candidate predicate of the sentence with
``NONE``. Sentences whose events align to no predicate are left out.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crosswire.events.coder import is_candidate
from crosswire.events.embedding import load_embedding
from crosswire.events.ontology import load_ontology
from crosswire.events.patterns import load_verb_patterns
from crosswire.events.rootmodel import NONE
from eval.score_events import plover_root

NAME = "root_v4"
EXAMPLES_FILE = "root_examples.tsv"
# Regularisation and pruning, chosen by 5-fold cross-validation on the training part (root F1
# of the whole coder, the model retrained for each fold). 2026-11-28, with the governed-act
# rules: 0.647 at C=0.25, 0.668 at 0.5, 0.671 at 1, 0.683 at 2, 0.675 at 4, 0.676 at 8;
# MIN_COUNT 1 at C=2: 0.681. (2026-11-22, before those rules, 0.5 was best.) 2026-12-03, on
# the whole news articles (gold / silver root F1, cross-validated, the trainer of
# train_event_model): C=2 0.399 / 0.342, C=1 0.398 / 0.345, C=0.5 0.405 / 0.335; root precision
# 0.563 / 0.505, 0.580 / 0.523, 0.602 / 0.531. C=1 gains precision on both sets at the same F1;
# zsp held back 0.699 -> 0.706 with it (docs/BENCHMARKS.md).
C = 1.0
MIN_COUNT = 2  # a feature seen once cannot be weighed
DIGITS = 3  # weights are rounded: the file stays small, predictions do not change
# How much the word vectors weigh beside the binary parse features: 2 against 1 at the
# predicate level, five folds over the news articles (docs/BENCHMARKS.md, 2026-12-02).
VECTOR_SCALE = 2.0


def features(tok) -> list[str]:
    """The event model's features of a predicate, as the coder computes them."""
    from crosswire.events.coder import predicate_reading

    return predicate_reading(tok, load_verb_patterns(), load_ontology())[1]


def dictionary_root(tok) -> str | None:
    """The model class the verb dictionary reads a predicate as (``NONE`` for a CAMEO 01
    statement), or None when no pattern fits it."""
    from crosswire.events.coder import pattern_root, verb_pattern

    if not is_candidate(tok):
        return None  # a verb of saying: no pattern reads it (coder.predicate_reading)
    pattern = verb_pattern(tok, load_verb_patterns())
    return None if pattern is None else pattern_root(pattern.code, load_ontology())


def agreeing(verb, cands: Sequence, root: str | None, sides: Sequence):
    """The aligned predicate, unless the verb dictionary reads it as another root and reads
    another candidate of the sentence as the event's: then that one ("posted a statement in
    which he apologized": the apology; "Trump went on to praise X": the praise). Among several,
    the one whose phrase holds a side of the event, else the nearest."""
    if verb is None or root is None or dictionary_root(verb) == root:
        return verb
    read_so = [t for t in cands if t is not verb and dictionary_root(t) == root]
    if not read_so:
        return verb
    held = {t.i for t in sides}
    covering = [t for t in read_so if held & {w.i for w in t.subtree}]
    return min(covering or read_so, key=lambda t: abs(t.i - verb.i))


def phrase_root(toks: Sequence):
    """The token of a span whose head lies outside it (its syntactic root)."""
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head == t), None)


def _span_root(doc, text: str, span: str):
    at = text.find(span) if span else -1
    if at < 0:
        return None
    return phrase_root([t for t in doc if at <= t.idx < at + len(span)])


def _governing_verb(tok):
    """The candidate predicate above ``tok``; for the complement of an act that governs it
    ("agreed to lift"), that act, which is what the coder codes (events/embedding.py)."""
    while tok is not None:
        if is_candidate(tok):
            governed = load_embedding().governor(tok)
            return governed[1] if governed and is_candidate(governed[1]) else tok
        tok = None if tok.head == tok else tok.head
    return None


def label_predicates(doc, record: dict) -> list[tuple[object, str]]:
    """(predicate token, root or NONE) for each candidate predicate of an aligned sentence: an
    event labels the verb governing its target (else its source), or the verb the dictionary
    reads as its root (``agreeing``)."""
    candidates = [t for t in doc if is_candidate(t)]
    triggers = {}
    for gold in record["events"]:
        root = plover_root(gold.get("code"))
        for side in ("target", "source"):
            tok = _span_root(doc, doc.text, gold.get(side) or "")
            verb = _governing_verb(tok.head if tok is not None else None)
            verb = agreeing(verb, candidates, root, list(tok.subtree) if tok is not None else [])
            if root and verb is not None:
                triggers.setdefault(verb.i, root)
                break
    if not triggers:
        return []
    return [(t, triggers.get(t.i, NONE)) for t in candidates]


def read_own_examples(text: str) -> list[tuple[str, str, str]]:
    """(root, trigger lemma, sentence) rows of the own-examples file."""
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [(root.strip(), trigger.strip(), sent.strip()) for root, trigger, sent in rows]


def own_examples(nlp) -> list[tuple[list[str], str]]:
    """(features, label) for our own sentences: the first candidate whose lemma is the trigger
    gets the root, the other candidates NONE (all of them for a NONE row)."""
    from importlib import resources

    text = resources.files("crosswire.events").joinpath("data", EXAMPLES_FILE).read_text("utf-8")
    rows = read_own_examples(text)
    out = []
    for (root, trigger, _), doc in zip(rows, nlp.pipe(r[2] for r in rows), strict=True):
        cands = [t for t in doc if is_candidate(t)]
        hit = next((t for t in cands if t.lemma_.lower() == trigger), None)
        if hit is None and root != NONE:
            continue  # the parse does not see the trigger as a verb: nothing to learn from
        out += [(features(t), root if t is hit else NONE) for t in cands]
    return out


def examples(records: Sequence[dict], docs: Sequence) -> list[tuple[list[str], str]]:
    return [
        (features(tok), label)
        for record, doc in zip(records, docs, strict=True)
        for tok, label in label_predicates(doc, record)
    ]


def fit(
    data: Iterable[tuple[list[str], str]],
    meta: dict,
    name: str = NAME,
    weights: Sequence[float] | None = None,
    vectors: bool = False,
) -> dict:
    """The model file's content for (features, label) examples, each weighing ``weights[i]``
    (1 when not given); with ``vectors``, the word vectors of the features' words too
    (``crosswire.events.wordvectors``), scaled by ``VECTOR_SCALE``."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    data = list(data)
    counts = Counter(f for feats, _ in data for f in set(feats))
    rows = [{f: 1 for f in feats if counts[f] >= MIN_COUNT} for feats, _ in data]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    if vectors:
        from crosswire.events.rootmodel import word_vector

        dense = np.stack([word_vector(feats) for feats, _ in data]) * VECTOR_SCALE
        x = sparse.hstack([x, dense]).tocsr()
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(x, [label for _, label in data], sample_weight=weights)
    n = len(vec.feature_names_)
    weights = {}
    for j, feature in enumerate(vec.feature_names_):
        w = [round(float(v), DIGITS) for v in clf.coef_[:, j]]
        if any(w):
            weights[feature] = w
    labels = Counter(label for _, label in data)
    out = {
        "name": name,
        "meta": {**meta, "examples": len(data), "labels": dict(sorted(labels.items()))},
        "classes": [str(c) for c in clf.classes_],
        "intercept": [round(float(v), DIGITS) for v in clf.intercept_],
        "weights": weights,
    }
    if vectors:  # the scale folded into the weights: the model multiplies raw vectors
        out["dense"] = [
            [round(float(v) * VECTOR_SCALE, DIGITS + 1) for v in row] for row in clf.coef_[:, n:].T
        ]
    return out

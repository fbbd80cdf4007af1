"""Train the event model: for each predicate, no event (NONE) or which PLOVER root.

    .venv/bin/python tools/train_event_model.py ../shared/datasets [--calibrate]

Writes ``crosswire/events/data/root_model.json`` (parse features and word vectors: needs the
encoder package) and ``root_model_parse.json`` (parse features only, the fallback), read by
``crosswire.events.rootmodel``.
Training data, each predicate a (features, label) example:

- ``tools/synthetic/events.jsonl``: sentences written for crosswire (MIT), every predicate
  labelled, hard negatives included (``tools/synthetic/README.md``);
- ``tools/synthetic/written/*.txt``: news sentences written one by one in a light markup
  (``tools/synthetic/written.py``), labelled like the synthetic corpus, in the varied wording
  templates lack;
- ``crosswire/events/data/root_examples.tsv``: our own sentences, one trigger each;
- ``zsp_plv_train.jsonl``, records not held back (``eval.common.held_back``): one event a
  sentence, aligned to a predicate (``train_root_model.label_predicates``);
- ``news_events_dev.jsonl``: whole articles; each gold event is aligned to the predicate that
  governs its recipient (else its doer) and whose clause has the doer, unless the verb
  dictionary reads that predicate as another root and another predicate of the sentence as the
  event's (``train_root_model.agreeing``: "posted a statement in which he apologized" labels
  the apology); the predicates of a sentence with no event are NONE, as are the unaligned ones
  of a sentence whose events all aligned. ``make eval`` retrains without each fold of these
  articles (``trainer``), so its figures on them are cross-validated.
- ``tools/silver/news_events_silver.jsonl``: whole development articles coded under the same
  guidelines by annotator sessions (``tools/silver/README.md``), aligned as the news articles
  are; ``make eval`` leaves each fold of them out as it does the annotated articles' and
  scores them apart (``silver_*``).

A ``NONE`` predicate is what most predicates of news are: the news articles' negatives and the
synthetic hard negatives teach the model that nothing happened. Synthetic examples weigh
``SOURCE_WEIGHT["synthetic"]`` (0.3: at 1 they cost zsp's held-back root F1 0.02-0.03 for no
measurable gain on whole articles; docs/BENCHMARKS.md). Written sentences weigh 1: at 0.5 and
1 the news articles' cross-validated root F1 is 0.383 against 0.378 without them (recall 0.282 ->
0.292), zsp's training part, cross-validated, 0.689 either way; a small gain, inside the noise.

``--calibrate`` then fits the confidence calibrator (``crosswire/events/data/confidence.json``,
``crosswire.events.confidence``) on the events of the news and silver articles coded out of fold.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_root_model as zsp_training
from synthetic.written import records as written_records
from train_root_model import agreeing, features, phrase_root

from crosswire.events import wordvectors
from crosswire.events.coder import model_candidate
from crosswire.events.confidence import CALIBRATION_FILE, Calibrator, signals
from crosswire.events.rootmodel import MODEL_FILE, NONE, PARSE_MODEL_FILE, RootModel
from crosswire.events.syntax import SUBJECT_DEPS
from eval.common import held_back, read_jsonl
from eval.score_events import DATASET as ZSP
from eval.score_events import plover_root

# v24: one direct object per verb (rootmodel.dependents); v23: business, sports, weather and
# culture sentences where nothing political happened (written/other_domains.txt); v22: the verb
# paired with the kind of its arguments (rootmodel); v20: a participle joined to a passive
# shares its subject; v19: documents that act (written/documents.txt); v18: insults in
# accusatory.txt; v17: "negotiate with" is CONSULT
NAME = "event_v24"
SYNTHETIC = Path(__file__).resolve().parent / "synthetic" / "events.jsonl"
NEWS = "news_events_dev.jsonl"
# How much an example of each source weighs (others 1).
SOURCE_WEIGHT = {"synthetic": 0.3}
CALIBRATION_C = 1.0  # few signals, a few hundred events: mild regularisation
Example = tuple[list[str], str]


# ---- synthetic sentences: the trigger of each label is given by offsets ----------------------


def synthetic_labels(record: dict, doc) -> list[tuple[object, str]]:
    """(predicate token, label) of one synthetic sentence; unlabelled predicates are left out
    unless the sentence labels none (then all are NONE)."""
    labels = {}
    for p in record["predicates"]:
        tok = next((t for t in doc if t.idx == p["start"]), None)
        if tok is not None:
            labels[tok.i] = plover_root(p["type"]) or NONE
    return [
        (t, labels.get(t.i, NONE))
        for t in doc
        if model_candidate(t) and (t.i in labels or not labels)
    ]


def synthetic_examples(records: Sequence[dict], docs: Sequence) -> list[Example]:
    return [
        (features(t), label)
        for record, doc in zip(records, docs, strict=True)
        for t, label in synthetic_labels(record, doc)
    ]


# ---- whole news articles: standoff events aligned to predicates ------------------------------


def _span_tokens(absolute: Sequence, text: str, sentence: dict, event: dict, side: str) -> list:
    """Tokens of a gold side: at its offsets when given (``source_span``), else at the first
    occurrence of its text in the sentence."""
    span, at = event.get(side), -1
    if event.get(f"{side}_span"):
        at, end = event[f"{side}_span"]
    elif span:
        at = text.find(span, sentence["start"], sentence["end"])
        end = at + len(span)
    if at < 0:
        return []
    return [t for pos, t in absolute if at <= pos < end]


def _subject_tokens(verb) -> set[int]:
    return {g.i for c in verb.children if c.dep_ in SUBJECT_DEPS for g in c.subtree}


def _align(target_toks, source_toks):
    """The predicate of a gold event: the lowest model candidate above its recipient (else its
    doer) whose subject holds the doer when the doer is written in the sentence; else the
    lowest candidate above the recipient."""
    start = phrase_root(target_toks) or phrase_root(source_toks)
    if start is None:
        return None
    src = {t.i for t in source_toks}
    first, tok = None, (None if start.head == start else start.head)
    while tok is not None:
        if model_candidate(tok):
            first = first or tok
            if not src or src & _subject_tokens(tok):
                return tok
        tok = None if tok.head == tok else tok.head
    return first


def news_examples(article, paragraphs: Sequence) -> list[Example]:
    """(features, label) examples of one annotated article, parsed as ``crosswire.nlp.read``
    parses it."""
    return [(features(t), label) for t, label in news_labels(article, paragraphs)]


def news_labels(article, paragraphs: Sequence) -> list[tuple[object, str]]:
    """(predicate token, label) of one annotated article."""
    # absolute offsets: the gold offsets index the whole text
    absolute = [(off + t.idx, t) for off, doc in paragraphs for t in doc]
    out: list[tuple[object, str]] = []
    for s in article.sentences:
        inside = [(pos, t) for pos, t in absolute if s["start"] <= pos < s["end"]]
        cands = [t for _, t in inside if model_candidate(t)]
        labels: dict[int, str] = {}
        aligned = True
        for g in s["events"]:
            root = plover_root(g["type"])
            target = _span_tokens(inside, article.text, s, g, "target")
            source = _span_tokens(inside, article.text, s, g, "source")
            verb = agreeing(_align(target, source), cands, root, [*target, *source])
            if root and verb is not None and verb in cands:
                labels.setdefault(verb.i, root)
            else:
                aligned = False
        for t in cands:
            if t.i in labels or aligned:
                out.append((t, labels.get(t.i, NONE)))
    return out


# ---- the whole set ---------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _fixed_examples(datasets: str) -> dict[str, tuple[Example, ...]]:
    """Examples that do not depend on the fold, by source: synthetic, our own, zsp's
    training part."""
    from crosswire.nlp.model import load_nlp

    nlp = load_nlp()
    out: dict[str, tuple[Example, ...]] = {}
    if SYNTHETIC.exists():
        records = list(read_jsonl(SYNTHETIC))
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=64))
        out["synthetic"] = tuple(synthetic_examples(records, docs))
    written = written_records()
    if written:
        docs = list(nlp.pipe((r["text"] for r in written), batch_size=64))
        out["written"] = tuple(synthetic_examples(written, docs))
    out["own"] = tuple(zsp_training.own_examples(nlp))
    zsp = Path(datasets) / ZSP
    if zsp.exists():
        records = [r for r in read_jsonl(zsp) if not held_back(r["id"])]
        docs = list(nlp.pipe((r["text"].strip() for r in records), batch_size=64))
        out["zsp"] = tuple(zsp_training.examples(records, docs))
    return out


@lru_cache(maxsize=2)
def _news_examples(datasets: str) -> dict[str, tuple[Example, ...]]:
    """Examples of each annotated article, by article id."""
    from eval.news_gold import load_gold

    path = Path(datasets) / NEWS
    return _by_article(load_gold(path) if path.exists() else [])


@lru_cache(maxsize=2)
def _silver_examples(datasets: str) -> dict[str, tuple[Example, ...]]:
    """Examples of each silver article (``tools/silver``), by article id."""
    from eval.news_gold import load_silver

    return _by_article(load_silver(Path(datasets)))


def _by_article(articles: Sequence) -> dict[str, tuple[Example, ...]]:
    from crosswire.nlp.model import load_nlp

    if not articles:
        return {}
    nlp = load_nlp()
    return {a.id: tuple(news_examples(a, parse(a, nlp))) for a in articles}


def parse(gold, nlp) -> tuple:
    """An annotated article's ((offset, spaCy Doc), ...) by paragraph, as ``crosswire.nlp.read``
    parses it, so that gold offsets and the coder's tokens line up."""
    from crosswire.nlp.segments import paragraphs
    from crosswire.types import Article

    spans = list(paragraphs(Article(id=gold.id, text=gold.text)))
    docs = nlp.pipe((gold.text[s:e] for s, e in spans), batch_size=32)
    return tuple((s, d) for (s, _), d in zip(spans, docs, strict=True))


def training_set(
    datasets: Path, leave_out: Iterable[str] = ()
) -> tuple[list[Example], list[float]]:
    """Every example but those of the ``leave_out`` articles (annotated or silver), with its
    source's weight."""
    left = set(leave_out)
    sources = {**_fixed_examples(str(datasets))}
    for name, articles in (("news", _news_examples), ("silver", _silver_examples)):
        found = articles(str(datasets))
        sources[name] = tuple(e for aid, es in found.items() if aid not in left for e in es)
    data = [e for es in sources.values() for e in es]
    weights = [SOURCE_WEIGHT.get(k, 1.0) for k, es in sources.items() for _ in es]
    return data, weights


def trainer(datasets: Path) -> Callable[[set[str]], RootModel]:
    """A function that fits the model without the given articles (cross-validation)."""

    def train(leave_out: set[str]) -> RootModel:
        data, weights = training_set(datasets, leave_out)
        vectors = wordvectors.available()  # as load_root_model chooses
        return RootModel.from_json(zsp_training.fit(data, {}, NAME, weights, vectors))

    return train


def fit_calibrator(rows: Sequence[tuple[object, bool]], meta: dict | None = None) -> Calibrator:
    """A confidence calibrator fitted on (event with its raw score, root right?) rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = [right for _, right in rows]
    if len(set(labels)) < 2:
        return Calibrator.from_json({"weights": {"logit": 1.0}})
    vec = DictVectorizer()
    x = vec.fit_transform([signals(e, e.confidence) for e, _ in rows])
    clf = LogisticRegression(C=CALIBRATION_C, fit_intercept=False, max_iter=2000).fit(x, labels)
    weights = {f: round(float(w), 4) for f, w in zip(vec.feature_names_, clf.coef_[0], strict=True)}
    return Calibrator.from_json({"weights": weights, "meta": meta or {}})


def calibrate(datasets: Path) -> Calibrator:
    """Fit the calibrator on the events of the news articles and the silver ones, coded out of
    fold, and write it. The silver articles' events (three times the annotated ones') made
    precision at confidence >= 0.8 0.80 -> 0.89 on the annotated articles, cross-fitted
    (docs/BENCHMARKS.md)."""
    from eval.news_gold import NEWS_DATASET, coded_out_of_fold, labelled, load_gold, load_silver

    articles, silver = load_gold(datasets / NEWS_DATASET), load_silver(datasets)
    coded = coded_out_of_fold(articles, silver, trainer(datasets))
    rows = [row for a in (*articles, *silver) for row in labelled(a, coded[a.id])]
    meta = {
        "trained_on": f"{NEWS_DATASET} and tools/silver: {len(rows)} events coded out of fold "
        f"({sum(r for _, r in rows)} with a root the sentence's labels give)",
        "date": date.today().isoformat(),
        "algorithm": f"sklearn LogisticRegression(C={CALIBRATION_C}) over confidence.signals",
    }
    calibrator = fit_calibrator(rows, meta)
    out = Path(__file__).resolve().parents[1] / "crosswire" / "events" / "data" / CALIBRATION_FILE
    data = {"meta": dict(calibrator.meta), "weights": dict(sorted(calibrator.weights.items()))}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return calibrator


def main(datasets: Path) -> None:
    data, weights = training_set(datasets)
    news, silver = _news_examples(str(datasets)), _silver_examples(str(datasets))
    meta = {
        "trained_on": (
            "tools/synthetic/events.jsonl and tools/synthetic/written/ (written for crosswire); "
            f"{zsp_training.EXAMPLES_FILE}; "
            f"{ZSP} records not held back; {NEWS} ({len(news)} articles, "
            f"{sum(map(len, news.values()))} predicates); tools/silver ({len(silver)} articles, "
            f"{sum(map(len, silver.values()))} predicates)"
        ),
        "date": date.today().isoformat(),
        "features": "crosswire.events.coder.predicate_reading",
        "algorithm": f"sklearn LogisticRegression(C={zsp_training.C}), "
        f"features seen >= {zsp_training.MIN_COUNT} times",
    }
    here = Path(__file__).resolve().parents[1] / "crosswire" / "events" / "data"
    for name, vectors in ((MODEL_FILE, True), (PARSE_MODEL_FILE, False)):
        extra = {"word_vectors": f"wordvectors x {zsp_training.VECTOR_SCALE}"} if vectors else {}
        name_of = NAME if vectors else f"{NAME}_parse"  # events' rule tells which coded them
        model = zsp_training.fit(data, meta | extra, name_of, weights, vectors)
        (here / name).write_text(json.dumps(model, separators=(",", ":")) + "\n", "utf-8")
        print(f"{len(data)} examples -> {here / name}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    where = Path(args[0] if args else "../shared/datasets")
    main(where)
    if "--calibrate" in sys.argv:
        calibrate(where)

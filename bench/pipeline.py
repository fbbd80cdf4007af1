"""Pipeline throughput (against a bare spaCy parse of the same texts) and event coding speed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from corpus import Text, load_articles, load_sentences, take
from measure import Result, Row, anew, best_of, timed

from crosswire.clean import clean
from crosswire.nlp import read
from crosswire.nlp.model import load_nlp
from crosswire.nlp.read import Reading, Step
from crosswire.nlp.segments import paragraphs
from crosswire.pipeline import CODING, STEPS, analyse_articles, date_articles, process_batch
from crosswire.settings import DEFAULTS
from crosswire.types import Article, Document, RawDocument, Skipped

WARM_DOCS = 2  # documents run through the pipeline before timing: loads model and data files


def raw_documents(texts: Sequence[Text]) -> list[RawDocument]:
    return [
        RawDocument(t.id, f"bench:{t.id}", content=t.text, content_type="text/plain") for t in texts
    ]


def warm(texts: Sequence[Text]) -> None:
    """Load the model and the lazily loaded data files outside every timing."""
    process_batch(raw_documents(texts[:WARM_DOCS]), DEFAULTS)
    list(load_nlp().pipe([t.text for t in texts[:WARM_DOCS]]))


def paragraph_texts(raws: Sequence[RawDocument]) -> list[str]:
    """The paragraphs the read stage sends to spaCy (cleaned text, one line each)."""
    articles = [a for a in (clean(r, DEFAULTS.ingest) for r in raws) if isinstance(a, Article)]
    return [a.text[s:e] for a in articles for s, e in paragraphs(a)]


def _timed_steps(spent: dict[str, float], steps: Sequence[Step]) -> tuple[Step, ...]:
    def wrap(step: Step) -> Callable[[Reading], Reading]:
        def run(reading: Reading) -> Reading:
            out, seconds = timed(lambda: step.run(reading))
            spent[step.name] += seconds
            return out

        return run

    return tuple(replace(step, run=wrap(step)) for step in steps)


def stage_split(raws: Sequence[RawDocument]) -> dict[str, float]:
    """Seconds per stage of ``process_batch``, its three stages run one by one.

    ``parse`` is the read stage less its steps: spaCy's ``nlp.pipe`` (and paragraph splitting)
    runs lazily between the steps of each article.
    """
    spent: dict[str, float] = defaultdict(float)
    cleaned, spent["clean"] = timed(lambda: [clean(r, DEFAULTS.ingest) for r in raws])
    articles = [a for a in cleaned if isinstance(a, Article)]
    dates, spent["dates"] = timed(lambda: date_articles(articles, DEFAULTS))
    reading, coding = _timed_steps(spent, read.STEPS), _timed_steps(spent, CODING)
    items = list(zip(articles, dates, strict=True))
    size = DEFAULTS.read.batch_size
    _, whole = timed(lambda: analyse_articles(items, size, reading, coding))
    spent["parse"] = whole - sum(spent[s.name] for s in STEPS)
    return dict(spent)


def _skipped(results: Sequence[Document | Skipped]) -> int:
    return sum(isinstance(r, Skipped) for r in results)


def bench_pipeline(shared: Path | None, n: int = 100, repeat: int = 1) -> Result:
    """``process_batch`` over ``n`` articles against ``load_nlp().pipe`` over the same texts."""
    corpus = load_articles(shared)
    texts = take(corpus.texts, n)
    raws = raw_documents(texts)
    chars = sum(len(t.text) for t in texts)
    warm(texts)
    nlp = load_nlp()
    paras = paragraph_texts(raws)
    _, bare = best_of(lambda: list(nlp.pipe([t.text for t in texts])), repeat)
    size = DEFAULTS.read.batch_size
    _, bare_paras = best_of(lambda: list(nlp.pipe(paras, batch_size=size)), repeat)
    results, ours = best_of(anew(lambda: process_batch(raws, DEFAULTS)), repeat)
    split = anew(lambda: stage_split(raws))()
    rows = (
        Row("bare spaCy parse of whole texts", len(texts), "articles", bare),
        Row("bare spaCy parse of their paragraphs", len(texts), "articles", bare_paras),
        Row("process_batch", len(texts), "articles", ours),
        Row("process_batch", chars, "characters", ours),
        *(Row(f"stage: {name}", len(texts), "articles", s) for name, s in split.items()),
    )
    total = sum(split.values())
    ratios = (
        ("process_batch time / bare parse time (whole texts)", ours / bare),
        ("process_batch time / bare parse time (paragraphs)", ours / bare_paras),
        *((f"share of staged run: {k}", s / total) for k, s in split.items()),
    )
    notes = (
        f"{chars:,} characters; {_skipped(results)} skipped",
        f"the read stage parses each paragraph as its own Doc ({len(paras):,} paragraphs, "
        f"nlp.pipe batches of {DEFAULTS.read.batch_size}): the fairer baseline",
        "stage split from a second, staged run of the same articles "
        f"({total:.1f} s against {ours:.1f} s for process_batch)",
    )
    return Result("pipeline", "Pipeline throughput", corpus.source, rows, ratios, notes)


def bench_events(shared: Path | None, n: int = 1044, repeat: int = 1) -> Result:
    """Sentences per second through the read stage (parse, entities, quotes, time, events),
    with the packaged event model and with its parse-only fallback (no word vectors)."""
    from crosswire.events import wordvectors
    from crosswire.events.rootmodel import load_root_model
    from crosswire.pipeline import coding_steps

    corpus = load_sentences(shared)
    texts = take(corpus.texts, n)
    items = [(Article(t.id, t.text), None) for t in texts]
    warm(texts)
    nlp = load_nlp()
    _, bare = best_of(lambda: list(nlp.pipe([t.text for t in texts])), repeat)
    docs, ours = best_of(anew(lambda: analyse_articles(items, DEFAULTS.read.batch_size)), repeat)
    events = sum(len(d.events) for d in docs)
    rows = [
        Row("bare spaCy parse (nlp.pipe)", len(texts), "sentences", bare),
        Row("analyse_articles (parse + coding)", len(texts), "sentences", ours),
    ]
    ratios = [("analyse_articles time / bare parse time", ours / bare)]
    if wordvectors.available():
        steps = coding_steps(load_root_model(parse_only=True))
        run = partial(analyse_articles, items, DEFAULTS.read.batch_size, coding=steps)
        _, plain = best_of(anew(run), repeat)
        rows.append(Row("the same, parse-only event model", len(texts), "sentences", plain))
        ratios.append(("the same, parse-only event model / bare parse time", plain / bare))
    notes = (f"{events:,} events coded from {len(texts):,} sentences",)
    return Result("events", "Event coding speed", corpus.source, tuple(rows), tuple(ratios), notes)

"""The per-document pipeline: RawDocument → Document | Skipped.

``process_batch`` is pure over its batch (same input, same output) and picklable by reference, so
the local and Dask executors map it unchanged. Inside a batch, an article that states no date of
its own borrows one from the dated reports of the same story (marked ``inferred``).

One document's failure stays its own (``errors.isolated``): each is cleaned on its own, and a
batch whose reading raises is read again one article at a time, so only the article that raises
is skipped (``error:clean``, ``error:read``); the others of that batch then date without their
story's reports.

Reading (``crosswire.nlp.read``) ends with the time expressions; ``analyse_articles`` then runs
the steps that need the event coder on each reading: the events, then the place of each.

``documents_of_records`` makes the documents `crosswire stories` groups from JSONL records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from crosswire.clean import clean
from crosswire.errors import CrosswireError, isolated
from crosswire.events.actors import load_actors
from crosswire.events.coder import CodingContext, code_events
from crosswire.events.domain import political_probability
from crosswire.events.mentions import article_referents
from crosswire.events.ontology import load_ontology
from crosswire.events.patterns import load_verb_patterns
from crosswire.events.referents import ArticleActors
from crosswire.nlp import read
from crosswire.nlp.places import locate_events
from crosswire.nlp.read import Reading, Step, anchor, check_steps
from crosswire.nlp.time import infer_document_date
from crosswire.settings import DEFAULTS, Settings
from crosswire.types import Article, Document, DocumentDate, RawDocument, Skipped, StoryItem

# Below this probability of being political news (``events.domain``: business, sports, culture,
# science), an article's events are not coded: its verbs would be read as acts ("the storm
# struck"). The highest threshold, in steps of 0.05, under which no political article of the
# domain model's training set fell out of fold (0 of 445; 0.445 of the other pages did);
# docs/BENCHMARKS.md has the figures. A text not judged (``political`` None) is coded.
DOMAIN_MIN = 0.1


def coding_steps(
    root_model: object | None = None, calibrator: object | None = None
) -> tuple[Step, ...]:
    """The steps after reading: the event coder (not for an article the domain model reads as
    other news, ``DOMAIN_MIN``), then the place of each event. ``root_model``
    and ``calibrator`` replace the packaged event model and confidence calibrator (None: the
    packaged ones; cross-validation refits them per fold)."""

    def events(r: Reading) -> Reading:
        d = r.document
        political = political_probability(d.article)
        if political is not None and political < DOMAIN_MIN:  # other news: nothing to code
            return replace(r, document=replace(d, political=political))
        salience, makers = article_referents(r.paragraphs, d.entities, d.quotes, r.actors)
        ctx = CodingContext(
            ArticleActors(d.entities, d.quotes, r.actors, salience),
            d.timexes,
            anchor(r),
            load_ontology(),
            load_verb_patterns(),
            root_model,
            calibrator,
            makers,
        )
        events = code_events(r.paragraphs, ctx)
        return replace(r, document=replace(d, events=events, political=political))

    return (
        Step(
            "events",
            ("parse", "entities", "quotes", "timexes", "date"),
            ("events", "political"),
            events,
        ),
        Step("places", ("parse", "entities", "events"), ("places",), _places),
    )


def _places(r: Reading) -> Reading:
    events = locate_events(r.paragraphs, r.document)
    return replace(r, document=replace(r.document, events=events))


CODING = coding_steps()
STEPS: tuple[Step, ...] = (*read.STEPS, *CODING)  # a document's steps, reading first


def analyse_articles(
    items: Sequence[tuple[Article, DocumentDate | None]],
    batch_size: int = 256,
    reading: Sequence[Step] = read.STEPS,
    coding: Sequence[Step] = CODING,
) -> list[Document]:
    """Documents for a batch of (article, document date) pairs, in order: each article read
    (``reading``), then its events coded and placed (``coding``)."""
    check_steps([*reading, *coding])
    out = []
    for r in read.readings(items, load_actors(), batch_size, reading):
        for step in coding:
            r = step.run(r)
        out.append(r.document)
    return out


def _story_context(
    articles: Sequence[Article], dates: Sequence[DocumentDate | None], settings: Settings
) -> list[date | None]:
    """For each article, the median date of the other dated articles of its story."""
    if all(dates) or not any(dates):
        return [None] * len(articles)
    # here, not at the top: they import scikit-learn, SciPy and datasketch (1.5 s in every
    # worker process), which a batch of dated articles never needs
    from crosswire.dedup import body_text
    from crosswire.stories.cluster import cluster_stories

    # positions, not ids, name the items: a batch may repeat an id (a JSONL file is not checked)
    items = [
        StoryItem(str(n), body_text(a), a.title, d.value if d else None)
        for n, (a, d) in enumerate(zip(articles, dates, strict=True))
    ]
    context: list[date | None] = [None] * len(articles)
    for story in cluster_stories(items, settings.stories):
        idx = [int(i) for i in story.article_ids]
        known = sorted(dates[i].value for i in idx if dates[i])
        if known:
            mid = known[(len(known) - 1) // 2]
            for i in idx:
                context[i] = mid
    return context


def date_articles(articles: Sequence[Article], settings: Settings) -> list[DocumentDate | None]:
    dates = [infer_document_date(a) for a in articles]
    context = _story_context(articles, dates, settings)
    return [
        d or (infer_document_date(a, c) if c else None)
        for a, d, c in zip(articles, dates, context, strict=True)
    ]


def _read(articles: Sequence[Article], settings: Settings) -> list[Document]:
    dates = date_articles(articles, settings)
    return analyse_articles(list(zip(articles, dates, strict=True)), settings.read.batch_size)


def _read_isolated(articles: Sequence[Article], settings: Settings) -> list[Document | Skipped]:
    try:
        return list(_read(articles, settings))
    except CrosswireError:
        raise
    except Exception:  # which article raised is not known: read each alone
        return [isolated(a.id, "read", lambda a: _read([a], settings)[0], a) for a in articles]


def process_batch(
    raws: Sequence[RawDocument | Skipped], settings: Settings = DEFAULTS
) -> list[Document | Skipped]:
    """Clean, date and read a batch; each input gives one result, in order."""
    cleaned = [
        r if isinstance(r, Skipped) else isolated(r.id, "clean", clean, r, settings.ingest)
        for r in raws
    ]
    articles = [a for a in cleaned if isinstance(a, Article)]
    docs = iter(_read_isolated(articles, settings))
    return [c if isinstance(c, Skipped) else next(docs) for c in cleaned]


def process(raw: RawDocument, settings: Settings = DEFAULTS) -> Document | Skipped:
    """One document on its own (no story context for its date)."""
    return process_batch([raw], settings)[0]


def _input_document(rec: dict[str, Any], n: int, settings: Settings) -> Document:
    """An input record cleaned and dated, not read (no spaCy): its story gets no events."""
    # here, not at the top: the workers that import this module never read files or URLs
    from crosswire.ingest.files import record_to_raw

    raw = record_to_raw(rec, f"record:{n}", f"record:{n}")
    article = raw if isinstance(raw, Skipped) else clean(raw, settings.ingest)
    if isinstance(article, Skipped):
        return Document(article=Article(id=article.id, text=""))
    return Document(article=article, date=infer_document_date(article))


def documents_of_records(
    records: Iterable[dict[str, Any]], settings: Settings = DEFAULTS
) -> Iterator[Document]:
    """JSONL records as `crosswire stories` groups them: `analyze` records with their events,
    input records cleaned and dated."""
    # here, not at the top: the story modules import scikit-learn, which workers never need
    from crosswire.stories.records import analysed_document, is_analysis

    for n, rec in enumerate(records, 1):
        yield analysed_document(rec) if is_analysis(rec) else _input_document(rec, n, settings)

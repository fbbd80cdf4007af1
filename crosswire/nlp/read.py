"""The read stage: Article (+ its date) → Document, with spaCy kept inside this module's steps.

Reading steps declare what they need and what they add (STYLE.md §2); ``check_steps`` fails at
start-up, naming the step, when a prerequisite is missing. Every paragraph of a batch of articles
goes through one ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from crosswire.errors import PipelineError
from crosswire.events.actors import load_actors
from crosswire.events.actorspan import ArticleActors
from crosswire.events.coder import CodingContext, code_events
from crosswire.events.ontology import load_ontology
from crosswire.events.patterns import load_verb_patterns
from crosswire.nlp.entities import find_entities
from crosswire.nlp.model import load_nlp
from crosswire.nlp.places import locate_events
from crosswire.nlp.quotes import find_caption_quotes, find_quotes
from crosswire.nlp.segments import MAX_PIECE_CHARS, paragraphs
from crosswire.nlp.timex import find_timexes
from crosswire.types import Article, Document, DocumentDate, Sentence


@dataclass(frozen=True)
class Reading:
    """One article while its steps run: the parsed paragraphs and what each step added."""

    article: Article
    date: DocumentDate | None
    paragraphs: tuple  # ((offset, spacy Doc), ...)
    document: Document
    root_model: object | None = None  # the event model; None: the packaged one
    calibrator: object | None = None  # event confidences; None: the packaged one


@dataclass(frozen=True)
class Step:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Reading], Reading]


def _on(r: Reading) -> date | None:
    return r.date.value if r.date else None


def _sentences(r: Reading) -> Reading:
    sents = tuple(
        Sentence(off + s.start_char, off + s.end_char)
        for off, doc in r.paragraphs
        for s in doc.sents
    )
    return replace(r, document=replace(r.document, sentences=sents))


def _entities(r: Reading) -> Reading:
    ents = find_entities(r.paragraphs, load_actors(), _on(r))
    return replace(r, document=replace(r.document, entities=ents))


def _quotes(r: Reading) -> Reading:
    # quotes in photo captions are kept apart from the analysed text, marked in_caption
    found = find_quotes(r.article, r.paragraphs, r.document.entities)
    quotes = tuple(sorted(found + find_caption_quotes(r.article), key=lambda q: q.start))
    return replace(r, document=replace(r.document, quotes=quotes))


def _timexes(r: Reading) -> Reading:
    return replace(r, document=replace(r.document, timexes=find_timexes(r.paragraphs, _on(r))))


def _events(r: Reading) -> Reading:
    d = r.document
    ctx = CodingContext(
        ArticleActors(d.entities, d.quotes, load_actors()),
        d.timexes,
        _on(r),
        load_ontology(),
        load_verb_patterns(),
        r.root_model,
        r.calibrator,
    )
    return replace(r, document=replace(d, events=code_events(r.paragraphs, ctx)))


def _places(r: Reading) -> Reading:
    events = locate_events(r.paragraphs, r.document)
    return replace(r, document=replace(r.document, events=events))


STEPS: tuple[Step, ...] = (
    Step("sentences", ("parse",), ("sentences",), _sentences),
    Step("entities", ("parse", "date"), ("entities",), _entities),
    Step("quotes", ("parse", "entities"), ("quotes",), _quotes),
    Step("timexes", ("parse", "date"), ("timexes",), _timexes),
    Step("events", ("parse", "entities", "quotes", "timexes", "date"), ("events",), _events),
    Step("places", ("parse", "entities", "events"), ("places",), _places),
)


def check_steps(steps: Sequence[Step], given: Sequence[str] = ("parse", "date")) -> None:
    have = set(given)
    for step in steps:
        missing = [r for r in step.requires if r not in have]
        if missing:
            raise PipelineError(
                f"reading step {step.name!r} needs {', '.join(missing)}, which no earlier step "
                "assigns: put the step that assigns it first"
            )
        have.update(step.assigns)


def read_articles(
    items: Sequence[tuple[Article, DocumentDate | None]],
    batch_size: int = 64,
    steps: Sequence[Step] = STEPS,
    root_model: object | None = None,
    calibrator: object | None = None,
) -> list[Document]:
    """Documents for a batch of (article, document date) pairs, in order. ``root_model`` and
    ``calibrator`` replace the packaged event model and confidence calibrator
    (cross-validation refits them per fold)."""
    check_steps(steps)
    nlp = load_nlp()
    piece = min(MAX_PIECE_CHARS, nlp.max_length)
    spans = [list(paragraphs(article, piece)) for article, _ in items]
    texts = [
        article.text[s:e] for (article, _), sp in zip(items, spans, strict=True) for s, e in sp
    ]
    docs = iter(nlp.pipe(texts, batch_size=batch_size))
    out = []
    for (article, when), sp in zip(items, spans, strict=True):
        paras = tuple((s, next(docs)) for s, _ in sp)
        document = Document(article=article, date=when)
        reading = Reading(article, when, paras, document, root_model, calibrator)
        for step in steps:
            reading = step.run(reading)
        out.append(reading.document)
    return out

"""The read stage: Article (+ its date) → a Reading, with spaCy kept inside this module's steps.

Reading steps declare what they need and what they add (STYLE.md §2); ``check_steps`` fails at
start-up, naming the step, when a prerequisite is missing. Every paragraph of a batch of articles
goes through one ``nlp.pipe``, each distinct paragraph once: a paragraph parsed before in this
process (a wire copy's, a repeated line) is not parsed again (``parse_paragraphs``). Reading
ends with the time expressions: the event coder and the places of its events run after it, as
steps of ``crosswire.pipeline``, on the same Reading.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from threading import Lock

from crosswire.errors import PipelineError
from crosswire.nlp.coref import first_names
from crosswire.nlp.entities import find_entities
from crosswire.nlp.gazetteer import country_names, us_state_names
from crosswire.nlp.model import load_nlp
from crosswire.nlp.quotes import find_caption_quotes, find_quotes
from crosswire.nlp.segments import MAX_PIECE_CHARS, paragraphs
from crosswire.nlp.time import find_timexes
from crosswire.nlp.truecase import body_forms, is_headline, recased, truecase
from crosswire.types import Article, Document, DocumentDate, Sentence

# Paragraph parses kept per process for copies to reuse, the least recently used dropped first:
# about a batch of articles' worth. spaCy parses a text the same whatever its batch
# (docs/BENCHMARKS.md, 2026-12-03), and no step changes a Doc, so a kept parse is the one a new
# parse would give.
PARSES_KEPT = 1024
_kept: OrderedDict[tuple[object, str], object] = OrderedDict()  # (pipeline, text): Doc
_keeping = Lock()  # a library user may read in threads
# Dashes the parser has not learnt, each read as the one it has, of the same length so that every
# offset holds: a dateline's horizontal bar ("BOSTON ― The mayor said") was parsed as the verb
# of its sentence.
_PARSER_DASHES = str.maketrans({"\u2015": "\u2014", "\u2012": "\u2013"})


@dataclass(frozen=True)
class Reading:
    """One article while its steps run: the parsed paragraphs and what each step added."""

    article: Article
    date: DocumentDate | None
    paragraphs: tuple  # ((offset, spacy Doc), ...)
    document: Document
    actors: object  # the actor dictionary entities are resolved against (events' load_actors())


@dataclass(frozen=True)
class Step:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Reading], Reading]


def anchor(r: Reading) -> date | None:
    """The date the reading is anchored to: its document's date, if known."""
    return r.date.value if r.date else None


def _sentences(r: Reading) -> Reading:
    sents = tuple(
        Sentence(off + s.start_char, off + s.end_char)
        for off, doc in r.paragraphs
        for s in doc.sents
    )
    return replace(r, document=replace(r.document, sentences=sents))


def _entities(r: Reading) -> Reading:
    ents = find_entities(r.paragraphs, r.actors, anchor(r))
    return replace(r, document=replace(r.document, entities=ents))


def _quotes(r: Reading) -> Reading:
    # quotes in photo captions are kept apart from the analysed text, marked in_caption
    found = find_quotes(r.article, r.paragraphs, r.document.entities)
    quotes = tuple(sorted(found + find_caption_quotes(r.article), key=lambda q: q.start))
    return replace(r, document=replace(r.document, quotes=quotes))


def _timexes(r: Reading) -> Reading:
    return replace(r, document=replace(r.document, timexes=find_timexes(r.paragraphs, anchor(r))))


STEPS: tuple[Step, ...] = (
    Step("sentences", ("parse",), ("sentences",), _sentences),
    Step("entities", ("parse", "date"), ("entities",), _entities),
    Step("quotes", ("parse", "entities"), ("quotes",), _quotes),
    Step("timexes", ("parse", "date"), ("timexes",), _timexes),
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


def readings(
    items: Sequence[tuple[Article, DocumentDate | None]],
    actors: object,
    batch_size: int = 256,
    steps: Sequence[Step] = STEPS,
) -> Iterator[Reading]:
    """The Reading of each (article, document date) pair of a batch, in order, after ``steps``.

    Lazy: spaCy parses the batch's paragraphs as the readings are taken, so a caller that
    keeps only what it needs of each holds one batch of ``nlp.pipe`` at a time."""
    check_steps(steps)
    nlp = load_nlp()
    piece = min(MAX_PIECE_CHARS, nlp.max_length)
    spans = [list(paragraphs(article, piece)) for article, _ in items]
    parsed = parse_articles(nlp, [article for article, _ in items], spans, batch_size)
    for (article, when), paras in zip(items, parsed, strict=True):
        reading = Reading(article, when, paras, Document(article=article, date=when), actors)
        for step in steps:
            reading = step.run(reading)
        yield reading


def parse_articles(
    nlp, articles: Sequence[Article], spans: Sequence[Sequence[tuple[int, int]]], batch_size: int
) -> Iterator[tuple]:
    """Each article's paragraphs ``((offset, Doc), ...)`` at its ``spans``, lazily, in one
    ``parse_paragraphs``: a headline parsed in the case its article writes its words in
    (``crosswire.nlp.truecase``) and given back under its own text."""
    read = [_read_as(article, sp) for article, sp in zip(articles, spans, strict=True)]
    docs = parse_paragraphs(nlp, [text for texts in read for text in texts], batch_size)
    for article, sp, texts in zip(articles, spans, read, strict=True):
        yield tuple(
            (s, _as_written(next(docs), parsed, article.text[s:e]))
            for (s, e), parsed in zip(sp, texts, strict=True)
        )


def _read_as(article: Article, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The text each paragraph is parsed as: a headline recased, any other as written."""
    texts = [article.text[s:e] for s, e in spans]
    heads = [i for i, t in enumerate(texts) if is_headline(t)]
    if heads:
        forms = body_forms(article.text, [spans[i] for i in heads])
        for i in heads:
            texts[i] = truecase(texts[i], forms, _names())
    return texts


def _as_written(doc, parsed: str, written: str):
    """The parse of ``parsed`` under the paragraph's ``written`` text when the two differ (a
    recased headline: case only); a dash the parser has not learnt stays read as its twin
    (``_PARSER_DASHES``), as the rules know it."""
    return doc if parsed == written else recased(doc, written.translate(_PARSER_DASHES))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Words a headline keeps capitalised when its article writes them nowhere else: given
    names, and the words of countries' and US states' names."""
    words = {*first_names(), *(n for n, _ in country_names().values()), *us_state_names().values()}
    return frozenset(w for name in words for w in name.lower().split())


def forget_parses() -> None:
    """Drop the kept paragraph parses: a timed run of texts read before must parse them again
    (``bench/``), or it measures the reuse, not the reading."""
    with _keeping:
        _kept.clear()


def parse_paragraphs(nlp, texts: Sequence[str], batch_size: int) -> Iterator:
    """A Doc per text, in order, lazily; a text seen earlier in the batch or among the last
    ``PARSES_KEPT`` that ``nlp`` parsed in this process is not parsed again."""
    counts = Counter(texts)  # distinct texts in order of first use, with their uses
    with _keeping:
        known = {t: _kept[nlp, t] for t in counts if (nlp, t) in _kept}
    repeated = {t for t, n in counts.items() if n > 1 and t not in known}
    fresh = [t for t in counts if t not in known]
    parsed = iter(nlp.pipe((t.translate(_PARSER_DASHES) for t in fresh), batch_size=batch_size))
    for text in texts:
        doc = known.get(text)  # held while in use, even when dropped from the kept ones
        if doc is None:
            doc = next(parsed)
            if text in repeated:
                known[text] = doc
        with _keeping:
            _kept[nlp, text] = doc
            _kept.move_to_end((nlp, text))
            if len(_kept) > PARSES_KEPT:
                _kept.popitem(last=False)
        yield doc

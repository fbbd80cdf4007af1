"""Hypothesis strategies for Documents whose offsets all lie inside their text."""

from __future__ import annotations

from hypothesis import strategies as st

from crosswire.types import (
    Actor,
    Article,
    Caption,
    Document,
    DocumentDate,
    Entity,
    Event,
    Quote,
    Removed,
    Sentence,
    Timex,
)

_names = st.text(max_size=12)
_opt_names = st.none() | _names
_floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
_sources = st.sampled_from(["given", "metadata", "inferred"])


@st.composite
def span(draw, text: str) -> tuple[int, int]:
    start = draw(st.integers(0, len(text)))
    return start, draw(st.integers(start, len(text)))


@st.composite
def opt_span(draw, text: str) -> tuple[int | None, int | None]:
    return draw(st.none().map(lambda _: (None, None)) | span(text))


@st.composite
def actor(draw, text: str) -> Actor:
    start, end = draw(opt_span(text))
    piece = text[start:end] if start is not None else draw(_names)
    return Actor(piece, draw(_opt_names), draw(_opt_names), start, end)


@st.composite
def event(draw, text: str) -> Event:
    s_start, s_end = draw(span(text))
    t_start, t_end = draw(span(text))
    return Event(
        source=draw(actor(text)),
        target=draw(st.none() | actor(text)),
        cameo=draw(st.sampled_from(["010", "0231", "112", "163", "190"])),
        plover=draw(st.sampled_from(["ACCUSE", "SANCTION", "CONSULT"])),
        mode=draw(st.none() | st.sampled_from(["", "verbal"])),
        goldstein=draw(_floats),
        quad=draw(st.integers(1, 4)),
        date=draw(st.none() | st.sampled_from(["2021-10-06", "2021-10", "2014", "PAST_REF"])),
        date_source=draw(st.sampled_from(["clause", "sentence", "document", "none"])),
        modality=draw(st.sampled_from(["asserted", "planned", "hedged", "denied"])),
        sentence_start=s_start,
        sentence_end=s_end,
        trigger_start=t_start,
        trigger_end=t_end,
        confidence=draw(st.floats(0, 1)),
        rule=draw(_names),
        # few values: a document draws many events, and hypothesis checks how long that takes
        pattern_verb=draw(st.sampled_from(["", "expel", "break off"])),
        pattern_words=tuple(
            draw(st.lists(st.sampled_from(["relation", "trade", "côte"]), max_size=2))
        ),
    )


@st.composite
def quote(draw, text: str) -> Quote:
    start, end = draw(span(text))
    speaker_start, speaker_end = draw(opt_span(text))
    cue_start, cue_end = draw(opt_span(text))
    return Quote(
        start, end, text[start:end], draw(st.booleans()), draw(_opt_names), draw(_opt_names),
        speaker_start, speaker_end, cue_start, cue_end, draw(st.booleans()),
        draw(st.lists(span(text), max_size=3).map(tuple)),
    )  # fmt: skip


def _many(strategy, max_size: int = 4):
    return st.lists(strategy, max_size=max_size).map(tuple)


@st.composite
def documents(draw, article_id: st.SearchStrategy[str] | None = None) -> Document:
    text = draw(st.text(max_size=120))

    def spans(make):
        return _many(span(text).map(lambda se: make(*se)))

    article = Article(
        id=draw(article_id or st.text(min_size=1, max_size=8)),
        text=text,
        title=draw(_opt_names),
        url=draw(_opt_names),
        outlet=draw(_opt_names),
        removed=draw(spans(lambda s, e: Removed(s, e, "furniture:share"))),
        captions=draw(spans(lambda s, e: Caption(s, e, text[s:e]))),
        published=draw(st.none() | st.dates()),
        published_source=draw(st.none() | _sources),
        language=draw(st.none() | st.just("en")),
        authors=draw(_many(_names)),
        origin=draw(st.none() | st.sampled_from(["AP", "Reuters"])),
        modified=draw(st.none() | st.dates()),
    )
    timex_type = st.sampled_from(["DATE", "TIME", "DURATION", "SET"])
    doc_date = st.builds(DocumentDate, st.dates(), _sources, st.floats(0, 1), _names)
    return Document(
        article=article,
        sentences=draw(spans(Sentence)),
        entities=draw(spans(lambda s, e: Entity(s, e, text[s:e], "PERSON", None, "RUSGOV"))),
        quotes=draw(_many(quote(text))),
        timexes=draw(
            spans(lambda s, e: Timex(s, e, text[s:e], draw(timex_type), "2021-W42", s % 2 == 0))
        ),
        events=draw(_many(event(text))),
        date=draw(st.none() | doc_date),
        political=draw(st.none() | st.floats(0, 1)),
    )

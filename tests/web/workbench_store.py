"""A small store of invented news, written through the Store API with hand-coded events (no
spaCy): a fisheries quarrel between Norway and Chile over two weeks of May 2023, one story of
three outlets, a background event of 1976, a person with quotes, a doer coded only by code.

What the pages must get right is built in: the story's own dates (2023-05-08 only, as a
clusterer that missed two publication dates leaves them) are narrower than its sources and
events (to 2023-05-22), and one event lies 47 years before the others.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crosswire.events.ontology import load_ontology
from crosswire.store import Store, event_ids
from crosswire.types import (
    Actor,
    Article,
    Document,
    DocumentDate,
    Event,
    EventMention,
    Quote,
    Sentence,
    Story,
    StoryEvent,
)

Side = tuple[str, str | None, str | None]  # text in the sentence, canonical name, code
NORWAY: Side = ("Norway", "Norway", "NOR")
CHILE: Side = ("Chile", "Chile", "CHL")
RUIZ: Side = ("Ana Ruiz", "Ana Ruiz", "CHLGOV")
OSLO_GOV: Side = ("the Norwegian government", None, "NORGOV")
PERU: Side = ("Peru", "Peru", "PER")

# Per article: id, outlet, published, title, then its sentences, each with its event as
# (doer, trigger word, target, CAMEO, date, modality, confidence) or None, and its quotes as
# (quote, speaker, direct).
ARTICLES = (
    ("tidewater-1", "Tidewater Post", date(2023, 5, 8), "Norway and Chile open fishing talks", (
        ("Norway met Chile in Oslo on Monday to open talks on a fishing treaty.",
         (NORWAY, "met", CHILE, "040", "2023-05-08", "asserted", 0.9)),
        ("Norway and Chile signed their first fisheries pact in 1976.",
         (NORWAY, "signed", CHILE, "057", "1976", "asserted", 0.7)),
        ('"We want a fair deal for our fleets," Ana Ruiz said.', None),
    ), (("We want a fair deal for our fleets,", "Ana Ruiz", True),)),
    ("harbour-2", "Harbour Daily", date(2023, 5, 10), "Chile accuses Norway of overfishing", (
        ("Chile accused Norway of overfishing near the Lofoten islands on Wednesday.",
         (CHILE, "accused", NORWAY, "112", "2023-05-10", "asserted", 0.85)),
        ("Ana Ruiz threatened Norway with sanctions on 2023-05-10.",
         (RUIZ, "threatened", NORWAY, "138", "2023-05-10", "asserted", 0.6)),
        ("Norway met Chile in Oslo on Monday, officials recalled.",
         (NORWAY, "met", CHILE, "040", "2023-05-08", "asserted", 0.8)),
        ("Ruiz said Chile would stand firm.", None),
    ), (("Chile would stand firm", "Ruiz", False),)),
    ("coastline-3", "Coastline Wire", date(2023, 5, 22), "Norway expels Chilean envoys", (
        ("Norway expelled two Chilean diplomats on 2023-05-22.",
         (NORWAY, "expelled", CHILE, "1663", "2023-05-22", "asserted", 0.95)),
        ("the Norwegian government sanctioned Chile on Monday.",
         (OSLO_GOV, "sanctioned", CHILE, "163", "2023-05-22", "planned", 0.4)),
        ("Peru urged Norway to keep talking.",
         (PERU, "urged", NORWAY, "030", "2023-05-22", "hedged", 0.55)),
    ), ()),
)  # fmt: skip
STORY_ID = "s-fisheries"


def _side(side: Side | None, sentence: str, at: int) -> Actor | None:
    if side is None:
        return None
    text, name, code = side
    start = at + sentence.index(text)
    return Actor(text, name, code, start, start + len(text))


def _event(spec: tuple, sentence: str, at: int) -> Event:
    doer, trigger, target, cameo, when, modality, confidence = spec
    ontology = load_ontology()
    start = at + sentence.index(trigger)
    mapping = ontology.plover(cameo)
    return Event(
        source=_side(doer, sentence, at), target=_side(target, sentence, at), cameo=cameo,
        plover=mapping.event, mode=mapping.mode, goldstein=ontology.cameo(cameo).goldstein,
        quad=ontology.cameo(cameo).quad, date=when, date_source="sentence", modality=modality,
        sentence_start=at, sentence_end=at + len(sentence), trigger_start=start,
        trigger_end=start + len(trigger), confidence=confidence, rule="invented",
    )  # fmt: skip


def document(spec: tuple) -> Document:
    article_id, outlet, published, title, sentences, quotes = spec
    text = " ".join(s for s, _ in sentences)
    spans, events, at = [], [], 0
    for sentence, event in sentences:
        spans.append(Sentence(at, at + len(sentence)))
        if event:
            events.append(_event(event, sentence, at))
        at += len(sentence) + 1
    found = []
    for quote, speaker, direct in quotes:
        start = text.index(quote)
        found.append(Quote(start, start + len(quote), quote, direct, "said", speaker))
    article = Article(
        id=article_id, text=text, title=title, outlet=outlet, published=published,
        url=f"https://news.example.org/{article_id}",
    )  # fmt: skip
    return Document(
        article=article, sentences=tuple(spans), quotes=tuple(found), events=tuple(events),
        date=DocumentDate(published, "given", 1.0),
    )  # fmt: skip


def _story_event(k: int, event: Event, mentions: list[tuple[str, str, Event]]) -> StoryEvent:
    outlets = tuple(a for _, a, _ in mentions)
    return StoryEvent(
        story_event_id=f"{STORY_ID}-e{k}", story_id=STORY_ID, cameo=event.cameo,
        plover=event.plover, source_code=event.source.code if event.source else None,
        source_name=event.source.name if event.source else None,
        target_code=event.target.code if event.target else None,
        target_name=event.target.name if event.target else None, date=event.date,
        modality=event.modality, n_mentions=len(mentions), outlets=outlets,
        independent_sources=outlets,
        status="corroborated" if len(mentions) > 1 else "single-source",
        mentions=tuple(EventMention(i, a, e.trigger_start, e.trigger_end)
                       for i, a, e in mentions),
    )  # fmt: skip


def make_workbench_store(path: Path) -> Path:
    docs = [document(spec) for spec in ARTICLES]
    with Store(path) as store:
        run = store.start_run(["invented"])
        store.write_documents([(d, f"h{d.id}") for d in docs], run)
        # the story's dates as a clusterer that saw one publication date leaves them
        story = Story(STORY_ID, tuple(d.id for d in docs), "Norway and Chile quarrel over fish",
                      date(2023, 5, 8), date(2023, 5, 8), ("NOR", "CHL"))  # fmt: skip
        store.replace_stories([story])
        mentions = [
            (i, d.id, e)
            for d in docs
            for i, e in zip(event_ids(d.id, d.events), d.events, strict=True)
        ]
        # the talks of 2023-05-08 are reported by two outlets: one story event
        talks = [m for m in mentions if m[2].cameo == "040" and m[2].date == "2023-05-08"]
        rows = [_story_event(0, talks[0][2], talks)]
        rest = [m for m in mentions if m not in talks]
        rows += [_story_event(k + 1, m[2], [m]) for k, m in enumerate(rest)]
        store.write_story_events(STORY_ID, rows)
        store.finish_run(run, {"documents": len(docs)})
    return path

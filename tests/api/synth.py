"""A store written through the Store API from hand-made records: many events, no spaCy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from crosswire.store import Store, event_ids
from crosswire.types import (
    Actor,
    Article,
    CopyLink,
    Document,
    DocumentDate,
    Event,
    EventMention,
    Place,
    Sentence,
    Story,
    StoryEvent,
)

ACTORS = (("NATO", "IGOWSTNAT"), ("Russia", "RUS"), ("Ukraine", "UKR"), ("Belgium", "BEL"))
# (CAMEO, PLOVER, mode, Goldstein, quad): valid codes of the codebook
CODES = (
    ("040", "CONSULT", "", 1.0, 1),
    ("112", "ACCUSE", "disapprove", -2.0, 3),
    ("161", "SANCTION", "withdraw", -4.0, 4),
    ("174", "COERCE", "deport", -5.0, 4),
)
DATES = ("2021-10-{:02d}", "2021-10", "2014", None)
MODALITIES = ("asserted", "planned", "hedged")
# Coder confidences, cycled on a period of their own so they cut across the other fields.
CONFIDENCES = (0.3, 0.5, 0.7, 0.8, 0.95)


POLITICAL = 0.97  # how likely each synthetic article is political news


def _event(i: int, j: int, start: int, end: int) -> Event:
    (sname, scode), (tname, tcode) = ACTORS[(i + j) % 4], ACTORS[(i + j + 1) % 4]
    cameo, plover, mode, goldstein, quad = CODES[(i * 3 + j) % len(CODES)]
    pattern = DATES[(i + j) % len(DATES)]
    when = pattern.format(1 + (i * 7 + j) % 28) if pattern else None
    return Event(
        source=Actor(sname, sname, scode, start, start + len(sname)),
        target=Actor(tname, tname, tcode, end - len(tname) - 1, end - 1),
        cameo=cameo, plover=plover, mode=mode, goldstein=goldstein, quad=quad,
        date=when, date_source="sentence" if when else "none",
        modality=MODALITIES[(i + 2 * j) % 3],  # type: ignore[arg-type]
        sentence_start=start, sentence_end=end, trigger_start=start + len(sname) + 1,
        trigger_end=start + len(sname) + 6,
        confidence=CONFIDENCES[(i + 3 * j) % len(CONFIDENCES)], rule="synthetic",
    )  # fmt: skip


def document(i: int, n_events: int) -> Document:
    parts, sentences, events = [], [], []
    pos = 0
    for j in range(n_events):
        (sname, _), (tname, _) = ACTORS[(i + j) % 4], ACTORS[(i + j + 1) % 4]
        s = f"{sname} acted against {tname}."
        sentences.append(Sentence(pos, pos + len(s)))
        events.append(_event(i, j, pos, pos + len(s)))
        parts.append(s)
        pos += len(s) + 1
    article = Article(
        id=f"a{i:05d}", text=" ".join(parts), title=f"Report {i} on NATO and Russia",
        outlet=f"outlet{i % 5}", url=f"https://example.org/{i}",
    )  # fmt: skip
    return Document(
        article=article, sentences=tuple(sentences), events=tuple(events),
        date=DocumentDate(date(2021, 10, 1 + i % 28), "given", 1.0), political=POLITICAL,
    )  # fmt: skip


def make_store(
    path: Path, n_articles: int = 40, n_events: int = 6, place: Place | None = None
) -> Path:
    """Articles in stories of two; each story's first event is reported by both articles.
    ``place``: where every event happened (None: nowhere known)."""
    docs = [document(i, n_events) for i in range(n_articles)]
    if place is not None:
        docs = [replace(d, events=tuple(replace(e, place=place) for e in d.events)) for d in docs]
    with Store(path) as store:
        run = store.start_run(["synthetic"])
        store.write_documents([(d, f"h{d.id}") for d in docs], run)
        store.write_copies([CopyLink(docs[-1].id, docs[0].id, 0.95)])
        stories = [
            Story(f"s{k:04d}", (docs[k].id, docs[k + 1].id), f"Story {k}",
                  date(2021, 10, 1 + k % 28), date(2021, 10, 2 + k % 27), ("IGOWSTNAT", "RUS"))
            for k in range(0, n_articles - 1, 2)
        ]  # fmt: skip
        store.replace_stories(stories)
        for story in stories:
            a, b = (docs[int(x[1:])] for x in story.article_ids)
            ids_a, ids_b = event_ids(a.id, a.events), event_ids(b.id, b.events)
            e = a.events[0]
            row = StoryEvent(
                story_event_id=f"{story.id}-e0", story_id=story.id, cameo=e.cameo,
                plover=e.plover, source_code=e.source.code, source_name=e.source.name,
                target_code=e.target.code if e.target else None, date=e.date,
                modality=e.modality, n_mentions=2, outlets=(a.id, b.id),
                independent_sources=(a.id, b.id), status="corroborated",
                mentions=(
                    EventMention(ids_a[0], a.id, e.trigger_start, e.trigger_end, 0.31, 1),
                    EventMention(ids_b[1], b.id, b.events[1].trigger_start,
                                 b.events[1].trigger_end, 0.31, 1),
                ),
            )  # fmt: skip
            store.write_story_events(story.id, [row])
        store.finish_run(run, {"documents": n_articles})
    return path


# -- a store of people and bodies named in several ways, for actor identity ---------------------

# (text, canonical name, code) of a side; None: the event has no target, or the report does not
# name its doer.
Side = tuple[str, str | None, str | None]
BELGIUM: Side = ("Belgium", "Belgium", "BEL")
# One article per row: its events as (source, target). Made-up wording; the people are named as
# news names them, with and without middle initials, titles and first names.
PEOPLE_ARTICLES: tuple[tuple[tuple[Side | None, Side | None], ...], ...] = (
    ((("Donald Trump", "Donald Trump", "USAGOV"), BELGIUM),),
    ((("Donald J. Trump", "Donald J. Trump", None), BELGIUM),
     (("Mr. Trump", "Mr. Trump", None), ("Ukraine", "Ukraine", "UKR"))),
    ((("Trump", "Trump", None), ("Benjamin Netanyahu", "Benjamin Netanyahu", "ISRGOV")),),
    ((("Hunter Biden", "Hunter Biden", None), BELGIUM),
     (("Joe Biden", "Joe Biden", "USAGOV"), None),
     (("Biden", "Biden", "USAGOV"), BELGIUM)),
    ((("Netanyahu", "Benjamin Netanyahu", "ISRGOV"), BELGIUM),
     (("Isaac Herzog", "Isaac Herzog", "ISRGOV"), BELGIUM),
     (("Israeli officials", None, "ISRGOV"), ("Ukraine", "Ukraine", "UKR"))),
    ((("the Supreme Court", "Supreme Court", None), ("Isaac Herzog", "Isaac Herzog", "ISRGOV")),
     (("unnamed officials", None, None), BELGIUM), (None, ("Isaac Herzog", "Isaac Herzog", None))),
)  # fmt: skip


def _side(actor: Side, at: int) -> Actor:
    text, name, code = actor
    return Actor(text, name, code, at, at + len(text))


def _people_event(
    source: Side | None, target: Side | None, pos: int, day: int
) -> tuple[str, Event]:
    """The sentence "<source> criticised <target>." (or "<source> complained.") at ``pos``,
    coded; a source None is written "Critics" and not named in the event."""
    verb = " criticised " if target else " complained"
    doer = source[0] if source else "Critics"
    s = doer + verb + (target[0] if target else "") + "."
    at = pos + len(doer)
    event = Event(
        source=_side(source, pos) if source else None,
        target=_side(target, at + len(verb)) if target else None,
        cameo="111", plover="ACCUSE", mode="disapprove", goldstein=-2.0, quad=3,
        date=f"2024-03-{day:02d}", date_source="sentence", modality="asserted",
        sentence_start=pos, sentence_end=pos + len(s), trigger_start=at + 1,
        trigger_end=at + len(verb.rstrip()), confidence=0.9, rule="synthetic",
    )  # fmt: skip
    return s, event


def people_document(i: int) -> Document:
    parts, sentences, events = [], [], []
    pos = 0
    for source, target in PEOPLE_ARTICLES[i]:
        s, event = _people_event(source, target, pos, 1 + i)
        sentences.append(Sentence(pos, pos + len(s)))
        events.append(event)
        parts.append(s)
        pos += len(s) + 1
    article = Article(
        id=f"p{i:02d}", text=" ".join(parts), title=f"People report {i}", outlet="outlet",
        url=f"https://example.org/p{i}",
    )  # fmt: skip
    return Document(
        article=article, sentences=tuple(sentences), events=tuple(events),
        date=DocumentDate(date(2024, 3, 1 + i), "given", 1.0),
    )  # fmt: skip


def make_people_store(path: Path) -> Path:
    """The articles of PEOPLE_ARTICLES, one story each."""
    docs = [people_document(i) for i in range(len(PEOPLE_ARTICLES))]
    with Store(path) as store:
        run = store.start_run(["people"])
        store.write_documents([(d, f"h{d.id}") for d in docs], run)
        store.finish_run(run, {"documents": len(docs)})
    return path

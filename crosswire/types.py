"""The records passed between stages. Frozen, no logic beyond trivial derived values.

All offsets are Python string indices into the owning article's ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

ContentType = Literal["text/plain", "text/html"]
PublishedSource = Literal["given", "metadata", "inferred"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "planned", "hedged", "denied", "negated", "conditional", "reported"]
PlaceType = Literal["city", "region", "country"]


@dataclass(frozen=True, slots=True)
class Hints:
    """What the source said about a document before we read it (a JSONL record, a feed entry)."""

    title: str | None = None
    published: str | None = None  # as given: "YYYY-MM-DD" or an ISO datetime
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    id: str
    origin: str  # where it was read from: a path, "path:line", a URL
    content: str | bytes
    content_type: ContentType = "text/plain"
    url: str | None = None
    outlet: str | None = None
    fetched_at: datetime | None = None
    hints: Hints = field(default_factory=Hints)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document we did not analyse, and why. Counted per reason, never a crash of the run."""

    id: str
    reason: str  # short machine key: "empty", "binary", "too-large", "encoding", "unreadable", ...
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Removed:
    start: int
    end: int
    reason: str  # "furniture:share", "caption", "related", ...


@dataclass(frozen=True, slots=True)
class Caption:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    removed: tuple[Removed, ...] = ()
    captions: tuple[Caption, ...] = ()
    published: date | None = None
    published_source: PublishedSource | None = None
    language: str | None = None
    authors: tuple[str, ...] = ()
    origin: str | None = None  # wire service named in a byline or dateline ("AP", "Reuters")
    modified: date | None = None  # last change stated by the page metadata, never before published

    def kept_spans(self) -> list[tuple[int, int]]:
        """The maximal spans of the text outside every removed span: what is analysed (read
        paragraph by paragraph) and compared for copies (joined as one body)."""
        spans, pos = [], 0
        for r in sorted(self.removed, key=lambda r: (r.start, r.end)):
            if r.start > pos:
                spans.append((pos, r.start))
            pos = max(pos, r.end)
        if pos < len(self.text):
            spans.append((pos, len(self.text)))
        return spans


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str  # PERSON, ORG, GPE, NORP, LOC, ...
    canonical: str | None = None  # "Mauro Vieira"
    code: str | None = None  # CAMEO-style actor code: "BRAGOV", "IGOSEAASN"


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the quoted content
    end: int
    quote: str
    direct: bool
    cue: str | None = None
    speaker: str | None = None  # canonical name
    speaker_start: int | None = None  # the speaker mention in the text
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    in_caption: bool = False
    # the content's own spans when [start, end) also holds the attribution ("“A,” X said. “B.”")
    parts: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TimeML: "2019-03-14", "2019-03", "2019-W11", "P3W", "PAST_REF", ...
    anchored: bool = False  # the value depended on the document date


@dataclass(frozen=True, slots=True)
class DocumentDate:
    value: date
    source: PublishedSource
    confidence: float
    evidence: str = ""  # the text it came from, for inferred dates


@dataclass(frozen=True, slots=True)
class Actor:
    text: str  # as written in the sentence
    name: str | None = None  # canonical name
    code: str | None = None  # "BRAGOV"
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, as the gazetteer (GeoNames) knows the place its clause names."""

    name: str  # the gazetteer's name: "Kyiv", "Kherson region", "Ukraine"
    type: PlaceType
    country: str  # ISO 3166-1 alpha-2: "UA"
    admin1: str | None  # GeoNames first-order division code within the country: "12", "CT"
    latitude: float
    longitude: float
    geonameid: int | None = None  # None: a region the gazetteer has no record of


@dataclass(frozen=True, slots=True)
class Event:
    source: Actor | None  # None: the report does not name the doer ("were detained")
    target: Actor | None
    cameo: str  # string, leading zeros kept: "0231"
    plover: str  # PLOVER event type: "SANCTION", "ACCUSE", ...
    mode: str | None  # PLOVER mode, "" when none
    goldstein: float
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    date: str | None  # TimeML-style value: "2019-03-05", "2019-03", "2015"
    date_source: str  # "clause", "sentence", "lead" (the day the lead gives), "document", "none"
    modality: Modality
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    confidence: float
    rule: str  # which pattern or model produced it
    place: Place | None = None  # None: its clause and the dateline name no place we know
    # The verb pattern the act was read from, for programs (``rule`` names it for people): the
    # verb lemma ("break off") and the words after it ("relation",); "" and () when none was
    pattern_verb: str = ""
    pattern_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    article: Article
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    date: DocumentDate | None = None
    # how likely the article is political news (events.domain); under pipeline.DOMAIN_MIN its
    # events are not coded. None: not judged (a short text, no MiniLM package, not analysed)
    political: float | None = None

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True, slots=True)
class CopyLink:
    """``article_id`` carries (a light edit of) the text of ``original_id``."""

    article_id: str
    original_id: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    article_ids: tuple[str, ...]
    title: str | None
    start: date | None
    end: date | None
    actors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleOutline:
    """What grouping a store's articles into copies and stories reads of each: not its
    analysis, which only the stories that change need (``stories.assemble``)."""

    id: str
    text: str  # the analysed text (removed spans cut out)
    title: str | None
    date: DocumentDate | None
    codes: tuple[str, ...] = ()  # the codes of the actors it mentions, sorted


@dataclass(frozen=True, slots=True)
class StoryItem:
    """What story clustering needs of a document (an analysed Document or an input record)."""

    id: str
    text: str  # the analysed text (removed spans already cut out)
    title: str | None = None
    published: date | None = None
    actors: tuple[str, ...] = ()  # actor codes and canonical names mentioned
    origin_id: str | None = None  # the original this is a copy of, when it is one


FactStatus = Literal["corroborated", "single-source", "conflicting"]


@dataclass(frozen=True, slots=True)
class FactValue:
    """One value the reports of a story event state, and the articles that state it."""

    value: str  # "2019-03-05", "hedged", "5", "hedged 2019-03-05"
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryFact:
    """What the reports of a story event state about one thing, and whether they agree."""

    about: str  # "date" | "modality" | "timing" | "doer" | "count" | "change" | "killed" | …
    status: FactStatus
    values: tuple[FactValue, ...]


@dataclass(frozen=True, slots=True)
class EventMention:
    """An article's event (by its stable id) that a story event merges; offsets of its trigger.
    When the story event joins reports, why this one was joined: the TF-IDF cosine of its
    sentence to the most alike sentence of another report's mention (``likeness``) and how
    many sides (doer, recipient) the two name alike (``sides``); None for a single report."""

    event_id: str
    article_id: str
    start: int
    end: int
    likeness: float | None = None
    sides: int | None = None


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One act as the reports of a story tell it: their events merged, with what they state."""

    story_event_id: str
    story_id: str
    cameo: str
    plover: str | None = None
    source_code: str | None = None
    source_name: str | None = None
    target_code: str | None = None
    target_name: str | None = None
    date: str | None = None  # TimeML value, may be partial
    modality: str | None = None  # the mentions' modalities, sorted, comma-joined
    n_mentions: int = 0
    outlets: tuple[str, ...] = ()
    independent_sources: tuple[str, ...] = ()  # independent origins; copies count once
    status: FactStatus | None = None
    mentions: tuple[EventMention, ...] = ()
    facts: tuple[StoryFact, ...] = ()
    family: str | None = None  # the event family mentions were merged by ("expulsion", ...)

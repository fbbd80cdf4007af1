"""Which mentions of a story's reports are one act: ``group_mentions``.

Two mentions are one act when they are of the same family (``facts.family_of``; a wording no
family row knows counts as its PLOVER type), their sides agree as evidence (``side_match``: one
person by name, a state by its country and canonical name, an organisation by its code; none
clashing), and their stated dates are compatible (one is a prefix of the other, or both fall
within ``SAME_EVENT_DAYS``; two acts both done on different days are two). Within one report
that is enough when a side is shared. Across reports it is not: the reports of a story share its
actors and its types, so two of their mentions are one act only when their sentences are alike
(``sentence_likeness``: TF-IDF cosine, the idf over the story's sentences) by ``JOIN_SIMILARITY``
for the sides they share.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from crosswire import tables
from crosswire.events.actors import ORGANISATION_PREFIXES, code_parts, load_actors
from crosswire.events.dates import INFERRED
from crosswire.events.referents import pronoun_text
from crosswire.stories.facts import family_of
from crosswire.types import Actor, Event

# Stated dates this close are one event reported with its announcement and effective dates
# ("announced Tuesday", "from March 3"); further apart they are separate events (a 2015
# embargo is background to a 2019 one).
SAME_EVENT_DAYS = 31
# How alike (TF-IDF cosine, ``sentence_likeness``) the sentences of two reports must be for
# their mentions to be one act, by the sides they share (none, one, both). Chosen by leaving
# one story out on the annotated cross-outlet acts (eval/data/story_acts_dev.jsonl, 8 stories;
# every fold chose these): joins right 0.421 -> 0.700 out of fold, acts joined 0.231 either way.
JOIN_SIMILARITY = (0.2, 0.15, 0.0)
# A mention whose PLOVER type is one level from a group's (``data/type_neighbours.tsv``) joins it
# across reports only with both sides named alike and sentences as alike as a pair naming no
# side must be: a type apart is weaker evidence than one family. On the development stories
# every such pair naming both sides alike is one act (2 of 2, cosine 0.28 and 0.33); the pairs
# of other neighbouring types there (REJECT beside ACCUSE or REQUEST) are two acts at 0.03.
NEIGHBOUR_SIMILARITY = JOIN_SIMILARITY[0]
# A material act (quad 2 or 4) that two sources tell alike but for who did it ("army shelled
# the market" / "rebels shelled the market") is one act with its doer in dispute
# (``_contested``): its sentences must be this alike, well above what any join asks, as its
# recipients often decide nothing ("14 people", "19 people"). Verbal acts of different
# speakers are different acts. No development story holds such a pair (of 137 cross-report
# pairs whose doers clash, none is a material act and none is this alike), so the figure is
# set, not measured: a disputed doer is rare and a wrong one is a false disagreement.
CONTESTED_SIMILARITY = 0.5
# Two reports' mentions that stand on one word in sentences this alike retell one act in the
# same words, often a quotation both carry (``_retold``): their types can differ only by how we
# read each report's context ("the city must give the firefighters the backing they need"
# taken as a request in one, as support in the other), and the reports do not disagree. On
# the development stories, of the cross-report pairs this alike, one is of two families (one
# act, 0.94) and the others one family already; sentences of two acts there stay under 0.65.
RETOLD_SIMILARITY = 0.8
MATERIAL_QUADS = frozenset({2, 4})
# Acts either side does with the other: their doer and recipient may be told either way round.
# Not SUPPORT, which the coder counts as mutual when two sides sign together: "X backed Y" and
# "Y backed X" are two acts.
EITHER_WAY = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Given names this long that differ by one letter may be one name spelt two ways.
SPELLING_MIN_LENGTH = 5
# The sectors of a state's own bodies: one of them may be its state's account of an act.
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
# How two reports' actors for one side compare (``side_match``).
CLASH, UNSURE, SAME = 0, 1, 2
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@dataclass(frozen=True)
class Mention:
    event_id: str
    article_id: str
    source_key: str  # the independent origin this article counts as
    event: Event
    text: str  # the article's text (event offsets index it)
    family: str = field(init=False)  # facts.family_of, read once: grouping asks it often

    def __post_init__(self) -> None:
        object.__setattr__(self, "family", family_of(self.event))

    @property
    def sentence(self) -> str:
        return self.text[self.event.sentence_start : self.event.sentence_end]


# How alike two mentions' sentences are, 0..1 (``sentence_likeness``).
Similarity = Callable[[Mention, Mention], float]


@dataclass
class Group:
    """Mentions taken as one act: a story event to be."""

    family: str
    who: tuple[str, str]
    plover: str
    mentions: list[Mention] = field(default_factory=list)


def who(a: Actor | None) -> str:
    """Who an actor is for matching across reports."""
    if a is None:
        return ""
    return place_of(a) or (a.name or a.text).lower()


def stated_date(e: Event) -> str | None:
    """The event's date when the text states it (one inferred from the article's date or its
    lead says nothing)."""
    return e.date if e.date_source not in INFERRED and e.date else None


def _day(value: str) -> date | None:
    """A day for a full date or a month ("2019-03" as its first day); None for a year."""
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        return date.fromisoformat(value[:7] + "-01") if len(value) == 7 else None
    except ValueError:
        return None


def compatible_dates(a: str | None, b: str | None) -> bool:
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    da, db = _day(a), _day(b)
    return bool(da and db and abs((da - db).days) <= SAME_EVENT_DAYS)


def _fits(m: Mention, g: Group) -> bool:
    return all(_same_time(m.event, o.event) for o in g.mentions)


def _same_time(a: Event, b: Event) -> bool:
    """Compatible stated dates; two acts both reported as done on different days are two
    acts ("met on Sunday", "met on Thursday"), whatever ``SAME_EVENT_DAYS`` allows between an
    announcement and the date it takes effect."""
    da, db = stated_date(a), stated_date(b)
    done = a.modality == b.modality == "asserted"
    if done and da and db and len(da) == len(db) == 10 and da != db:
        return False
    if _years_apart(a, b) or _years_apart(b, a):
        return False
    return compatible_dates(da, db)


def _years_apart(a: Event, b: Event) -> bool:
    """``a`` is dated by its text, ``b`` only by its report's date or lead (told as news), and their
    years lie more than one apart: "suspended cooperation in 2008" is not the cut a 2021
    report tells of, however alike the two acts are."""
    stated = stated_date(a)
    if not stated or stated_date(b) or not b.date or b.date_source not in INFERRED:
        return False
    return abs(int(stated[:4]) - int(b.date[:4])) > 1


def _generic(m: Mention) -> bool:
    """A mention whose family is only its PLOVER type: no family row names its wording."""
    return m.family == (m.event.plover or m.event.cameo)


def _kin(m: Mention, g: Group) -> bool:
    """The same family, or a generic mention of the group's PLOVER type ("filed suit"
    beside "accused": both ACCUSE)."""
    return g.family == m.family or (_generic(m) and g.plover == m.event.plover)


def _neighbour(m: Mention, g: Group) -> bool:
    """The mention's PLOVER type is one level from the group's (a demand read as an
    accusation: ``data/type_neighbours.tsv``)."""
    return frozenset((m.event.plover, g.plover)) in _neighbour_types()


@cache
def _neighbour_types() -> frozenset[frozenset[str]]:
    rows = tables.rows("crosswire.stories", "data/type_neighbours.tsv", min_columns=2, strip=True)
    return frozenset(frozenset(row[:2]) for row in rows if row[0] != row[1])


def place_of(a: Actor) -> str | None:
    """The country or organisation an actor belongs to, by its code; None for a role whose
    country the report leaves unsaid ("prosecutors", JUD), which no country clashes with."""
    return _code_place(a.code) if a.code else None


@cache  # asked for every pair of mentions a story compares; a story has few codes
def _code_place(code: str) -> str | None:
    if code.startswith(ORGANISATION_PREFIXES):
        return code
    return code[:3] if load_actors().anchored(code) else None


def _person(a: Actor) -> tuple[str, ...] | None:
    """The words of a proper name of an actor that is not a whole state ("John A. Boehner",
    "Republican Party"); None for "Russia" (RUS), a role with no name, or a group named by
    common nouns ("Peruvian consuls")."""
    if not a.name or (a.code and a.code == place_of(a)):
        return None
    return _name_words(a.name)


@cache  # asked for every pair of mentions a story compares
def _name_words(name: str) -> tuple[str, ...] | None:
    words = _NAME_WORD.findall(_plain(name))
    if not words or not all(w[0].isupper() for w in words):
        return None
    return tuple(w.lower() for w in words)


def _plain(name: str | None) -> str:
    """A name without its dots: "N.A.A.C.P." is "NAACP"."""
    return (name or "").replace(".", "")


def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name written in full or in part: "John A. Boehner", "John Boehner", "Boehner"."""
    return a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] == b[0])


def _short_form(a: str, b: str) -> bool:
    """One given name may be the other: a short form ("rob" of "robert": it begins it; "mike"
    of "michael", ``data/nicknames.tsv``) or a spelling one letter apart ("Sergei",
    "Sergey"; "Mohamed", "Mohammed"; names of five letters or more: "Jan" and "Joan" are two)."""
    short, full = sorted((a, b), key=len)
    if full.startswith(short) or full in _nicknames().get(short, ()):
        return True
    return len(short) >= SPELLING_MIN_LENGTH and _one_edit(short, full)


def _one_edit(short: str, full: str) -> bool:
    """``full`` is ``short`` with one letter changed, added or dropped."""
    if len(full) - len(short) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(short, full, strict=False)) if x != y), len(short))
    if len(short) == len(full):
        return short[i + 1 :] == full[i + 1 :]
    return short[i:] == full[i + 1 :]


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    rows = tables.rows("crosswire.stories", "data/nicknames.tsv", min_columns=2, strip=True)
    return {short: frozenset(full.split(",")) for short, full, *_ in rows}


def side_match(a: Actor | None, b: Actor | None) -> int:
    """How two reports' actors for one side of an act compare: ``SAME`` (one person, or one
    state or organisation named as such), ``CLASH`` (different countries or persons), else
    ``UNSURE`` (one side unnamed or a phrase kept as text, or a person beside their state)."""
    if not (a and (a.code or a.name)) or not (b and (b.code or b.name)):
        return UNSURE
    pa, pb = place_of(a), place_of(b)
    if pa and pb and pa != pb:
        return CLASH
    if (_state(a) and _outside_state(b)) or (_state(b) and _outside_state(a)):
        return CLASH  # "Nebraska" and an industry group's director ("Elliott", BUS)
    na, nb = _person(a), _person(b)
    if na and nb:
        if _same_name(na, nb):
            return SAME
        # "Mike Elliott" and "Michael Elliott" may be one person; "Jane Smith" and "John
        # Smith" are two
        return UNSURE if na[-1] == nb[-1] and _short_form(na[0], nb[0]) else CLASH
    if na or nb:
        return UNSURE  # "Okafor" and "Nigeria": a person beside a state
    # one state by one canonical name; "Nebraska" and "Colorado" are both USA, not one actor;
    # unnamed, by one code: "the governor" (CHLGOV) and "judges" (CHLJUD) are two
    if a.name or b.name:
        same = _plain(a.name).lower() == _plain(b.name).lower()
    else:
        same = a.code == b.code
    return SAME if pa and pa == pb and same else UNSURE


def _state(a: Actor) -> bool:
    """A state named as such ("Nebraska", "Chile"): its code is its country."""
    return a.code is not None and a.code == place_of(a) and len(a.code) == 3


def _outside_state(a: Actor) -> bool:
    """An actor coded by a sector outside any state's bodies and by no country ("Elliott",
    BUS; "activists", OPP): no account of a state, whatever state it acts in. A role of the
    state without its country ("the governor", GOV) may be the state's."""
    parts = code_parts(a.code)
    return bool(parts) and place_of(a) is None and not STATE_SECTORS & set(parts)


def _sides(m: Mention, o: Mention) -> int | None:
    """How many sides (doer, recipient) two mentions name alike, either way round for a
    mutual act; None when one clashes, or when one's doer is the other's recipient
    (``_reversed``)."""
    a, b = m.event, o.event
    pair = (side_match(a.source, b.source), side_match(a.target, b.target))
    if a.plover in EITHER_WAY and b.plover in EITHER_WAY and CLASH in pair:
        # "Peru met Chile" told as "Chile met Peru"
        pair = (side_match(a.source, b.target), side_match(a.target, b.source))
    if CLASH in pair or (pair[0] != SAME and _reversed(m, o)):
        return None
    return pair.count(SAME)


def _reversed(m: Mention, o: Mention) -> bool:
    """One mention's doer is the other's recipient: "the league condemned the party" and
    "the party accused the league" are two acts, answering each other, of one family. A
    misread side can part one act this way ("she" read as the doer of another mention)."""
    a, b = m.event, o.event
    if a.plover in EITHER_WAY or b.plover in EITHER_WAY:
        return False  # "Obama met Boehner" and "Boehner met Obama" are one meeting
    return SAME in (side_match(a.source, b.target), side_match(a.target, b.source))


def sides_alike(m: Mention, o: Mention) -> int:
    """How many sides two mentions name alike (a clash counts as none)."""
    return _sides(m, o) or 0


def _evidence(m: Mention, g: Group) -> int | None:
    """The most sides the mention shares with one of the group's mentions (None: a clash)."""
    shared = [_sides(m, o) for o in g.mentions]
    return None if None in shared else max(shared, default=0)


def _floor(m: Mention) -> int:
    """Sides a mention must share with another of its report's to be the same act: one, or
    none for a mention without a doer."""
    return 0 if m.event.source is None else 1


def across(
    m: Mention, others: Iterable[Mention], similar: Similarity, kin: bool = True
) -> tuple[int, float] | None:
    """(sides named alike, likeness) of the best pair ``m`` makes with a mention of another
    report whose sentence is alike enough for the sides the two share (``JOIN_SIMILARITY``);
    None when no pair is. For a mention of a neighbouring type (``kin`` false) only a pair
    naming both sides alike counts, by ``NEIGHBOUR_SIMILARITY``; a mention naming neither side
    makes no pair (``_nameless``)."""
    if _nameless(m):
        return None
    best = None
    for o in others:
        if o.article_id == m.article_id or _nameless(o) or (sides := _sides(m, o)) is None:
            continue
        alike = similar(m, o)
        if alike >= _needed(sides, kin) and (best is None or (sides, alike) > best):
            best = (sides, alike)
    return best


def _nameless(m: Mention) -> bool:
    """A mention with neither side ("after days of negotiations"): nothing in it says whose
    act it is, so it joins no other report's mention, however alike their sentences."""
    return m.event.source is None and m.event.target is None


def _needed(sides: int, kin: bool) -> float:
    if kin:
        return JOIN_SIMILARITY[sides]
    return NEIGHBOUR_SIMILARITY if sides == 2 else math.inf


def _candidates(m: Mention, groups: Sequence[Group], similar: Similarity) -> list[Group]:
    """Groups the mention may join: of its kind, at a compatible date, no side clashing, and
    either another mention of its own report (as many sides shared as any, ``_floor``) or,
    across reports, a pair of mentions alike enough for the sides they share (``across``); a
    group of a neighbouring type (``_neighbour``) only across reports. The best by kind, then
    by sides shared, then by likeness."""
    scored = []
    for g in groups:
        kin = _kin(m, g) or _retold(m, g, similar)
        if not ((kin or _neighbour(m, g)) and _fits(m, g)) or (e := _evidence(m, g)) is None:
            continue
        if any(o.article_id == m.article_id for o in g.mentions):
            if kin and e >= _floor(m):
                scored.append(((kin, e, 1.0), g))
        elif (pair := across(m, g.mentions, similar, kin)) is not None:
            scored.append(((kin, *pair), g))
    top = max((score for score, _ in scored), default=None)
    return [g for score, g in scored if score == top]


def _retold(m: Mention, g: Group, similar: Similarity) -> bool:
    """``g`` holds no mention of ``m``'s report and one of another report standing on the same
    word as ``m`` in a sentence alike by ``RETOLD_SIMILARITY``: one act in the same words,
    whatever families the two readings gave."""
    if any(o.article_id == m.article_id for o in g.mentions):
        return False
    word = _trigger_word(m)
    return any(_trigger_word(o) == word and similar(m, o) >= RETOLD_SIMILARITY for o in g.mentions)


def _trigger_word(m: Mention) -> str:
    return m.text[m.event.trigger_start : m.event.trigger_end].lower()


def group_mentions(mentions: Sequence[Mention], similar: Similarity) -> list[Group]:
    """Mentions grouped into acts: each joins the one group ``_candidates`` gives, else opens
    its own (none fits, or two tie). Mentions with a named doer and a family row come first,
    so that the groups the others may join exist."""
    groups: list[Group] = []
    for m in sorted(mentions, key=lambda m: (m.event.source is None, _generic(m))):
        joins = _candidates(m, groups, similar)
        group = joins[0] if len(joins) == 1 else None
        if group is None:
            pair = (who(m.event.source), who(m.event.target))
            group = Group(m.family, pair, m.event.plover)
            groups.append(group)
        group.mentions.append(m)
    return _contested(_merged(groups, similar), similar)


def _contested(groups: list[Group], similar: Similarity) -> list[Group]:
    """Groups joined when independent sources tell one material act alike but name clashing
    doers (``_disputed``); the story event then shows the doer as a disagreement. Two groups
    that could be it keep a group apart."""
    out: list[Group] = []
    for h in groups:
        fits = [g for g in out if _disputed(g, h, similar)]
        if len(fits) == 1:
            fits[0].mentions.extend(h.mentions)
        else:
            out.append(h)
    return out


def _disputed(g: Group, h: Group, similar: Similarity) -> bool:
    """``g`` and ``h`` are one act with its doer in dispute: one family, no source in both,
    material acts at compatible dates, no recipient clashing, and a pair of their mentions
    naming clashing doers in sentences alike by ``CONTESTED_SIMILARITY``, each its own doer
    only (``_names_other``)."""
    if g.family != h.family or {m.source_key for m in g.mentions} & {
        m.source_key for m in h.mentions
    }:
        return False
    if any(m.event.quad not in MATERIAL_QUADS for m in (*g.mentions, *h.mentions)):
        return False
    if not all(_fits(m, g) for m in h.mentions):
        return False
    pairs = [(m, o) for m in h.mentions for o in g.mentions]
    if any(side_match(m.event.target, o.event.target) == CLASH for m, o in pairs):
        return False
    return any(
        side_match(m.event.source, o.event.source) == CLASH
        and _named_here(m) and _named_here(o)
        and not _names_other(m, o) and not _names_other(o, m)
        and similar(m, o) >= CONTESTED_SIMILARITY
        for m, o in pairs
    )  # fmt: skip


def _names_other(m: Mention, o: Mention) -> bool:
    """``m``'s doer is written in ``o``'s sentence too: the reports name both, so a clash is
    how we read one of them, not what they say ("Kenyan officials said Somali troops shelled
    ..." against "Somali troops shelled ...")."""
    doer = m.event.source
    if doer is None or not doer.text:
        return False
    return re.search(rf"\b{re.escape(doer.text)}\b", o.sentence, re.I) is not None


def _named_here(m: Mention) -> bool:
    """The doer is named in the mention's own sentence, not reached through a pronoun: a
    dispute must be the reports', not a reading of who "they" are."""
    a = m.event.source
    return (
        a is not None and a.start is not None
        and m.event.sentence_start <= a.start < m.event.sentence_end
        and not pronoun_text(a.text)
    )  # fmt: skip


def _merged(groups: list[Group], similar: Similarity) -> list[Group]:
    """Groups joined when they are one act told by different reports (``_one_act``): a
    mention is decided on before the mention of its own report that is most like another
    report's, so the first pass can leave one act in two groups. As there, two equally good
    groups to join keep a group apart."""
    out: list[Group] = []
    for h in groups:
        scored = [(score, g) for g in out if (score := _one_act(g, h, similar)) is not None]
        top = max((score for score, _ in scored), default=None)
        best = [g for score, g in scored if score == top]
        if len(best) == 1:
            best[0].mentions.extend(h.mentions)
        else:
            out.append(h)
    return out


def _one_act(g: Group, h: Group, similar: Similarity) -> tuple[bool, int, float] | None:
    """(of one kind, sides named alike, likeness) of the best pair of mentions of different
    reports when two groups can be one act: every mention of ``h`` of ``g``'s kind (or all of a
    neighbouring type, in reports ``g`` does not hold), at compatible dates, no side clashing,
    a mention of a report ``g`` holds sharing what the first pass asks (``_floor``), and some
    pair alike enough (``across``); else None."""
    kin = all(_kin(m, g) for m in h.mentions)
    for m in h.mentions:
        if not ((kin or _neighbour(m, g)) and _fits(m, g)) or (e := _evidence(m, g)) is None:
            return None
        if any(o.article_id == m.article_id for o in g.mentions) and (not kin or e < _floor(m)):
            return None
    pairs = [(kin, *pair) for m in h.mentions if (pair := across(m, g.mentions, similar, kin))]
    return max(pairs, default=None)


def sentence_likeness(mentions: Sequence[Mention], story: Sequence[str] = ()) -> Similarity:
    """Cosine of two mentions' sentences as TF-IDF vectors, the idf over the mentions'
    sentences and the ``story``'s other sentences: two reports of one act share its
    particulars (names, numbers, places, the wording of a quote), and words every report of
    the story uses weigh least. Measured leaving one annotated story out: the idf over the
    mention sentences alone joined as many acts, one more of them wrongly (6 of 10 right, not
    7), and its folds disagreed on the thresholds; weighing the words every sentence holds as
    nothing (no +1 on the idf) did worse.

    The weights are scikit-learn's ``TfidfVectorizer(stop_words="english",
    sublinear_tf=True)`` (a test holds them equal), computed here: the vectorizer's fixed cost
    per call made reconciling ten times slower."""
    own = list(dict.fromkeys(m.sentence for m in mentions))
    words = {s: Counter(w for w in _TOKEN.findall(s.lower()) if w not in ENGLISH_STOP_WORDS)
             for s in dict.fromkeys([*own, *story])}  # fmt: skip
    df = Counter(w for c in words.values() for w in c)
    n = len(words)
    vectors = {}
    for s in own:
        v = {w: (1 + math.log(k)) * (math.log((1 + n) / (1 + df[w])) + 1)
             for w, k in words[s].items()}  # fmt: skip
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[s] = {w: x / norm for w, x in v.items()}

    def cosine(a: Mention, b: Mention) -> float:
        # not cached by pair: a story of a few hundred reports has millions of pairs
        va, vb = vectors[a.sentence], vectors[b.sentence]
        if len(vb) < len(va):
            va, vb = vb, va
        return sum(x * vb.get(w, 0.0) for w, x in va.items())

    return cosine

"""Story events: the mentions of one event in several reports, merged, with what they say.

Which mentions are one act is decided in ``joins`` (``group_mentions``); each joined mention keeps
the evidence (``EventMention.likeness`` and ``sides``). Sources are counted by independent origin:
copies collapse to their original, wire pick-ups to the wire service.

For each story event the facts that reports state are compared per independent source: the date,
the modality (stated, hedged, denied, conditional, reported), who did it (``doer``) and numbers
(the count of the target, a relative change, the dead and wounded). A fact is corroborated when
two sources agree, single-source when one states it, conflicting when sources differ.

Measures announced together ("recalling its envoy and closing Peru's trade office") are a
*package*: two story events of one source and target whose mentions share a sentence in some
report. Their timing is one fact: a date one report hedges for the recall ("possibly from
March 3") and another states for the closure ("closed on March 3") is a disagreement about
the package's date, shown on each of its events (``timing``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from crosswire.events.actors import code_parts
from crosswire.events.referents import pronoun_text
from crosswire.stories import casualties
from crosswire.stories.facts import agree, change_ratio, target_count
from crosswire.stories.joins import (
    CLASH,
    SAME,
    STATE_SECTORS,
    Group,
    Mention,
    Similarity,
    across,
    group_mentions,
    place_of,
    sentence_likeness,
    side_match,
    sides_alike,
    stated_date,
)
from crosswire.types import (
    Actor,
    Document,
    Event,
    EventMention,
    FactStatus,
    FactValue,
    StoryEvent,
    StoryFact,
)

# How a mention's modality reads as a fact about the event.
# Modalities that qualify a date rather than the act: they make a ``timing`` fact.
TIMING_CAUTION = ("hedged", "conditional")
# Events whose sentence's dead and wounded are theirs, by CAMEO code: assault, fight, mass
# violence, violent protest and repression (an expulsion or an arrest "after a raid that killed
# 14" is not what killed them).
VIOLENT_CODES = ("18", "19", "20", "145", "175")
# How the doer fact shows a source that reports the act without saying who did it.
UNNAMED = "(not named)"
MODALITY_FACT = {"asserted": "stated", "planned": "stated", "hedged": "hedged",
                 "denied": "denied", "negated": "denied", "conditional": "conditional",
                 "reported": "reported"}  # fmt: skip


def source_key(doc: Document, origin_of: Mapping[str, str], wire_of: Mapping[str, str]) -> str:
    """Copies count as their original; wire copy as the wire service; else the outlet."""
    root = origin_of.get(doc.id, doc.id)
    if wire_of.get(root):
        return f"wire:{wire_of[root]}"
    return root


def _values(values: Mapping[str, Sequence[str]]) -> tuple[FactValue, ...]:
    """Each value with the articles that state it, once each and in order."""
    return tuple(FactValue(v, tuple(dict.fromkeys(ids))) for v, ids in values.items())


def _facts(mentions: Sequence[Mention], package: Sequence[Mention] = ()) -> list[StoryFact]:
    """The facts on date, modality, timing, the doer, numbers and casualties. ``package``
    holds the mentions of the events announced together with this one."""
    per_source: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        e = m.event
        if stated_date(e):
            per_source["date"][m.source_key].append((stated_date(e), m.article_id))
        per_source["modality"][m.source_key].append((MODALITY_FACT[e.modality], m.article_id))
        count = target_count(m.text, e)
        for about, value in (("count", count), ("change", change_ratio(m.sentence))):
            if value is not None:
                per_source[about][m.source_key].append((f"{value:g}", m.article_id))
        if e.cameo.startswith(VIOLENT_CODES):
            for about, said in casualties.casualties(m.sentence).items():
                per_source[about][m.source_key].append((said, m.article_id))
    out = []
    if "date" in per_source:
        out.append(_date_fact(per_source.pop("date")))
    doer = _doer_fact(mentions)
    if doer is not None:
        out.append(doer)
    timing = _timing_fact([*mentions, *package])
    if timing is not None:
        out.append(timing)
    for about, sources in per_source.items():
        chosen = {s: _one_value(about, vals) for s, vals in sources.items()}
        values: dict[str, list[str]] = defaultdict(list)
        for s, value in chosen.items():
            values[value].extend(dict.fromkeys(a for v, a in sources[s]))
        distinct = list(values)
        status: FactStatus
        if len(chosen) == 1:
            status = "single-source"
        elif _consistent(about, distinct):
            status = "corroborated"
        else:
            status = "conflicting"
        out.append(StoryFact(about, status, _values(values)))
    return out


def _date_fact(sources: Mapping[str, list[tuple[str, str]]]) -> StoryFact:
    """Every stated date with who states it. Reports may give an announcement and an effective
    date; two sources conflict only when none of their dates can be the same day or month."""
    values: dict[str, list[str]] = defaultdict(list)
    for vals in sources.values():
        for value, article in vals:
            values[value].append(article)
    keys = list(sources)
    status: FactStatus
    if len(keys) == 1:
        status = "single-source"
    else:
        ok = all(
            any(_same_date(a, b) for a, _ in sources[x] for b, _ in sources[y])
            for i, x in enumerate(keys) for y in keys[i + 1 :]
        )  # fmt: skip
        status = "corroborated" if ok else "conflicting"
    return StoryFact("date", status, _values(dict(sorted(values.items()))))


def _timing_fact(mentions: Sequence[Mention]) -> StoryFact | None:
    """How sources give a date that one of them qualifies ("possibly from March 3"): the
    same day stated by another source conflicts; None when no source qualifies a date."""
    given: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        if m.event.date_source == "clause" and m.event.date and len(m.event.date) >= 10:
            how = MODALITY_FACT[m.event.modality]
            given[(m.event.date[:10], how)][m.source_key].append(m.article_id)
    cautious = {d for d, how in given if how in TIMING_CAUTION}
    if not cautious:
        return None
    values = {k: v for k, v in given.items() if k[0] in cautious and k[1] != "denied"}
    ways = {d: {how for dd, how in values if dd == d} for d in cautious}
    sources = {s for v in values.values() for s in v}
    status: FactStatus
    if any(len(w) > 1 for w in ways.values()):
        status = "conflicting"
    else:
        status = "corroborated" if len(sources) > 1 else "single-source"
    shown = {
        f"{how} {day}": [a for ids in by.values() for a in ids]
        for (day, how), by in sorted(values.items())
    }
    return StoryFact("timing", status, _values(shown))


def _doer_fact(mentions: Sequence[Mention]) -> StoryFact | None:
    """Who did it, as each independent source names the doer; None for an act one source
    reports. A source that leaves the doer unsaid ("the consuls were expelled") is shown as
    ``UNNAMED``. The status counts the doers that can be told apart (a code or a canonical
    name; a phrase kept as text is shown but decides nothing, as in ``joins.side_match``):
    conflicting when two clash (two countries, two persons), corroborated when two sources
    give one account (``_one_account``), else single-source."""
    sources = sorted({m.source_key for m in mentions})
    if len(sources) < 2:
        return None
    named: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if _named(m.event.source):
            named[m.source_key].append(m)
    if not named:
        return None
    # each source's doer: its most specific naming (a code, then a name)
    chosen = {s: max(ms, key=lambda m: _specific(m.event.source)) for s, ms in named.items()}
    values: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        if s in chosen:
            values[_shown(chosen[s].event.source)].extend(m.article_id for m in named[s])
        else:
            values[UNNAMED].extend(m.article_id for m in mentions if m.source_key == s)
    doers = [a for m in chosen.values() if (a := m.event.source) and (a.code or a.name)]
    status: FactStatus
    if len(doers) < 2:
        status = "single-source"
    elif any(side_match(a, b) == CLASH for i, a in enumerate(doers) for b in doers[i + 1 :]):
        status = "conflicting"
    elif any(_one_account(a, b) for i, a in enumerate(doers) for b in doers[i + 1 :]):
        status = "corroborated"
    else:
        status = "single-source"  # "prosecutors" and "the police": neither confirms the other
    return StoryFact("doer", status, _values(values))


def _one_account(a: Actor, b: Actor) -> bool:
    """Two doers are one account: one actor (``side_match``), one code ("federal prosecutors",
    "the U.S. attorney": USAJUD), a body or officer of a state beside the state ("Lavrov",
    "Russia"; not rebels beside their country, nor two bodies of one state, "the governor" and
    "prosecutors", nor two of its regions), or a role beside that role of a country
    ("prosecutors", JUD, and "the U.S. attorney", USAJUD)."""
    if side_match(a, b) == SAME or (a.code and a.code == b.code and a.code != place_of(a)):
        return True
    pa, pb = place_of(a), place_of(b)
    if pa or pb:
        if pa and pb:  # exactly one of them the state itself, the other a body of its state
            body = b if a.code == pa else a
            return pa == pb and (a.code == pa) != (b.code == pb) and _of_state(body)
        roles_a, roles_b = set(code_parts(a.code)), set(code_parts(b.code))
        return bool(roles_a & roles_b - {pa, pb})
    return False


def _of_state(a: Actor) -> bool:
    """A body or officer of its state ("Lavrov", RUSGOV; "troops", RUSMIL), not a group
    against or beside it (rebels, opposition, parties: NGAREB is no account of Nigeria's)."""
    return any(part in STATE_SECTORS for part in code_parts(a.code)[1:])


def _named(a: Actor | None) -> bool:
    """The report names the doer: a code, a name or a phrase, not a pronoun left unresolved."""
    return a is not None and bool(a.code or a.name or not pronoun_text(a.text))


def _specific(a: Actor | None) -> tuple[bool, int]:
    return (a is not None and a.code is not None, len(a.name or "") if a else 0)


def _shown(a: Actor | None) -> str:
    return (a.name or a.text or a.code or UNNAMED) if a else UNNAMED


def _packages(groups: Sequence[Group]) -> dict[int, list[Mention]]:
    """Group index → the mentions of the other events announced in one sentence with it."""
    at = {
        i: {(m.article_id, m.event.sentence_start) for m in g.mentions}
        for i, g in enumerate(groups)
    }
    out: dict[int, list[Mention]] = defaultdict(list)
    for i, g in enumerate(groups):
        for j, h in enumerate(groups):
            if i != j and g.who == h.who and g.family != h.family and at[i] & at[j]:
                out[i].extend(h.mentions)
    return out


def _same_date(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _one_value(about: str, vals: list[tuple[str, str]]) -> str:
    """One source's value: its most cautious modality, its first number."""
    items = [v for v, _ in vals]
    if about == "modality":
        for cautious in ("denied", "conditional", "hedged", "reported"):
            if cautious in items:
                return cautious
    return items[0]


def _consistent(about: str, values: list[str]) -> bool:
    if about in casualties.KINDS:
        return all(casualties.casualties_agree(a, b) for a in values for b in values)
    if about in ("count", "change"):
        nums = [float(v) for v in values]
        return all(agree(a, b) for a in nums for b in nums)
    return len(values) == 1


def _coded(a: Actor | None) -> bool:
    return a is not None and a.code is not None


def _date_of(events: Sequence[Event]) -> str | None:
    """The most specific stated date, else the document date of the earliest mention."""
    stated = sorted({d for e in events if (d := stated_date(e))}, key=lambda d: (len(d), d))
    if stated:
        return stated[-1]
    dates = sorted(e.date for e in events if e.date)
    return dates[0] if dates else None


def _mention(m: Mention, g: Group, similar: Similarity) -> EventMention:
    """The stored mention with why its report was joined: the best pair it makes with another
    report's mention (``joins.across``); for a mention joined through another of its own
    report, its most alike pair."""
    others = [o for o in g.mentions if o.article_id != m.article_id]
    likeness = sides = None
    if others:
        pair = across(m, others, similar)
        if pair is None:
            best = max(others, key=lambda o: similar(m, o))
            pair = (sides_alike(m, best), similar(m, best))
        sides, likeness = pair[0], round(pair[1], 3)
    start, end = m.event.trigger_start, m.event.trigger_end
    return EventMention(m.event_id, m.article_id, start, end, likeness, sides)


def _story_event(
    story_id: str,
    g: Group,
    outlet: Mapping[str, str],
    similar: Similarity,
    package: Sequence[Mention] = (),
) -> StoryEvent:
    events = [m.event for m in g.mentions]
    first = max(events, key=lambda e: (e.source is not None, _coded(e.source), e.confidence))
    articles = list(dict.fromkeys(m.article_id for m in g.mentions))
    independent = tuple(sorted({m.source_key for m in g.mentions}))
    facts = _facts(g.mentions, package)
    status: FactStatus
    if any(f.status == "conflicting" for f in facts):
        status = "conflicting"
    else:
        status = "corroborated" if len(independent) > 1 else "single-source"
    key = f"{story_id}|{g.family}|{'|'.join(g.who)}|{g.mentions[0].event_id}"
    return StoryEvent(
        story_event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        story_id=story_id, cameo=first.cameo, plover=first.plover,
        source_code=first.source.code if first.source else None,
        source_name=(first.source.name or first.source.text) if first.source else None,
        target_code=first.target.code if first.target else None,
        target_name=(first.target.name or first.target.text) if first.target else None,
        date=_date_of(events),
        modality=",".join(sorted({e.modality for e in events})),
        n_mentions=len(g.mentions),
        outlets=tuple(dict.fromkeys(outlet[a] for a in articles)),
        independent_sources=independent, status=status,
        mentions=tuple(_mention(m, g, similar) for m in g.mentions),
        facts=tuple(facts),
        family=g.family,
    )  # fmt: skip


def reconcile(
    story_id: str,
    docs: Sequence[Document],
    event_ids: Mapping[str, Sequence[str]],
    origin_of: Mapping[str, str],
) -> list[StoryEvent]:
    """Merge the events of a story's documents. ``origin_of`` maps a copy to its original."""
    wire_of = {d.id: d.article.origin for d in docs if d.article.origin}
    mentions = [
        Mention(eid, d.id, source_key(d, origin_of, wire_of), ev, d.article.text)
        for d in docs
        for eid, ev in zip(event_ids[d.id], d.events, strict=True)
    ]  # fmt: skip
    outlet = {d.id: d.article.outlet or d.id for d in docs}
    # every sentence of the reports weighs the words: a story's few event sentences alone
    # cannot tell the words all its reports use from the particulars of one act
    story = [d.article.text[x.start : x.end] for d in docs for x in d.sentences]
    similar = sentence_likeness(mentions, story)
    groups = group_mentions(mentions, similar)
    packages = _packages(groups)
    made = [_story_event(story_id, g, outlet, similar, packages.get(i, ()))
            for i, g in enumerate(groups)]  # fmt: skip
    return sorted(made, key=lambda e: (e.date or "9999", e.cameo))

"""One actor identity across the store: which event sides name the same actor.

An event's source or target is a mention of an actor: its canonical ``name`` and CAMEO ``code``,
either of which may be missing. ``identify`` gives each distinct (name, code) of a store a stable
actor id and a display name:

- a **person** by their name: first and last name words, with titles ("Mr.", "Prime Minister"),
  middle names or initials and suffixes ("Jr.") dropped: "Donald J. Trump" is "Donald Trump",
  ``person:donald-trump``, whatever code the mention carries (a person is coded ``USAGOV`` in
  office, ``GOV`` or nothing out of it). Two names that differ only in their middle initials
  ("George W. Bush", "George H. W. Bush") are two people, and the name without a middle is then
  a third actor: it could be either.
- a **surname alone** ("Trump", "Mr. Trump") is the one person of the store with that surname;
  with none or several ("Hunter Biden", "Joe Biden") it is its own actor, ``name:biden`` (a word
  the dictionary does not know as a person's, coded for a country or an organisation, such as
  "Kremlin" coded ``RUSGOV``, is that code's).
- anything else, a state or an organisation, by its **code** (``code:ISRGOV``) when the code
  names a country or an organisation, else by its **name** (``name:supreme-court``); a mention
  that has a code but no name ("an Israeli official") by its code. A city or a state within a
  country ("Texas", coded ``USA``: the dictionary's kind ``place``) is its own actor, by its
  name (``name:texas``), not its country.

A name is a person's when the actor dictionary knows it as a person, or when the dictionary
does not know it and it is capitalised name words with no word of an organisation or an office
("Ministry", "Court", "Minister": ``data/name_words.tsv``), no acronym ("NATO") and no digit.

Ids are slugs of names and codes, so they stay the same from one run to the next; the store
changes them only through the two rules that look at other names: a surname joins a person when
exactly one person of the store has it, and middle initials part two people of the same name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from crosswire import tables
from crosswire.events.actors import load_actors

Key = tuple[str | None, str | None]  # a mention: (canonical name, code)

_HYPHENS = re.compile(r"[-‐‑–]")
_PARTICLE = re.compile(r"^[a-z]{1,3}['’-]")  # "al-", "d'"
_LETTER = re.compile(r"(?:[a-z]{1,3}['’-])?([^\W\d_])")  # "al-Assad", "d'Estaing": the A, the E


@dataclass(frozen=True, slots=True)
class Identity:
    actor_id: str  # "person:donald-trump", "code:ISRGOV", "name:supreme-court"
    name: str  # display name: "Donald Trump"
    kind: str  # what identifies the actor: "person", "code" or "name"


class Lexicon(Protocol):
    """What ``identify`` asks the actor dictionary."""

    def kind(self, name: str) -> str | None:
        """ "person", "country", "place", "igo", "org" or "group"; None for a name it does
        not know."""

    def anchored(self, code: str) -> bool:
        """The code names a country or an organisation ("RUSGOV"), not a sector alone ("GOV")."""


@dataclass(frozen=True, slots=True)
class FullName:
    first: str
    middle: str  # initials of the middle names, lowercase: "j", "hw", ""
    last: str  # with its particles: "von der Leyen"
    shown: str  # the name without titles and suffixes: "George W. Bush"


@dataclass(frozen=True, slots=True)
class Surname:
    last: str


@dataclass(frozen=True, slots=True)
class Body:
    actor_id: str
    shown: str | None  # its name; None when only its code is known


@lru_cache(maxsize=1)
def name_words() -> Mapping[str, frozenset[str]]:
    """Role ("title", "suffix", "particle", "body") -> its words, from data/name_words.tsv."""
    roles: dict[str, set[str]] = defaultdict(set)
    for word, role in tables.rows("crosswire.store", "data/name_words.tsv", min_columns=2):
        roles[role].add(word)
    return {role: frozenset(words) for role, words in roles.items()}


def slug(text: str) -> str:
    """Lowercase words joined by '-', accents and punctuation dropped: "António" -> "antonio"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    found = re.sub(r"[\W_]+", "-", plain).strip("-")
    return found or "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _plain(word: str) -> str:
    return word.lower().replace(".", "").strip(",")


def _name_word(word: str) -> bool:
    """A capitalised word of a name, an initial ("J.", "JD") or "al-Assad"; not an acronym."""
    found = _LETTER.match(word)
    letters = [ch for ch in word if ch.isalpha()]
    acronym = len(letters) >= 3 and all(ch.isupper() for ch in letters)
    return bool(found and found.group(1).isupper()) and not acronym and not _has_digit(word)


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _initials(word: str) -> str:
    caps = [ch for ch in word if ch.isupper()]
    return "".join(caps or word[:1]).lower()


def read_name(name: str, lexicon: Lexicon) -> FullName | Surname | None:
    """A canonical name read as a person's: a full name, a surname alone, or None when it is
    not a person's name."""
    words, roles = name.split(), name_words()
    while len(words) > 1 and _plain(words[0]) in roles["title"]:
        words.pop(0)
    while len(words) > 1 and _plain(words[-1]) in roles["suffix"]:
        words.pop()
    parts = {p for w in words for p in _HYPHENS.split(_plain(w))}
    if not words or parts & roles["body"]:
        return None
    start = len(words) - 1  # the surname starts at its particles: "von der Leyen"
    while start > 0 and words[start - 1] in roles["particle"]:
        start -= 1
    given, last = words[:start], " ".join(words[start:])
    inner = all(_name_word(w) or w in roles["particle"] for w in given[1:])
    if not (inner and all(_name_word(w) for w in (*given[:1], words[-1]))):
        return None
    if lexicon.kind(name) not in (None, "person"):  # last: the dictionary costs the most
        return None
    if not given:
        return Surname(last)
    middle = "".join(_initials(w) for w in given[1:])
    return FullName(given[0], middle, last, " ".join(words))


def _body(name: str | None, code: str | None, lexicon: Lexicon) -> Body:
    if code and (not name or (lexicon.anchored(code) and lexicon.kind(name) != "place")):
        return Body(f"code:{code}", name)
    if name:
        return Body(f"name:{slug(name)}", name)
    return Body(f"code:{code}", None)


def read_mention(key: Key, lexicon: Lexicon) -> FullName | Surname | Body | None:
    """What one mention is, before the store's other names are known; None without a name or
    a code."""
    name, code = key
    if not name and not code:
        return None
    return (read_name(name, lexicon) if name else None) or _body(name, code, lexicon)


def surnames(last: str) -> set[str]:
    """The slugs a surname is written alone as: itself, and its last word without particles
    ("al-Assad" is also "Assad", "von der Leyen" also "Leyen")."""
    core = _PARTICLE.sub("", last.split()[-1])
    return {slug(last), slug(core)}


def _people(readings: Mapping[Key, object]) -> dict[Key, tuple[str, str, str]]:
    """(actor id, display name, surname) of each full name: "first-last", or
    "first-middle-last" when other middle initials are seen with the same first and last name."""
    names = {k: r for k, r in readings.items() if isinstance(r, FullName)}
    middles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in names.values():
        middles[slug(r.first), slug(r.last)].add(r.middle)
    out = {}
    for key, r in names.items():
        first, last = slug(r.first), slug(r.last)
        if r.middle and len(middles[first, last] - {""}) > 1:
            out[key] = (f"person:{first}-{r.middle}-{last}", r.shown, r.last)
        else:
            out[key] = (f"person:{first}-{last}", f"{r.first} {r.last}", r.last)
    return out


def _surname(key: Key, r: Surname, people: set[str], lexicon: Lexicon) -> tuple[str, str, int]:
    """A one-word name: the one person with that surname; else a known person's name, or a name
    without a code of a country or an organisation, is its own actor; else its code's."""
    name, code = key
    if len(people) == 1:
        return next(iter(people)), r.last, 1
    if code and name and lexicon.kind(name) != "person" and lexicon.anchored(code):
        return f"code:{code}", name, 1
    return f"name:{slug(r.last)}", r.last, 1


def identify(mentions: Mapping[Key, int] | Iterable[Key], lexicon: Lexicon) -> dict[Key, Identity]:
    """The identity of each mention that has a name or a code. ``mentions`` may count how often
    each is seen: an actor's display name is its most frequent full name, else its most
    frequent name, else its code."""
    counts = mentions if isinstance(mentions, Mapping) else dict.fromkeys(mentions, 1)
    readings = {k: r for k in counts if (r := read_mention(k, lexicon)) is not None}
    people = _people(readings)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for actor_id, _, last in people.values():
        for form in surnames(last):
            by_surname[form].add(actor_id)
    named: dict[Key, tuple[str, str, int]] = {}  # key -> actor id, name shown, rank of that name
    for key, r in readings.items():
        if isinstance(r, Surname):
            named[key] = _surname(key, r, by_surname.get(slug(r.last), set()), lexicon)
        elif isinstance(r, Body):
            named[key] = (r.actor_id, r.shown or r.actor_id.partition(":")[2], int(bool(r.shown)))
        else:
            actor_id, shown, _ = people[key]
            named[key] = (actor_id, shown, 2)
    votes: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)  # id -> name -> (rank, n)
    for key, (actor_id, shown, rank) in named.items():
        old = votes[actor_id].get(shown, (rank, 0))
        votes[actor_id][shown] = (max(rank, old[0]), old[1] + counts[key])
    display = {
        actor_id: min(options, key=lambda s: (-options[s][0], -options[s][1], s))
        for actor_id, options in votes.items()
    }
    return {
        key: Identity(actor_id, display[actor_id], actor_id.partition(":")[0])
        for key, (actor_id, _, _) in named.items()
    }


@lru_cache(maxsize=1 << 16)
def _dictionary_kind(name: str) -> str | None:
    found = load_actors().lookup(name, whole=True)
    return found.kind if found else None


class DictionaryLexicon:
    """The actor dictionary (``crosswire.events.actors``) as ``identify`` asks it."""

    def kind(self, name: str) -> str | None:
        return _dictionary_kind(name)

    def anchored(self, code: str) -> bool:
        return load_actors().anchored(code)


DICTIONARY = DictionaryLexicon()

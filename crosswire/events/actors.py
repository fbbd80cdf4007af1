"""The actor dictionary: names of countries, organisations and people -> CAMEO actor codes.

Built by ``tools/build_ontology.py`` from the PETRARCH2 Phoenix dictionaries, pycountry and our own
tables (``data/actors.tsv.gz``, ``data/agents.tsv``). A person's code depends on the date: Mauro
Vieira is ``BRAGOV`` as foreign minister (2015-16, from 2023); an office holder of
``data/office_holders.tsv`` has no code out of office (Obama is ``USAGOV`` from 2009 to 2017 only).

Matching rule for short or ambiguous keys (see ``lookup``): a one-word key of at most
``SHORT_KEY`` characters, or one listed in ``data/actor_stopwords.txt`` (pronouns, titles, generic
nouns), only matches when written in capitals as an acronym ("US", "U.N."), so "us" and "it" never
match; role nouns alone ("President", "police") never name an actor.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from crosswire import tables
from crosswire.errors import DataError

SHORT_KEY = 3  # "UN", "EU", "USA": one-word keys this short must be written in capitals
MAX_PHRASE = 12  # longest sub-phrase tried (the longest dictionary names have ~10 words)
# The sector of civilian role nouns ("hunter", "farmer"): no title before a name.
CIVILIAN = "CVL"
_PREPOSITIONS = frozenset({"in", "of", "to", "at", "from", "for", "with", "on", "by"})
_TERRITORIES = ("country", "place")  # kinds coded by a country's code alone
# The kind of a party's adjective ("Republican", "Labour"): it names the party's people before a
# role ("Republican lawmakers"), not what else it qualifies ("the Republican nomination").
PARTISAN = "partisan"
# Kinds whose key, when it is also a role noun, names the institution when it is the whole
# phrase: "Congress", "the Senate", "the Supreme Court", "the Security Council" alone are the
# ones the tables name (American news names them bare), "the Indian Supreme Court" India's.
_INSTITUTIONS = ("org", "igo")
# Words that place a region in a country rather than name something else ("Eastern Ukraine").
_REGION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "greater", "upper", "lower", "northeast", "northwest", "southeast", "southwest",
     "northeastern", "northwestern", "southeastern", "southwestern"}
)  # fmt: skip
_SPLIT = re.compile(r"[\s\-_/,;:()\[\]\"“”]+")

# Codes of bodies that are not one country's: the whole code names the organisation
# (IGOWSTNAT = NATO, NGO..., MNC..., IMG/INT = transnational armed groups); others start with
# the country ("RUSGOV").
ORGANISATION_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "INT")
# An undated code saying "no code": a date none of the person's ranges covers finds them out of
# office, an uncoded person (data/office_holders.tsv: a former president is not the government).
NO_CODE = "---"


@dataclass(frozen=True, slots=True)
class ActorMatch:
    name: str  # canonical display name: "Mauro Vieira", "Chile", "ASEAN"
    code: str | None  # "RUSGOV", "IGOWSTNAT"; None for a person out of office
    # "country" | "place" (a city or state, coded as its country) | "igo" | "person" | "org" |
    # "group"
    kind: str


@lru_cache(maxsize=1 << 16)  # the coder asks for the same few thousand words again and again
def normalise_key(text: str) -> str:
    """Lowercase, accents and punctuation removed, possessive 's dropped: "U.S.'s" -> "us"."""
    text = unicodedata.normalize("NFKD", text.replace("_", " "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’`]s\b", "", text)
    text = re.sub(r"[.'’`]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _singulars(key: str) -> list[str]:
    head, _, last = key.rpartition(" ")
    forms = [last]
    if last.endswith("ies"):
        forms.append(last[:-3] + "y")
    if last.endswith("es"):
        forms.append(last[:-2])
    if last.endswith("s"):
        forms.append(last[:-1])
    if last.endswith("men"):
        forms.append(last[:-3] + "man")
    return [f"{head} {f}".strip() for f in forms]


def resolve_code(codes: str, on: date | None) -> str | None:
    """The code valid on ``on``. Without a date: the most recent range (open ones first), else
    the undated code. With a date no range covers: the undated code, else the range nearest in
    time (the earliest before all ranges, otherwise the most recent one). None when the code
    chosen is ``NO_CODE``."""
    code = _resolve(codes, on)
    return None if code == NO_CODE else code


def _ranges(codes: str) -> tuple[list[tuple[date, date, str]], list[str]]:
    """(start, end, code) of each dated code ("RUSGOV:1994-09-22:2004-07-12"; an open end is
    ``date.max``), and the undated codes."""
    dated, undated = [], []
    for item in codes.split("|"):
        code, *span = item.split(":")
        if not span:
            undated.append(code)
            continue
        start = date.fromisoformat(span[0]) if span[0] else date.min
        end = date.fromisoformat(span[1]) if span[1] else date.max
        dated.append((start, end, code))
    return dated, undated


def _resolve(codes: str, on: date | None) -> str:
    dated, undated = _ranges(codes)
    if on is not None:
        live = [d for d in dated if d[0] <= on <= d[1]]
        if live:
            return max(live)[2]
        if undated:
            return undated[0]
        if all(on < d[0] for d in dated):
            return min(dated)[2]
    if dated:
        return max(dated, key=lambda d: (d[1], d[0]))[2]
    return undated[0]


def _out_of_office(codes: str, on: date | None) -> bool:
    """Every office the codes date has ended before ``on``, and none is undated: the person
    holds none of them then."""
    dated, undated = _ranges(codes)
    return on is not None and bool(dated) and not undated and max(d[1] for d in dated) < on


def code_parts(code: str | None) -> list[str]:
    """The 3-letter parts of a CAMEO actor code: "USAGOVLEG" → USA, GOV, LEG."""
    code = code or ""
    return [code[i : i + 3] for i in range(0, len(code), 3)]


class ActorDictionary:
    """Immutable lookups over the actor and agent tables; build with ``load_actors()``."""

    __slots__ = ("_agents", "_entries", "_offices", "_sectors", "_stop")

    def __init__(
        self,
        entries: Mapping[str, tuple[str, str, str]],
        agents: Mapping[str, str],
        stopwords: frozenset[str],
        offices: Mapping[str, tuple[tuple[date, date, str], ...]] | None = None,
    ) -> None:
        self._entries = MappingProxyType(dict(entries))  # key -> (name, kind, codes)
        self._agents = MappingProxyType(dict(agents))
        self._stop = stopwords
        # canonical name -> (start, end, office) of each dated office (``office``)
        self._offices = MappingProxyType(dict(offices or {}))
        # the 3-letter codes a role's code starts with ("GOV", "COP", "MUS"): a code starting
        # with one names no country. Only first parts: MAR is Morocco, though "Maronite" is
        # CHRMAR; MUS stays Muslim ("imam"), so Mauritius (MUS) reads as no country.
        self._sectors = frozenset(code_parts(c)[0] for c in self._agents.values() if c) - set(
            ORGANISATION_PREFIXES
        )

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, text: str, on: date | None = None, whole: bool = False) -> ActorMatch | None:
        """The actor a phrase names: the whole phrase, else its longest known sub-phrase
        (rightmost on ties: the head of an English noun phrase is last); a country with a role
        noun makes a sector code ("Chilean diplomats" -> CHLGOV). With ``whole``, only a key
        covering the whole phrase counts."""
        tokens = [(raw, normalise_key(raw)) for raw in _SPLIT.split(text)]
        tokens = [t for t in tokens if t[1]]
        if tokens and tokens[0][1] == "the":
            tokens = tokens[1:]
        found = self._longest(tokens)
        if found is None:
            return None
        (start, end), (name, kind, codes) = found
        if whole and (start, end) != (0, len(tokens)):
            return None  # ``whole``: only the phrase itself, not a name inside it
        code = resolve_code(codes, on)
        if kind == PARTISAN:
            rest = " ".join(n for _, n in tokens[end:])
            return ActorMatch(name, code, "group") if self._agent_in(rest) else None
        if kind == "person" and _out_of_office(codes, on):
            code = None  # "a former president is not the government" (issue 14)
        # a capital stands for its government alone, not inside a longer name; a country's
        # name, adjective or town there says whose the named thing is ("Saudi Aramco", "the
        # Texas Tribune"), and keeps its country's code
        capital = kind == "country" and len(code or "") > 3
        if capital and self._inside_a_name(tokens, start, end):
            return None
        if code is None or kind not in _TERRITORIES or len(code) != 3:
            return ActorMatch(name, code, kind)
        rest = " ".join(n for _, n in tokens[end:]) or " ".join(n for _, n in tokens[:start])
        suffix = self._agent_in(rest)
        if suffix is None:
            return ActorMatch(name, code, kind)
        plural = rest.endswith("s") and self._agents.get(rest.rpartition(" ")[2]) is None
        shown = " ".join(raw for raw, _ in tokens)
        return ActorMatch(shown, self.code_for(code, suffix), "group" if plural else "org")

    def office(self, name: str, on: date | None) -> str | None:
        """The office a person (by canonical name) holds on ``on`` by the office holders'
        table ("prime minister"), or None: no date, none held then, or not known."""
        if on is None:
            return None
        held = self._offices.get(name, ())
        return next((office for start, end, office in held if start <= on <= end), None)

    def partisan(self, adjective: str) -> ActorMatch | None:
        """ "Republican" -> the Republican Party (USAPTY): a party's adjective, which names
        its people before a role noun (``PARTISAN``)."""
        entry = self._entries.get(normalise_key(adjective))
        if entry is None or entry[1] != PARTISAN:
            return None
        return ActorMatch(entry[0], resolve_code(entry[2], None), "group")

    def country(self, adjective_or_name: str) -> str | None:
        """ "Chilean" -> "CHL", "Kenya" -> "KEN"; None when it is not a country."""
        entry = self._entries.get(normalise_key(adjective_or_name))
        if entry is None or entry[1] not in _TERRITORIES:
            return None
        code = resolve_code(entry[2], None)
        return code[:3] if code else None

    def agent(self, noun: str) -> str | None:
        """A role noun's sector code: "diplomats" -> "GOV", "rebels" -> "REB", "Sen." -> "LEG"."""
        if noun.endswith(".") and (title := self._agents.get(noun.lower())):
            return title  # an abbreviated title, keyed with its point
        key = normalise_key(noun)
        return next((self._agents[k] for k in [key, *_singulars(key)] if k in self._agents), None)

    @property
    def sectors(self) -> frozenset[str]:
        """The 3-letter codes roles' codes start with ("GOV", "COP"), organisation prefixes
        aside."""
        return self._sectors

    def anchored(self, code: str | None) -> bool:
        """The code names a country or an organisation ("RUSGOV", "IGOUNO"), not a sector
        alone ("COP", "GOV")."""
        code = (code or "").upper()
        return len(code) >= 3 and (
            code.startswith(ORGANISATION_PREFIXES) or code[:3] not in self._sectors
        )

    def is_country(self, code: str | None) -> bool:
        """A bare country code ("PER"), not an organisation's ("IGO..."), a role's ("GOV") or
        a person's ("PERGOV")."""
        code = (code or "").upper()
        return len(code) == 3 and not code.startswith(ORGANISATION_PREFIXES) and self.anchored(code)

    @staticmethod
    def code_for(country: str, agent_suffix: str | None) -> str:
        return country.upper() + (agent_suffix or "").upper()

    def _allowed(self, raw: Sequence[str], key: str) -> bool:
        """Whether a key may name an actor inside a longer phrase: a role noun may not ("the
        Russian Senate" is Russia's legislature, not the U.S. Senate; "army" is not the SPLA);
        a one-word key of a few letters only as an acronym. A role noun that is an
        institution's own name names it alone: ``_INSTITUTIONS``."""
        if " " in key or (len(key) > SHORT_KEY and key not in self._stop):
            return key not in self._agents
        letters = raw[0].replace(".", "")
        return len(letters) >= 2 and letters.isalpha() and letters.isupper()

    def _longest(self, tokens: list[tuple[str, str]]):
        """Longest allowed window; among equals the rightmost one not inside a prepositional
        phrase ("Chilean Embassy in Peru" is Chilean)."""
        for size in range(min(len(tokens), MAX_PHRASE), 0, -1):
            found = []
            for start in range(len(tokens) - size, -1, -1):
                window = tokens[start : start + size]
                key = " ".join(n for _, n in window)
                entry = self._entries.get(key)
                if (
                    entry
                    and (
                        self._allowed([r for r, _ in window], key)
                        or (size == len(tokens) and entry[1] in _INSTITUTIONS)
                    )
                    and (entry[1] != "person" or self._person_fits(tokens, start, size))
                    and not (size == 1 and self._given_name(tokens, start, entry[1]))
                ):
                    found.append(((start, start + size), entry))
            if found:
                plain = [
                    f for f in found if not any(n in _PREPOSITIONS for _, n in tokens[: f[0][0]])
                ]
                return (plain or found)[0]
        return None

    def _person_fits(self, tokens: list[tuple[str, str]], start: int, size: int = 2) -> bool:
        """A name is refused after an unknown capitalised word: "Lisa Pandor" is not Naledi Pandor.
        A one-word name (a surname) must be capitalised and end the phrase: "banks" is not
        Rosemary Banks, nor "Prime" in "Israeli Prime Minister" George Prime."""
        if size == 1 and (not tokens[start][0][:1].isupper() or start + 1 != len(tokens)):
            return False
        if start == 0:
            return True
        raw, key = tokens[start - 1]
        # a title ("President", "Senator") may stand before the name; a civilian role noun is
        # no title, and capitalised there it is a given name: "Hunter Biden" is not Joe Biden
        title = key in self._agents and self._agents[key] != CIVILIAN
        known = key in self._entries or title or key in self._stop
        return known or not raw[:1].isupper()

    def _given_name(self, tokens: list[tuple[str, str]], start: int, kind: str) -> bool:
        """An accented word that reads as a place only without its accent, inside a longer
        proper name: "Germán Rivera" is a man, not German (keys drop accents so that
        "Bogotá" finds Bogota)."""
        raw = tokens[start][0]
        accented = raw != unicodedata.normalize("NFKD", raw)
        return accented and kind in _TERRITORIES and self._inside_a_name(tokens, start, start + 1)

    def _inside_a_name(self, tokens: list[tuple[str, str]], start: int, end: int) -> bool:
        """The place at ``tokens[start:end]`` is one word of a longer proper name ("the
        Jerusalem Post", "Paris Saint-Germain"), which names a paper or a club, not the
        place's government: a capitalised word beside it that is no key, stop word or compass
        point, and no role noun in the phrase ("Moscow police" are Russia's)."""
        others = tokens[:start] + tokens[end:]
        if not others or self._agent_in(" ".join(n for _, n in others)) is not None:
            return False
        return any(
            raw[:1].isupper() and key not in self._entries and key not in self._stop
            and key not in _REGION_WORDS
            for raw, key in others
        )  # fmt: skip

    def _agent_in(self, phrase: str) -> str | None:
        words = phrase.split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size, -1, -1):
                suffix = self.agent(" ".join(words[start : start + size]))
                if suffix:
                    return suffix
        return None


def _data_lines(name: str) -> list[str]:
    return tables.lines("crosswire.events", f"data/{name}", hint="run tools/build_ontology.py")


@lru_cache(maxsize=1)
def load_actors() -> ActorDictionary:
    entries: dict[str, tuple[str, str, str]] = {}
    for parts in tables.split(_data_lines("actors.tsv.gz"), "actors.tsv.gz"):
        if len(parts) != 4:
            line = "\t".join(parts)
            raise DataError(f"actors.tsv.gz: malformed row {line!r}")
        entries[parts[0]] = (sys.intern(parts[1]), sys.intern(parts[2]), sys.intern(parts[3]))
    agents = dict(tables.split(_data_lines("agents.tsv"), "agents.tsv", min_columns=2))
    stop = frozenset(normalise_key(w) for w in _data_lines("actor_stopwords.txt"))
    return ActorDictionary(entries, agents, stop, read_offices(_data_lines("office_holders.tsv")))


def read_offices(lines: Sequence[str]) -> dict[str, tuple[tuple[date, date, str], ...]]:
    """Each office holder's dated offices (name, aliases, codes, offices): a row whose offices
    are as many as its dated codes pairs them in order ("USALEG:...|USAGOV:..." with "senator;
    president"); a row that merges several offices into one range says no more than its code."""
    out = {}
    for parts in tables.split(lines, "office_holders.tsv", min_columns=4):
        dated, undated = _ranges(parts[2])
        names = [o.strip() for o in parts[3].split(";")]
        if undated or len(names) != len(dated) or not all(names):
            continue
        pairs = zip(dated, names, strict=True)
        out[parts[0]] = tuple((start, end, office) for (start, end, _), office in pairs)
    return out

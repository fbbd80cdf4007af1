"""Verb patterns: a verb lemma plus the lemmas that follow it in its clause -> a CAMEO code.

Data: ``data/verbs.tsv`` (from PETRARCH2's CAMEO.2.0.txt with our fixes, see its header).

A pattern's words must appear after the verb in the given order, each at most ``MAX_GAP``
tokens after the previous one (the first at most ``MAX_GAP`` tokens after the verb). The most
specific pattern (most words) wins; the bare verb is the fallback. Phrasal verbs ("break off")
are also indexed under their first word with the particle as a leading word, so a caller may
pass the verb "break" with the clause "off relations ...".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from crosswire import tables
from crosswire.errors import DataError

# Up to five skipped tokens: room for a determiner, a number, a possessive and two modifiers
# ("closed Norway 's small trade office"), but not for a whole second clause.
MAX_GAP = 5


@dataclass(frozen=True, slots=True)
class VerbPattern:
    verb: str  # lemma, lowercase; may be phrasal: "break off"
    words: tuple[str, ...]  # lemmas that must follow the verb, in order; () for the bare verb
    code: str  # CAMEO code
    note: str  # where the pattern comes from


def rule_of(pattern: VerbPattern) -> str:
    """How an event's rule, written for people, names the pattern that coded it:
    "pattern:verb|words|code". Programs read ``Event.pattern_verb`` and ``pattern_words``."""
    return f"pattern:{pattern.verb}|{' '.join(pattern.words)}|{pattern.code}"


def rule_parts(rule: str) -> tuple[str, tuple[str, ...]]:
    """(verb, pattern words) of a rule ``rule_of`` wrote, also when the rule says how it came
    to the pattern ("nominal:closure>pattern:..."); ("", ()) for a rule of no pattern. Only for
    `analyze` records written before events kept their pattern in fields of their own (the
    store's upgrade_9.sql reads old rows the same way)."""
    rule = rule.rsplit(">", 1)[-1]
    if not rule.startswith("pattern:"):
        return "", ()
    verb, words, *_ = (rule.removeprefix("pattern:") + "||").split("|")
    return verb, tuple(words.split())


def _matches(words: Sequence[str], clause: Sequence[str]) -> bool:
    at = 0
    for word in words:
        window = clause[at : at + MAX_GAP + 1]
        if word not in window:
            return False
        at += window.index(word) + 1
    return True


class VerbPatterns:
    """Build with ``load_verb_patterns()``. Rows are kept as text per verb and parsed on first
    use (80k rows: parsing them all up front took ~1.5 s)."""

    __slots__ = ("_by_first", "_parsed", "_rows")

    def __init__(self, rows: Mapping[str, tuple[tuple[str, str], ...]]) -> None:
        self._rows = MappingProxyType(dict(rows))  # verb -> ((row verb, "words\tcode\tnote"),)
        self._parsed: dict[str, tuple[VerbPattern, ...]] = {}  # memo of for_verb
        # memo of _first_words: per verb, the positions in for_verb of the patterns each first
        # word opens ("" for the bare verb's), so a match tries only those its clause can hold
        self._by_first: dict[str, dict[str, tuple[int, ...]]] = {}

    def for_verb(self, lemma: str) -> tuple[VerbPattern, ...]:
        """Patterns of a verb, most specific (most words) first."""
        lemma = lemma.lower()
        if lemma not in self._parsed:
            self._parsed[lemma] = _parse(lemma, self._rows.get(lemma, ()))
        return self._parsed[lemma]

    def match(
        self, verb_lemma: str, clause_lemmas: Sequence[str], allowed=None
    ) -> VerbPattern | None:
        """The most specific pattern of the verb whose words occur in the clause in order (and
        that ``allowed``, a predicate, accepts)."""
        clause = [w.lower() for w in clause_lemmas]
        patterns, opened = self.for_verb(verb_lemma), self._first_words(verb_lemma)
        tried = sorted(i for w in {"", *clause} for i in opened.get(w, ()))
        return next(
            (
                p
                for p in map(patterns.__getitem__, tried)
                if _matches(p.words, clause) and (allowed is None or allowed(p))
            ),
            None,
        )

    def _first_words(self, lemma: str) -> dict[str, tuple[int, ...]]:
        lemma = lemma.lower()
        if lemma not in self._by_first:
            opened: dict[str, list[int]] = {}
            for i, p in enumerate(self.for_verb(lemma)):
                opened.setdefault(p.words[0] if p.words else "", []).append(i)
            self._by_first[lemma] = {w: tuple(at) for w, at in opened.items()}
        return self._by_first[lemma]

    def verbs(self) -> frozenset[str]:
        return frozenset(self._rows)


def _parse(lemma: str, rows: Sequence[tuple[str, str]]) -> tuple[VerbPattern, ...]:
    out = []
    for verb, rest in rows:
        words, code, note = rest.split("\t")
        # A phrasal verb listed under its first word carries its particle as leading words.
        particle = verb[len(lemma) :].split() if verb != lemma else []
        out.append(VerbPattern(verb, (*particle, *words.split()), code, note))
    return tuple(sorted(out, key=lambda p: -len(p.words)))


def index_rows(lines: Sequence[str]) -> VerbPatterns:
    """Group "verb\twords\tcode\tnote" rows by verb, phrasal verbs also by their first word."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for line in lines:
        verb, _, rest = line.partition("\t")
        if rest.count("\t") != 2:
            raise DataError(f"verbs.tsv: malformed row {line!r}")
        groups.setdefault(verb, []).append((verb, rest))
        if " " in verb:
            groups.setdefault(verb.split()[0], []).append((verb, rest))
    return VerbPatterns({v: tuple(rows) for v, rows in groups.items()})


@lru_cache(maxsize=1)
def load_verb_patterns() -> VerbPatterns:
    hint = "run tools/build_ontology.py"
    return index_rows(tables.lines("crosswire.events", "data/verbs.tsv", hint=hint))

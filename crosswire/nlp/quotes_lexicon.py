"""The cue lexicon of ``data/cues.tsv``, loaded once into an immutable object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from crosswire.errors import DataError

_KINDS = ("verb", "prep", "person", "org")


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: frozenset[str]  # single verb lemmas: "say"
    particle_verbs: frozenset[tuple[str, str]]  # ("point", "out"): the verb needs that particle
    preps: frozenset[tuple[str, ...]]  # ("accord", "to"): lemmas of a multiword preposition
    person_nouns: frozenset[str]
    org_nouns: frozenset[str]


def parse_lexicon(text: str, where: str = "cues.tsv") -> Lexicon:
    rows: dict[str, set] = {kind: set() for kind in _KINDS}
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines or lines[0].split("\t")[:2] != ["phrase", "kind"]:
        raise DataError(f"{where}: the first row must be the header 'phrase<TAB>kind'")
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in _KINDS or not parts[0].strip():
            raise DataError(f"{where}: row {n} {line!r} is not 'phrase<TAB>{'|'.join(_KINDS)}'")
        rows[parts[1]].add(tuple(parts[0].lower().split()))
    # "according to" is written as text; its first word's lemma is "accord".
    preps = {("accord", *p[1:]) if p[0] == "according" else p for p in rows["prep"]}
    return Lexicon(
        verbs=frozenset(p[0] for p in rows["verb"] if len(p) == 1),
        particle_verbs=frozenset((p[0], p[1]) for p in rows["verb"] if len(p) == 2),
        preps=frozenset(preps),
        person_nouns=frozenset(p[0] for p in rows["person"]),
        org_nouns=frozenset(p[0] for p in rows["org"]),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    try:
        text = resources.files("crosswire.nlp").joinpath("data/cues.tsv").read_text("utf-8")
    except OSError as exc:
        raise DataError(f"cannot read crosswire/nlp/data/cues.tsv: {exc}") from exc
    return parse_lexicon(text)

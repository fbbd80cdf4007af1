"""The cue lexicon of ``data/cues.tsv``, loaded once into an immutable object."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from crosswire import tables
from crosswire.errors import DataError

VERB_KINDS = ("speech", "belief", "intention", "stance", "evidence", "writer")
_KINDS = (*VERB_KINDS, "prep", "noun", "light", "person", "org")
# Which dependents of a cue carry the content, by kind, in order of preference. Measured on the
# PolNeAR training part: speech and belief report a clause ("said the talks stalled"), intention
# an infinitive or an object ("wants to run", "seeks the nomination"), stance and evidence an
# object ("endorsed Clinton", "polls show a tie") as well as a clause; the writer's evidentials
# what seems so, with their subject ("the plan seems to work", "it appears that ...").
CONTENT_DEPS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "speech": ("ccomp", "xcomp", "dobj"),
        "belief": ("ccomp", "xcomp", "dobj"),
        "intention": ("xcomp", "ccomp", "dobj"),
        "stance": ("ccomp", "dobj"),
        "evidence": ("ccomp", "dobj"),
        "writer": ("xcomp", "ccomp", "acomp", "oprd"),
        "prep": (),
    }
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    kinds: Mapping[str, str]  # verb lemma, or "verb particle", → its kind: "say" → "speech"
    verbs: frozenset[str]  # single verb lemmas: "say"
    particle_verbs: frozenset[tuple[str, str]]  # ("point", "out"): the verb needs that particle
    preps: frozenset[tuple[str, ...]]  # ("accord", "to"): lemmas of a multiword preposition
    nouns: frozenset[str]  # nouns that name what someone said or holds: "criticism", "claim"
    light_verbs: frozenset[str]  # verbs whose object noun is the cue: "make" (the case for)
    person_nouns: frozenset[str]
    org_nouns: frozenset[str]

    def kind(self, cue: str) -> str:
        """The kind of a cue given as its lemmas ("say", "point out", "accord to")."""
        return self.kinds.get(cue, "prep")


def parse_lexicon(text: str, where: str = "cues.tsv") -> Lexicon:
    rows: dict[str, list[tuple[str, ...]]] = {kind: [] for kind in _KINDS}
    table = tables.split(tables.content(text), where)
    if not table or table[0][:2] != ("phrase", "kind"):
        raise DataError(f"{where}: the first row must be the header 'phrase<TAB>kind'")
    for n, parts in enumerate(table[1:], start=2):
        line = "\t".join(parts)
        if len(parts) < 2 or parts[1] not in _KINDS or not parts[0].strip():
            raise DataError(f"{where}: row {n} {line!r} is not 'phrase<TAB>{'|'.join(_KINDS)}'")
        words = tuple(parts[0].lower().split())
        if parts[1] in VERB_KINDS and len(words) > 2:
            raise DataError(f"{where}: row {n} {line!r}: a verb cue is a lemma and a particle")
        rows[parts[1]].append(words)
    kinds = {" ".join(w): kind for kind in VERB_KINDS for w in rows[kind]}
    # "according to" is written as text; its first word's lemma is "accord".
    preps = {("accord", *p[1:]) if p[0] == "according" else p for p in rows["prep"]}
    return Lexicon(
        kinds=MappingProxyType(kinds),
        verbs=frozenset(k for k in kinds if " " not in k),
        particle_verbs=frozenset(
            (w[0], w[1]) for kind in VERB_KINDS for w in rows[kind] if len(w) == 2
        ),
        preps=frozenset(preps),
        nouns=frozenset(p[0] for p in rows["noun"]),
        light_verbs=frozenset(p[0] for p in rows["light"]),
        person_nouns=frozenset(p[0] for p in rows["person"]),
        org_nouns=frozenset(p[0] for p in rows["org"]),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return parse_lexicon(tables.text("crosswire.nlp.quotes", "data/cues.tsv"))

"""Acts whose content is another act: agreeing, refusing, threatening or asking to do something.

"Russia agreed to lift the ban" is an agreement, "Hungary refused to accept refugees" a refusal,
"Iran threatened to close the strait" a threat, "the EU urged Turkey to release them" and "Russia
says Greece must end its flights" requests.
The act in the complement did not happen (yet), so it is not an event of its own: the governing
act is, with the complement's root choosing its CAMEO code (to refuse to yield is 124, to offer
aid 033). The same codes turn a negated cooperative act into a refusal ("Israel will not release
prisoners" is a refusal to yield). The governors and codes are data (``data/embedding.tsv``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from crosswire import tables
from crosswire.errors import DataError
from crosswire.events.syntax import children, is_adjective, is_bare_verb, is_verb, relation

# The PLOVER root of the governing act of each kind.
KIND_ROOT = MappingProxyType(
    {"intend": "AGREE", "refuse": "REJECT", "threaten": "THREATEN", "request": "REQUEST"}
)
# Acts whose negation is a refusal: PLOVER's cooperative roots. "Did not attack" is no refusal.
COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "CONCEDE", "RETREAT"}
)
# PLOVER 2021 splits YIELD into CONCEDE and RETREAT (cameo_plover.tsv); the table speaks of YIELD.
ROOT_ALIASES = MappingProxyType({"CONCEDE": "YIELD", "RETREAT": "YIELD"})


@dataclass(frozen=True)
class Embedding:
    """Build with ``load_embedding()``."""

    governors: Mapping[str, str]  # lemma -> kind
    codes: Mapping[tuple[str, str], str]  # (kind, root of the act governed or "*") -> CAMEO
    obligations: frozenset[str] = frozenset()  # "must": a reported act is a request

    def code(self, kind: str, root: str | None) -> str:
        """The CAMEO code of a ``kind`` act whose content has PLOVER ``root``."""
        root = ROOT_ALIASES.get(root or "", root or "")
        found = self.codes.get((kind, root)) or self.codes.get((kind, "*"))
        if found is None:
            raise DataError(f"embedding.tsv: no code for kind {kind!r}")
        return found

    def governor(self, verb, reporting: frozenset[str] = frozenset()):
        """(kind, governing token) when ``verb`` (a spaCy token) is the complement of a governor
        in the table ("to" + verb, or a "that" clause of a bare verb), through coordination
        ("agreed to lay down arms and join forces"); or a request by the subject of a verb of
        ``reporting`` when an obligation is reported."""
        tok = verb
        while relation(tok) == "conj" and tok.head is not tok:
            tok = tok.head
        head = tok.head
        if relation(tok) == "ccomp" and head.lemma_.lower() in reporting:
            modals = {c.lower_ for c in children(tok, "aux")}
            if modals & {"have", "'ve"} and tok.tag_ == "VBN":
                return None  # "said he should have called": what ought to have been, no demand
            return ("request", head) if modals & self.obligations else None
        # "demanded that Russia withdraw", "threatened that it would close": a clause whose
        # verb is bare (a subjunctive, or after a modal) is the act intended, not one done
        content = relation(tok) == "ccomp" and is_bare_verb(tok)
        # "called for the US to send troops": the parser hangs "for X to" clauses as adverbial
        asked = relation(tok) == "advcl" and any(c.lower_ == "for" for c in children(tok, "mark"))
        if not (relation(tok) == "xcomp" or content or asked) or head is tok:
            return None
        kind = self.governors.get(head.lemma_.lower())
        if kind is None or not (is_verb(head) or is_adjective(head)):
            return None
        return kind, head


def parse_embedding(lines: list[str]) -> Embedding:
    governors: dict[str, str] = {}
    codes: dict[tuple[str, str], str] = {}
    obligations: set[str] = set()
    for line in lines:
        cols = [c.strip() for c in line.split("\t")]
        if cols[0] == "governor" and len(cols) == 3 and cols[2] in KIND_ROOT:
            governors[cols[1]] = cols[2]
        elif cols[0] == "obligation" and len(cols) == 2:
            obligations.add(cols[1])
        elif cols[0] == "code" and len(cols) == 4 and cols[1] in KIND_ROOT:
            codes[(cols[1], cols[2])] = cols[3]
        else:
            raise DataError(f"embedding.tsv: malformed row {line!r}")
    missing = [k for k in KIND_ROOT if (k, "*") not in codes]
    if missing:
        raise DataError(f"embedding.tsv: no default code for {', '.join(missing)}")
    return Embedding(MappingProxyType(governors), MappingProxyType(codes), frozenset(obligations))


@lru_cache(maxsize=1)
def load_embedding() -> Embedding:
    return parse_embedding(tables.lines("crosswire.events", "data/embedding.tsv"))

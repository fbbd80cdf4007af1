"""CAMEO codes, Goldstein scores, quad classes and the CAMEO -> PLOVER mapping, loaded once.

Data: ``data/cameo.tsv`` (GDELT's table, names fixed to CAMEO 1.1b3), ``data/cameo_plover.tsv``
and ``data/plover.tsv`` (CC BY-SA 4.0, from PLOVER). Rebuild them with tools/build_ontology.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from crosswire import tables
from crosswire.errors import DataError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str  # leading zeros kept: "010", "0231"
    name: str
    goldstein: float
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict


@dataclass(frozen=True, slots=True)
class PloverMapping:
    event: str  # "SANCTION"; "" for CAMEO 01 and 02, which PLOVER drops
    mode: str  # "" when none
    context: str  # "" when none; several are joined by ";"


def quad_class(code: str) -> int:
    """The CAMEO quad class of a code from its two-digit root."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True, slots=True)
class Ontology:
    """Build with ``load_ontology()``; the mappings inside are read-only."""

    _cameo: MappingProxyType[str, CameoCode]
    _plover: MappingProxyType[str, PloverMapping]
    _scores: MappingProxyType[tuple[str, str], float]

    def cameo(self, code: str) -> CameoCode:
        try:
            return self._cameo[code]
        except KeyError:
            raise DataError(f"{code!r} is not a CAMEO event code") from None

    def is_valid(self, code: str) -> bool:
        return code in self._cameo

    def codes(self) -> tuple[str, ...]:
        return tuple(self._cameo)

    def plover(self, code: str) -> PloverMapping:
        """The PLOVER mapping of a code, else of its nearest parent ("1125" -> "112" -> "11")."""
        for size in range(len(code), 1, -1):
            found = self._plover.get(code[:size])
            if found is not None:
                return found
        raise DataError(f"{code!r} has no PLOVER mapping")

    def plover_score(self, event: str, mode: str = "") -> float:
        """PLOVER conflict-cooperation score of an event type (or of its mode, when listed)."""
        key = (event.upper(), mode.lower())
        if key in self._scores:
            return self._scores[key]
        try:
            return self._scores[(event.upper(), "")]
        except KeyError:
            raise DataError(f"{event!r} is not a PLOVER event type") from None


def _rows(name: str, width: int) -> list[tuple[str, ...]]:
    rows = tables.rows("crosswire.events", f"data/{name}", hint="run tools/build_ontology.py")
    bad = next((r for r in rows if len(r) != width), None)
    if bad is not None:
        raise DataError(f"{name}: expected {width} columns, got {list(bad)!r}")
    return rows


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    cameo = {
        code: CameoCode(code, name, float(score), int(quad))
        for code, name, score, quad in _rows("cameo.tsv", 4)
    }
    plover = {c: PloverMapping(e, m, x) for c, e, m, x in _rows("cameo_plover.tsv", 4)}
    scores = {(e, m): float(s) for e, m, s in _rows("plover.tsv", 3)}
    unknown = sorted(set(plover) - set(cameo))
    if unknown:
        raise DataError(f"cameo_plover.tsv maps codes cameo.tsv lacks: {unknown}")
    return Ontology(MappingProxyType(cameo), MappingProxyType(plover), MappingProxyType(scores))

"""Fingerprints of a text: normalised tokens, word shingles, an exact hash and a MinHash.

Everything here is deterministic across processes (no use of Python's salted ``hash``), so
fingerprints computed in one worker can be compared with those of another, and pickled.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

_WORD = re.compile(r"\w+")

# The lead of a text, in words: a copy truncated to its first paragraphs keeps the original's
# lead, so the lead gets its own MinHash and a short truncation still finds its original.
LEAD_WORDS = 80

# Seed of the MinHash permutations: fixed so that fingerprints agree between runs and workers.
MINHASH_SEED = 1


@dataclass(frozen=True, slots=True)
class Fingerprint:
    exact: str  # hash of the normalised token sequence
    shingles: frozenset[int]  # stable 64-bit hashes of the word shingles
    lead: frozenset[int]  # the shingles of the first LEAD_WORDS words


def tokens(text: str) -> list[str]:
    """Lowercased ``\\w+`` tokens: punctuation, case and spacing never distinguish copies."""
    return _WORD.findall(text.lower())


def _stable_hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def shingles(words: list[str], size: int) -> frozenset[int]:
    """Hashes of the ``size``-word shingles; a text shorter than ``size`` is one shingle."""
    if not words:
        return frozenset()
    if len(words) <= size:
        return frozenset({_stable_hash(" ".join(words))})
    return frozenset(
        _stable_hash(" ".join(words[i : i + size])) for i in range(len(words) - size + 1)
    )


def fingerprint(text: str, shingle_words: int) -> Fingerprint:
    words = tokens(text)
    exact = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
    return Fingerprint(
        exact=exact,
        shingles=shingles(words, shingle_words),
        lead=shingles(words[:LEAD_WORDS], shingle_words),
    )


def _low32(value: int) -> int:
    # Shingles are already uniformly hashed; MinHash wants 32-bit values.
    return value & 0xFFFFFFFF


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> tuple[tuple[np.ndarray, np.ndarray], str]:
    # Drawing the permutations is the costly part of a MinHash: draw them once per size.
    first = MinHash(num_perm=num_perm, seed=MINHASH_SEED, hashfunc=_low32)
    return first.permutations, first.scheme


def minhash(hashes: frozenset[int], num_perm: int) -> MinHash:
    perms, scheme = _permutations(num_perm)
    mh = MinHash(num_perm=num_perm, hashfunc=_low32, permutations=perms, scheme=scheme)
    mh.update_batch(sorted(hashes))
    return mh


def packed(hashes: frozenset[int]) -> np.ndarray:
    """Shingle hashes as a sorted array: 8 bytes each, where a set of Python ints takes about
    70 (an index of a store's articles holds them all)."""
    out = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    out.sort()
    return out


def packed_containment(a: np.ndarray, b: np.ndarray) -> float:
    """``containment`` of two ``packed`` sets."""
    if not a.size or not b.size:
        return 0.0
    return np.intersect1d(a, b, assume_unique=True).size / min(a.size, b.size)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the larger: 1.0 for a truncated or extended copy.
    (The copy index compares ``packed`` sets; this is the plain definition its test holds.)"""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)

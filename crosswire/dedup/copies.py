"""Copy detection: which articles carry (a light edit of) the text of an earlier one.

A *copy* is the same wire text re-headlined, cut, extended or lightly edited. Candidates come
from MinHash LSH over word shingles (of the whole body and of its lead) and from an exact hash
of the normalised body; every candidate is then verified with the exact containment of the
smaller shingle set in the larger, so LSH false positives never become links. Containment, not
Jaccard, so that a copy truncated to its first half still counts. Independent reports of one
event share names and a quotation but few runs of ``shingle_words`` words, and stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from datasketch import MinHashLSH

from crosswire.dedup.fingerprint import (
    Fingerprint,
    fingerprint,
    minhash,
    packed,
    packed_containment,
)
from crosswire.errors import InputError
from crosswire.settings import DedupSettings
from crosswire.types import Article, CopyLink

# LSH only proposes candidates; the verified containment decides. A copy truncated to 40 % of
# its original has a Jaccard of about 0.4 with it, so candidates are asked for from 0.2 down
# (the lead MinHash covers shorter truncations). Lower costs only more verifications.
CANDIDATE_JACCARD = 0.2

# A text with fewer shingles than this is too short for a containment score to mean anything
# (one shared sentence would make it a "copy"); it links only when its normalised text is equal.
MIN_SHINGLES = 20


def body_text(article: Article) -> str:
    """``article.text`` with its removed spans (furniture, captions) cut out."""
    # A newline keeps the words on either side of a cut from fusing into one token.
    return "\n".join(article.text[start:end] for start, end in article.kept_spans())


class CopyIndex:
    """Incremental copy detection. Feed texts in publication order; state is picklable."""

    def __init__(self, settings: DedupSettings) -> None:
        self.settings = settings
        self._lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=settings.num_perm)
        self._shingles: dict[str, np.ndarray] = {}  # packed: it holds every article's shingles
        self._order: dict[str, int] = {}
        self._root: dict[str, str] = {}
        self._exact: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._order)

    def add(self, article_id: str, text: str) -> CopyLink | None:
        """Link ``text`` to the earliest-added original it copies, or None; then index it."""
        if article_id in self._order:
            raise InputError(f"article id {article_id!r} was added to the copy index twice")
        fp = fingerprint(text, self.settings.shingle_words)
        mine = packed(fp.shingles)
        link = self._match(article_id, fp, mine)
        self._order[article_id] = len(self._order)
        self._root[article_id] = link.original_id if link else article_id
        if fp.shingles and fp.exact not in self._exact:
            self._exact[fp.exact] = article_id
            self._index(article_id, fp, mine)
        return link

    def _match(self, article_id: str, fp: Fingerprint, mine: np.ndarray) -> CopyLink | None:
        if not fp.shingles:
            return None
        if fp.exact in self._exact:
            return CopyLink(article_id, self._root[self._exact[fp.exact]], 1.0)
        if len(fp.shingles) < MIN_SHINGLES:
            return None
        best: dict[str, float] = {}
        for other in self._candidates(fp):
            other_shingles = self._shingles[other]
            if min(other_shingles.size, mine.size) < MIN_SHINGLES:
                continue
            score = packed_containment(mine, other_shingles)
            if score >= self.settings.copy_threshold:
                root = self._root[other]
                best[root] = max(score, best.get(root, 0.0))
        if not best:
            return None
        root = min(best, key=self._order.__getitem__)
        return CopyLink(article_id, root, round(best[root], 4))

    def _candidates(self, fp: Fingerprint) -> set[str]:
        num_perm = self.settings.num_perm
        found: set[str] = set()
        for part in (fp.shingles, fp.lead):
            for _kind, other in self._lsh.query(minhash(part, num_perm)):
                found.add(other)
        return found

    def _index(self, article_id: str, fp: Fingerprint, mine: np.ndarray) -> None:
        # Copies are indexed too (under their root): a copy of a copy still finds the original.
        num_perm = self.settings.num_perm
        self._shingles[article_id] = mine
        self._lsh.insert(("body", article_id), minhash(fp.shingles, num_perm))
        self._lsh.insert(("lead", article_id), minhash(fp.lead, num_perm))


def find_copies(items: Sequence[tuple[str, str]], settings: DedupSettings) -> tuple[CopyLink, ...]:
    """Copy links for ``(id, text)`` items given in publication order (earliest first)."""
    index = CopyIndex(settings)
    links = (index.add(item_id, text) for item_id, text in items)
    return tuple(link for link in links if link is not None)

"""Title, authors, language, publication date and wire origin, from text and metadata strings."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache
from urllib.parse import urlsplit

from crosswire.clean.lines import Line, split_lines
from crosswire.clean.rules import load_rules, load_words
from crosswire.types import Removed

# A plain-text headline: one short line that does not end like a sentence. 25 words / 250
# characters is longer than any headline of the news pages we looked at.
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
# Wire bylines and datelines sit at the top: look at this many kept paragraphs (captions and
# furniture excluded, a short headline counts as one).
ORIGIN_PARAGRAPHS = 4
# A stop-word language guess needs some words to count, and a winner clearly above chance.
LANG_MIN_HITS = 5
# Years a stated publication date may have. Outside them it is a placeholder (Go's zero time
# 0001-01-01, SQL's 9999-12-31), and resolving "next week" against it overflows the calendar.
DATE_YEARS = range(1800, 2200)
_WORD = re.compile(r"\w+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;/|&]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)


def plain_title(text: str) -> str | None:
    """The first line of a plain text when it looks like a headline."""
    lines = split_lines(text)
    if len(lines) < 2:
        return None
    first = lines[0]
    if first.words > TITLE_MAX_WORDS or len(first.text) > TITLE_MAX_CHARS:
        return None
    if first.norm.endswith((".", ":", ",", ";")):
        return None
    return first.norm


def clean_title(title: str | None, site: str | None) -> str | None:
    """``title`` without a trailing or leading " | Site" / " - Site" part naming the site."""
    if not title:
        return None
    title = " ".join(title.split())
    parts = re.split(r"\s+[|–—-]\s+|\s*:\s+", title)
    if len(parts) > 1 and site:
        key = _key(site)
        kept = [p for p in parts if not (_key(p) and (_key(p) in key or key in _key(p)))]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    if len(parts) > 1 and "|" in title:
        return title.rsplit("|", 1)[0].strip()
    return title


def _key(s: str) -> str:
    return re.sub(r"\W+|^www|\.com$", "", s.lower().removeprefix("the "))


def clean_authors(names: Iterable[str], outlets: Iterable[str | None] = ()) -> tuple[str, ...]:
    """Person names from author strings: split on commas and "and", noise words, dates and the
    ``outlets`` themselves (a site credited as author) dropped."""
    noise = load_words("author_noise.txt")
    keys = {_key(o) for o in outlets if o and _key(o)}
    out: list[str] = []
    for raw in names:
        for part in _AUTHOR_SPLIT.split(raw or ""):
            words = [w for w in part.split() if w.lower().strip(".:") not in noise]
            words = [w for w in words if not w.startswith(("@", "http"))]
            name = " ".join(words).strip(" .:-–—")
            if _is_outlet(name, keys) or any(c.isdigit() for c in name) or "www" in name.lower():
                continue
            if name and any(c.isalpha() for c in name) and name not in out:
                out.append(name)
    return tuple(out)


def _is_outlet(name: str, keys: set[str]) -> bool:
    key = _key(name)
    return bool(key) and any(key in k or k in key for k in keys)


def parse_date(value: str | None) -> date | None:
    """A date from "YYYY-MM-DD" or an ISO datetime; None when it is neither, or is a
    placeholder outside ``DATE_YEARS``."""
    if not value:
        return None
    try:
        found = datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            found = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return found if found.year in DATE_YEARS else None


def json_ld_values(scripts: Iterable[str], key: str) -> list[str]:
    """Every string value of ``key`` in JSON-LD blocks, nested objects and @graph included."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            value = node.get(key)
            if isinstance(value, str):
                found.append(value)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for script in scripts:
        try:
            walk(json.loads(script))
        except ValueError:  # broken JSON-LD is common; the other blocks still count
            continue
    return found


def domain(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {r.kind: frozenset(r.pattern.split()) for r in load_rules("stopwords.tsv")}


def guess_language(text: str) -> str | None:
    """The language whose common words occur most often in ``text`` (ISO 639-1), or None."""
    words = Counter(w.lower() for w in _WORD.findall(text[:20000]))
    hits = {lang: sum(words[w] for w in sw) for lang, sw in _stopwords().items()}
    lang, best = max(hits.items(), key=lambda kv: kv[1], default=(None, 0))
    return lang if best >= LANG_MIN_HITS else None


@cache
def _wires() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r.kind, re.compile(r.pattern, re.M)) for r in load_rules("wires.tsv"))


def find_origin(text: str, removed: Sequence[Removed]) -> str | None:
    """The wire service named in a byline or dateline of the first kept paragraphs."""
    kept = [ln for ln in split_lines(text) if not _inside(ln, removed)]
    head = "\n".join(ln.norm for ln in kept[: ORIGIN_PARAGRAPHS + 1])
    for name, pattern in _wires():
        if pattern.search(head):
            return name
    return None


def _inside(line: Line, removed: Sequence[Removed]) -> bool:
    return any(r.start <= line.start and line.end <= r.end for r in removed)

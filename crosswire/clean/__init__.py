"""The clean stage: a RawDocument becomes an Article (text, furniture, captions, metadata)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from crosswire.clean.captions import find_captions
from crosswire.clean.decode import decode
from crosswire.clean.furniture import find_furniture
from crosswire.clean.html import HtmlPage, extract_html
from crosswire.clean.language import unreadable_language
from crosswire.clean.metadata import (
    clean_authors,
    domain,
    find_origin,
    guess_language,
    parse_date,
    plain_title,
)
from crosswire.ingest.urls import canonical_url, is_url
from crosswire.settings import IngestSettings
from crosswire.types import Article, PublishedSource, RawDocument, Removed, Skipped

__all__ = ["clean", "kept_text"]


def _url(url: str | None, page: HtmlPage | None) -> str | None:
    """The page's own canonical URL when it declares one on its site (``?page=2``, session and
    tracking parameters gone); one on another site says whose copy it is, not where it is."""
    declared = canonical_url(page.canonical) if page and page.canonical else None
    if not declared or not is_url(declared):
        return url
    if url and is_url(url) and _host(declared) != _host(canonical_url(url)):
        return url
    return declared


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def clean(raw: RawDocument, settings: IngestSettings) -> Article | Skipped:
    """The cleaned article of ``raw``, or why it was skipped. Never raises for a bad document."""
    decoded = decode(raw, settings)
    if isinstance(decoded, Skipped):
        return decoded
    page = extract_html(decoded, raw.url, _latest(raw)) if raw.content_type == "text/html" else None
    text = page.text if page else decoded
    furniture = find_furniture(text)
    taken = [(r.start, r.end) for r in furniture.removed]
    captions = find_captions(text, taken, page.captions if page else ())
    removed = tuple(
        sorted(
            (*furniture.removed, *(Removed(c.start, c.end, "caption") for c in captions)),
            key=lambda r: r.start,
        )
    )
    body = kept_text(text, removed)
    if len(body.strip()) < settings.min_chars:
        seen = "HTML main text" if page else "text"
        return Skipped(raw.id, "empty", f"{seen} has {len(body.strip())} characters after cleaning")
    if not any(ch.isalpha() for ch in body):  # punctuation, digits, symbols: no words to read
        return Skipped(raw.id, "empty", "the text has no letters")
    if foreign := unreadable_language(body):
        return Skipped(
            raw.id,
            f"language-unsupported:{foreign.code}",
            f"text detected as {foreign.code} (p={foreign.probability:.2f}); only English is read",
        )
    published, source = _published(raw, page)
    return Article(
        id=raw.id,
        text=text,
        title=raw.hints.title or (page.title if page else plain_title(text)),
        url=_url(raw.url, page),
        outlet=raw.outlet or (page.site if page else None) or domain(raw.url),
        removed=removed,
        captions=captions,
        published=published,
        published_source=source,
        language=(page.language if page else None) or guess_language(body),
        authors=clean_authors(raw.hints.authors)
        or (page.authors if page else ())
        or clean_authors(furniture.authors),
        origin=find_origin(text, removed),
        modified=_modified(published, page),
    )


def kept_text(text: str, removed: tuple[Removed, ...]) -> str:
    """``text`` with the removed spans cut out (each replaced by a newline)."""
    parts, pos = [], 0
    for r in sorted(removed, key=lambda r: r.start):
        parts.append(text[pos : max(pos, r.start)])
        pos = max(pos, r.end)
    parts.append(text[pos:])
    return "\n".join(parts)


def _latest(raw: RawDocument) -> date:
    """No page is published after it was fetched, nor after today."""
    today = datetime.now(UTC).date()
    return min(raw.fetched_at.date(), today) if raw.fetched_at else today


def _published(
    raw: RawDocument, page: HtmlPage | None
) -> tuple[date | None, PublishedSource | None]:
    given = parse_date(raw.hints.published)
    if given:
        return given, "given"
    if page and page.published:
        return page.published, "metadata"
    return None, None


def _modified(published: date | None, page: HtmlPage | None) -> date | None:
    """The page's last change, unless it claims to precede the publication date we keep."""
    modified = page.modified if page else None
    return None if modified is None or (published and modified < published) else modified

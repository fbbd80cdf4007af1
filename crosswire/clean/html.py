"""Main text and metadata of an HTML page: trafilatura for the text, htmldate for the date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

import trafilatura
from htmldate import find_date
from lxml import html as lxml_html
from lxml.etree import ParserError, XMLSyntaxError

from crosswire.clean.localtime import local_date, publisher_zone
from crosswire.clean.metadata import clean_authors, clean_title, json_ld_values, parse_date

# Figure captions shorter than this are credits or labels alone ("Getty Images"), not captions.
FIGCAPTION_MIN_CHARS = 20
# An <h1> of 2-40 words is a headline; one word is a logo or section name, more is a paragraph.
HEADLINE_WORDS = (2, 40)
_LANG = re.compile(r"^[a-z]{2,3}\b", re.I)
# Where pages state their last change: <meta> names/properties and the JSON-LD key (schema.org).
MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "last-modified")
MODIFIED_JSON_LD = "dateModified"
_MODIFIED_KEYS = frozenset(k.lower() for k in MODIFIED_META)
# Where pages state their publication time, offset included: <meta> names/properties/itemprops
# (Open Graph, schema.org, Parse.ly, Dublin Core, common CMS names) and the JSON-LD key.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "pubdate",
    "datePublished", "parsely-pub-date", "publish-date", "publish_date", "publication_date",
    "article.published", "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created",
)  # fmt: skip
PUBLISHED_JSON_LD = "datePublished"
_PUBLISHED_KEYS = frozenset(k.lower() for k in PUBLISHED_META)
# libxml2 stops building an HTML tree 256 elements deep and drops the rest of the page, text
# included (lxml's huge_tree only moves that to 2048, and lifts its other safety limits with
# it). A page that hits the limit is flattened first: elements nested deeper than this lose
# their tags and keep their text. Real pages nest 20-40 deep; 200 leaves room below 256.
MAX_NESTING = 200
# A flattening pass reads tags with this: comments and raw-text elements whole (a "<div>" in a
# script is no tag), then any start or end tag.
_TOKEN = re.compile(
    r"<!--.*?-->|<(script|style|textarea)\b.*?</\1\s*>|<(/?)([a-z][\w:.-]*)\b[^>]*>",
    re.I | re.S,
)
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})  # fmt: skip
# A block's dropped tag becomes a line break, so its text does not run into the next block's.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str  # main text, one paragraph a line, figure captions appended after a blank line
    captions: tuple[str, ...]  # figure captions, as they appear in ``text``
    title: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    modified: date | None = None
    language: str | None = None
    canonical: str | None = None  # the <link rel="canonical"> href, made absolute


def extract_html(page: str, url: str | None, latest: date) -> HtmlPage:
    """Main text and metadata of ``page``; dates after ``latest`` are not believed."""
    tree, too_deep = _parse(page)
    if too_deep:
        page = flatten_deep(page)
        tree, _ = _parse(page)
    doc = trafilatura.bare_extraction(
        page,
        url=url,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params={
            "original_date": True,
            "extensive_search": True,
            "max_date": latest.isoformat(),
        },
    )
    text = (doc.text or "").strip() if doc else ""
    captions = _figcaptions(tree)
    text, shown = _with_captions(text, captions)
    if doc is None:
        return HtmlPage(text, shown, language=_lang(tree))
    site = doc.sitename or None
    published = parse_date(doc.date)
    published = published if published and published <= latest else None
    local = _local(tree, url, published) if published else None
    return HtmlPage(
        text=text,
        captions=shown,
        title=_headline(tree, site) or clean_title(doc.title, site),
        site=site,
        authors=clean_authors((doc.author or "").split(";"), (site, doc.hostname, url)),
        published=local,
        modified=_modified(tree, page, url, latest, published),
        language=_lang(tree) or (doc.language or None),
        canonical=_canonical(tree, url),
    )


def _canonical(tree: lxml_html.HtmlElement | None, url: str | None) -> str | None:
    for link in tree.iter("link") if tree is not None else ():
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and (link.get("href") or "").strip():
            return urljoin(url or "", link.get("href").strip())
    return None


def _local(tree: lxml_html.HtmlElement | None, url: str | None, published: date) -> date:
    """The date readers see: a publication time stated in UTC moved into the publisher's zone."""
    if tree is None:
        return published
    stated = _stated(tree, PUBLISHED_JSON_LD, _PUBLISHED_KEYS)
    shown = [t.get("datetime") for t in tree.iter("time") if t.get("datetime")]
    zone = publisher_zone(tree.get("lang") or tree.get("xml:lang"), url)
    return local_date(published, stated, zone, shown=[*stated, *shown])


def _modified(
    tree: lxml_html.HtmlElement | None,
    page: str,
    url: str | None,
    latest: date,
    published: date | None,
) -> date | None:
    """The last change the page states (JSON-LD, <meta>), else htmldate's latest date.

    Dates after ``latest`` (the fetch) or before ``published`` are not believed.
    """
    stated_dates = map(parse_date, _stated(tree, MODIFIED_JSON_LD, _MODIFIED_KEYS))
    stated = (d for d in stated_dates if d and d <= latest)
    found = next(stated, None) or parse_date(
        find_date(
            page, extensive_search=False, original_date=False, url=url,
            max_date=latest.isoformat(),
        )
    )  # fmt: skip
    if found is None or found > latest or (published and found < published):
        return None
    return found


def _stated(
    tree: lxml_html.HtmlElement | None, json_key: str, meta_keys: frozenset[str]
) -> list[str]:
    """The values a page states for one date: its JSON-LD ``json_key``, then <meta> ``meta_keys``
    (matched lower-case on property, name, itemprop or http-equiv)."""
    if tree is None:
        return []
    scripts = [s.text or "" for s in tree.iter("script") if s.get("type") == "application/ld+json"]
    values = json_ld_values(scripts, json_key)
    for meta in tree.iter("meta"):
        keys = {(meta.get(a) or "").lower() for a in ("property", "name", "itemprop", "http-equiv")}
        if keys & meta_keys and meta.get("content"):
            values.append(meta.get("content"))
    return values


def _parse(page: str) -> tuple[lxml_html.HtmlElement | None, bool]:
    """The tree of ``page`` (None if lxml cannot read it), and whether libxml2 stopped at its
    nesting limit (its error log says so; no second look at the page)."""
    parser = lxml_html.HTMLParser()
    try:
        tree = lxml_html.fromstring(page, parser=parser)
    except (ParserError, XMLSyntaxError, ValueError):
        tree = None
    return tree, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def flatten_deep(page: str, limit: int = MAX_NESTING) -> str:
    """``page`` with the tags of elements nested deeper than ``limit`` taken out, their text
    kept. A tag-by-tag pass, not a parse: an end tag closes the latest open element of its
    name; a stray one is left for the parser."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: name, whether its tags are kept
    open_count: dict[str, int] = {}  # open elements by name
    depth = at = 0  # depth: open elements whose tags are kept
    for m in _TOKEN.finditer(page):
        out.append(page[at : m.start()])
        at = m.end()
        tag, raw, closing, name = m.group(0), m.group(1), m.group(2), (m.group(3) or "").lower()
        dropped = "\n" if name in _BLOCKS else ""
        if raw or not name:  # a comment, script or style: whole, or gone when too deep
            out.append(tag if depth < limit else "")
        elif closing:
            if not open_count.get(name):
                out.append(tag)
                continue
            while True:  # linear overall: each element is pushed and popped once
                popped, kept = stack.pop()
                open_count[popped] -= 1
                depth -= kept
                if popped == name:
                    break
            out.append(tag if kept else dropped)
        else:
            kept = depth < limit
            out.append(tag if kept else dropped)
            if name not in _VOID and not tag.endswith("/>"):
                stack.append((name, kept))
                open_count[name] = open_count.get(name, 0) + 1
                depth += kept
    out.append(page[at:])
    return "".join(out)


def _headline(tree: lxml_html.HtmlElement | None, site: str | None) -> str | None:
    """The page's visible headline: its first <h1> of headline length that is not the site."""
    for node in tree.iter("h1") if tree is not None else ():
        text = " ".join(node.text_content().split())
        if HEADLINE_WORDS[0] <= len(text.split()) <= HEADLINE_WORDS[1] and text != site:
            return text
    return None


def _figcaptions(tree: lxml_html.HtmlElement | None) -> tuple[str, ...]:
    if tree is None:
        return ()
    out: list[str] = []
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if len(text) >= FIGCAPTION_MIN_CHARS and text not in out:
            out.append(text)
    return tuple(out)


def _with_captions(text: str, captions: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """``text`` with the captions it lacks appended after a blank line."""
    present = {" ".join(line.split()) for line in text.splitlines()}
    missing = [c for c in captions if c not in present]
    if missing:
        text = f"{text}\n\n" + "\n".join(missing) if text else "\n".join(missing)
    return text, captions


def _lang(tree: lxml_html.HtmlElement | None) -> str | None:
    if tree is None:
        return None
    value = tree.get("lang") or tree.get("xml:lang") or ""
    m = _LANG.match(value.strip())
    return m.group(0).lower() if m else None

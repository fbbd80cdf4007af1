from datetime import UTC, date, datetime
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.clean import clean, kept_text
from crosswire.settings import IngestSettings
from crosswire.types import Article, Hints, RawDocument, Skipped

SETTINGS = IngestSettings(max_bytes=100_000, min_chars=20)

STORY = """Harbour Bridge Closes For Repairs

 The old bridge seen from the quay at dusk.
The old bridge seen from the quay at dusk. Copyright Ana Silva / AP
By Harbour Post
Share this storyComments

LISBON (AP) — The city council voted on Tuesday to close the old harbour bridge for repairs.

ADVERTISEMENT

Commuters will be diverted for at least six months, the council said.

Workers at the bridge
Workers inspect the bridge on Monday, May 1, 2023. (AP Photo/Ana Silva)

The mayor said the works were overdue.

You may also enjoy

Ferry fares rise again

Why the bridge matters to the city"""


def _clean(text: str, **kw: object) -> Article | Skipped:
    return clean(RawDocument(id="s", origin="test", content=text, **kw), SETTINGS)


def test_plain_text_is_unchanged_and_furniture_listed() -> None:
    art = _clean(STORY)
    assert isinstance(art, Article)
    assert art.text == STORY
    body = kept_text(art.text, art.removed)
    for kept in ("The city council voted", "Commuters will be diverted", "The mayor said"):
        assert kept in body
    for gone in ("Share this", "ADVERTISEMENT", "You may also enjoy", "Ferry fares", "AP Photo"):
        assert gone not in body
    assert art.title == "Harbour Bridge Closes For Repairs"
    assert "Harbour Bridge Closes For Repairs" in body
    assert art.authors == ("Harbour Post",)
    assert art.origin == "AP"
    assert art.language == "en"
    assert art.published is None and art.published_source is None


def test_captions_listed_and_removed() -> None:
    art = _clean(STORY)
    assert isinstance(art, Article)
    assert [c.text.splitlines()[0] for c in art.captions] == [
        "The old bridge seen from the quay at dusk.",
        "Workers at the bridge",
    ]
    caption_spans = {(r.start, r.end) for r in art.removed if r.reason == "caption"}
    assert caption_spans == {(c.start, c.end) for c in art.captions}
    for c in art.captions:
        assert art.text[c.start : c.end] == c.text


def test_hints_win() -> None:
    hints = Hints(title="Given title", published="2023-05-02T08:00:00Z", authors=("Ann Lee",))
    art = _clean(STORY, hints=hints, outlet="Harbour Post", url="https://www.hp.example/a")
    assert isinstance(art, Article)
    assert (art.title, art.published, art.published_source) == (
        "Given title",
        date(2023, 5, 2),
        "given",
    )
    assert art.authors == ("Ann Lee",)
    assert art.outlet == "Harbour Post"


def test_outlet_from_url() -> None:
    art = _clean(STORY, url="https://www.hp.example/a")
    assert isinstance(art, Article) and art.outlet == "hp.example"


@pytest.mark.parametrize("text", ["", "Share this story\nComments\nAdvertisement", "Too short."])
def test_empty(text: str) -> None:
    out = _clean(text)
    assert isinstance(out, Skipped) and out.reason == "empty"


def test_binary_bytes_skipped() -> None:
    out = _clean(b"%PDF-1.4 binary")
    assert isinstance(out, Skipped) and out.reason == "binary"


PAGE = """<html lang="en"><head><title>Bridge closes | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<meta property="article:published_time" content="2023-05-04T10:00:00Z"></head><body><article>
<h1>Harbour bridge closes for repairs</h1>
<p>LISBON (Reuters) - The city council voted on Tuesday to close the old harbour bridge for
repairs, a decision that will divert thousands of commuters for at least six months.</p>
<p>Share this story</p>
<p>The mayor said the works were long overdue and would be paid for by the national budget.</p>
</article></body></html>"""


def test_html_article() -> None:
    raw = RawDocument(
        id="h",
        origin="test",
        content=PAGE.encode("utf-8"),
        content_type="text/html",
        fetched_at=datetime(2023, 6, 1, tzinfo=UTC),
    )
    art = clean(raw, SETTINGS)
    assert isinstance(art, Article)
    assert art.title == "Harbour bridge closes for repairs"
    assert art.outlet == "Harbour Post"
    assert (art.published, art.published_source) == (date(2023, 5, 4), "metadata")
    assert art.origin == "Reuters"
    assert "Share this story" not in kept_text(art.text, art.removed)
    assert "The mayor said the works" in art.text


@pytest.mark.parametrize(
    ("hint", "published", "modified"),
    [
        (None, date(2023, 5, 4), date(2023, 5, 10)),
        ("2023-05-08", date(2023, 5, 8), date(2023, 5, 10)),
        ("2023-05-12", date(2023, 5, 12), None),  # a change before the given date is dropped
    ],
)
def test_html_modified_date(hint: str | None, published: date, modified: date | None) -> None:
    stated = '<meta property="article:modified_time" content="2023-05-10T09:00:00Z"></head>'
    raw = RawDocument(
        id="h",
        origin="test",
        content=PAGE.replace("</head>", stated),
        content_type="text/html",
        fetched_at=datetime(2023, 6, 1, tzinfo=UTC),
        hints=Hints(published=hint),
    )
    art = clean(raw, SETTINGS)
    assert isinstance(art, Article)
    assert (art.published, art.modified) == (published, modified)


def test_plain_text_has_no_modified_date() -> None:
    raw = RawDocument("t", "test", "Floods closed the road on Monday.\n\nIt reopened.")
    art = clean(raw, SETTINGS)
    assert isinstance(art, Article) and art.modified is None


def test_html_date_after_fetch_rejected() -> None:
    raw = RawDocument(
        id="h",
        origin="test",
        content=PAGE,
        content_type="text/html",
        fetched_at=datetime(2023, 1, 1, tzinfo=UTC),
    )
    art = clean(raw, SETTINGS)
    assert isinstance(art, Article)
    assert art.published is None or art.published <= date(2023, 1, 1)


LINES = st.sampled_from(
    [
        "",
        " ",
        "Share this storyComments",
        "Related",
        "You may also enjoy",
        "Short headline here",
        "By Jane Doe",
        "A body sentence that ends like one.",
        "Crowd outside. Photo: Ann Lee",
        "Crowd outside.",
        "Crowd outside. Copyright Ann Lee / AP",
        "ADVERTISEMENT",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=25))
def test_removed_spans_are_disjoint_and_inside(lines: list[str]) -> None:
    text = "\n".join(lines)
    out = clean(RawDocument(id="p", origin="test", content=text), IngestSettings(10**6, 0))
    if isinstance(out, Skipped):
        assert out.reason in {"binary", "empty"}
        return
    assert out.text == text
    spans = sorted((r.start, r.end) for r in out.removed)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start
    for c in out.captions:
        assert text[c.start : c.end] == c.text


ORIGIN_BODY = (
    "The government announced new measures on Monday to curb rising energy prices, officials said."
)


@pytest.mark.parametrize(
    ("lead", "origin"),
    [
        ("WASHINGTON (AP) — ", "AP"),
        ("LONDON (Reuters) - ", "Reuters"),
        ("PARIS (AFP) - ", "AFP"),
        ("PARIS - ", None),
        ("APPEAL COURT - ", None),  # "AP" inside a word is no dateline
    ],
)
@pytest.mark.parametrize("as_html", [False, True])
def test_wire_origin_for_text_and_html(lead: str, origin: str | None, as_html: bool) -> None:
    text = f"Energy prices\n\n{lead}{ORIGIN_BODY}\n\nMinisters will meet again next week."
    if as_html:
        paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
        content = f"<html><body><article><h1>Energy prices</h1>{paras}</article></body></html>"
        art = clean(RawDocument("o", "test", content, "text/html"), SETTINGS)
    else:
        art = clean(RawDocument("o", "test", text), SETTINGS)
    assert isinstance(art, Article)
    assert art.origin == origin


@pytest.mark.parametrize(
    ("url", "link", "expected"),
    [
        # the page's own spelling on its site wins: parameters and mobile host gone
        (
            "https://m.harbourpost.example/news/bridge?ref=home&page=2",
            '<link rel="canonical" href="/news/bridge">',
            "https://harbourpost.example/news/bridge",
        ),
        # a canonical on another site names the original of a copy, not this page's address
        (
            "https://aggregator.example/story/123",
            '<link rel="canonical" href="https://harbourpost.example/news/bridge">',
            "https://aggregator.example/story/123",
        ),
        ("https://harbourpost.example/news/bridge", "", "https://harbourpost.example/news/bridge"),
    ],
)
def test_html_declared_canonical_url(url: str, link: str, expected: str) -> None:
    page = PAGE.replace("</head>", f"{link}</head>")
    raw = RawDocument(id="h", origin="test", content=page, content_type="text/html", url=url)
    art = clean(raw, SETTINGS)
    assert isinstance(art, Article) and art.url == expected

from datetime import date

import pytest

from crosswire.clean.html import extract_html, flatten_deep

PARA = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs, a decision "
    "that will divert thousands of commuters for at least six months, officials said."
)
PAGE = f"""<!DOCTYPE html><html lang="en-GB"><head>
<title>Council closes bridge | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post">
<meta property="og:title" content="Council closes bridge">
<meta name="author" content="By Jane Doe and John Roe">
<meta property="article:published_time" content="{{published}}T10:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Council closes harbour bridge for repairs</h1>
<p>{PARA}</p><p>{PARA.replace("Tuesday", "Wednesday")}</p>
<figure><img src="a.jpg"><figcaption>The old harbour bridge at dusk, seen from the quay.
</figcaption></figure>
<p>Advertisement</p>
<p>{PARA.replace("council", "mayor")}</p></article>
<footer>Copyright 2023 The Harbour Post. All rights reserved.</footer></body></html>"""


def test_text_and_metadata() -> None:
    page = extract_html(PAGE.format(published="2023-05-04"), None, date(2024, 1, 1))
    assert PARA in page.text
    assert "Home" not in page.text.splitlines()
    assert page.title == "Council closes harbour bridge for repairs"
    assert page.site == "The Harbour Post"
    assert page.authors == ("Jane Doe", "John Roe")
    assert page.published == date(2023, 5, 4)
    assert page.language == "en"


def test_figcaption_listed_and_in_text() -> None:
    page = extract_html(PAGE.format(published="2023-05-04"), None, date(2024, 1, 1))
    caption = "The old harbour bridge at dusk, seen from the quay."
    assert page.captions == (caption,)
    assert caption in page.text.splitlines()


def test_date_after_fetch_is_rejected() -> None:
    page = extract_html(PAGE.format(published="2023-05-04"), None, date(2023, 1, 1))
    assert page.published is None or page.published <= date(2023, 1, 1)


def test_empty_page() -> None:
    page = extract_html("<html><body></body></html>", None, date(2024, 1, 1))
    assert page.text == ""


MODIFIED_META = '<meta property="article:modified_time" content="{}T08:00:00Z">'
JSON_LD = '<script type="application/ld+json">{{"@graph": [{{"dateModified": "{}"}}]}}</script>'


@pytest.mark.parametrize(
    ("stated", "fetched", "modified"),
    [
        (MODIFIED_META.format("2023-06-01"), date(2024, 1, 1), date(2023, 6, 1)),
        (JSON_LD.format("2023-07-02T09:00:00+02:00"), date(2024, 1, 1), date(2023, 7, 2)),
        # stated after the fetch: not believed; htmldate's latest date before it instead
        (MODIFIED_META.format("2023-06-01"), date(2023, 5, 20), date(2023, 5, 4)),
        # stated before publication: not believed
        (MODIFIED_META.format("2023-04-01"), date(2024, 1, 1), None),
        ("", date(2024, 1, 1), date(2023, 5, 4)),  # nothing stated: the latest date found
    ],
)
def test_modified_date(stated: str, fetched: date, modified: date | None) -> None:
    html = PAGE.format(published="2023-05-04").replace("</head>", f"{stated}</head>")
    page = extract_html(html, None, fetched)
    assert page.published == date(2023, 5, 4)
    assert page.modified == modified


def test_no_date_after_fetch() -> None:
    html = PAGE.format(published="2023-05-04").replace(
        "</head>", MODIFIED_META.format("2023-06-01") + "</head>"
    )
    page = extract_html(html, None, date(2023, 5, 1))  # fetched before either date
    assert page.published is None or page.published <= date(2023, 5, 1)
    assert page.modified is None or page.modified <= date(2023, 5, 1)


def _nested(depth: int) -> str:
    inner = "<p>Pilots at the northern port walked out at dawn in a dispute over night shifts.</p>"
    return (
        "<html><body><article><h1>Port pilots strike over night shifts</h1>"
        + "<div>" * depth + inner + "</div>" * depth
        + f"<p>{PARA}</p></article></body></html>"
    )  # fmt: skip


@pytest.mark.parametrize("depth", [300, 10_000])
def test_text_nested_past_the_parsers_limit_is_kept(depth) -> None:
    # libxml2 builds no tree past 256 nested elements: before the flattening pass both
    # paragraphs were lost
    page = extract_html(_nested(depth), None, date(2024, 1, 1))
    assert "walked out at dawn" in page.text and PARA in page.text
    assert page.title == "Port pilots strike over night shifts"


def test_ordinary_pages_are_not_flattened(monkeypatch) -> None:
    import crosswire.clean.html as module

    def refuse(page: str, limit: int = module.MAX_NESTING) -> str:
        raise AssertionError("flattened a page within the nesting limit")

    monkeypatch.setattr(module, "flatten_deep", refuse)
    assert PARA in extract_html(_nested(150), None, date(2024, 1, 1)).text
    assert PARA in extract_html(PAGE.format(published="2023-05-04"), None, date(2024, 1, 1)).text


def test_flattening_keeps_shallow_tags_scripts_and_text() -> None:
    page = "<div><script>if (a<b) x('<div>')</script><p>One <b>two</b></p><br><hr/></div>"
    assert flatten_deep(page, limit=5) == page
    # below the limit: block tags become line breaks, inline ones vanish, a script goes whole
    assert flatten_deep(page, limit=1) == "<div>\nOne two\n\n</div>"
    assert flatten_deep("<p>stray</b> end</p>", limit=0) == "\nstray</b> end\n"

import pytest

from crosswire.clean.furniture import find_furniture

BODY = "The minister said on Tuesday that the talks would resume next week in Geneva."


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.reason, text[r.start : r.end]) for r in find_furniture(text).removed]


@pytest.mark.parametrize(
    "line",
    [
        "Share this story",
        "Share this pageComments (14)",
        "Share this videoClose",
        "Copy/paste the video embed link belowCopy linkLink copied!",
        "ADVERTISEMENT",
        "Advertisement",
        "Story continues below advertisement",
        "12 Comments",
        "Facebook Twitter Email",
        "Watch the governor's full address to the assembly on the player below.",
        "For more coverage on the floods, read below.",
        "Sign up for our daily newsletter and get the top stories every morning.",
        "Follow us on Twitter and Instagram",
        "Read more: Floods close the main road to the airport",
        "Read more",
        "5 min read",
    ],
)
def test_furniture_lines(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n{BODY}"
    assert _removed(text) == [("furniture", line)]


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "Readers left many comments under the article about the mayor's share of the vote.",
        "Comments made by the minister were later withdrawn.",
        "Follow the money, the senator said.",
    ],
)
def test_body_lines_are_kept(line: str) -> None:
    assert _removed(f"{BODY}\n{line}") == []


@pytest.mark.parametrize(
    "heading", ["You may also enjoy", "Related", "More from Europe", "Most read"]
)
def test_related_block_to_end(heading: str) -> None:
    block = f"{heading}\n\nFloods close the main road\n\nWhy the vote matters: an explainer"
    text = f"{BODY}\n\n{block}"
    assert _removed(text) == [("related", block)]


def test_related_block_stops_at_next_body_paragraph() -> None:
    text = f"{BODY}\nRelated stories:\nFloods close the main road\n{BODY}"
    assert _removed(text) == [("related", "Related stories:\nFloods close the main road")]


@pytest.mark.parametrize(
    ("line", "authors"),
    [("By Jane Doe", ("Jane Doe",)), ("By\u00a0Deutsche Welle", ("Deutsche Welle",))],
)
def test_byline_removed_and_kept_as_author(line: str, authors: tuple[str, ...]) -> None:
    found = find_furniture(f"{line}\n{BODY}")
    assert found.authors == authors
    assert [r.reason for r in found.removed] == ["furniture"]


def test_spans_lie_on_the_lines() -> None:
    text = f"  {BODY}\n   Advertisement  \n{BODY}"
    (span,) = find_furniture(text).removed
    assert text[span.start : span.end] == "Advertisement"

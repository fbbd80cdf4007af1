import pytest

from crosswire.clean.captions import find_captions

BODY = "The minister said on Tuesday that the talks would resume next week in Geneva."


def _captions(text: str) -> list[str]:
    return [c.text for c in find_captions(text)]


@pytest.mark.parametrize(
    "caption",
    [
        "The mayor speaks in Lyon on Monday. Copyright Jean Martin / Reuters / ANSA",
        "Police officers stand guard in Quito. Pedro Ruiz/Bloomberg via Getty Images",
        "The minister arrives for the talks. Presidential Press Office via Reuters",
        "Firefighters work on the blaze, Friday, June 2, 2023. (AP Photo/Sam Lee)",
        "Crowds gather outside parliament. Photo: Maria Lopez",
        "A view of the port of Odesa. REUTERS/Ivan Shevchenko",
        "FILE PHOTO: The logo of the bank is seen at its headquarters.",
    ],
)
def test_credited_captions(caption: str) -> None:
    text = f"{BODY}\n\n{caption}\n\n{BODY}"
    assert _captions(text) == [caption]
    (c,) = find_captions(text)
    assert text[c.start : c.end] == caption


def test_caption_title_joins_its_caption() -> None:
    block = (
        "City Hall in Lyon\nThe mayor speaks in Lyon on Monday. Jean Martin/AFP via Getty Images"
    )
    assert _captions(f"Headline of the story\n\n{BODY}\n\n{block}\n\n{BODY}") == [block]


def test_repeated_line_is_a_caption() -> None:
    line = "The mayor speaks in Lyon on Monday."
    block = f"{line}\n{line} Copyright Jean Martin"
    assert _captions(f"{BODY}\n\n{block}\n\n{BODY}") == [block]


def test_known_figcaption_is_a_caption() -> None:
    text = f"{BODY}\n\nThe mayor of Lyon on the steps of City Hall"
    found = find_captions(text, known=["The mayor  of Lyon on the steps of City Hall"])
    assert [c.text for c in found] == ["The mayor of Lyon on the steps of City Hall"]


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "The photos were published by AFP.",
        "He said the decision was announced via AP.",
        "The lawyers cited the Copyright Act.",
    ],
)
def test_body_is_not_a_caption(line: str) -> None:
    assert _captions(f"{BODY}\n\n{line}") == []


def test_taken_lines_are_skipped() -> None:
    caption = "Crowds gather outside parliament. Photo: Maria Lopez"
    text = f"{BODY}\n{caption}"
    start = text.index(caption)
    assert find_captions(text, taken=[(start, start + len(caption))]) == ()

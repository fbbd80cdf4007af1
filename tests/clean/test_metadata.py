from datetime import date

import pytest

from crosswire.clean.metadata import (
    clean_authors,
    clean_title,
    domain,
    find_origin,
    guess_language,
    json_ld_values,
    parse_date,
    plain_title,
)
from crosswire.types import Removed


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Floods Close Main Road\n\nThe road was closed on Monday.", "Floods Close Main Road"),
        ("The road was closed on Monday.\n\nIt reopened later.", None),
        ("Only one line here", None),
    ],
)
def test_plain_title(text: str, title: str | None) -> None:
    assert plain_title(text) == title


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Floods close road | Daily Planet", "Daily Planet", "Floods close road"),
        ("Floods close road - The Daily Planet", "Daily Planet", "Floods close road"),
        ("Daily Planet: Floods close road", "Daily Planet", "Floods close road"),
        ("Floods close road | Home", None, "Floods close road"),
        ("Floods - a road closes", "Daily Planet", "Floods - a road closes"),
    ],
)
def test_clean_title(title: str, site: str | None, expected: str) -> None:
    assert clean_title(title, site) == expected


@pytest.mark.parametrize(
    ("names", "outlets", "expected"),
    [
        (["By Jane Doe and John Roe"], (), ("Jane Doe", "John Roe")),
        (["Jane Doe, Staff Writer"], (), ("Jane Doe",)),
        (["Jane Doe; Daily Planet"], ("Daily Planet",), ("Jane Doe",)),
        (["Jane Doe", "Dec 12, 2023"], (), ("Jane Doe",)),
    ],
)
def test_clean_authors(names: list[str], outlets: tuple[str, ...], expected: tuple) -> None:
    assert clean_authors(names, outlets) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-10-18", date(2021, 10, 18)),
        ("2021-10-18T23:10:00Z", date(2021, 10, 18)),
        ("not a date", None),
        (None, None),
        ("0001-01-01T00:00:00Z", None),  # placeholders: no date, and nothing to overflow on
        ("9999-12-31", None),
    ],
)
def test_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_domain() -> None:
    assert domain("https://www.example.org/a/b") == "example.org"
    assert domain(None) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor said that the road was closed for the day and it is not open.", "en"),
        ("Le maire a dit que la route est fermée pour la journée et les travaux.", "fr"),
        ("Der Bürgermeister sagte, dass die Straße nicht mit dem Auto befahren wird.", "de"),
        ("42", None),
    ],
)
def test_guess_language(text: str, lang: str | None) -> None:
    assert guess_language(text) == lang


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("NAIROBI (AP) — Kenya said on Monday it would reopen the border.", "AP"),
        ("LONDON (Reuters) - Shares fell on Monday.", "Reuters"),
        ("Kenya lifted the curfew, the Associated Press reported. More follows.", "AP"),
        ("PARIS (AFP) - Strikes went on.", "AFP"),
        ("Kenya said on Monday it would reopen the border, officials said.", None),
    ],
)
def test_find_origin(text: str, origin: str | None) -> None:
    assert find_origin(f"Headline\n\n{text}", ()) == origin


def test_origin_ignores_removed_credit() -> None:
    text = "Body text here.\nA man walks. Name via AP"
    start = text.index("A man")
    assert find_origin(text, (Removed(start, len(text), "caption"),)) is None
    assert find_origin("Body.\n(AP) more", ()) == "AP"


@pytest.mark.parametrize(
    ("scripts", "values"),
    [
        (['{"@type": "NewsArticle", "dateModified": "2023-05-05"}'], ["2023-05-05"]),
        (['{"@graph": [{"x": 1}, {"dateModified": "2023-05-06T10Z"}]}'], ["2023-05-06T10Z"]),
        (['[{"dateModified": "a"}, {"nested": {"dateModified": "b"}}]'], ["a", "b"]),
        (["{broken", '{"dateModified": "2023-05-07"}'], ["2023-05-07"]),  # a bad block is passed
        (['{"dateModified": 20230507}', '{"datePublished": "2023-05-07"}'], []),
    ],
)  # fmt: skip
def test_json_ld_values(scripts: list[str], values: list[str]) -> None:
    assert json_ld_values(scripts, "dateModified") == values

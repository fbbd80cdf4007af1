"""Events are placed where their own clause says they happened (invented sentences)."""

import pytest

from tests.helpers import read_text

pytestmark = pytest.mark.slow


def _places(text: str) -> dict[str, tuple | None]:
    """trigger → (name, type, country) of each event's place."""
    doc = read_text(text)
    return {
        text[e.trigger_start : e.trigger_end]: (e.place.name, e.place.type, e.place.country)
        if e.place
        else None
        for e in doc.events
    }


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a city after a preposition on the trigger
        ("Police detained two protesters in Kharkiv on Monday.", "detained",
         ("Kharkiv", "city", "UA")),
        # a country only
        ("Soldiers clashed with rebels in Mali on Sunday.", "clashed", ("Mali", "country", "ML")),
        # Tripoli alone is the larger, Libya's; an article on Lebanon means Lebanon's
        ("Police arrested ten protesters in Tripoli on Sunday.", "arrested",
         ("Tripoli", "city", "LY")),
        ("Lebanese officials said police arrested ten protesters in Tripoli on Sunday. "
         "Lebanon's government condemned the violence.", "arrested", ("Tripoli", "city", "LB")),
        # a building that stands for its city
        ("The minister met his French counterpart at the White House on Tuesday.", "met",
         ("Washington", "city", "US")),
        # no place in the sentence, none in a dateline
        ("Chile accused Peru of spying on Monday.", "accused", None),
        # a dateline is where the report was filed, not where the act happened
        ("HARTFORD, Conn. — The governor criticized the senator on Friday.", "criticized",
         None),
    ],
)  # fmt: skip
def test_event_places(text, trigger, place):
    assert _places(text)[trigger] == place


def test_a_place_in_another_clause_is_not_the_events():
    text = "Chile criticized Peru because a meeting in Benghazi was kept secret."
    assert _places(text) == {"criticized": None}

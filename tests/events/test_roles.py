"""Actors named by a role: role-noun objects as targets, titles of unknown persons."""

import pytest

from tests.helpers import events_of

pytestmark = pytest.mark.slow


def test_a_role_noun_object_is_the_target_with_the_places_country():
    [(event, _)] = events_of("Iranian police arrested five journalists in Tehran.")
    assert event.target is not None and "journalists" in event.target.text
    assert event.target.code == "IRNMED"


def test_own_forces_sent_somewhere_are_not_the_target():
    events = events_of("Germany sent 200 troops to Lithuania.")
    assert events and all("troops" not in (e.target.text if e.target else "") for e, _ in events)


def test_an_unknown_person_takes_the_sector_of_a_title():
    [(event, _)] = events_of("Prime Minister Andrej Babis demanded an apology from Hungary.")
    assert event.source.text == "Andrej Babis" and event.source.code == "GOV"


def test_a_group_of_unknown_country_is_not_coded_by_its_noun():
    assert events_of("Calenardhon crowds burned down the Gondorian embassy.") == []

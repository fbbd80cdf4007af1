"""Actor identity: a person by name (titles, middle names and initials aside), a surname alone
joins the one person who has it, a state or an organisation by its code."""

from typing import ClassVar

import pytest

from crosswire.store.identity import DICTIONARY, FullName, Surname, identify, read_name, slug


class Lexicon:
    """A stand-in for the actor dictionary: the kinds of a few names; sector codes unanchored."""

    KINDS: ClassVar = {"Belgium": "country", "Israel": "country", "NATO": "igo",
                       "Tidewater Pact": "org", "Biden": "person", "Flanders": "place"}  # fmt: skip

    def kind(self, name):
        return self.KINDS.get(name)

    def anchored(self, code):
        return code[:3] not in {"GOV", "LEG", "MIL", "COP"}


def _ids(*mentions):
    found = identify(mentions, Lexicon())
    return [found[m].actor_id if m in found else None for m in mentions]


def test_one_person_whatever_the_middle_initial_title_or_code():
    ids = _ids(
        ("Donald Trump", "USAGOV"), ("Donald J. Trump", None), ("Donald John Trump", "GOV"),
        ("Trump", None), ("Mr. Trump", "USAGOV"), ("President Donald Trump", None),
    )  # fmt: skip
    assert set(ids) == {"person:donald-trump"}


def test_a_surname_alone_joins_only_the_one_person_who_has_it():
    mentions = [("Hunter Biden", None), ("Joe Biden", "USAGOV"), ("Biden", "USAGOV")]
    assert _ids(*mentions) == ["person:hunter-biden", "person:joe-biden", "name:biden"]
    # without Hunter Biden, Biden is Joe Biden
    assert _ids(*mentions[1:]) == ["person:joe-biden"] * 2


def test_different_middle_initials_are_different_people():
    ids = _ids(
        ("Marta K. Lindqvist", None), ("Marta Kristina Lindqvist", None),
        ("Marta P. Lindqvist", None), ("Marta Lindqvist", None), ("Lindqvist", None),
    )  # fmt: skip
    assert ids == [
        "person:marta-k-lindqvist", "person:marta-k-lindqvist", "person:marta-p-lindqvist",
        "person:marta-lindqvist", "name:lindqvist",
    ]  # fmt: skip


def test_people_of_one_code_are_apart_from_it_and_from_each_other():
    ids = _ids(
        ("Benjamin Netanyahu", "ISRGOV"), ("Netanyahu", "GOV"), ("Isaac Herzog", "ISRGOV"),
        (None, "ISRGOV"), ("Israel", "ISR"),
    )  # fmt: skip
    assert ids == [
        "person:benjamin-netanyahu", "person:benjamin-netanyahu", "person:isaac-herzog",
        "code:ISRGOV", "code:ISR",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("mention", "actor_id"),
    [
        (("Supreme Court", None), "name:supreme-court"),
        (("Israeli Prime Minister", None), "name:israeli-prime-minister"),
        (("Justice Department", "USAGOV"), "code:USAGOV"),
        (("NATO", "IGOWSTNAT"), "code:IGOWSTNAT"),
        (("Tidewater Pact", None), "name:tidewater-pact"),  # the dictionary says organisation
        (("Belgium", "BEL"), "code:BEL"),
        (("Flanders", "BEL"), "name:flanders"),  # a place within a country is not the country
        (("Congress", "LEG"), "name:congress"),  # a sector alone does not name a body
        ((None, "GOV"), "code:GOV"),
        (("Group 7", None), "name:group-7"),
        (("UNHCR Office", None), "name:unhcr-office"),
    ],
)
def test_states_and_organisations_are_no_people(mention, actor_id):
    assert _ids(mention) == [actor_id]


def test_a_word_of_an_organisation_is_no_surname():
    assert _ids(("Tidewater Pact", None), ("Pact", None)) == ["name:tidewater-pact", "name:pact"]


@pytest.mark.parametrize(
    ("people", "alone"),
    [(("Bashar al-Assad", "SYRGOV"), ("Assad", None)),
     (("Ursula von der Leyen", "IGOEUREEC"), ("von der Leyen", None)),
     (("Antonio Guterres", "IGOUNO"), ("António Guterres", None))],
)  # fmt: skip
def test_particles_and_accents(people, alone):
    first, second = _ids(people, alone)
    assert first == second and first.startswith("person:")


def test_no_name_and_no_code_is_no_actor():
    assert _ids((None, None), ("", None)) == [None, None]


def test_ids_do_not_depend_on_order_or_counts_and_the_display_name_on_counts():
    mentions = {("Donald J. Trump", None): 5, ("Donald Trump", "USAGOV"): 1, ("Trump", None): 9}
    forward = identify(mentions, Lexicon())
    backward = identify(dict(reversed(mentions.items())), Lexicon())
    assert forward == backward
    assert {i.name for i in forward.values()} == {"Donald Trump"}  # first and last names
    coded = identify({(None, "RUSGOV"): 9, ("Kremlin", "RUSGOV"): 1, ("Moscow", "RUSGOV"): 2},
                     Lexicon())  # fmt: skip
    assert {i.name for i in coded.values()} == {"Moscow"}  # the most frequent name, not the code


@pytest.mark.parametrize(
    ("name", "reading"),
    [("Mr. Trump", Surname("Trump")),
     ("Martin Luther King Jr.", FullName("Martin", "l", "King", "Martin Luther King")),
     ("John Major", FullName("John", "", "Major", "John Major")),
     ("Prime Minister Julie Bishop", FullName("Julie", "", "Bishop", "Julie Bishop")),
     ("George H.W. Bush", FullName("George", "hw", "Bush", "George H.W. Bush")),
     ("Mohammed bin Salman", FullName("Mohammed", "", "bin Salman", "Mohammed bin Salman")),
     ("Foreign Ministry", None), ("ACME", None), ("Group_7", None), ("the government", None)],
)  # fmt: skip
def test_read_name(name, reading):
    assert read_name(name, Lexicon()) == reading


def test_the_actor_dictionary_knows_people_and_bodies():
    found = identify(
        [("White House", "USAGOV"), ("Benjamin Netanyahu", "ISRGOV"), ("Kremlin", "RUSGOV")],
        DICTIONARY,
    )
    assert [i.actor_id for i in found.values()] == [
        "code:USAGOV", "person:benjamin-netanyahu", "code:RUSGOV",
    ]  # fmt: skip


def test_slug_is_url_safe_and_never_empty():
    assert slug("António Guterres") == "antonio-guterres"
    assert slug("Back\\Slash Front") == "back-slash-front"
    assert slug("%%").startswith("x") and len(slug("%%")) == 13

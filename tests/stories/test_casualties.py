"""The dead and wounded read from a report's sentence (sentences of this test's own)."""

import pytest

from crosswire.stories.casualties import casualties, casualties_agree


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        (
            "Gunmen opened fire on the bus, killing at least nine passengers.",
            {"killed": "at least 9"},
        ),
        ("Four guards were killed and 23 people were injured.", {"killed": "4", "wounded": "23"}),
        ("The flooding left 61 dead by Sunday.", {"killed": "61"}),
        ("The death toll has climbed to 140, the ministry said.", {"killed": "140"}),
        ("Thirty-two miners died underground.", {"killed": "32"}),
        ("Two dozen protesters were wounded.", {"wounded": "24"}),
        ("Officials said 2,315 people were injured.", {"wounded": "2315"}),
        ("Nearly 80 villagers have been killed since May.", {"killed": "about 80"}),
        ("More than 50 recruits were killed in the ambush.", {"killed": "at least 50"}),
        # a toll outranks the increment told before it
        ("Six more died overnight, taking the death toll to 71.", {"killed": "71"}),
        # the count of this act, not of one told as background
        ("The blast killed 8 people, three years after 30 were killed nearby.", {"killed": "8"}),
        ("In 2019 seven herders were killed near the well.", {"killed": "7"}),
        # doers, ages, spans of time, parts, denials and vague amounts are no count
        ("Three brothers killed a neighbour's goat.", {}),
        ("Troops killed 16-year-old Amadou at the checkpoint.", {}),
        ("A farmer aged 62 was killed by the mine.", {}),
        ("Four days after she was wounded, the envoy spoke.", {}),
        ("The soldier who died 12 years ago was buried here.", {}),
        ("One of the five hostages was killed.", {}),
        ("No one was hurt in the fire.", {}),
        ("None of the 30 pilgrims were injured.", {}),
        ("The raid wounded dozens.", {}),
        ("Some 1998 ballots were burned.", {}),
    ],
)
def test_casualties_are_read_from_the_sentence(sentence, counted):
    assert casualties(sentence) == counted


def test_counts_agree_up_to_rounding_a_floor_or_an_approximation():
    assert casualties_agree("12", "12") and casualties_agree("at least 9", "11")
    assert casualties_agree("at least 9", "at least 4")
    assert not casualties_agree("at least 9", "7") and not casualties_agree("9", "11")
    assert casualties_agree("about 80", "72") and not casualties_agree("80", "72")

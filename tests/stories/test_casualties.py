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
        # a toll counts the dead when nothing else does; an increment is no count
        ("Six more died overnight, taking the death toll to 71.", {"killed": "71"}),
        ("The shelling killed 40 people, raising the death toll to 3,100.", {"killed": "40"}),
        ("A death toll of 12 was given by the ministry.", {"killed": "12"}),
        ("Six more died overnight in the ward.", {}),
        ("Another 4 guards were wounded.", {}),
        ("More than a dozen people were killed.", {"killed": "at least 12"}),
        ("Gunmen killed 5 villagers and hurt 20.", {"killed": "5", "wounded": "20"}),
        ("Seven killed, 20 hurt as the bus overturned.", {"killed": "7", "wounded": "20"}),
        # the count of this act, not of one told as background
        ("The blast killed 8 people, three years after 30 were killed nearby.", {"killed": "8"}),
        ("In 2019 seven herders were killed near the well.", {"killed": "7"}),  # not 2019
        # doers, ages, spans of time, parts, denials and vague amounts are no count
        ("Three brothers killed a neighbour's goat.", {}),
        ("Troops killed 16-year-old Amadou at the checkpoint.", {}),
        ("A farmer aged 62 was killed by the mine.", {}),
        ("Four days after she was wounded, the envoy spoke.", {}),
        ("The reporter was killed 12 years ago.", {}),
        ("One of the five hostages was killed.", {}),
        ("No one was hurt in the fire.", {}),
        ("Not one pilgrim was injured.", {}),
        ("None of the 30 pilgrims were injured.", {}),
        ("At least 9 people including 3 children were killed.", {}),  # a part only
        ("Up to 30 people may have died.", {}),  # a ceiling
    ],
)
def test_casualties_are_read_from_the_sentence(sentence, counted):
    assert casualties(sentence) == counted


def test_counts_agree_up_to_rounding_a_floor_or_an_approximation():
    assert casualties_agree("12", "12") and casualties_agree("at least 9", "11")
    assert casualties_agree("at least 9", "at least 4")
    assert not casualties_agree("at least 9", "7") and not casualties_agree("9", "11")
    assert casualties_agree("about 80", "72") and not casualties_agree("80", "72")

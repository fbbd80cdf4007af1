import sys
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from crosswire.events.actors import (
    ActorDictionary,
    load_actors,
    normalise_key,
    read_offices,
    resolve_code,
)


@pytest.fixture(scope="module")
def actors():
    return load_actors()


@pytest.mark.parametrize(
    ("text", "name", "code", "kind"),
    [
        ("Turkish Foreign Minister Mevlut Cavusoglu", "Mevlut Cavusoglu", "TURGOV", "person"),
        ("Cavusoglu", "Mevlut Cavusoglu", "TURGOV", "person"),
        ("Turkey's Cavusoglu", "Mevlut Cavusoglu", "TURGOV", "person"),
        ("NATO", "NATO", "IGOWSTNAT", "igo"),
        ("the North Atlantic Treaty Organization", "NATO", "IGOWSTNAT", "igo"),
        ("the UN", "UN", "IGOUNO", "igo"),
        ("the European Union", "EU", "IGOEUREEC", "igo"),
        ("Russia", "Russia", "RUS", "country"),
        ("the United States", "United States", "USA", "country"),
        ("U.S.", "United States", "USA", "country"),
        ("Moscow", "Russia", "RUSGOV", "country"),
        ("Washington", "United States", "USAGOV", "country"),
        ("Kyiv", "Ukraine", "UKRGOV", "country"),
        ("Kiev", "Ukraine", "UKRGOV", "country"),
        # a place inside a country keeps its name; only the capital stands for the country
        ("Texas", "Texas", "USA", "place"),
        ("Osaka", "Osaka", "JPN", "place"),
        ("the Kremlin", "Kremlin", "RUSGOV", "org"),
        ("The White House", "White House", "USAGOV", "org"),
        ("the Russian Foreign Ministry", "Russian Foreign Ministry", "RUSGOV", "org"),
        ("Russian diplomats", "Russian diplomats", "RUSGOV", "group"),
        ("the Chilean Embassy in Argentina", "Chilean Embassy in Argentina", "CHLGOV", "org"),
        ("Belgian police", "Belgian police", "BELCOP", "org"),
        # not India's: the demonym's last word would say IND
        ("American Indians", "Native Americans", "USAETH", "org"),
        # not the human-rights network PETRARCH keys the word to
        ("Harvard", "Harvard University", "USAEDU", "org"),
        # a role noun that is an institution's name names it alone, and is a role after a country
        ("Congress", "U.S. Congress", "USALEG", "org"),
        ("the Senate", "U.S. Senate", "USALEG", "org"),
        ("the Supreme Court", "U.S. Supreme Court", "USAJUD", "org"),
        ("the Indian Supreme Court", "Indian Supreme Court", "INDJUD", "org"),
        ("the Brazilian Congress", "Brazilian Congress", "BRALEG", "org"),
        ("Eastern Ukraine", "Ukraine", "UKR", "country"),  # a region of the country
    ],
)
def test_lookup(actors, text, name, code, kind):
    match = actors.lookup(text, on=date(2021, 10, 18))
    assert (match.name, match.code, match.kind) == (name, code, kind)


@pytest.mark.parametrize(
    "text",
    [
        "us",
        "it",
        "they",
        "President",
        "the president",
        "police",
        "minister",
        "the alliance",
        "Colm Brannigan",
        "",
        "the",
        "Bill",  # a minister's surname, but a given name of other persons too
        "the organization",  # words a group's entry takes as its whole name
        "the youth",
        "a Tenants' Organization for Fair Rent",
        "the army",  # a role noun, though a person's entry takes it as a name
        "the king",
        # a capital that is one word of a longer name: a paper, a club, not the government
        "the Jerusalem Post",
        "Tehran Times",
        "Lisbon Rovers",
        # a given name that reads as a demonym only without its accent
        "Germán Ortiz Vega",
    ],
)
def test_lookup_refuses(actors, text):
    assert actors.lookup(text) is None


@pytest.mark.parametrize(
    ("on", "code"),
    [
        (date(1993, 8, 1), "ESPGOV"),
        (date(1998, 1, 1), "IGOWSTNAT"),
        (date(2005, 1, 1), "IGOEUREEC"),
        (date(1990, 1, 1), None),
        (date(2020, 1, 1), None),
        (None, "IGOEUREEC"),
    ],
)
def test_person_code_follows_dates(actors, on, code):
    # Javier Solana (office_holders.tsv): Spanish foreign minister to 1995, NATO
    # secretary-general 1995-1999, EU High Representative 1999-2009; before and after office
    # no code, without a date the most recent one.
    assert actors.lookup("Javier Solana", on=on).code == code


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("Barack Obama", date(2015, 6, 1), "USAGOV"),
        ("Barack Obama", date(2019, 6, 1), None),  # a former president is not the government
        ("Obama", date(2003, 6, 1), None),  # before the Senate
        ("Obama", date(2006, 6, 1), "USALEG"),
        ("former President Barack Obama", date(2019, 6, 1), None),
        ("President Obama", date(2019, 6, 1), None),  # PETRARCH's other names of him too
        ("Angela Merkel", date(2010, 6, 1), "DEUGOV"),
        ("Merkel", date(2022, 6, 1), None),
        ("Boris Johnson", date(2017, 6, 1), "GBRGOV"),  # foreign secretary
        ("Boris Johnson", date(2018, 12, 1), None),  # between his offices
        ("Boris Johnson", date(2020, 6, 1), "GBRGOV"),  # prime minister
        ("Netanyahu", date(2022, 6, 1), None),
        ("Netanyahu", date(2023, 6, 1), "ISRGOV"),
        ("Albright", date(1995, 1, 1), "USAGOV"),  # PETRARCH's closed range: ambassador to the UN
        ("Albright", date(2005, 1, 1), None),  # after PETRARCH's last range: out of office
        # offices taken in 2025
        ("Merz", date(2025, 6, 1), "DEUGOV"),
        ("Merz", date(2024, 6, 1), None),  # opposition leader, not the government
        ("Hegseth", date(2025, 6, 1), "USAGOV"),
        ("Scholz", date(2025, 6, 1), None),
        ("Nawrocki", date(2025, 9, 1), "POLGOV"),
        ("Duda", date(2025, 9, 1), None),
    ],
)
def test_office_holder_coded_while_in_office(actors, text, on, code):
    match = actors.lookup(text, on=on)
    assert match.kind == "person" and match.code == code


@pytest.mark.parametrize(
    ("text", "on", "name", "code"),
    [
        ("Indian Prime Minister Narendra Modi", date(2020, 6, 1), "Narendra Modi", "INDGOV"),
        ("Erdoğan", date(2020, 6, 1), "Recep Tayyip Erdogan", "TURGOV"),
        ("Erdogan", date(2020, 6, 1), "Recep Tayyip Erdogan", "TURGOV"),
        ("Mohammed bin Salman", date(2023, 6, 1), "Mohammed bin Salman", "SAUGOV"),
        ("Kim Jong Un", date(2020, 6, 1), "Kim Jong-un", "PRKGOV"),
        ("Ban Ki-moon", date(2005, 6, 1), "Ban Ki-moon", "KORGOV"),
        ("Ban Ki-moon", date(2010, 6, 1), "Ban Ki-moon", "IGOUNO"),
        ("Ursula von der Leyen", date(2016, 6, 1), "Ursula von der Leyen", "DEUGOV"),
        ("Ursula von der Leyen", date(2021, 6, 1), "Ursula von der Leyen", "IGOEUREEC"),
        ("Jens Stoltenberg", date(2020, 6, 1), "Jens Stoltenberg", "IGOWSTNAT"),
    ],
)
def test_office_holder_abroad_is_their_country(actors, text, on, name, code):
    match = actors.lookup(text, on=on)
    assert (match.name, match.code, match.kind) == (name, code, "person")


@pytest.mark.parametrize(
    ("text", "on", "name", "code"),
    [
        # a surname PETRARCH gave to a Spanish official of 2003 names the secretary of state
        ("Rubio", date(2025, 6, 1), "Marco Rubio", "USAGOV"),
        ("Rubio", date(2015, 6, 1), "Marco Rubio", "USALEG"),  # a senator then: Congress
        ("Lee Jae-myung", date(2025, 9, 1), "Lee Jae-myung", "KORGOV"),
        ("Takaichi", date(2025, 11, 1), "Sanae Takaichi", "JPNGOV"),
    ],
)
def test_holder_of_an_office_taken_in_2025_is_named_and_coded(actors, text, on, name, code):
    match = actors.lookup(text, on=on)
    assert (match.name, match.code, match.kind) == (name, code, "person")


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # Congress, the courts and candidates: what each holds on the day, nothing in between
        ("Mitch McConnell", date(2016, 6, 1), "USALEG"),
        ("McConnell", date(2016, 6, 1), "USALEG"),  # the senator's surname, not the spy chief's
        ("Mike McConnell", date(2008, 6, 1), "USAGOV"),  # director of national intelligence
        ("Paul Ryan", date(2016, 6, 1), "USALEG"),
        ("Paul Ryan", date(2020, 6, 1), None),  # retired from the House
        ("Justice Ginsburg", date(2015, 6, 1), "USAJUD"),
        ("Donald Trump", date(2016, 6, 1), "USAPTY"),  # a candidate, not the government yet
        ("Donald Trump", date(2016, 12, 1), "USAGOV"),  # president-elect
        ("Donald Trump", date(2022, 6, 1), None),  # between his terms and before he ran again
        ("Hillary Clinton", date(2007, 6, 1), "USALEG"),  # a senator
        ("Hillary Clinton", date(2014, 6, 1), None),  # between her offices
        ("Hillary Clinton", date(2016, 6, 1), "USAPTY"),
        ("Ben Carson", date(2015, 10, 1), "USAPTY"),
        ("Ben Carson", date(2018, 6, 1), "USAGOV"),  # a cabinet secretary
        ("Sarah Sanders", date(2018, 6, 1), "USAGOV"),  # press secretary
        ("Greg Abbott", date(2018, 6, 1), "USAGOV"),  # a governor governs
    ],
)
def test_american_office_holders_beyond_the_cabinet(actors, text, on, code):
    match = actors.lookup(text, on=on)
    assert match.kind == "person" and match.code == code


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        # beyond heads of government and ministers: spokespeople, commanders, armed groups'
        # leaders, opposition leaders, each while in the role
        ("Peskov", date(2019, 6, 1), "RUSGOV"),
        ("Soleimani", date(2018, 6, 1), "IRNMIL"),
        ("Soleimani", date(2021, 6, 1), None),  # killed in January 2020
        ("Haniyeh", date(2019, 6, 1), "PSEREBHMS"),  # Hamas, not the Palestinian government
        ("Corbyn", date(2018, 6, 1), "GBROPP"),
        ("Corbyn", date(2022, 6, 1), None),
        ("Julani", date(2019, 6, 1), "SYRREB"),  # one person with al-Sharaa, who later governs
        ("Ahmed al-Sharaa", date(2025, 6, 1), "SYRGOV"),
    ],
)
def test_office_holders_beyond_governments(actors, text, on, code):
    match = actors.lookup(text, on=on)
    assert match.kind == "person" and match.code == code


def test_a_surname_two_office_holders_share_is_no_key(actors):
    # Bernie Sanders and Sarah Sanders: "Sanders" alone is for the article to resolve
    assert actors.lookup("Sanders", on=date(2018, 6, 1)) is None
    assert actors.lookup("Bernie Sanders", on=date(2018, 6, 1)).code == "USALEG"


@pytest.mark.parametrize(
    ("surname", "full"),
    [
        ("Johnson", "Boris Johnson"),
        ("Rice", "Condoleezza Rice"),
        ("Brown", "Gordon Brown"),
        ("Lee", "Lee Myung-bak"),
        ("Kim", "Kim Dae-jung"),
        ("Li", "Li Keqiang"),
    ],
)
def test_common_surname_alone_is_no_key(actors, surname, full):
    assert actors.lookup(surname, on=date(2010, 6, 1)) is None
    assert actors.lookup(full, on=date(2010, 6, 1)).name == full


def _office_holders():
    path = resources.files("crosswire.events").joinpath("data", "office_holders.tsv")
    lines = path.read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_every_office_holder_name_is_a_key_of_the_built_table(actors):
    # tools/build_ontology.py was run after office_holders.tsv last changed
    for name, keys, *_ in _office_holders():
        for key in [name, *(k.strip() for k in keys.split(",") if k.strip())]:
            match = actors.lookup(key, whole=True)
            assert match is not None and match.name == name, key


@pytest.mark.parametrize(
    ("codes", "on", "code"),
    [
        ("RUSGOV:1994-09-22:2004-07-12|RUSGOV:2004-03-09:", date(1990, 1, 1), "RUSGOV"),
        ("AAAGOV:2000-01-01:2001-01-01|BBBGOV:2005-01-01:", date(1999, 1, 1), "AAAGOV"),
        ("AAAGOV:2000-01-01:2001-01-01|BBBGOV:2005-01-01:", date(2003, 1, 1), "BBBGOV"),
        ("AAAELI|AAAGOV:2008-01-01:", date(2003, 1, 1), "AAAELI"),
        ("AAAELI|AAAGOV:2008-01-01:", None, "AAAGOV"),
        ("AAA", None, "AAA"),
        # NO_CODE: out of every range, no code (an office holder out of office)
        ("AAAGOV:2000-01-01:2001-01-01|---", date(2005, 1, 1), None),
        ("AAAGOV:2000-01-01:2001-01-01|---", date(1999, 1, 1), None),
        ("AAAGOV:2000-01-01:2001-01-01|---", date(2000, 6, 1), "AAAGOV"),
        ("AAAGOV:2000-01-01:2001-01-01|---", None, "AAAGOV"),
    ],
)
def test_resolve_code(codes, on, code):
    assert resolve_code(codes, on) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Russian", "RUS"),
        ("Belgium", "BEL"),
        ("American", "USA"),
        ("Ukrainian", "UKR"),
        ("NATO", None),
        ("Jaishankar", None),
        # codes that changed with the state (ETHERI until 1993, then ERI) are still countries
        ("Eritrea", "ERI"),
        ("Azerbaijan", "AZE"),
        # plural demonyms, as Phoenix has "Palestinians"
        ("Syrians", "SYR"),
        # an agency or a company coded by its sector alone is no country
        ("AFP", None),
        ("Al Jazeera", None),
        ("Afghans", "AFG"),
        ("Iraqis", "IRQ"),
    ],
)
def test_country(actors, word, code):
    assert actors.country(word) == code


@pytest.mark.parametrize(
    ("noun", "suffix"),
    [
        ("diplomats", "GOV"),
        ("diplomat", "GOV"),
        ("rebels", "REB"),
        ("police", "COP"),
        ("troops", "MIL"),
        ("soldiers", "MIL"),
        ("minister", "GOV"),
        ("ministries", "GOV"),
        ("spokesman", "GOV"),
        ("MEPs", "LEG"),
        ("secretary", "GOV"),  # agents_own.tsv: speaks for the body named with them
        ("general", "MIL"),  # "the general condemned ...": a rank alone
        ("hackers", "CRM"),
        ("Sen.", "LEG"),  # an abbreviated title, with its point
        ("Gov.", "GOV"),
        ("rep", None),  # "a sales rep": no title without its point
        ("tree", None),
    ],
)
def test_agent(actors, noun, suffix):
    assert actors.agent(noun) == suffix


def test_code_for():
    assert ActorDictionary.code_for("RUS", "GOV") == "RUSGOV"
    assert ActorDictionary.code_for("rus", None) == "RUS"


def test_surname_after_unknown_first_name():
    d = ActorDictionary(
        {"jane rowe": ("Jane Rowe", "person", "XXXGOV"), "rowe": ("Jane Rowe", "person", "XXXGOV")},
        {"minister": "GOV"},
        frozenset({"president"}),
    )
    assert d.lookup("Minister Rowe").name == "Jane Rowe"
    assert d.lookup("John Rowe") is None
    assert d.lookup("Rowe").name == "Jane Rowe"
    assert d.lookup("rowe") is None  # a lower-case word is not a surname ("banks")
    assert d.lookup("Rowe Minister") is None  # nor one inside a longer phrase


@pytest.mark.parametrize(
    ("text", "key"),
    [("U.S.", "us"), ("Modi's", "modi"), ("Ban Ki-moon", "ban ki moon"), ("Élysée", "elysee")],
)
def test_normalise_key(text, key):
    assert normalise_key(text) == key


def test_loaded_once():
    assert load_actors() is load_actors()


def test_anchored_codes_name_a_country_or_an_organisation(actors):
    assert actors.anchored("RUSGOV") and actors.anchored("IGOUNO")
    assert not actors.anchored("COP") and not actors.anchored("GOV") and not actors.anchored(None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Saudi Aramco", "SAU"),  # a country's word in a name says whose it is
        ("the Texas Tribune", "USA"),  # a town's or state's, the country
        ("Moscow", "RUSGOV"),  # a capital alone stands for its government
        ("Bogotá", "COL"),  # found without its accent
        ("Bogotá police", "COLCOP"),
    ],
)
def test_a_place_in_a_name_keeps_its_country(actors, text, code):
    assert actors.lookup(text, on=date(2016, 1, 1)).code == code


@pytest.mark.parametrize("name", ["ISIS", "ISIL", "Daesh", "the Islamic State"])
def test_a_group_the_reference_dates_is_one_body_not_a_person(actors, name):
    # PETRARCH dates the group's codes from its founding; dated codes had made it a person
    match = actors.lookup(name, on=date(2016, 1, 1))
    assert match.kind != "person"
    assert (match.name, match.code) == ("Islamic State", "IMGMUSISI")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Liberal Democrats", "GBRPTY"),
        ("the Sweden Democrats", "SWEPTY"),
        ("Free Democrats", "DEUPTY"),
        ("Liberal Democratic Party", "JPNPTY"),
        ("House Democrats", "USAPTY"),  # the American rows still read American news
    ],
)
def test_other_countries_democrats_are_not_the_american_party(actors, name, code):
    assert actors.lookup(name, on=date(2016, 1, 1)).code == code


def test_dated_codes_make_a_person_unless_the_name_is_a_body_s():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from build_ontology import kind_of

    sectors = frozenset({"IMG", "REB", "GOV"})

    def kind(code, name):
        return kind_of([code], "", "Countries", sectors, name)

    assert kind("IMGMUSISI:2013-04-08:", "THE_ISLAMIC_STATE") == "org"
    assert kind("SYRREB:2012-07-01:", "TAWHID_BRIGADE") == "org"
    assert kind("SYRGOV:2000-07-17:", "BASHAR_AL_ASSAD") == "person"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Republican lawmakers", "USAPTY"),
        ("Democratic senators", "USAPTY"),
        ("Tory MPs", "GBRPTY"),
        ("the Republican nomination", None),
        ("the Democratic primary", None),
    ],
)
def test_a_partys_adjective_names_its_people_only_before_a_role(actors, text, code):
    found = actors.lookup(text)
    assert (found.code if found else None) == code


@pytest.mark.parametrize(
    ("doer", "code"),
    [
        ("Democratic senators", "USAPTY"),
        ("Republican officials", "USAPTY"),
        ("The Democratic governor", "USAGOV"),  # an office of the party's state
    ],
)
def test_a_partys_adjective_codes_the_role_it_qualifies_in_a_sentence(doer, code):
    from tests.helpers import events_of

    text = f"{doer} criticized the Chilean government on Monday."
    [event] = [e for e, t in events_of(text) if t == "criticized"]
    assert event.source is not None and event.source.code == code, event


@pytest.mark.parametrize(
    ("doer", "code"),
    [
        ("Rep. Jo Quillane of Ohio", "USALEG"),  # an abbreviated title and the state's country
        ("Gov. Ed Marrow of Kansas", "USAGOV"),
        ("Sen. Tamsin Oduya", "LEG"),  # a title with no place names the sector alone
    ],
)
def test_an_abbreviated_title_codes_the_person_it_precedes(doer, code):
    from tests.helpers import events_of

    text = f"{doer} criticized the Chilean government on Monday."
    [event] = [e for e, t in events_of(text) if t == "criticized"]
    assert event.source is not None and event.source.code == code, event


def test_a_sales_rep_is_no_legislator():
    from tests.helpers import events_of

    found = events_of("A sales rep for the firm criticized the Chilean government on Monday.")
    assert all(e.source is None or e.source.code != "LEG" for e, _ in found)


def test_an_office_holder_s_office_on_a_day():
    rows = [
        "Ann Roe\tRoe\tXXXLEG:2001-01-01:2004-12-31|XXXGOV:2005-01-01:\tsenator; president",
        "Jo Lee\tLee\tXXXGOV:2001-01-01:2009-12-31\tadviser; minister",  # two in one range
    ]
    d = ActorDictionary({}, {}, frozenset(), read_offices(rows))
    assert d.office("Ann Roe", date(2003, 5, 1)) == "senator"
    assert d.office("Ann Roe", date(2020, 5, 1)) == "president"  # an open end
    assert d.office("Ann Roe", date(1999, 5, 1)) is None and d.office("Ann Roe", None) is None
    assert d.office("Jo Lee", date(2003, 5, 1)) is None  # which of the two is not known

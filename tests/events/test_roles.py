"""Actors named by a role: role-noun objects as targets, titles of unknown persons."""

from datetime import date

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
    [(event, _)] = events_of("Prime Minister Andrej Kolarik demanded an apology from Hungary.")
    assert event.source.text == "Andrej Kolarik" and event.source.code == "GOV"


def test_a_person_named_in_apposition_keeps_the_dictionary_s_code():
    # a title in apposition gives its sector only to a person the dictionary does not code
    [(event, _)] = events_of("The envoy met an old ally, President Erdogan, in Ankara.")
    assert (event.target.text, event.target.code) == ("Erdogan", "TURGOV")


def test_a_group_of_unknown_country_is_not_coded_by_its_noun():
    assert events_of("Calenardhon crowds burned down the Gondorian embassy.") == []


def test_a_dateline_entity_at_the_start_of_the_text_is_no_actor():
    # the model tags "BAMAKO - Armed" as one entity, starting at offset 0
    events = events_of("BAMAKO - Armed men attacked French troops in Mali.")
    assert not any(e.source.start == 0 for e, _ in events)


def test_a_two_word_nationality_codes_its_own_country():
    [(event, _)] = events_of("Sudan welcomed South Sudanese refugees.")
    assert event.target.code == "SSDREF"


def test_a_name_the_model_cut_short_is_completed_from_the_dictionary():
    [(event, _)] = events_of("The Islamic State attacked a police post in Raqqa.")
    assert (event.source.text, event.source.code) == ("Islamic State", "IMGMUSISI")


def test_the_doer_is_not_its_own_target():
    [(event, _)] = events_of("Morocco was willing to withdraw its troops from Kosovo.")
    assert event.source.code == "MAR"
    assert event.target is not None and event.target.text == "Kosovo"


def test_a_compound_role_noun_is_looked_up_whole():
    [(event, _)] = events_of("The Laotian authorities have banned opposition parties.")
    assert event.target.text == "opposition parties" and event.target.code == "OPP"


def test_the_longest_role_among_a_nouns_compounds_is_its_role():
    # "Attorney General" is an official, not a general; the state before it is no role
    [(event, _)] = events_of("The Ohio Attorney General criticized the mayor's budget.")
    assert event.source is not None and event.source.code == "USAGOV", event


def test_what_a_doers_noun_is_about_is_not_the_doer():
    found = [e for e, _ in events_of("The dispute over Ukraine threatened to derail the summit.")]
    assert not [e for e in found if e.source is not None and e.source.code == "UKR"], found


def test_the_subject_of_a_verbless_complement_is_the_target():
    [(event, _)] = events_of("A court in Washington found the Syrian regime guilty of murder.")
    assert event.target is not None and event.target.code == "SYRGOV"


def test_a_counterpart_phrase_comes_before_a_place():
    [(event, _)] = events_of(
        "A Belgian lawyer filed a complaint in a Ghent court against the Qatari government."
    )
    assert event.target.code == "QATGOV"


def test_an_object_that_names_no_actor_keeps_its_text():
    [(event, _)] = events_of(
        "The Danish authorities opened investigations against dozens of insurers."
    )
    assert event.target.text == "dozens of insurers" and event.target.code is None


def test_the_act_a_pattern_names_is_not_its_target():
    [(event, _)] = events_of("The British police launched an investigation on Monday.")
    assert event.target is None


def test_a_dateline_ended_by_a_colon_is_no_actor():
    # the model parses "KABUL" as the subject of "condemned"
    text = "HERAT (Pajhwok) : NATO and Pakistan on Monday strongly condemned the bombing."
    [(event, _)] = events_of(text)
    assert event.source.text == "NATO" and event.source.code == "IGOWSTNAT"


def test_a_dateline_may_carry_its_date():
    from crosswire.events.parties import dateline_end
    from crosswire.nlp.model import load_nlp

    text = "Baku, June 3, AZERTAC - The Azerbaijani parliament condemned the attacks."
    sent = next(load_nlp()(text).sents)
    assert dateline_end(sent) == text.index("-") + 1


def test_a_name_before_a_colon_may_be_a_speaker():
    from crosswire.events.parties import dateline_end
    from crosswire.nlp.model import load_nlp

    sent = next(load_nlp()("Sikorski: Poland will expel the consuls.").sents)
    assert dateline_end(sent) == 0


def test_a_role_noun_belongs_to_its_possessors_country_not_where_it_is_posted():
    [(event, _)] = events_of("Greece summoned Italy's ambassador to the United Nations.")
    assert event.target.text == "Italy's ambassador" and event.target.code == "ITAGOV"


def test_a_subject_hung_deeper_on_the_dateline_is_found():
    text = "ARUSHA, Tanzania -- A United Nations prosecutor has indicted a Burundian general."
    [(event, _)] = events_of(text)
    assert event.source.code == "IGOUNO"


def test_the_one_asked_may_be_named_by_a_capitalised_title():
    [(event, _)] = events_of("Britain demanded that the Prime Minister step down.")
    assert event.plover == "REQUEST" and event.target.code == "GOV"


def test_an_object_that_names_the_event_itself_is_not_its_target():
    events = events_of("Serbian students staged a sit-down protest on Monday.")
    assert events and all(e.target is None for e, _ in events)


def test_the_counterpart_of_the_subject_noun_is_not_the_doer():
    events = events_of("His visit to Moscow threatens to derail the talks with Kyiv.")
    assert not any(e.source.code and e.source.code.startswith("RUS") for e, _ in events)


def test_the_place_of_a_subject_that_is_no_role_is_not_the_doer():
    events = events_of("A banner at a stadium in Moscow criticized Ukraine.")
    assert not any(e.source and (e.source.code or "").startswith("RUS") for e, _ in events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Troops loyal to Riek Machar attacked a base near Juba.", "SSD"),
        ("The police in Kano arrested eight student leaders.", "NGA"),
    ],
)
def test_the_side_or_place_of_a_role_names_the_doer(text, country):
    [(event, _)] = events_of(text)
    assert event.source.code.startswith(country)


def test_forces_an_attack_harms_are_its_target():
    [(event, _)] = events_of("Taliban fighters killed at least 20 troops on Sunday.")
    assert event.plover == "ASSAULT" and "troops" in event.target.text


def test_a_person_freed_is_a_release_with_or_without_a_known_actor():
    [(event, _)] = events_of("Venezuela's government freed a former presidential candidate.")
    assert (event.plover, event.cameo) == ("RETREAT", "0841")


def test_a_doer_named_by_a_role_alone_acts_on_a_known_country():
    [(event, _)] = events_of("Police arrested dozens of Iranian protesters.")
    assert (event.source.code, event.target.code) == ("COP", "IRNOPP")


def test_a_role_acts_on_no_one_we_know_only_when_the_act_is_sure():
    # police and protesters are political actors (the news guidelines); the event model, not
    # the dictionary, decides whether the act happened
    [(event, _)] = events_of("Police arrested dozens of protesters.")
    assert (event.plover, event.source.code) == ("COERCE", "COP")
    assert "protesters" in event.target.text


def test_a_role_placed_in_a_town_is_that_country_s_role():
    [(event, _)] = events_of("The police in Kano arrested eight student leaders.")
    assert event.source.code == "NGACOP"


@pytest.mark.parametrize("det", ["an ", ""])
def test_a_role_placed_in_a_town_is_that_country_s_role_as_a_target(det):
    # not the town: "an opposition activist in Kano" is a Nigerian activist, whoever holds him
    [(event, _)] = events_of(f"Soldiers arrested {det}opposition activist in Kano on Sunday.")
    assert event.target.code == "NGAOPP" and "activist" in event.target.text


def test_the_second_of_two_sides_of_a_mutual_act_is_its_target():
    [(event, _)] = events_of("Chile and Argentina signed a fisheries deal.")
    assert (event.source.code, event.target.code) == ("CHL", "ARG")
    [(joint, _)] = events_of("France and Germany condemned the attack.")
    assert joint.target is None or joint.target.code != "DEU"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Poland rejected a request from Germany to open its airspace to Qatar.", "DEU"),
        ("Brazil dismissed a proposal by Argentina on trade with Chile.", "ARG"),
        ("Sweden rejected every offer made by Norway to settle the dispute with Finland.", "NOR"),
        ("Japan welcomed China's decision to lift the ban on imports from Korea.", "CHN"),
    ],
)
def test_an_act_answering_a_proposal_is_done_to_its_owner(text, target):
    event = next(e for e, _ in events_of(text) if e.plover in ("REJECT", "SUPPORT"))
    assert event.target.code == target


def test_the_doer_s_own_proposal_names_no_target():
    event = next(e for e, _ in events_of("Iran reiterated its demand that Britain free the ship."))
    assert event.target is None or event.target.code != "IRN"


def test_each_coordinated_target_gets_its_own_event():
    found = events_of("Canada lifted the sanctions it had imposed on Chile and Peru.")
    targets = {e.target.code for e, t in found if t == "lifted"}
    assert targets == {"CHL", "PER"}
    # joint doers stay one event
    joint = [e for e, t in events_of("France and Germany condemned the attack on Mali.")
             if t == "condemned"]  # fmt: skip
    assert [e.target.code for e in joint] == ["MLI"]


def test_a_counterpart_is_the_government_of_its_country():
    found = events_of("Poland's defence minister met his Turkish counterpart in Ankara.")
    assert any(e.target is not None and e.target.code == "TURGOV" for e, _ in found)


def test_an_object_pronoun_is_not_the_subject_of_its_clause():
    found = events_of("Aung Min was freed after President Thein Sein pardoned him on Friday.")
    [event] = [e for e, t in found if t == "pardoned"]
    assert (event.source.name, event.target.name) == ("Thein Sein", "Aung Min")


def test_a_group_word_names_the_group_it_modifies():
    [event] = [e for e, t in events_of("Austria condemned Hindu leaders.")]
    assert event.target.text == "Hindu leaders" and event.target.code is None


def test_of_uncoded_names_the_one_heading_the_phrase_is_the_target():
    found = events_of("Norway opened an inquiry into the Smallville-based Zorblat Shipping Ltd.")
    [event] = [e for e, t in found if t == "opened"]
    assert "Zorblat" in event.target.text


def test_a_person_coded_as_the_doer_is_still_somebody_else():
    # both are FRAGOV while Fillon is prime minister
    text = "France's president lifted restrictions imposed on Francois Fillon."
    found = events_of(text, date(2009, 6, 1))
    [event] = [e for e, t in found if t == "lifted"]
    assert event.target is not None and event.target.name == "Francois Fillon"


def test_a_country_the_model_tags_as_an_organisation_owns_a_role():
    found = events_of("A Maldives tribunal ordered the arrest of the former minister.")
    [event] = [e for e, t in found if t == "ordered"]
    assert (event.source.text, event.source.code) == ("Maldives tribunal", "MDVJUD")


def test_a_quantifier_heads_a_phrase_that_names_the_target():
    found = events_of("Chile decided to relax some of its limits on trade with Peru.")
    [event] = [e for e, t in found if t == "relax"]
    assert event.target is not None and event.target.code == "PER"


def test_a_country_adjective_owns_a_role_whatever_the_model_tags_it():
    # an MEP is a legislator, whatever the model tags "Latvian MEP" as
    found = events_of("A Latvian MEP demanded new rules for Belarusian migrants.")
    [event] = [e for e, t in found if t == "demanded"]
    assert event.source.code == "LVALEG"


@pytest.mark.usefixtures("unchecked_patterns")
def test_the_subject_of_an_infinitive_the_act_governs_is_its_target():
    found = events_of("Sudan said it would allow UNICEF staff to enter Darfur.")
    [event] = [e for e, t in found if t == "allow"]
    assert event.target is not None and event.target.code.startswith("IGOUNO")


def test_a_relative_clause_of_a_name_is_that_name_s_act(unchecked_patterns):
    # whose act it is, not whether the model backs it: event_v17 gives this meeting under
    # coder.PATTERN_FLOOR (docs/BENCHMARKS.md, 2026-12-05, an eighth session)
    found = events_of("Biden, who met Trudeau on Friday, criticised China.")
    [met] = [e for e, t in found if t == "met"]
    assert (met.source.code, met.target.code) == ("USAGOV", "CANGOV")
    # but what the doer did does not say who the doer is
    found = events_of(
        "The Arab League, which expelled five Iranian diplomats, closed the consulate."
    )
    [closed] = [e for e, t in found if t == "closed"]
    assert closed.source.text == "Arab League" and not closed.source.code.startswith("IRN")


def test_a_place_inside_the_doer_s_relative_clause_is_not_the_doer():
    # "in Lisbon" is where the envoy's meeting was, not whose envoy she is
    found = events_of("The envoy, who met Angolan ministers in Lisbon on Monday, urged Chad on.")
    [urged] = [e for e, t in found if t == "urged"]
    assert urged.source is None or not urged.source.code.startswith(("PRT", "AGO"))


def test_a_role_noun_a_relative_clause_stands_for_is_its_doer():
    found = events_of("The general, who met Kenyan officers in March, praised Uganda.")
    [met] = [e for e, t in found if t == "met"]
    assert met.source is not None and met.source.text.endswith("general")


def test_a_relative_clause_of_an_apposition_is_the_named_actor_s_act():
    found = events_of("Chile criticised the Blue Front, a militia that shelled Valparaiso in May.")
    [shelled] = [e for e, t in found if t == "shelled"]
    assert shelled.source is not None and shelled.source.text == "Blue Front"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Senator Pike criticised Ann Ruiz's policy on Iran.", "criticised", "Ann Ruiz"),
        ("Chile praised Brazil's aid to Haiti.", "praised", "Brazil"),
    ],
)
def test_whose_plan_or_act_it_is_beats_what_it_is_about(text, trigger, target):
    [event] = [e for e, t in events_of(text) if t == trigger]
    assert event.target is not None and event.target.name == target


def test_the_doer_s_own_plan_is_about_its_counterpart():
    [event] = [e for e, t in events_of("Peru defended its policy on Chile.") if t == "defended"]
    assert event.target is not None and event.target.name == "Chile"


def test_the_owner_of_the_attack_a_passive_names_is_its_doer():
    found = events_of("Three Syrian soldiers were killed in an Israeli air strike near Damascus.")
    [event] = [e for e, t in found if t == "killed"]
    assert (event.source.code, event.target.code) == ("ISR", "SYRMIL")


def test_each_actor_between_two_sides_gets_the_event():
    found = events_of("Egypt brokered a ceasefire between Israel and Hamas.")
    assert {e.target.code[:3] for e, t in found if t == "brokered"} == {"ISR", "PSE"}


def test_the_other_side_of_a_mutual_act_comes_before_its_phrases():
    text = "Saudi Arabia and Iran agreed to restore relations, in a deal brokered by China."
    [event] = [e for e, t in events_of(text) if t == "agreed"]
    assert event.target.code == "IRN"


def test_a_role_with_a_name_we_cannot_code_keeps_the_role():
    found = events_of("Ethiopia and Tigrayan rebels signed a peace deal in Pretoria.")
    [event] = [e for e, t in found if t == "signed"]
    assert (event.target.text, event.target.code) == ("Tigrayan rebels", "REB")


def test_a_title_with_its_country_codes_an_unknown_person():
    found = events_of("Ukraine's president met U.S. Secretary of State Zorblat Krang in Kyiv.")
    [event] = [e for e, t in found if t == "met"]
    assert (event.target.name, event.target.code) == ("Zorblat Krang", "USAGOV")


def test_the_giver_of_what_the_subject_receives_or_faces_does_the_act():
    found = events_of("Venezuela faces strong criticism from the European Union over the election.")
    [event] = [e for e, t in found if t == "faces"]
    assert (event.source.code, event.target.code) == ("IGOEUREEC", "VEN")


@pytest.mark.parametrize(
    "text, verb, doer",
    [
        ("Venezuela came under fierce criticism from the European Union on Monday.", "came",
         "IGOEUREEC"),
        ("The Venezuelan government drew sharp criticism on Monday over the arrests.", "drew",
         None),
    ],
)  # fmt: skip
def test_who_comes_under_or_draws_an_act_is_its_recipient(text, verb, doer):
    # with no giver named, the act has no doer in the sentence: never the subject it targets
    events = [e for e, t in events_of(text) if t == verb]
    assert events, "the act is coded"
    for event in events:
        assert event.target is not None and (event.target.code or "").startswith("VEN")
        assert (event.source.code if event.source else None) == doer


def test_an_untagged_surname_is_the_person_named_before_it():
    # the tagger reads the bare surname as a common noun: the article named her in full before
    text = (
        "Helen Dorsey, a spokeswoman for the ministry, criticised the plan on Monday. "
        "Dorsey later condemned Iran for the blockade."
    )
    [event] = [e for e, t in events_of(text) if t == "condemned"]
    assert (event.source.text, event.source.name) == ("Dorsey", "Helen Dorsey")
    assert event.target is not None and (event.target.code or "").startswith("IRN")


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel criticized Merkel's own government over the delay.",
        "Emmanuel Macron defended Macron's record on pensions.",
    ],
)
def test_no_act_is_done_by_an_actor_to_itself(text):
    # one side was misread: the act stays, without the recipient that repeats its doer
    events = [e for e, _ in events_of(text)]
    assert events
    for event in events:
        assert event.target is None or event.target.name != event.source.name


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Senator Ada Moss invited Russia to dig up the missing files.", "invited"),
        ("Pope Francis encouraged Poland to welcome the refugees.", "encouraged"),
        ("Angela Merkel encouraged Greece to stay in the euro.", "encouraged"),
    ],
)
def test_asking_someone_to_act_is_a_request_whatever_the_verb_does_alone(text, verb):
    # the verb's own reading (support: "encourage" is 051 in the verb table) or the act asked
    # for (an investigation) gives way to the request, and what is asked for did not happen
    found = events_of(text)
    assert [e.plover for e, t in found if t == verb] == ["REQUEST"]
    assert all(t == verb and "request:" in e.rule for e, t in found)


def test_a_noun_act_told_of_is_still_coded():
    # "told" reports; it asks for nothing, so the invasion it tells of stands
    found = events_of("The French minister told reporters about Russia's invasion of Ukraine.")
    assert [(t, e.plover) for e, t in found] == [("invasion", "ASSAULT")]


def test_a_phrasal_verb_is_no_converse_act():
    # "drew up plans": Russia made them; it received nothing
    found = events_of("Russia drew up plans to attack Ukraine.")
    assert all(not (e.target and (e.target.code or "").startswith("RUS")) for e, _ in found)


def test_a_person_with_a_countrys_title_is_that_countrys_and_keeps_the_name():
    for text in (
        "Chile condemned Peru's foreign minister Lucia Varga over the border dispute.",
        "Chile condemned Peru's foreign minister, Lucia Varga, over the dispute.",
    ):
        [(event, _)] = events_of(text)
        assert (event.target.name, event.target.code) == ("Lucia Varga", "PERGOV")


def test_the_object_of_an_order_is_its_target_not_a_place_further_on():
    text = "The Chilean army ordered hundreds of farmers to leave the valley near Arica."
    [(event, _)] = events_of(text)
    assert event.target is not None and event.target.text == "hundreds of farmers"


def test_whom_a_verb_pushes_to_act_does_the_act():
    [(event, trigger)] = events_of("The scandal forced Chile to recall its ambassador from Peru.")
    assert trigger == "recall" and event.source.code == "CHL" and event.target.code == "PER"


def test_a_verb_joined_to_a_passive_shares_its_subject_not_its_agent():
    text = (
        "Anna Novak was hired by a consulting firm in Quito and later criticised the Peruvian"
        " government."
    )
    [(event, trigger)] = events_of(text)
    assert trigger == "criticised" and event.source.name == "Anna Novak"
    assert event.target.code == "PERGOV"


def test_a_pronoun_doer_is_the_salient_person_of_its_gender_not_the_nearest_name():
    text = (
        "Maria Lindqvist arrived in Lima on Monday. Jorge Arce greeted her at the airport."
        " She later accused Chile of spying."
    )
    [(event, trigger)] = events_of(text)
    assert trigger == "accused" and event.source.name == "Maria Lindqvist"


def test_an_apposition_names_its_person_only_when_it_is_that_person():
    [(event, _)] = events_of("Chile condemned Peru's foreign minister, a close ally of Jorge Arce.")
    assert event.target.code == "PERGOV" and event.target.name != "Jorge Arce"


def test_a_thing_used_to_act_does_not_act():
    [(event, trigger)] = events_of("Chile used force to expel the Peruvian diplomats.")
    assert trigger == "expel" and event.source.code == "CHL"


def test_a_verb_joined_to_a_reported_passive_is_the_speakers():
    events = events_of("Ghana says Togolese traders were arrested and closed the border.")
    closed = [e for e, trigger in events if trigger == "closed"]
    assert closed and closed[0].source.code == "GHA"


def test_a_role_takes_a_country_from_a_later_phrase_not_a_medium():
    # "killed 30 people in Mali" are Mali's people; soldiers near a broadcaster are no one's
    [(ev, _)] = events_of("Rebels killed two soldiers near the BBC office.")
    assert ev.target is not None and ev.target.code == "MIL"
    [(ev, _)] = events_of("Rebels killed two soldiers near the Malian border.")
    assert ev.target is not None and ev.target.code == "MLIMIL"


def test_a_participle_on_a_noun_is_done_by_its_by_phrase(unchecked_patterns):
    events = events_of("The tariffs imposed by Canada on Mexico were lifted in May.")
    imposed = [e for e, trigger in events if trigger == "imposed"]
    assert imposed and imposed[0].source.code == "CAN" and imposed[0].target.code == "MEX"


def test_a_gerund_after_a_preposition_is_done_by_the_clauses_doer(unchecked_patterns):
    events = events_of("Chile recalled its envoy after accusing Peru of spying.")
    accusing = [e for e, trigger in events if trigger == "accusing"]
    assert accusing and accusing[0].source.code == "CHL" and accusing[0].target.code == "PER"


def test_what_someone_is_accused_of_doing_is_no_act_of_theirs(unchecked_patterns):
    events = events_of("Chile accused Peru of attacking its border posts.")
    assert [trigger for _, trigger in events] == ["accused"]


def test_a_possessed_noun_is_the_person_its_apposition_names():
    text = (
        "Senator Tom Ash spoke in Lima on Monday. His wife, Jane Roe, who left her post at the"
        " council, condemned Chile."
    )
    [(event, trigger)] = events_of(text)
    assert trigger == "condemned" and event.source.name == "Jane Roe"


def test_a_fronted_apposition_is_not_the_subject():
    # the parser reads "The daughter of Chilean exiles" as a second subject
    text = "The daughter of Chilean exiles, Senator Laura Benson condemned the coup."
    [(event, _)] = events_of(text)
    assert event.source.name == "Laura Benson" and event.source.code == "LEG"


def test_a_target_that_names_the_doer_gives_way_to_the_next_phrase():
    text = "Governor Tom Walsh threw his support behind Senator Ann Cole on Monday."
    [(event, _)] = events_of(text)
    assert event.source.name == "Tom Walsh" and event.target.name == "Ann Cole"


def test_a_person_owned_by_another_person_is_the_target_not_the_owner():
    # dated while the owner held office, so that his name carries a code
    text = "The senator praised Trump's lawyer Michael Cohen."
    [(event, _)] = events_of(text, when=date(2018, 5, 1))
    assert event.target.name == "Michael Cohen"


def test_a_pronoun_speaker_is_the_quotes_speaker_not_a_name_inside_the_quote():
    text = (
        "Mayor Jane Ortiz spoke at the rally on Monday. “Governor Maria Lopez is a liar and her"
        " budget is a disgrace,” she said."
    )
    [(event, _)] = events_of(text)
    assert event.source.name == "Jane Ortiz" and event.target.name == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Argentina condemned the rebels who shelled a border post in Bolivia.", "rebels"),
        ("The ministry praised the diplomats who flew medicine to Haiti.", "diplomats"),
    ],
)
def test_what_a_relative_clause_acts_on_is_not_the_recipient(text, target):
    [event] = [e for e, t in events_of(text) if t in ("condemned", "praised")]
    assert event.target is not None and event.target.text == target


def test_the_subject_of_a_relative_clause_owns_the_recipient_phrase():
    # guards the exception of the rule above: a rule that dropped every name in a relative
    # clause would lose the owner
    found = events_of("The senator criticised the budget that Mayor Ann Ruiz signed.")
    [event] = [e for e, t in found if t == "criticised"]
    assert event.target is not None and event.target.name == "Ann Ruiz"


def test_who_died_in_an_attack_suffered_it_and_its_owner_did_it():
    found = events_of("Twelve soldiers died in a Peruvian air strike near the border.")
    [event] = [e for e, t in found if t == "died"]
    assert event.source is not None and event.source.code == "PER"
    assert event.target is not None and event.target.text == "Twelve soldiers"


@pytest.mark.parametrize(
    "text",
    [
        "Two medics were killed in a strike south of Beirut.",
        "Two medics were killed in a shelling near Amman, west of the border.",
    ],
)
def test_a_place_around_the_attack_is_not_whose_attack_it_was(text):
    # the attack noun's phrase says where, not whose: the passive has no doer in its sentence
    [event] = [e for e, t in events_of(text) if t == "killed"]
    assert event.source is None or not (event.source.code or "").startswith(("LBN", "JOR"))


def test_who_died_in_an_exchange_of_fire_suffered_it_from_the_other_side():
    found = events_of("Three rebels died in a shootout with Chilean police.")
    [event] = [e for e, t in found if t == "died"]
    assert event.source is not None and event.source.code == "CHLCOP"
    assert event.target is not None and event.target.text == "Three rebels"


def test_whose_attack_it_was_does_not_give_its_victims_a_country():
    found = events_of("Twelve soldiers were killed in a Peruvian air strike near the border.")
    [event] = [e for e, t in found if t == "killed"]
    assert event.target is not None and event.target.code != "PERMIL"
    # a place does: "in northern Chad" makes the villagers Chad's
    found = events_of("Rebels killed 30 villagers in a raid in northern Chad.")
    [event] = [e for e, t in found if t == "killed"]
    assert event.target is not None and event.target.code == "TCDCVL"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, speaking at a rally in Dayton, Ohio, criticized the governor.",
        "Officials visiting Kenya signed the accord with Uganda.",
    ],
)
def test_a_place_in_what_the_doer_was_doing_is_not_the_doer(text):
    # the participle clause tells where the doer was, not who the doer is (a visit it tells
    # is an event of its own)
    [event] = [e for e, t in events_of(text) if t in ("criticized", "signed")]
    assert event.source is not None
    assert event.source.code not in ("USA", "KEN") and event.source.text in ("mayor", "Officials")


def test_people_taken_to_a_country_are_not_of_that_country():
    [(event, _)] = events_of("The police deported three migrants to Ghana on Monday.")
    assert "migrants" in event.target.text and not event.target.code.startswith("GHA")


def test_the_verb_that_carries_an_act_noun_lends_its_subject():
    # a counting noun between the verb and the act ("a wave of arrests") and an ongoing act in
    # an "in" phrase ("is in talks with") carry the act as the object of a support verb does
    found = events_of("Last spring the cabinet unveiled a wave of sanctions against Belarus.")
    sanction = [e for e, _ in found if e.plover == "SANCTION"]
    assert sanction and sanction[0].source is not None and "cabinet" in sanction[0].source.text
    found = events_of("Peru, which is in negotiations with Ecuador and Chile, seeks a deal.")
    talks = {e.target.code for e, _ in found if e.plover == "CONSULT" and e.source is not None
             and e.source.code == "PER"}  # fmt: skip
    assert talks == {"ECU", "CHL"}, found


def test_whose_words_drew_criticism_is_its_target():
    found = [e for e, _ in events_of("The mayor's remarks on housing drew criticism from Madrid.")]
    assert found and all(e.target is not None and "mayor" in e.target.text for e in found), found


def test_a_place_in_a_relative_clause_of_a_role_object_is_not_the_recipient():
    # "to Rwanda" hangs on "arrived": where the asylum seekers came, not whom the act is done to
    text = (
        "The Danish government plans to deport asylum seekers who arrived in Denmark by boat "
        "to Rwanda."
    )
    [ev] = [e for e, t in events_of(text) if t == "deport"]
    assert ev.target is not None and ev.target.code == "REF", ev


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # people named by whom they oppose are not that person: "his critics" are not Obama
        ("President Obama was attacked by his critics on Monday.", "his critics", "Obama"),
        ("President Obama attacked his critics on Monday.", "Obama", "his critics"),
        ("Some of Obama's rivals attacked President Obama on Monday.", "Some of Obama's rivals",
         "Obama"),
        # an apposition still names the one of them who acted
        ("One of Obama's rivals, Senator John McCain, attacked the president on Monday.",
         "John McCain", "the president"),
    ],
)  # fmt: skip
def test_rivals_and_critics_of_someone_are_not_that_someone(text, source, target):
    [event] = [e for e, t in events_of(text, date(2012, 3, 5)) if t == "attacked"]
    assert (event.source.text, event.target.text) == (source, target)
    assert event.source.name != event.target.name


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian government thanked Peru for supporting Ecuador.",
        "Chile mocked Peru for praising Bolivia.",
    ],
)
def test_what_someone_is_praised_or_mocked_for_doing_is_their_own_act(text, unchecked_patterns):
    # the judgement presumes the act: its doer is the object judged, not no one
    events = events_of(text)
    gerunds = [e for e, trigger in events if trigger.endswith("ing")]
    assert gerunds and gerunds[0].source is not None and gerunds[0].source.code == "PER"


def test_a_for_phrase_the_parser_hung_on_a_passive_agent_is_no_doer():
    # the parser hangs "for her plan" on "unions": it says why, and "her" is the one rebuked
    events = events_of("Mayor Ada Lind was rebuked by unions for her plan.")
    assert not any(e.source is not None and e.source.name == "Ada Lind" for e, _ in events)


def test_a_for_phrase_on_a_passive_agent_that_names_a_side_is_whose():
    [(event, _)] = events_of("Joe Biden was criticized by a spokesman for the Chinese government.")
    assert event.source is not None and event.source.code == "CHNGOV"


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Peru had talks.",
        "A meeting between Norway and Peru took place in Lima.",
    ],
)
def test_the_other_side_of_a_meeting_named_by_a_noun_is_its_partner(text):
    [(event, _)] = events_of(text)
    assert event.plover == "CONSULT"
    assert (event.source.code, event.target.code) == ("NOR", "PER")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # the main act answers what the clause tells: its subject is the one punished
        ("The European Union imposed sanctions on Russia after it invaded Ukraine.", "invaded",
         "RUS"),
        ("The Chilean government expelled three Peruvian diplomats after they criticized the"
         " army.", "criticized", "PER"),
        # an act that answers nothing: the clause tells the doer's own earlier act
        ("Russia invaded Ukraine after it massed troops on the border.", "massed", "RUS"),
    ],
)  # fmt: skip
def test_the_subject_of_what_an_act_answers_is_the_one_it_is_done_to(text, trigger, doer):
    events = [e for e, t in events_of(text) if t == trigger]
    assert events and events[0].source is not None and events[0].source.code == doer


@pytest.mark.parametrize(
    "text, doer",
    [
        ("Critics accused the governor of hiding the audit.", "Critics"),
        ("Some accused the prime minister of lying to parliament.", "Some"),
        ("The senator was rebuked by opponents for the remark.", "opponents"),
        ("Many blamed Portugal for the collapse of the talks.", "Many"),
    ],
)
def test_people_named_by_their_stance_are_the_doer(text, doer):
    # no sector code fits "critics" or "some", yet the act is theirs, uncoded
    [(event, _)] = events_of(text)
    assert event.plover == "ACCUSE"
    assert event.source is not None and event.source.text == doer and event.source.code is None


def test_a_stance_noun_names_no_doer_of_an_act_on_no_one_we_know():
    # uncoded on both sides: as with any uncoded doer, only an act the model is sure of
    events = events_of("Many attended the rally on Sunday.")
    assert not any(e.source is not None and e.source.text == "Many" for e, _ in events)


@pytest.mark.parametrize(
    "text, trigger, doer, code",
    [
        (
            "A small group of lawmakers urged the governor to sign the bill.",
            "urged",
            "lawmakers",
            "LEG",
        ),
        (
            "Dozens of soldiers detained a journalist near the border.",
            "detained",
            "soldiers",
            "MIL",
        ),
        ("Two of the senators criticized the treasury secretary.", "criticized", "senators", "LEG"),
        ("Members of the militia shot three farmers near the village.", "shot", "militia", None),
    ],
)
def test_a_collective_head_is_the_role_of_whom_it_counts(text, trigger, doer, code):
    # "group", "dozens", "two of" have no role of their own: the phrase names the role
    # of its "of" object, written whole
    [event] = [e for e, t in events_of(text) if t == trigger]
    assert event.source is not None and event.source.text.endswith(doer)
    assert event.source.text.split()[0].lower() in {"small", "dozens", "two", "members"}
    assert code is None or (event.source.code or "").endswith(code)


@pytest.mark.parametrize(
    "text, trigger, doer, code",
    [
        ("An aide to the governor condemned the city council.", "condemned", "governor", "GOV"),
        ("The leader of the opposition party denounced the budget.", "denounced", "party", "OPP"),
        # a spokeswoman alone speaks for a government; for the rebels, for them
        ("A spokeswoman for the rebels denied the charges on Friday.", "denied", "rebels", "REB"),
    ],
)
def test_a_post_held_for_someone_is_their_side(text, trigger, doer, code):
    # "aide", "chief", "spokeswoman" have no role of their own: the post acts for whom its
    # "to", "of" or "for" phrase names, and the phrase is written whole
    [event] = [e for e, t in events_of(text) if t == trigger]
    assert event.source is not None and event.source.text.endswith(doer)
    assert (event.source.code or "").endswith(code)


def test_a_post_held_for_someone_is_their_side_as_a_target():
    events = events_of("Police arrested the head of the opposition party on Sunday.")
    [event] = [e for e, t in events if t == "arrested"]
    assert event.target is not None and event.target.code == "OPP"
    assert event.target.text == "head of the opposition party"


def test_a_post_with_a_role_of_its_own_keeps_it():
    # a lawyer is a lawyer, whoever she acts for
    [(event, _)] = events_of("A lawyer for the mayor denied the allegations.")
    assert event.source.code == "JUD" and event.source.text == "lawyer"


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("Four guards were killed in a rebel ambush near the mine.", "killed", "REB"),
        ("A police raid killed two students on Friday.", "killed", "COP"),
    ],
)
def test_a_role_word_before_an_act_names_its_doer(text, trigger, code):
    # no one else is named: whose ambush or raid it was is the role word before it
    [event] = [e for e, t in events_of(text) if t == trigger]
    assert event.source is not None and event.source.code == code


def test_a_role_word_that_says_what_kind_of_act_is_no_doer():
    # a criminal inquiry is into crimes, not by criminals
    events = events_of("A criminal investigation into the port contracts began in May.")
    assert all(e.source is None or e.source.code != "CRM" for e, _ in events)


def test_a_collective_object_is_the_role_it_counts():
    events = events_of("Riot police detained hundreds of demonstrators.")
    [event] = [e for e, t in events if t == "detained"]
    assert event.target is not None and event.target.code == "OPP"
    assert event.target.text == "hundreds of demonstrators"


def test_a_count_of_things_names_no_one():
    # "a number of" is left out of the collectives: "the number of refugees" is a figure
    events = events_of("The number of refugees criticized the plan on Monday.")
    assert not any(e.source is not None and "refugees" in e.source.text for e, _ in events)


@pytest.mark.parametrize(
    "text, trigger, doer",
    [
        (
            "The governor has said she vetoed the budget because of its tax rises.",
            "vetoed",
            "governor",
        ),
        ("The senator said he opposed the farm bill.", "opposed", "senator"),
    ],
)
def test_a_pronoun_that_reports_a_roles_own_act_is_that_role(text, trigger, doer):
    # no name resolves "she": the subject of the verb of saying is who she is, as when the
    # role itself is the subject ("The governor vetoed the budget")
    found = [e for e, _ in events_of(text) if text[e.trigger_start : e.trigger_end] == trigger]
    assert found and found[0].source is not None and doer in found[0].source.text


def test_a_pronoun_of_another_number_is_not_the_reporting_subject():
    from crosswire.events.referents import reporter_subjects
    from crosswire.nlp.model import load_nlp

    doc = load_nlp()("The senators said he opposed the bill.")
    he = next(t for t in doc if t.lower_ == "he")

    class NoQuotes:
        @staticmethod
        def quote_at(_pos):
            return None

    assert reporter_subjects(he, 0, NoQuotes()) == []
    they = load_nlp()("The senators said they opposed the bill.")
    found = reporter_subjects(next(t for t in they if t.lower_ == "they"), 0, NoQuotes())
    assert [t.text for t in found] == ["senators"]

"""Acts whose content is another act (agree/refuse/threaten/ask to), refusals under "not", and
acts declared by naming them; the governor table itself."""

import pytest

from crosswire.errors import DataError
from crosswire.events.embedding import KIND_ROOT, load_embedding, parse_embedding
from tests.helpers import events_of

pytestmark = pytest.mark.slow


def _happened(text):
    """(plover, trigger, source code, target code) of the events that are said to happen."""
    return [
        (e.plover, t, e.source.code, e.target.code if e.target else None)
        for e, t in events_of(text)
        if e.modality not in ("negated", "denied")
    ]


def test_an_agreement_to_act_is_coded_once_as_the_agreement():
    found = _happened("Japan agreed to lift its sanctions on Iran.")
    assert [(p, t) for p, t, _, _ in found] == [("AGREE", "agreed")]
    assert found[0][2].startswith("JPN") and (found[0][3] or "").startswith("IRN")


@pytest.mark.parametrize(
    ("text", "root", "trigger"),
    [
        ("Canada is willing to withdraw its soldiers from Mali.", "AGREE", "withdraw"),
        ("Canada is ready to send troops to Latvia.", "AGREE", "send"),
    ],
)
def test_an_uncoded_governor_takes_the_root_of_its_kind(text, root, trigger):
    [(event, found)] = events_of(text)
    assert (event.plover, found) == (root, trigger)
    assert event.cameo.startswith("03")
    assert event.rule.startswith("intend:")
    assert event.source.code is not None  # the doer is the subject of "is"


def test_a_refusal_is_one_event_with_the_complements_object_as_target():
    [(event, _)] = events_of("On Monday, Hungary refused to accept refugees from Syria.")
    assert event.plover == "REJECT" and event.cameo.startswith("12")
    assert event.modality == "asserted"
    assert event.source.code == "HUN"
    assert "refugees" in event.target.text
    assert event.date == "2021-10-18"


@pytest.mark.parametrize(
    "text",
    [
        "Israel will not release the Palestinian prisoners.",
        "Bangladesh will not accept any more refugees from Myanmar.",
    ],
)
def test_a_negated_cooperative_act_is_a_refusal(text):
    [(event, _)] = events_of(text)
    assert event.plover == "REJECT" and event.cameo.startswith("12")
    assert event.modality == "asserted"
    # turned into a refusal by the coder, or read as one by the root classifier
    assert event.rule.startswith(("refusal:not>", "model:"))


def test_a_negated_attack_is_no_refusal():
    events = events_of("Russia did not attack Ukrainian troops.")
    assert events and all(e.modality == "negated" and e.plover != "REJECT" for e, _ in events)


@pytest.mark.parametrize(
    ("text", "trigger", "cameo_prefix"),
    [
        ("The Libyan government declared a ceasefire on Friday.", "declared", "087"),
        ("France announced the release of two Iranian prisoners.", "announced", "0841"),
        # no "announce" pattern names these: the noun's verb codes them
        ("Russia announced the expulsion of two Dutch diplomats.", "announced", "161"),
        ("Denmark announced a suspension of military aid to Ruritania.", "announced", "1622"),
    ],
)
def test_a_verb_of_saying_codes_the_act_it_names(text, trigger, cameo_prefix):
    found = [e for e, t in events_of(text) if t == trigger]
    assert found and found[0].cameo.startswith(cameo_prefix)


def test_a_verb_of_saying_without_an_act_is_no_event():
    assert events_of("France announced the news on Friday.") == []
    assert events_of("France declared that the harvest went well.") == []


def test_a_declared_act_is_the_object_not_a_word_inside_it():
    # a suspension of aid is no announcement of aid (pattern "announce aid")
    events = events_of("Norway announced a suspension of aid to Ruritania.")
    assert events and all(e.plover == "SANCTION" for e, _ in events)


def test_an_act_noun_of_no_coded_verb_declares_nothing():
    assert events_of("Denmark announced the opening of a museum in Ruritania.") == []


def test_the_table_gives_every_kind_a_default_code():
    table = load_embedding()
    assert {k for k, _ in table.codes} == set(KIND_ROOT)
    assert "must" in table.obligations
    assert table.code("refuse", "CONCEDE") == table.code("refuse", "YIELD")
    assert table.code("intend", "SOMETHING_ELSE") == table.codes[("intend", "*")]


@pytest.mark.parametrize(
    "rows",
    [
        ["governor\tagree\tdesire"],  # unknown kind
        ["code\tintend\tAID"],  # no CAMEO column
        ["governor\tagree\tintend"],  # no default codes
    ],
)
def test_a_malformed_table_is_a_data_error(rows):
    with pytest.raises(DataError):
        parse_embedding(rows)


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        ("The EU urged Turkey to release the journalists.", "IGOEUREEC", "TUR"),
        ("Turkey says Greece must end its flights over the islands.", "TUR", "GRC"),
        ("Britain demanded that Russia withdraw its troops.", "GBR", "RUS"),
    ],
)
def test_a_request_is_made_by_the_asker_of_the_asked(text, asker, asked):
    [(event, _)] = events_of(text)
    assert event.plover == "REQUEST" and event.cameo.startswith("10")
    assert event.source.code.startswith(asker) and event.target.code.startswith(asked)


def test_what_someone_says_ought_to_have_been_done_is_no_request():
    # "must end" above is a demand; "should have expelled" says what was not done, to no one
    events = events_of("Turkey says Greece should have expelled the two Syrian diplomats.")
    assert not [e for e, t in events if e.plover == "REQUEST" and t == "expelled"]


def test_a_governing_verb_coded_bare_takes_the_detail_of_what_it_governs():
    [(event, trigger)] = events_of("Japan agreed to provide aid to Nepal.")
    assert (trigger, event.plover, event.cameo) == ("agreed", "AGREE", "033")
    assert "+intend:" in event.rule


def test_a_negation_the_model_reads_as_refusal_is_asserted_but_not_reject():
    [(event, _)] = events_of("Austria says it will not accept returned migrants.")
    assert (event.plover, event.modality) == ("REJECT", "asserted")
    [(event, _)] = events_of("Hungary did not reject the proposal from Austria.")
    assert (event.plover, event.modality) == ("REJECT", "negated")


@pytest.mark.parametrize(
    "text",
    [
        "The Malian president announced a two-week cease-fire with the rebels.",
        "The Malian president announced a two-week ceasefire with the rebels.",
    ],
)
def test_a_hyphenated_act_is_spelt_as_the_patterns_spell_it(text):
    [(event, _)] = events_of(text)
    assert event.cameo == "0871"


def test_an_intent_to_work_with_someone_is_toward_them():
    # "work" codes nothing of its own: whom it would be done with is the intent's recipient
    [(event, trigger)] = events_of("The minister pledged to work with the farmers unions.")
    assert (event.plover, trigger) == ("AGREE", "pledged")
    assert event.target is not None and event.target.text.endswith("unions")


def test_what_an_intent_would_be_done_to_is_not_its_recipient():
    # "continue the war": the war is no one the promise is made to
    events = events_of("The rebels vowed to continue the war.")
    assert all(e.target is None or "war" not in e.target.text for e, _ in events)


def test_an_act_in_a_that_clause_of_intent_is_not_coded_on_its_own():
    [(event, trigger)] = events_of("Iran threatened that it would close the Strait of Hormuz.")
    assert trigger == "threatened" and event.plover == "THREATEN"


def test_a_past_act_in_a_that_clause_is_no_intent():
    events = events_of("Ukraine agreed that Russia had attacked its ports.")
    assert any(e.plover == "ASSAULT" for e, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "The White House never offered Ruritania the post.",  # a past fact
        "France could not guarantee Ruritania any aid.",  # an inability
    ],
)
def test_a_negated_fact_or_inability_is_no_refusal(text):
    assert not [e for e, _ in events_of(text) if e.plover == "REJECT"]

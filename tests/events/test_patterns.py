import pytest

from crosswire.events.ontology import load_ontology
from crosswire.events.patterns import MAX_GAP, VerbPattern, index_rows, load_verb_patterns


@pytest.fixture(scope="module")
def pats():
    return load_verb_patterns()


@pytest.mark.parametrize(
    ("verb", "clause", "code"),
    [
        ("expel", ["five", "iranian", "diplomat"], "161"),  # README fix (plural gave 174)
        ("expel", ["a", "diplomat"], "161"),
        ("oust", ["two", "diplomat"], "161"),  # the fix holds for the whole PETRARCH block
        ("charge", ["espionage"], "1125"),  # README fix (gave 1122)
        ("accuse", ["them", "of", "espionage"], "1125"),
        ("close", ["its", "office"], "161"),  # README fix (gave 160)
        ("close", ["the", "embassy"], "161"),
        ("shut", ["its", "office"], "161"),  # as "close" (SHUT gave 160)
        ("shut", ["the", "consular", "mission"], "161"),
        ("garner", ["little", "attention"], "010"),  # winning notice: no mobilisation (gave 150)
        ("mourn", ["the", "minister"], "017"),  # a symbolic act, as "mourn the dead" (gave 110)
        ("explore", ["other", "option"], "010"),  # considering, no inquiry (gave 090)
        ("handcuff", ["the", "mayor"], "173"),  # an arrest (no PETRARCH row)
        ("punch", ["a", "reporter"], "182"),  # physical assault (no PETRARCH row)
        ("shell out", ["a", "million", "dollar"], "010"),  # paying, not shelling (gave 190)
        ("seize", ["on", "the", "remark"], "010"),  # making use of it (gave 171)
        ("study", ["for", "a", "degree"], "010"),  # no inquiry (gave 090)
        ("research", ["how", "voter", "decide"], "010"),
        ("settle", ["in", "the", "valley"], "010"),  # moving somewhere concedes nothing (080)
        ("settle on", ["a", "name"], "010"),  # choosing (gave 080)
        ("settle", ["the", "dispute"], "039"),  # its phrases keep their codes
        ("suspend", ["diplomatic", "relation"], "161"),  # README: SUSPEND had no code
        ("suspend", ["its", "consular", "mission"], "161"),
        ("suspend", ["economic", "cooperation"], "160"),
        ("suspend", ["military", "aid"], "1622"),
        ("suspend", ["aid"], "162"),
        ("break", ["off", "relation"], "161"),  # phrasal verb given by its first word
        ("break off", ["relation"], "161"),
        # PLOVER SUPPORT: "ratify, sign, or finalize an agreement" (gave 030/032/050)
        ("reach", ["an", "agreement"], "057"),
        ("clinch", ["the", "deal"], "057"),
        ("agree", ["on", "a", "deal"], "057"),
        ("agree", ["to", "peace", "treaty"], "037"),  # a promise to settle stays AGREE
        # PLOVER ACCUSE: "sue, indict, or charge; bring to trial"; CAMEO 116 find guilty
        # (PETRARCH gave 173, COERCE arrest)
        ("sue", ["the", "government", "for", "damage"], "115"),
        ("indict", ["the", "minister"], "1121"),
        ("put", ["him", "on", "trial"], "1121"),
        ("find", ["the", "regime", "guilty"], "116"),
        ("convict", ["three", "men"], "116"),
        ("jail", ["three", "men"], "173"),  # imprisonment stays COERCE arrest
        # CAMEO 0863 allow humanitarian aid (RETREAT), 075 grant asylum (AID)
        ("allow", ["humanitarian", "aid", "into", "the", "region"], "0863"),
        ("accept", ["1,141", "iraqi", "refugee"], "075"),
        ("open", ["its", "border", "to", "refugee"], "075"),
        ("lift", ["economic", "sanction"], "085"),  # done, not intended (gave 0351)
        # a bare warning states a danger; a threat names what follows (gave 130 for both)
        ("warn", ["that", "the", "harvest", "may", "fail"], "010"),
        ("warn", ["them", "of", "consequence"], "130"),
    ],
)
def test_specific_patterns(pats, verb, clause, code):
    assert pats.match(verb, clause).code == code


@pytest.mark.parametrize(
    ("verb", "code"),
    [
        ("accuse", "112"),
        ("deny", "016"),
        ("criticize", "111"),
        ("condemn", "111"),
        ("threaten", "130"),
        ("protest", "140"),
        ("attack", "190"),
        ("annex", "192"),
        ("sanction", "163"),
        ("meet", "040"),
        ("expel", "174"),
        ("suspend", "160"),
    ],
)
def test_bare_verb_defaults(pats, verb, code):
    assert pats.match(verb, ["the", "unrelated", "thing"]).code == code


def test_specific_beats_bare(pats):
    assert pats.match("expel", ["diplomat"]).words == ("diplomat",)
    assert pats.match("expel", ["protesters", "and", "journalists"]).words == ()
    first = pats.for_verb("expel")
    assert [len(p.words) for p in first] == sorted((len(p.words) for p in first), reverse=True)


def test_gap_limit():
    pats = index_rows(["close\tembassy\t161\tt", "close\t\t160\tt"])
    near = ["x"] * MAX_GAP + ["embassy"]
    far = ["x"] * (MAX_GAP + 1) + ["embassy"]
    assert pats.match("close", near).code == "161"
    assert pats.match("close", far).code == "160"


def test_words_in_order():
    pats = index_rows(["accuse\tof espionage\t1125\tt"])
    assert pats.match("accuse", ["of", "espionage"]) is not None
    assert pats.match("accuse", ["espionage", "of"]) is None


def test_the_most_specific_accepted_pattern_wins_whatever_word_opens_it():
    # a match tries only the patterns whose first word its clause holds, in the same order
    pats = index_rows(["meet\tleader\t041\tt", "meet\t\t042\tt", "meet\twith leader\t040\tt"])
    clause = ["with", "the", "leader"]
    assert pats.match("meet", clause).code == "040"
    assert pats.match("meet", clause, lambda p: p.code != "040").code == "041"
    assert pats.match("meet", clause, lambda p: not p.words).code == "042"
    assert pats.match("meet", ["the", "press"]).code == "042"


def test_unknown_verb(pats):
    assert pats.match("zzzz", ["diplomat"]) is None
    assert pats.for_verb("zzzz") == ()


def test_all_codes_valid_and_lemmas_lowercase(pats):
    onto = load_ontology()
    for verb in list(pats.verbs())[:3000]:
        for p in pats.for_verb(verb):
            assert isinstance(p, VerbPattern)
            assert onto.is_valid(p.code), p
            assert p.verb == p.verb.lower() and all(w == w.lower() for w in p.words)


def test_loaded_once():
    assert load_verb_patterns() is load_verb_patterns()


def test_the_rule_an_event_records_gives_back_its_pattern():
    from crosswire.events.patterns import VerbPattern, rule_of, rule_parts

    pattern = VerbPattern("break off", ("relation",), "161", "ours")
    assert rule_parts(rule_of(pattern)) == ("break off", ("relation",))
    assert rule_parts(f"nominal:rupture>{rule_of(pattern)}") == ("break off", ("relation",))
    assert rule_parts(rule_of(VerbPattern("recall", (), "161", "ours"))) == ("recall", ())
    assert rule_parts("model:event_v8") == ("", ())

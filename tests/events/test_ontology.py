from pathlib import Path

import pytest

from crosswire.errors import DataError
from crosswire.events.ontology import PloverMapping, load_ontology, quad_class

GDELT = (
    Path(__file__).resolve().parents[3] / "shared" / "reference" / "gdelt" / "cameoCodeTable.tsv"
)


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


@pytest.mark.parametrize(
    ("code", "quad"),
    [
        ("010", 1),
        ("057", 1),
        ("0631", 2),
        ("087", 2),
        ("112", 3),
        ("1125", 3),
        ("140", 4),
        ("161", 4),
        ("192", 4),
        ("2042", 4),
    ],
)
def test_quad_classes(onto, code, quad):
    assert quad_class(code) == quad
    if onto.is_valid(code):
        assert onto.cameo(code).quad == quad


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [("010", 0.0), ("0231", 3.4), ("112", -2.0), ("161", -4.0), ("190", -10.0)],
)
def test_goldstein(onto, code, goldstein):
    assert onto.cameo(code).goldstein == goldstein


@pytest.mark.shared
@pytest.mark.skipif(not GDELT.exists(), reason="needs ../shared/reference")
def test_goldstein_matches_gdelt_table(onto):
    for line in GDELT.read_text("utf-8").splitlines()[1:]:
        code, _, score = line.split("\t")[:3]
        assert onto.cameo(code).goldstein == float(score), code


@pytest.mark.parametrize(
    ("code", "name"),
    [("016", "Deny responsibility"), ("018", "Make empathetic comment"), ("019", "Express accord")],
)
def test_cameo_1_1b3_names(onto, code, name):
    assert onto.cameo(code).name == name


def test_codes_keep_leading_zeros(onto):
    assert "0231" in onto.codes() and "231" not in onto.codes()
    assert onto.is_valid("1011")  # CAMEO 1.1b3 code GDELT's table lacks, added from PLOVER's


@pytest.mark.parametrize("code", ["999", "231", "", "ABC"])
def test_unknown_code(onto, code):
    assert not onto.is_valid(code)
    with pytest.raises(DataError):
        onto.cameo(code)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("1125", PloverMapping("ACCUSE", "allege", "legal")),
        ("161", PloverMapping("SANCTION", "withdraw", "diplomatic")),
        ("163", PloverMapping("SANCTION", "discontinue", "economic")),  # manual, not CAMEO2PLOVER
        ("016", PloverMapping("REJECT", "", "")),
        ("055", PloverMapping("CONCEDE", "", "")),  # an apology concedes (news guidelines)
        ("010", PloverMapping("", "", "")),  # PLOVER drops CAMEO 01
        ("0213", PloverMapping("", "", "")),  # parent 02 (dropped)
        ("1126", PloverMapping("ACCUSE", "disapprove", "")),  # parent 112
    ],
)
def test_plover_mapping(onto, code, expected):
    assert onto.plover(code) == expected


@pytest.mark.parametrize(
    ("event", "mode", "score"),
    [
        ("SANCTION", "", -6.0),
        ("AID", "", 10.0),
        ("ACCUSE", "", -3.0),
        ("ACCUSE", "allege", -3.5),
        ("CONSULT", "visit", 4.0),
        ("CONSULT", "nonsense", 2.5),
    ],
)
def test_plover_scores(onto, event, mode, score):
    assert onto.plover_score(event, mode) == score


def test_plover_score_unknown(onto):
    with pytest.raises(DataError):
        onto.plover_score("DANCE")


def test_every_mapped_event_has_a_score(onto):
    for code in onto.codes():
        event = onto.plover(code).event
        if event:
            assert isinstance(onto.plover_score(event), float)


def test_loaded_once():
    assert load_ontology() is load_ontology()

"""Entities resolved to actors within an article (sentences written for these tests)."""

from tests.helpers import read_text


def _by_text(doc, text):
    return [e for e in doc.entities if e.text == text]


def test_short_names_take_the_full_name_and_its_code():
    doc = read_text("Russian Foreign Minister Sergey Lavrov spoke in Geneva. Lavrov left later.")
    lavrov = _by_text(doc, "Lavrov")
    assert lavrov and lavrov[0].canonical == "Sergey Lavrov" and lavrov[0].code == "RUSGOV"


def test_an_unknown_person_takes_a_code_from_the_title():
    doc = read_text("NATO spokesperson Maria Testova said the talks would go on.")
    person = _by_text(doc, "Maria Testova")
    assert person and person[0].code == "IGOWSTNAT"
    assert person[0].canonical == "Maria Testova"


def test_a_former_office_holder_gets_no_government_code():
    doc = read_text("Former Russian Foreign Minister Ivan Testov criticised the plan.")
    assert all(e.code is None for e in doc.entities if e.type == "PERSON")


def test_definite_descriptions_refer_back():
    doc = read_text("NATO met in Brussels on Monday. The alliance said it would meet again.")
    alliance = [e for e in doc.entities if e.text.lower() == "the alliance"]
    assert alliance and alliance[0].canonical == "NATO" and alliance[0].code == "IGOWSTNAT"


def test_a_description_with_no_antecedent_is_not_an_entity():
    doc = read_text("The alliance said it would meet again.")
    assert not [e for e in doc.entities if e.text.lower() == "the alliance"]


def test_offsets_point_at_the_text():
    text = "The Kremlin said Moscow would respond to Washington."
    doc = read_text(text)
    assert doc.entities
    for e in doc.entities:
        assert text[e.start : e.end] == e.text

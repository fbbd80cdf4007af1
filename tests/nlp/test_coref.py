"""Pronoun resolution by salience (crosswire.nlp.coref), on sentences written for these tests."""

import pytest

from crosswire.nlp.coref import Salience, first_names, quote_speakers
from crosswire.nlp.model import load_nlp
from crosswire.types import Entity, Quote


def _setup(text, names):
    """One paragraph, with an entity for each (surface, type) in ``names``."""
    doc = load_nlp()(text)
    ents, at = [], 0
    for surface, kind in names:
        start = text.index(surface, at)
        ents.append(Entity(start, start + len(surface), surface, kind, canonical=surface))
        at = start + len(surface)
    return [(0, doc)], ents, doc


def _resolve(text, names, pronoun, nth=0):
    paras, ents, doc = _setup(text, names)
    tok = [t for t in doc if t.lower_ == pronoun][nth]
    found = Salience(paras, ents).resolve(tok, 0)
    return found.canonical if found else None


def test_the_subject_beats_a_later_object():
    text = "Marta Lind met Paul Oster in Vienna. Later she flew home."
    names = [("Marta Lind", "PERSON"), ("Paul Oster", "PERSON")]
    assert _resolve(text, names, "she") == "Marta Lind"  # the nearest name would be Oster


def test_a_pronoun_takes_a_referent_of_its_kind():
    text = "Oskar Brandt criticised Norway on Monday. It rejected the complaint."
    names = [("Oskar Brandt", "PERSON"), ("Norway", "GPE")]
    assert _resolve(text, names, "it") == "Norway"


@pytest.mark.parametrize(
    "sentence",
    [
        "The aide said it is time to leave the talks.",
        "The aide said it was a shame that they left.",
    ],
)
def test_an_it_that_judges_the_clause_after_it_stands_for_nothing_named(sentence):
    text = f"Norway hosted the talks on Monday. {sentence}"
    assert _resolve(text, [("Norway", "GPE")], "it") is None


def test_an_it_that_is_a_thing_named_stays_resolved():
    text = "Norway hosted the talks on Monday. The aide said it was the first country to sign."
    assert _resolve(text, [("Norway", "GPE")], "it") == "Norway"


def test_an_object_pronoun_is_not_its_own_clause_subject():
    text = "Ada Morel spoke first. Then Ivo Sand thanked her."
    names = [("Ada Morel", "PERSON"), ("Ivo Sand", "PERSON")]
    assert _resolve(text, names, "her") == "Ada Morel"


def test_repeated_mentions_outweigh_one_recent_one():
    text = (
        "Lars Kovac opened the summit. Lars Kovac then spoke about trade. "
        "A reporter asked Tomas Berg about tariffs. Later he left the hall."
    )
    names = [
        ("Lars Kovac", "PERSON"),
        ("Lars Kovac", "PERSON"),
        ("Tomas Berg", "PERSON"),
    ]
    # the same kind ("he" is a person): Kovac was the subject twice, Berg once an object
    assert _resolve(text, names, "he") == "Lars Kovac"


def test_a_name_in_apposition_to_the_subject_is_the_subject():
    text = (
        "Lars Kovac opened the summit. Lars Kovac spoke about trade. "
        "Kovac's deputy, Tomas Berg, met the unions. Later he left the hall."
    )
    names = [
        ("Lars Kovac", "PERSON"),
        ("Lars Kovac", "PERSON"),
        ("Kovac", "PERSON"),
        ("Tomas Berg", "PERSON"),
    ]
    # Berg is who met the unions, though only Kovac's deputy is the parser's subject
    assert _resolve(text, names, "he") == "Tomas Berg"


def test_the_subject_before_outweighs_a_person_named_before_and_since():
    text = "Lars Kovac spoke about trade. Tomas Berg then thanked Kovac. He pledged new tariffs."
    paras, ents, doc = _setup(
        text, [("Lars Kovac", "PERSON"), ("Tomas Berg", "PERSON"), ("Kovac", "PERSON")]
    )
    ents[2] = Entity(ents[2].start, ents[2].end, "Kovac", "PERSON", canonical="Lars Kovac")
    he = next(t for t in doc if t.lower_ == "he")
    # Kovac, a subject two sentences back and an object one back, against Berg, the subject
    # of the sentence before: each sentence back keeps 0.4 of a mention's weight, not half
    assert Salience(paras, ents).resolve(he, 0).canonical == "Tomas Berg"


def test_nothing_in_reach_gives_no_antecedent():
    text = "Rain fell all day. It stopped at dusk."
    assert _resolve(text, [], "it") is None


def test_sentences_inside_quotation_marks_are_no_distance():
    text = (
        'Lars Kovac spoke first: "We came early. We waited. We asked twice. '
        'Nobody answered. Nobody called." Later he left the hall.'
    )
    paras, ents, doc = _setup(text, [("Lars Kovac", "PERSON")])
    tok = next(t for t in doc if t.lower_ == "he")
    quoted = [(text.index('"') + 1, text.rindex('"'))]
    assert Salience(paras, ents).resolve(tok, 0) is None  # five sentences back: out of reach
    assert Salience(paras, ents, quoted).resolve(tok, 0).canonical == "Lars Kovac"


def test_a_pronoun_in_a_direct_quote_is_not_its_speaker():
    text = (
        "Dirk Haller met Tomas Berg on Monday. Dirk Haller spoke after the meeting. "
        '"He has broken every promise," Haller said.'
    )
    names = [("Dirk Haller", "PERSON"), ("Tomas Berg", "PERSON"), ("Dirk Haller", "PERSON")]
    paras, ents, doc = _setup(text, names)
    tok = next(t for t in doc if t.text == "He")
    start = text.index('"') + 1
    end = text.index('"', start)
    quote = Quote(start, end, text[start:end], direct=True, speaker="Dirk Haller")
    # the speaker, twice a subject, would be the most salient man
    assert Salience(paras, ents).resolve(tok, 0).canonical == "Dirk Haller"
    speakers = quote_speakers([quote])
    assert Salience(paras, ents, speakers=speakers).resolve(tok, 0).canonical == "Tomas Berg"


def test_only_a_direct_quote_and_its_words_exclude_the_speaker():
    direct = Quote(10, 40, "x" * 30, direct=True, speaker="Ann Cole", parts=((10, 20), (30, 40)))
    reported = Quote(50, 70, "y" * 20, direct=False, speaker="Ivo Sand")
    unattributed = Quote(80, 90, "z" * 10, direct=True)
    speakers = quote_speakers([direct, reported, unattributed])
    # "he said" between the parts of an interrupted quote may be its speaker; reported speech
    # ("Sand said he would go") is most often about the speaker
    assert speakers == [(10, 20, "Ann Cole"), (30, 40, "Ann Cole")]
    sal = Salience([], [], speakers=speakers)
    assert [sal.speaker_at(p) for p in (9, 10, 25, 39, 55)] == [
        None,
        "Ann Cole",
        None,
        "Ann Cole",
        None,
    ]


def test_a_resolved_pronoun_keeps_its_referent_salient():
    text = "Paul Ryan missed the vote. He visited Ezra Naveh in Haifa, where he met reporters."
    names = [("Paul Ryan", "PERSON"), ("Ezra Naveh", "PERSON")]
    # "He" counts as a mention of Ryan: the object named in this sentence does not outweigh it
    assert _resolve(text, names, "he", nth=1) == "Paul Ryan"


def test_a_given_name_says_the_gender():
    text = "Anna Lind met Peter Oster in Vienna. Later he flew home."
    names = [("Anna Lind", "PERSON"), ("Peter Oster", "PERSON")]
    # Lind, the subject, would be the most salient referent of a pronoun of either gender
    assert _resolve(text, names, "he") == "Peter Oster"
    assert _resolve(text.replace("Later he", "Later she"), names, "she") == "Anna Lind"


def test_a_title_wins_over_the_given_name():
    text = "Mrs. Kim Adams met Peter Oster. Later she flew home."
    names = [("Kim Adams", "PERSON"), ("Peter Oster", "PERSON")]
    assert _resolve(text, names, "she") == "Kim Adams"


def test_first_names_table_has_both_genders_and_no_shared_names():
    names = first_names()
    assert names["Anna"] == "f" and names["Peter"] == "m"
    assert "Jordan" not in names and "Kelly" not in names
    # one gender in one country, the other in another: Andrea Orlando, Jean Castex
    assert not {"Andrea", "Jean", "Nicola", "Joan"} & set(names)


@pytest.mark.parametrize(("man", "woman"), [("Milton Brandt", "Mildred Lind"),
                                            ("Olaf Berg", "Giorgia Lind")])  # fmt: skip
def test_given_names_of_other_generations_and_countries_say_the_gender(man, woman):
    text = f"{man} met {woman} in Vienna. Later she flew home."
    # the subject would be the most salient referent of a pronoun of either gender
    assert _resolve(text, [(man, "PERSON"), (woman, "PERSON")], "she") == woman


def test_an_it_that_stands_for_the_clause_after_it_has_no_referent():
    names = [("Norway", "GPE")]
    text = "Norway sent a note on Monday. It is vital to answer it quickly, officials said."
    assert _resolve(text, names, "it") is None
    assert _resolve("Norway wrote first. It seems that the talks failed.", names, "it") is None
    # a referring "it" before a copula still resolves
    assert _resolve("Norway wrote first. It was angry about the delay.", names, "it") == "Norway"


def test_they_is_a_body_not_one_person():
    text = "Pia Renz met officials of the Dutch Foreign Ministry. They said the talks went well."
    names = [("Pia Renz", "PERSON"), ("Dutch Foreign Ministry", "ORG")]
    assert _resolve(text, names, "they") == "Dutch Foreign Ministry"  # salience gave Renz
    alone = [("Pia Renz", "PERSON")]
    assert _resolve("Pia Renz spoke first. They left at noon.", alone, "they") is None


def test_it_names_no_people():
    # a people or a creed ("Kurdish", "Catholic") is "they", not "it"
    text = "Catholic leaders met Norway's envoy. It wrote a reply."
    names = [("Catholic", "NORP"), ("Norway", "GPE")]
    assert _resolve(text, names, "it") == "Norway"


def test_a_referent_with_no_name_stays_one_referent_through_its_pronouns():
    text = "The union struck on Monday. It marched on Tuesday. Oskar Brandt spoke. It won."
    paras, ents, doc = _setup(text, [("Oskar Brandt", "PERSON")])
    union = Entity(4, 9, "union", "ORG", None, "LAB")  # a body named by a role, no name
    sal = Salience(paras, sorted([union, *ents], key=lambda e: e.start))
    last = [t for t in doc if t.lower_ == "it"][-1]
    found = sal.resolve(last, 0)
    # the first "it" counted for the union, whose mentions outweigh the name in between
    assert found is not None and found.text == "union" and found.canonical is None
    assert sal.mention_at(4, 9) == union
    unchained = Salience(paras, sorted([union, *ents], key=lambda e: e.start), chained=False)
    assert len(unchained.mentions) < len(sal.mentions)  # no pronoun counted

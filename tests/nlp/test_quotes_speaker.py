"""Speakers through coreference (issue 15), on sentences written for these tests."""

import pytest

from crosswire.nlp.model import load_nlp
from crosswire.nlp.quotes import find_quotes
from crosswire.types import Article, Entity, Quote
from eval.score_quotes import entities_from_docs, parse_article


def run(text: str) -> tuple[Article, tuple[Quote, ...]]:
    article = Article(id="t", text=text)
    parsed = parse_article(load_nlp(), article)
    return article, find_quotes(article, parsed, entities_from_docs(parsed))


def only(quotes: tuple[Quote, ...], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.quote]
    assert len(found) == 1, (fragment, quotes)
    return found[0]


def mention_of(text: str, fragment: str) -> str:
    """The words that name the speaker of the one quote of ``text`` holding ``fragment``."""
    article, quotes = run(text)
    q = only(quotes, fragment)
    return article.text[q.speaker_start : q.speaker_end]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the subject of the sentence before beats a nearer name in a reported clause
        (
            "Senator Jerrold Nadler said on Monday that Vladimir Putin had misled the "
            'president.\n\n"It was a disgrace from start to finish," he said.',
            "disgrace from start",
            "Jerrold Nadler",
        ),
        # a title tells "she" from the man the nearest subject names
        (
            "Mrs. Ortega met Mr. Halvorsen in Oslo on Friday. Mr. Halvorsen left early. "
            '"We agreed on nothing at all," she said.',
            "agreed on nothing",
            "Ortega",
        ),
        # the role in an apposition stays with the person it names
        (
            "The union's general secretary, Ada Lindqvist, said the strike would go ahead "
            "on Monday.",
            "strike would go ahead",
            "Ada Lindqvist",
        ),
    ],
)
def test_speaker_through_salience(text, fragment, speaker):
    _, quotes = run(text)
    assert only(quotes, fragment).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Norway expelled two diplomats on Monday. "The decision is final," it said.',
        "Norway expelled two diplomats on Monday. It said the decision was final.",
    ],
)
def test_a_place_is_not_reached_through_a_pronoun(text):
    _, quotes = run(text)
    q = only(quotes, "decision")
    assert q.speaker is None
    assert text[q.speaker_start : q.speaker_end] in ("it", "It")


def test_a_place_speaks_as_the_subject_of_its_cue():
    _, quotes = run("Norway said on Monday that the decision was final.")
    assert only(quotes, "decision").speaker == "Norway"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a country's ministry, an outlet's spokesman: the affiliation is not the speaker
        (
            "Norway's foreign ministry said the two diplomats had been asked to leave.",
            "diplomats had been asked",
            "Norway's foreign ministry",
        ),
        # an indefinite description is no one named before ("a senator" is not Ruiz)
        (
            "Senator Ana Ruiz opened the debate. A Democratic senator said the vote would "
            "be delayed until March.",
            "vote would be delayed",
            "Democratic senator",
        ),
    ],
)
def test_descriptions_keep_their_words(text, fragment, speaker):
    _, quotes = run(text)
    assert only(quotes, fragment).speaker == speaker


def test_a_plural_speaker_is_they():
    text = (
        "Federal officials said the border would reopen on Friday. "
        "They added that the checks would stay in place."
    )
    _, quotes = run(text)
    assert only(quotes, "checks would stay").speaker == "Federal officials"


def test_a_title_and_surname_take_the_full_name():
    from crosswire.nlp.coref import Salience
    from crosswire.nlp.quotes.lexicon import load_lexicon
    from crosswire.nlp.quotes.speaker import Scene, resolve, speaker_head

    text = "Ada Lindqvist chairs the board. Mr. Lindqvist said the vote was close."
    doc = load_nlp()(text)
    ents = [Entity(0, 13, "Ada Lindqvist", "PERSON", "Ada Lindqvist")]  # the tagger's miss
    scene = Scene(text, ents, Salience([(0, doc)], ents), load_lexicon())
    head = speaker_head(next(t for t in doc if t.text == "said"))
    start = text.index("Mr.")
    assert resolve(head, (start, start + len("Mr. Lindqvist")), scene, None).name == (
        "Ada Lindqvist"
    )


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a cue after a preposition climbs to the verb it modifies
        (
            "Ada Lindqvist criticised the plan on Monday before adding that the vote would fail.",
            "vote would fail",
            "Ada Lindqvist",
        ),
        (
            "Tomas Brenner opened the meeting by saying that the budget was too small.",
            "budget was too small",
            "Tomas Brenner",
        ),
        # a relative pronoun names the noun it modifies (its mention stays "who")
        (
            "The talks were led by Ada Lindqvist, who said the vote was close.",
            "vote was close",
            "Ada Lindqvist",
        ),
        # a quote interrupted by an inverted attribution the parser leaves subjectless
        (
            '"The risk," said Tomas Brenner, an economist at the bank, "is that prices '
            'will rise again."',
            "prices will rise",
            "Tomas Brenner",
        ),
        # a subject the parser misread: a compound of "notes" (read as a noun), or an
        # apposition of the place before it
        (
            '"Ask the farmers who lost their crops," Kowalski notes. "They will say the same."',
            "farmers who lost",
            "Kowalski",
        ),
        (
            "At a May town hall in Dayton, Ohio, 58-year-old Maria Lopez also railed against "
            "the new tax on fuel.",
            "new tax on fuel",
            "Maria Lopez",
        ),
    ],
)
def test_speaker_of_participles_and_inverted_cues(text, fragment, speaker):
    _, quotes = run(text)
    assert only(quotes, fragment).speaker == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # climbing through an adjective, and through the noun of "in addition to", "a point of"
        (
            "Maria Keller was not willing to say who would lead the port authority next year.",
            "who would lead",
            "Maria Keller",
        ),
        (
            "In addition to stating that the harbour would close, Tomas Brenner promised new "
            "jobs for the town.",
            "harbour would close",
            "Tomas Brenner",
        ),
        (
            "Tomas Brenner made a point of saying that the harbour would stay open all winter.",
            "stay open all winter",
            "Tomas Brenner",
        ),
        # the agent of a participle is who asked
        (
            "Asked by the mayor to explain the long delay, Maria Keller said the ships were late.",
            "explain the long delay",
            "the mayor",
        ),
        # an attribution after its quotation that the parser took for the cue's object
        (
            '"Better watch out for the new tolls on the bridge," tweeted another.',
            "new tolls",
            "another",
        ),
        # of two subjects, the nearer: the other is a word of the quotation
        (
            '"The people who stood up and said they still back the plan, that is all I ask," '
            "Keller told reporters.",
            "all I ask",
            "Keller",
        ),
    ],
)
def test_speaker_mention_of_hard_parses(text, fragment, mention):
    assert mention_of(text, fragment) == mention


def test_a_continued_quotation_inherits_a_described_speaker_and_its_mention():
    text = (
        '"The port will close in May," said a harbour official, who asked not to be named '
        "because the talks with the ferry company are still private.\n\n"
        "The ferry company was not available.\n\n"
        '"Nobody in the town has been told about it yet, and the boats keep coming."'
    )
    article, quotes = run(text)
    q = only(quotes, "Nobody in the town")
    assert (q.cue, q.speaker) == (None, "harbour official")
    assert article.text[q.speaker_start : q.speaker_end] in ("a harbour official", "who")


def test_a_quotation_continues_an_unresolved_speaker_not_an_earlier_one():
    # "she" has no referent here ("Mr. Brenner" is not she): the continuation is hers, unnamed
    text = (
        '"The tolls are fair and the bridge will stay open for everyone in the town," '
        "Mr. Brenner said on Monday.\n\n"
        '"Plenty of us in the old quarter cannot pay the tolls," she said. '
        '"Shouting at the council will not change that, though, and we all know it."'
    )
    article, quotes = run(text)
    q = only(quotes, "Shouting at the council")
    assert q.speaker is None
    assert article.text[q.speaker_start : q.speaker_end] == "she"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # a participle on a document someone issued: the issuer speaks
        (
            "The Harbour Board issued a statement saying that the ferry would stop in March.",
            "ferry would stop",
            "The Harbour Board",
        ),
        (
            "Protesters carried a banner demanding lower fares.",
            "lower fares",
            "Protesters",
        ),
        # an infinitive on a noun that cannot speak: the subject of the verb holding the noun
        (
            "Tomas Brenner had good reason to believe that the deal would collapse.",
            "deal would collapse",
            "Tomas Brenner",
        ),
        # ... or the noun's possessor
        (
            "Ada Lindqvist's refusal to condemn the new tolls angered the drivers.",
            "new tolls",
            "Ada Lindqvist",
        ),
        # ... or the people it counts
        (
            "The share of drivers saying that the bridge is unsafe has doubled since May.",
            "bridge is unsafe",
            "drivers",
        ),
        # a noun that may speak keeps its participle
        (
            "A group backing the senator met in Leeds on Monday.",
            "the senator",
            "A group",
        ),
    ],
)
def test_a_cue_on_a_noun_that_cannot_speak(text, fragment, mention):
    assert mention_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "The long delay led some drivers to suspect that the bridge was unsafe.",
            "bridge was unsafe",
            "some drivers",
        ),
        (
            "The strike forced the ferry company to admit that the timetable had failed.",
            "timetable had failed",
            "the ferry company",
        ),
    ],
)
def test_the_object_of_lead_or_force_does_what_its_infinitive_says(text, fragment, mention):
    assert mention_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Ferry prices rose by a third, according to an analysis by the Harbour Institute.",
            "the Harbour Institute",
        ),
        (
            "Ferry prices rose by a third, according to a letter from Mayor Ada Lindqvist.",
            "Mayor Ada Lindqvist",
        ),
        (
            "Ferry prices rose by a third, according to a court filing made by the port.",
            "the port",
        ),
        # a source that may speak stays the speaker
        (
            "Ferry prices rose by a third, according to the Harbour Institute.",
            "the Harbour Institute",
        ),
    ],
)
def test_according_to_a_document_names_its_author(text, mention):
    assert mention_of(text, "Ferry prices rose") == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (
            "By Friday, Mayor Ada Lindqvist was forced into a rare retreat and said that her "
            "words had been misread.",
            "words had been misread",
            "Mayor Ada Lindqvist",
        ),
        (
            "The harbour workers were asked about the tolls and complained that the fares were "
            "too high.",
            "fares were too high",
            "The harbour workers",
        ),
        (
            "Tomas Brenner was prompted to say that the bridge would close.",
            "bridge",
            "Tomas Brenner",
        ),
    ],
)
def test_a_passive_heads_subject_speaks_for_its_conjuncts(text, fragment, mention):
    assert mention_of(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # a parenthetical phrase between the subject and its cue
        (
            "Speaking to reporters on Monday, Capt. Anna Brevik, a pilot in Oslo, "
            "said the ferries would sail again.",
            "ferries would sail",
            "Anna Brevik",
        ),
        (
            "Speaking in Leeds, Keller, without naming anyone, also accused the council of hiding "
            "the report.",
            "hiding the report",
            "Keller",
        ),
        (
            "Tempers rose on Friday after Mr. Brenner, asked about the nets, had "
            'said, "Our boats tear up more of them than anyone."',
            "tear up more",
            "Mr. Brenner",
        ),
        # ...whose verb the parser took for what the cue reports
        (
            "One porter, who like others spoke on condition of anonymity to recount the closed "
            "session, said the gist was that the bridge would close.",
            "One porter, who",
            "One porter",
        ),
        (
            "But Sen. Ada Lind (Labour), noting the length of the queue, said, "
            '"Believe me, this harbour has more friends than the council thinks."',
            "more friends",
            "Sen. Ada Lind",
        ),
        # a name the tagger took for an adverb or a modal
        ("Gladly said she had sailed with both crews out of the harbour.", "harbour", "Gladly"),
        ("And Early described the toll as unfair to the islanders.", "unfair", "Early"),
        ("In particular, Will wrote, the port must stay open in winter.", "stay open", "Will"),
        ('"The tolls are far too high,"  added Lind.', "far too high", "Lind"),
        # the noun phrase after a cue that follows its quotation, whatever the parser made of it
        (
            '"This is the worst season since my father was a boy," said the fisherman, who like '
            "others in the port did not want his name used.",
            "worst season",
            "the fisherman",
        ),
        # "he's said": a contracted "has", not a passive
        ("He's said the harbour plan came to him in a dream.", "came to him", "He"),
        # a cue set off by commas inside what it reports, its name taken for the report's subject
        (
            "The council, said Lindqvist, who still dines with its members, never admits a "
            "mistake.",
            "never admits",
            "Lindqvist",
        ),
        # ...but a name after an apposition's comma is what is reported
        (
            "A spokesman for the port, Tomas Brenner, said Lindqvist had misled the council.",
            "misled",
            "A spokesman",
        ),
        # the object of a cue after a comma is no inverted speaker when it is asked to act
        (
            "On Friday, Norway, at the head of a group of coastal states, asked a court in Oslo "
            "to halt the new tolls before the summer.",
            "halt the new tolls",
            "Norway",
        ),
        # a finite verb the parser hung on the noun before it as a participle
        (
            "The Leeds councillor aimed to finish by a wide enough margin to carry his slate "
            "through the spring races.",
            "wide enough margin",
            "The Leeds councillor",
        ),
        # a verb the parser hung loosely on the one before it shares its subject
        ("Keller paused, then revealed why the ferry plan had failed.", "ferry plan", "Keller"),
        # and so does a conjunct of a verb whose subject the parser lost
        (
            "At a rally in Leeds, 58-year-old Ada Lind also railed against the tolls, and "
            "explained how much they cost her.",
            "how much they cost",
            "old Ada Lind",
        ),
    ],
)
def test_subjects_the_parser_misread(text, fragment, mention):
    assert mention_of(text, fragment) == mention


def test_a_miscast_name_names_the_speaker():
    _, quotes = run("Gladly said she had sailed with both crews out of the harbour town.")
    assert only(quotes, "harbour town").speaker == "Gladly"


def test_is_said_to_is_no_speaker():
    # "he's said to be" is a passive ("is said"), unlike "he's said he ..."
    _, quotes = run("He's said to be furious about the tolls, and the mayor said it was final.")
    assert only(quotes, "furious").speaker_start is None


def test_a_statement_from_someone_is_said_by_them():
    # the subject of the cue is a document: whoever it is from speaks, named in apposition
    text = (
        "Senator Ruth Oakes lost the appeal on Friday.\n\n"
        '"We will appeal again," said the statement from Oakes\'s lawyer, Dan Pruitt.'
    )
    _, quotes = run(text)
    q = only(quotes, "appeal again")
    assert q.speaker == "Dan Pruitt", q


@pytest.mark.parametrize("noun", ["woman", "congresswoman"])
def test_a_gendered_description_is_not_the_man_named_beside_it(noun):
    text = (
        f"Senator Tom Ruiz spoke at a rally in Ohio on Monday, and a {noun} in the crowd "
        f'heckled Ruiz about taxes.\n\n"You lied to us," the {noun} said.'
    )
    _, quotes = run(text)
    assert only(quotes, "lied to us").speaker != "Tom Ruiz"


def test_a_plural_description_is_not_the_one_person_named_before_it():
    text = (
        "Senator Tom Ruiz, a candidate for governor, spoke in Ohio on Monday.\n\n"
        '"We all want another debate," the candidates said in a joint statement.'
    )
    _, quotes = run(text)
    assert only(quotes, "another debate").speaker != "Tom Ruiz"


@pytest.mark.parametrize("description", ["the Republican nominee", "the billionaire"])
def test_a_nominee_or_a_billionaire_is_the_salient_person_of_that_kind(description):
    text = (
        "Ada Kern, the party's candidate for governor, toured Ohio on Monday.\n\n"
        f'"We will win in November," {description} said.'
    )
    _, quotes = run(text)
    assert only(quotes, "win in November").speaker == "Ada Kern"

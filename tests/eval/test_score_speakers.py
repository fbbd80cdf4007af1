"""The pronoun-speaker measure on an article of our own: our speaker against the referent a
reader gives, beside the nearest earlier name."""

from eval.score_speakers import evaluate, last_word, same_referent

TEXT = (
    "Tom Ruiz, the mayor, met Ada Lind on Monday.\n\n"
    '"We will reopen the port," he said.\n\n'
    "The council voted on Tuesday."
)


def _case(word, referent, kind="person", nth=0):
    start = TEXT.index(f" {word} ", 0) + 1
    for _ in range(nth):
        start = TEXT.index(f" {word} ", start) + 1
    return {"id": "a", "start": start, "end": start + len(word), "pronoun": word,
            "referent": referent, "kind": kind}  # fmt: skip


def test_the_speaker_is_scored_by_whom_the_reader_says_the_pronoun_means():
    records = {"a": {"id": "a", "text": TEXT, "doc_date": "2024-05-02"}}
    right = evaluate(records, [_case("he", "Tom Ruiz")])
    # "Ada Lind" is the nearest name before "he"; the mayor, subject of the sentence, is meant
    assert right == {"accuracy": 1.0, "nearest_accuracy": 0.0, "found": 1.0, "cases": 1.0}
    wrong = evaluate(records, [_case("he", "Ada Lind")])
    assert wrong["accuracy"] == 0.0 and wrong["nearest_accuracy"] == 1.0


def test_a_referent_with_no_name_is_found_but_not_scored():
    records = {"a": {"id": "a", "text": TEXT, "doc_date": "2024-05-02"}}
    scored = evaluate(records, [_case("he", "the mayor", kind="unnamed")])
    assert scored["found"] == 1.0 and scored["cases"] == 0.0


def test_names_compare_by_their_last_word():
    assert last_word("Sen. Tom Ruiz") == last_word("Ruiz") == "ruiz"
    assert last_word(None) == ""


DESCRIBED = (
    "Governor Tom Ruiz spoke in Leeds on Monday.\n\n"
    '"We will reopen the port," the governor said.\n\n'
    '"The plan is late," a senior official said.'
)


def _described(words, kind, referent):
    start = DESCRIBED.index(words)
    return {"id": "b", "start": start, "end": start + len(words), "kind": kind,
            "referent": referent}  # fmt: skip


def test_a_description_is_scored_by_whom_it_names_and_an_anonymous_one_by_no_name():
    records = {"b": {"id": "b", "text": DESCRIBED, "doc_date": "2024-05-02"}}
    cases = [
        _described("the governor", "person", "Tom Ruiz"),
        _described("a senior official", "unnamed", None),
    ]
    scored = evaluate(records, [], cases)
    assert scored["desc_found"] == 1.0 and scored["desc_cases"] == 1.0
    assert scored["desc_accuracy"] == 1.0 and scored["desc_as_written"] == 0.0
    assert scored["desc_false_names"] == 0.0


def test_names_of_one_body_match_by_last_word_or_acronym():
    assert same_referent("Federal Bureau of Investigation", "FBI")
    assert same_referent("U.S. Supreme Court", "Supreme Court")
    assert not same_referent("Tom Ruiz", "Ada Lind")

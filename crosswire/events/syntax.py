"""The dependency parse as the event rules ask it: subjects, objects, clauses, phrases, heads.

The rules of ``events/`` name what they look for ("the subjects of the verb", "is it passive")
through these functions rather than spaCy's labels, so that they read as rules and the parse
behind them can be swapped or cached in one place. Tokens are spaCy's; the labels are those of
its English models (ClearNLP dependencies, Penn tags). Each function is a plain reading of the
token and its neighbours; only what a whole sentence gives (its text, its content words) is kept
for the next predicate of the same sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from crosswire.nlp.segments import doc_text

SUBJECT_DEPS = ("nsubj", "csubj")
# Complement clauses: a verb governing one may be what a misattached conjunct coordinates with.
CLAUSE_DEPS = ("ccomp", "xcomp")
AUX_DEPS = ("aux", "auxpass")
# A verb's own tense (past, present third person, present other): a finite clause has one.
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# "which", "that", "who": a relative clause's subject that stands for its antecedent.
RELATIVE_TAGS = ("WDT", "WP")
# The words whose lemmas say what a sentence is about.
CONTENT_POS = ("VERB", "NOUN", "ADJ")


# -- the sentence


def sentence_text(tok) -> str:
    """The text of ``tok``'s sentence."""
    return _sentence(tok.doc, *_bounds(tok))[0]


def content_lemmas(tok) -> tuple[str, ...]:
    """The lowercased lemmas of the content words (verbs, nouns, adjectives; no stop words) of
    ``tok``'s sentence, in order."""
    return _sentence(tok.doc, *_bounds(tok))[1]


def _bounds(tok) -> tuple[int, int]:
    sent = tok.sent
    return sent.start, sent.end


# Every predicate of a sentence reads its sentence: spaCy makes a new Token for each word on each
# read, so the event step read each word about 50 times. A parse is never changed after it is
# made (crosswire.nlp.read), so what a sentence gives is kept for the sentences read last.
@lru_cache(maxsize=64)
def _sentence(doc, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    span = doc[start:end]
    words = tuple(t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop)
    return span.text, words


# -- the token itself


def relation(tok) -> str:
    """How ``tok`` hangs on its head (spaCy's dependency label)."""
    return tok.dep_


def is_root(tok) -> bool:
    """The head of its sentence: it hangs on nothing."""
    return tok.head == tok


def is_verb(tok) -> bool:
    return tok.pos_ == "VERB"


def is_verbal(tok) -> bool:
    """A verb or an auxiliary: what can head a clause."""
    return tok.pos_ in ("VERB", "AUX")


def is_noun(tok) -> bool:
    """A common noun ("troops"), not a name."""
    return tok.pos_ == "NOUN"


def is_name(tok) -> bool:
    """A proper noun ("Chile", "Lavrov")."""
    return tok.pos_ == "PROPN"


def is_pronoun(tok) -> bool:
    return tok.pos_ == "PRON"


def is_adjective(tok) -> bool:
    return tok.pos_ == "ADJ"


def is_punctuation(tok) -> bool:
    return tok.pos_ == "PUNCT"


def is_ing_form(tok) -> bool:
    """ "going", "closing": a gerund or present participle."""
    return tok.tag_ == "VBG"


def is_present_or_base(tok) -> bool:
    """ "accept", "accepts": a present tense or a bare verb, neither past nor participle."""
    return tok.tag_ in ("VB", "VBP", "VBZ")


def is_bare_verb(tok) -> bool:
    """ "withdraw" in "demanded that Russia withdraw": a subjunctive or an infinitive."""
    return tok.tag_ == "VB"


def is_past_participle(tok) -> bool:
    """ "Criticised by Peru, ...", "was killed": the verb form of a passive."""
    return tok.tag_ == "VBN"


def is_relative_pronoun(tok) -> bool:
    return tok.tag_ in RELATIVE_TAGS


def object_of_prep(tok, words: Iterable[str]) -> bool:
    """``tok`` is the object of one of these prepositions: "Peru" in "talks with Peru"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in words


# -- what hangs on it


def children(tok, *deps: str) -> list:
    """The dependents of ``tok`` attached by one of ``deps``, in text order."""
    return [c for c in tok.children if c.dep_ in deps]


def has_child(tok, *deps: str) -> bool:
    return any(c.dep_ in deps for c in tok.children)


def subjects(verb) -> list:
    """The verb's active subjects, nominal or clausal."""
    return children(verb, *SUBJECT_DEPS)


def has_subject(verb) -> bool:
    return has_child(verb, *SUBJECT_DEPS)


def relative_antecedent(verb) -> list:
    """The noun a relative clause's "who"/"which" subject stands for ("the senator, who met
    ...", "Greece, which is in talks with"): the clause's doer, when it names one."""
    subj = subjects(verb)
    if relation(verb) == "relcl" and subj and is_relative_pronoun(subj[0]):
        return [verb.head]
    return []


def complements(verb) -> list:
    """The heads of the verb's complement clauses: "said (that) X closed", "decided to close"."""
    return children(verb, *CLAUSE_DEPS)


def prep_objects(tok, words: Iterable[str] | None = None) -> list:
    """The objects of the prepositions attached to ``tok`` ("talks with Peru"), of those
    prepositions only when ``words`` are given."""
    preps = [p for p in children(tok, "prep") if words is None or p.lower_ in words]
    return [g for p in preps for g in children(p, "pobj")]


def objects_of_word(tok, word: str) -> list:
    """The objects of ``word`` attached to ``tok`` however the parser labels it: the "on" of
    "called on Russia" is a particle as often as a preposition."""
    return [g for c in tok.children if c.lower_ == word for g in children(c, "pobj")]


def agents(verb) -> list:
    """The objects of a passive's "by" phrase: "was attacked by rebels"."""
    return [g for a in children(verb, "agent") for g in children(a, "pobj")]


def is_negated(tok) -> bool:
    """A "not" or "never" hangs on it: "did not close", "was not interested"."""
    return has_child(tok, "neg")


def auxiliaries(verb) -> list[str]:
    """The verb's auxiliaries, lower-cased, in text order: "will", "have", "been", "to"."""
    return [c.lower_ for c in children(verb, *AUX_DEPS)]


def is_passive(verb) -> bool:
    """A passive clause: a passive subject or a passive auxiliary ("were killed"), or a bare
    participle joined to a passive ("was arrested and charged"), whose voice it shares."""
    if has_child(verb, "nsubjpass", "auxpass"):
        return True
    bare = verb.tag_ == "VBN" and not has_child(verb, "nsubj", "aux")
    return bare and relation(verb) == "conj" and verb.head is not verb and is_passive(verb.head)


def has_passive_aux(verb) -> bool:
    """A passive auxiliary on the verb itself: "were killed", not "the killed"."""
    return has_child(verb, "auxpass")


def infinitive(verb) -> bool:
    """A "to" infinitive: "allow UNICEF staff to enter", "a bid to annex"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def finite_clause(clause) -> bool:
    """A clause with its own subject and tense: "that it is", not "allow X (to) run"."""
    tensed = clause.tag_ in FINITE_TAGS or any(
        c.dep_ in AUX_DEPS and c.tag_ in (*FINITE_TAGS, "MD") for c in clause.children
    )
    return has_subject(clause) and tensed


# -- what it hangs on


def climb(tok, deps: Iterable[str]) -> Iterator[tuple[str, object]]:
    """(relation, head) for each step up from ``tok`` while the step's relation is one of
    ``deps``, nearest first: the verbs whose clauses hold a clause."""
    while tok.dep_ in deps and tok.head != tok:
        yield tok.dep_, tok.head
        tok = tok.head


def up_to(tok, root) -> list:
    """``tok`` and its heads up to ``root`` (up to its sentence's root if ``root`` is not
    above it)."""
    out = [tok]
    while tok != root and tok.head != tok:
        tok = tok.head
        out.append(tok)
    return out


def _tense_aux(tok) -> bool:
    """An auxiliary that carries its verb's tense: a passive's, or "do" before a bare verb."""
    return tok.dep_ == "auxpass" or (tok.dep_ == "aux" and tok.lemma_.lower() == "do")


def coordinated_with(conj):
    """The verb a conjunct (a spaCy token with dep ``conj``) is really coordinated with.

    Its head, when both share a tense. A conjunct in another tense is usually misattached inside
    a complement clause ("Ghana says the traders were smuggling gold and closed the border"): it
    belongs with the verb governing that clause when that verb has its tense or a subject of its
    own, else with the nearest verb above in its tense; None when there is none.
    """
    tok = conj.head
    # a passive's tense is its auxiliary's: "was hired by a firm and met its owner", and so is a
    # negated verb's ("did not dispute the figures but disputed ..."); not in a reported clause
    # ("Ghana says traders were arrested and closed the border": Ghana closed)
    tense = next((c.tag_ for c in tok.children if _tense_aux(c)), tok.tag_)
    reported = tok.dep_ in CLAUSE_DEPS and has_subject(tok.head)
    if conj.tag_ == tok.tag_ or (conj.tag_ == tense and not reported):
        return tok
    while tok.head != tok:
        gov = tok.head
        if tok.dep_ in CLAUSE_DEPS and has_subject(gov):
            return gov
        if gov.tag_ == conj.tag_:
            return gov
        tok = gov
    return None


# -- phrases


def entity_start(tok):
    """The first token of the named entity ``tok`` belongs to (spaCy marks it B, the rest I)."""
    while tok.ent_iob_ == "I" and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    return tok


def span_head(tokens, start: int, end: int, offset: int):
    """The token of ``tokens`` inside article offsets [start, end) whose head is outside: the
    head of a name ("States" in "the United States"), or None."""
    return next(
        (
            t
            for t in tokens
            if start <= offset + t.idx < end and not (start <= offset + t.head.idx < end)
        ),
        None,
    )


def phrase_start(noun, offset: int = 0, not_before: int = 0):
    """The first token of a noun's phrase, its determiner left out, and a dateline ending at
    ``not_before`` (an article offset): "a 40-year-old prisoner" starts at "40"."""
    first = next(
        t
        for t in noun.subtree
        if (t.dep_ not in ("det", "predet") and offset + t.idx >= not_before) or t == noun
    )
    return first if first.i <= noun.i else noun


def noun_phrase(noun):
    """First and last token of a noun's phrase without its determiner, relative clauses and
    prepositional phrases other than "of": "dozens of insurers", "the minister's new policies"."""
    first = phrase_start(noun)
    last = noun
    for child in noun.rights:
        if child.dep_ in ("compound", "amod", "nummod") or (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            last = max(child.subtree, key=lambda t: t.i)
        else:
            break
    return first, last


def phrase_text(noun, offset: int) -> tuple[str, int, int]:
    """The words of a noun's phrase (``noun_phrase``) and where they stand in the article, for
    a paragraph starting at ``offset``."""
    first, last = noun_phrase(noun)
    end = last.idx + len(last.text)
    return doc_text(noun.doc)[first.idx : end], offset + first.idx, offset + end

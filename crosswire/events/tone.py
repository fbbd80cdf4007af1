"""The tone of a sentence, as cues for the event model: most acts in news are words, and a
speaker's criticism ("called the plan reckless") differs from a neutral statement mainly by the
words' valence. VADER (Hutto & Gilbert 2014; the ``vaderSentiment`` package, MIT) scores it:
a valence lexicon of 7,500 words with rules for negation, boosters and "but"."""

from __future__ import annotations

from functools import lru_cache

from crosswire import tables
from crosswire.events.syntax import children, complements, is_negated, relation, sentence_text

# compound score bounds of the tone buckets: strongly negative .. strongly positive
_BUCKETS = ((-0.5, "neg2"), (-0.05, "neg1"), (0.05, "flat"), (0.5, "pos1"))
# a reported clause that says what someone should do: a demand, not a description
_MODALS = frozenset({"should", "must", "ought", "need", "have"})


@lru_cache(maxsize=1)
def _analyzer():
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # the lexicon is a pinned dependency; without it, no tone cues
        return None
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=4096)
def tone(text: str) -> str | None:
    """ "neg2", "neg1", "flat", "pos1" or "pos2" for a text; None without the lexicon."""
    analyzer = _analyzer()
    if analyzer is None:
        return None
    score = analyzer.polarity_scores(text)["compound"]
    return next((name for bound, name in _BUCKETS if score < bound), "pos2")


def tone_cues(verb, speech: bool) -> list[str]:
    """The event model's cues of a predicate's sentence tone; for a verb of saying, also
    whether what it reports is negative or says what someone should do."""
    found = tone(sentence_text(verb))
    if found is None:
        return []
    out = [f"tone={found}", *_predicated(verb)]
    if speech:
        out.append(f"speech|tone={found}")
        content = [t for c in complements(verb) for t in c.subtree]
        if any(_demands(t) for t in content):
            out.append("speech|content=modal")
        if any(relation(t) == "neg" for t in content):
            out.append("speech|content=negated")
    return out


def _demands(tok) -> bool:
    low = tok.lower_
    if low in ("should", "must", "ought"):
        return True
    # "needs to", "have to": an auxiliary-like verb with a "to" complement
    return tok.lemma_.lower() in _MODALS and any(
        any(g.lower_ == "to" for g in c.children) for c in children(tok, "xcomp")
    )


# What a clause says an actor is: "said the governor is a liar", "called him a coward",
# "described the raid as illegal", "believes they were working as spies". VADER scores the
# word; political charges it lacks ("spy", "traitor", "corrupt") come from accusatory.txt.
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})
_STRONG = 1.5  # |valence| of a word that judges ("liar" -2.3, "hero" 2.6; "bias" -0.4 does not)


@lru_cache(maxsize=1)
def _accusatory() -> frozenset[str]:
    return frozenset(
        w.lower() for w in tables.lines("crosswire.events", "data/accusatory.txt", strip=True)
    )


def _valence(tok) -> float:
    analyzer = _analyzer()
    words = {tok.lower_, tok.lemma_.lower()}
    compounds = [c.lemma_.lower() for c in children(tok, "compound", "amod")]
    if compounds:  # "intelligence officers", "foreign agents": the phrase may accuse alone
        words |= {" ".join([*compounds, w]) for w in tuple(words)}
    if words & _accusatory():
        return -2.5
    lexicon = analyzer.lexicon if analyzer is not None else {}
    # the word's or its lemma's valence; the milder when both are scored
    scored = [v for w in words if (v := lexicon.get(w, 0.0))]
    return min(scored, key=abs, default=0.0)


def _predicate_words(verb) -> list[tuple[object, bool]]:
    """The words a verb (or the clauses it reports) predicates of someone: the complement of
    a copula or of "call", the object of "as", with their modifiers; each with whether its
    clause negates it ("was not interested" judges as "uninterested" would)."""
    clauses = [verb, *complements(verb)]
    clauses += [k for c in clauses[1:] for k in c.conjuncts]
    heads = [(c, v) for v in clauses for c in children(v, *_PREDICATE_DEPS)]
    heads += [
        (g, v)
        for v in clauses
        for c in children(v, "prep")
        if c.lower_ == "as"
        for g in children(c, "pobj", "amod", "acomp")  # "as liars", "as unconstitutional"
    ]
    return [
        (w, is_negated(h) or is_negated(v))
        for h, v in heads
        for w in (h, *children(h, "amod", "compound"))
    ]


def _predicated(verb) -> list[str]:
    """``pred=neg`` / ``pred=pos`` when what the verb predicates of someone judges them."""
    values = [-_valence(w) if negated else _valence(w) for w, negated in _predicate_words(verb)]
    if any(v <= -_STRONG for v in values):
        return ["pred=neg"]
    if any(v >= _STRONG for v in values):
        return ["pred=pos"]
    return ["pred=flat"] if values else []


def judgement(verb) -> str | None:
    """ "neg" or "pos" when what the verb predicates of someone judges them strongly ("called
    him a coward", "called her a hero"); None otherwise."""
    found = _predicated(verb)
    return found[0].removeprefix("pred=") if found and found[0] != "pred=flat" else None

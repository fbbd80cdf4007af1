"""Headlines read in the case their article writes its words in.

A headline in title case ("Senator Backs Farm Bill And Slams Critics") or in capitals gives
the tagger a row of proper nouns: its verbs are not read, and nor are its acts. Each word of
such a line is given the case its own article writes it in elsewhere, away from a sentence's
start (Mikheev's document-centred approach to capitalisation): "Backs" is written "backs" in
the body, "Critics" "critics", "Farm" "farm", and a name stays a name. A word the body never
writes keeps its capital when it is a given name or part of a place's name, else it is
lowercased. The line's characters keep their places: only their case changes, and the parse
is given back under the line's own text (``recased``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’.-](?=[^\W_]))*")
# A line is a headline when every word of four or more letters starts with a capital, it has
# at least HEADLINE_MIN_WORDS of them and at most HEADLINE_MAX_WORDS words in all (a body
# sentence full of names still has a lower-case word: "The mayor met Ada Lind in Oslo").
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 25
# What may come before a word at a sentence's start, where its capital says nothing.
_OPENERS = frozenset(".!?:;\"'“‘(—–-")


def is_headline(line: str) -> bool:
    """A short line whose every long word starts with a capital (title case or capitals)."""
    words = _WORD.findall(line)
    if not words or len(words) > HEADLINE_MAX_WORDS:
        return False
    long = [w for w in words if len(w) >= 4]
    capital = sum(w[0].isupper() for w in long)
    return len(long) >= HEADLINE_MIN_WORDS and capital == len(long)


def body_forms(text: str, skip: Iterable[tuple[int, int]] = ()) -> Mapping[str, str]:
    """Each word (lowercased) → the form the text writes it in most often away from a
    sentence's start, outside the ``skip`` spans (the headlines themselves). A word written
    only at sentence starts keeps that form ("Le Pen, the leader, said"): no evidence of a
    lower case."""
    spans = sorted(skip)
    counts: dict[str, Counter] = defaultdict(Counter)
    opening: dict[str, str] = {}
    at = 0
    for m in _WORD.finditer(text):
        while at < len(spans) and spans[at][1] <= m.start():
            at += 1
        if at < len(spans) and spans[at][0] <= m.start():
            continue
        word = m.group()
        before = text[max(0, m.start() - 8) : m.start()].rstrip(" \t")
        if not before or before[-1] in _OPENERS or before[-1] == "\n":
            opening.setdefault(word.lower(), word)
            continue
        counts[word.lower()][word] += 1
    forms = {w: c.most_common(1)[0][0] for w, c in counts.items()}
    return {**{w: f for w, f in opening.items() if w not in forms}, **forms}


def _form(word: str, forms: Mapping[str, str]) -> str | None:
    """The body's form of ``word``, or of its singular or plural ("Scout" by "Scouts")."""
    key = word.lower()
    if key in forms:
        return forms[key]
    other = forms.get(key[:-1]) if key.endswith("s") else forms.get(key + "s")
    if other is None:
        return None
    return word.capitalize() if other[:1].isupper() else key


def truecase(line: str, forms: Mapping[str, str], names: frozenset[str]) -> str:
    """``line`` with each word in its article's case; same length, same characters but for
    case. The first word keeps a capital; ``names`` (lowercased) keep theirs when the body
    has no form of them."""
    out = []
    last = 0
    for n, m in enumerate(_WORD.finditer(line)):
        word = m.group()
        key = word.lower()
        form = _form(word, forms)
        if form is None or len(form) != len(word):
            form = word.capitalize() if key in names else key
            if word.isupper() and len(word) <= 4 and not line.isupper():
                form = word  # an acronym in a title-case line ("FBI", "NATO")
        if n == 0:
            form = form[:1].upper() + form[1:]
        if len(form) != len(word):  # a case that changes length ("İ", "ß"): as written
            form = word
        out.append(line[last : m.start()])
        out.append(form)
        last = m.end()
    out.append(line[last:])
    return "".join(out)


def recased(doc, text: str):
    """``doc`` (the parse of a recased line) under the line's own ``text``: every token's tag,
    lemma, dependency and entity kept, its words as written."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.from_array(attrs, doc.to_array(attrs))
    return out

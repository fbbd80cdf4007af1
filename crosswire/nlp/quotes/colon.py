"""Colon attributions: a paragraph that opens with a short name and a colon ("Graham: Trump's
rhetoric is destroying the party"), the headline style of political news. The name is the
speaker, the colon the cue and the rest of the sentence the content.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from crosswire.nlp.quotes.find import Found, words

# The name before the colon is at most this many tokens ("Clinton camp", "NY Daily News",
# "Wash Post Fact-Check"): longer openings are sentences that happen to end with a colon.
MAX_NAME_TOKENS = 5
# ...and the content at least this many words, so that "Update: Monday" is no attribution.
MIN_CONTENT_WORDS = 4
# Word classes a name can be made of; a verb or a pronoun makes the opening a clause.
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "PUNCT", "NUM"})


def _name_head(toks: Sequence[Token]) -> Token | None:
    """The head of the name ``toks`` when they form a capitalised noun phrase, else None."""
    if not toks or not toks[0].text[:1].isupper():
        return None
    if any(t.pos_ not in _NAME_POS or t.text == "," for t in toks):
        return None
    heads = [t for t in toks if t.head.i not in range(toks[0].i, toks[-1].i + 1) or t.head is t]
    head = heads[-1] if heads else toks[-1]
    return head if head.pos_ in ("PROPN", "NOUN") else None


def colon_leads(text: str, paragraphs: Sequence[tuple[int, Doc]]) -> Iterator[Found]:
    """One quote per paragraph that opens with "Name: content"."""
    for off, doc in paragraphs:
        colon = next((t for t in doc[: MAX_NAME_TOKENS + 1] if t.text == ":"), None)
        if colon is None:
            continue
        head = _name_head(list(doc[: colon.i]))
        sent_end = colon.sent.end_char if colon.sent.end > colon.i + 1 else len(doc.text)
        rest = doc.char_span(colon.idx + 1, sent_end, alignment_mode="contract")
        if head is None or rest is None or words(rest.text) < MIN_CONTENT_WORDS:
            continue
        toks = [t for t in rest if not t.is_space]
        while toks and toks[-1].is_punct:
            toks.pop()
        if not toks:
            continue
        start, end = off + toks[0].idx, off + toks[-1].idx + len(toks[-1].text)
        direct = text[start - 1 : start] in '“"' and text[end : end + 1] in '”"'
        cue = (off + colon.idx, off + colon.idx + 1)
        yield Found(start, end, direct, cue, head, off)

"""Where the quotes are: content spans, their cue and the speaker's head word, before resolution."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from crosswire.nlp.quotes.lexicon import CONTENT_DEPS, Lexicon
from crosswire.nlp.quotes.marks import MarkSpan
from crosswire.nlp.quotes.speaker import joined_without_subject, speaker_head

# Quoted fragments shorter than this (in words) without a clause around them are scare quotes,
# titles or names ("comprehensive immigration reform"), not quotes: a news quote is a clause.
MIN_DIRECT_WORDS = 4
# ...unless it is a whole utterance beside its speech cue, with at most this many words (the
# speaker's name) between them: '"Never," Ada Lind said'.
MAX_SPEAKER_WORDS = 3
# A quote with no cue at all is kept only from this length: long enough to be speech.
MIN_UNCUED_WORDS = 8
# Reported content shorter than this is rarely a claim ("he said so"); but a stance or
# intention cue's object of one word is what PolNeAR annotates ("endorsed Trump", "backs
# Cruz"). From 3 and 3, these raised F1 on two development samples of PolNeAR (200 articles
# each) by 0.008 and 0.003.
MIN_INDIRECT_WORDS = 2
MIN_STANCE_WORDS = 1
# A sentence right after a closing mark belongs to the quote's attribution when it is this short
# ("Okafor said." split off by the sentence splitter).
SHORT_TAIL_TOKENS = 8
_WORD = re.compile(r"\w+")
# Punctuation that may close a quotation's words inside its marks.
_CLOSING = frozenset(" ,.;:!?")
_DASHES = ("-", "–", "—", "―")
_MARK_CHARS = "\"'“”‘’ "
# The kind of the writer's evidentials ("seems", "appears"): content without a speaker.
WRITER = "writer"
# Dependents of a cue that can carry what was said: a quoted fragment inside one of them is
# attributed to the cue whatever its length (called the plan "a disaster").
_ARGUMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "parataxis"})
# Verbs whose object is the hearer, not what was said ("told reporters", "urged Congress").
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "urge", "warn", "remind", "assure", "inform", "thank"})
# Kinds of cue that can stand as a parenthetical inside or after what they report ("Prices, she
# said, will rise"): the reported clause is then the cue's head.
_PARENTHETICAL_KINDS = frozenset({"speech", "belief"})
# Cues that also work as aspect verbs: their infinitive is not something said ("continues to
# grow"); only their clause ("she continued that ...") or their parenthetical use reports.
_ASPECT_VERBS = frozenset({"continue"})
# Subordinators of a clause that goes on with what was said rather than when it was said.
_CONTENT_MARKS = frozenset({"because", "unless", "although", "though", "so", "if", "since"})
# Nouns whose "that" clause is what others said or hold ("in reply to reports that ..."), not
# what the cue's speaker says.
_HEARSAY_NOUNS = frozenset(
    {"report", "news", "rumor", "rumour", "speculation", "idea", "notion", "fact", "evidence"}
)
# Prepositions after a cue's object that state the view of it ("accused Rubio of lying", "sees
# Cruz as a uniter", "praised her for her effort"): the content is the object and the phrase.
_PREDICATE_PREPS = frozenset({"as", "of", "for"})
# Prepositions that join a cue verb with no complement to what it is about ("bragged about
# his success", "railed against the deal"); "on", "to" and "with" gave more wrong quotes than
# right ones on a PolNeAR development sample ("focused on", "spoke to reporters", "met with").
_VERB_CONTENT_PREPS = frozenset({"about", "against", "for", "of"})
# Prepositions that join a cue noun to what it is about ("criticism of", "support for").
_NOUN_CONTENT_PREPS = frozenset({"of", "for", "about", "on", "to", "against", "over", "with", "at"})


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    direct: bool
    cue: tuple[int, int] | None  # article offsets of the cue
    head: Token | None = None  # the speaker's head word
    head_offset: int = 0  # the offset of the head's paragraph


def words(text: str) -> int:
    return len(_WORD.findall(text))


class _Index:
    """Article offsets ↔ tokens of the paragraph Docs."""

    def __init__(self, paragraphs: Sequence[tuple[int, Doc]]):
        self.paragraphs = list(paragraphs)
        self.starts = [off for off, _ in self.paragraphs]

    def locate(self, pos: int) -> tuple[int, Token] | None:
        n = bisect_right(self.starts, pos) - 1
        if n < 0:
            return None
        off, doc = self.paragraphs[n]
        span = doc.char_span(pos - off, pos - off + 1, alignment_mode="expand")
        return (off, span[0]) if span is not None and len(span) else None

    def tokens(self) -> Iterator[tuple[int, Token]]:
        for off, doc in self.paragraphs:
            for tok in doc:
                yield off, tok


def cue_extent(tok: Token, off: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Article offsets of the cue starting at ``tok``, or None when ``tok`` is no cue."""
    lemma, start = tok.lemma_.lower(), off + tok.idx
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (lemma, nxt.lower_) in lexicon.preps:
        return start, off + nxt.idx + len(nxt.text)
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "amod"):
        return None
    for child in tok.rights:  # "called for" before "called"
        if (
            child.dep_ in ("prt", "prep")
            and (lemma, child.lower_) in lexicon.particle_verbs
            and not _dated(child)
        ):
            return start, off + child.idx + len(child.text)
    if _particle_clause(tok) is not None and (lemma, nxt.lower_) in lexicon.particle_verbs:
        return start, off + nxt.idx + len(nxt.text)  # "calls for the mayor to resign"
    if lemma in lexicon.verbs:
        return start, start + len(tok.text)
    return None


def _dated(prep: Token) -> bool:
    """Whether "on" or "at" only says when ("called on Tuesday to say ..."): no particle. ("warned
    of a long winter" is about the winter, a date though it is.)"""
    return prep.lower_ in ("on", "at") and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children
    )


def _span_offsets(off: int, toks: Sequence[Token]) -> tuple[int, int] | None:
    """Offsets of ``toks`` (in order) without edge punctuation and a leading "that"."""
    toks = list(toks)
    while toks and (toks[0].is_punct or toks[0].dep_ == "mark" or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return None
    return off + toks[0].idx, off + toks[-1].idx + len(toks[-1].text)


def _window(m: MarkSpan, index: _Index, text: str, lexicon: Lexicon) -> list[tuple[int, Span]]:
    """The sentences whose cue may attribute the quote in ``m``."""
    sents: list[tuple[int, Span]] = []
    before = text[: m.mark_start].rstrip()
    points = [m.mark_start, m.end - 1, m.mark_end - 1]
    if before.endswith(":"):
        points.append(len(before) - 1)
    for pos in points:
        hit = index.locate(pos)
        if hit and (hit[0], hit[1].sent) not in sents:
            sents.append((hit[0], hit[1].sent))
    off, last = sents[-1] if sents else (0, None)
    if last is not None and last.end_char + off <= m.mark_end + 1 and last.end < len(last.doc):
        tail = last.doc[last.end].sent
        # a question or an exclamation ends its sentence: what follows may be its attribution,
        # however long ('"Who knows?" Ruiz told a radio station on Monday when asked ...')
        asked = text[m.start : m.end].rstrip(_MARK_CHARS)[-1:] in ("?", "!")
        if len(tail) <= SHORT_TAIL_TOKENS or (asked and _speech_in(tail, lexicon)):
            sents.append((off, tail))
    return sents


def _speech_in(sent: Span, lexicon: Lexicon) -> bool:
    """Whether a sentence holds a verb of speech before any quotation of its own."""
    for tok in sent:
        if tok.is_quote:
            return False
        if tok.pos_ == "VERB" and lexicon.kinds.get(tok.lemma_.lower()) == "speech":
            return True
    return False


def _words_end(m: MarkSpan, off: int, doc: Doc) -> int:
    """Where the quote's words end: the comma or stop before its closing mark ('had "been
    friends for years," he claimed') lies outside the clause that holds the words."""
    whole, end = doc.text, m.end  # read once: spaCy joins every token on each read
    while end > m.start and 0 < end - off <= len(whole) and whole[end - off - 1] in _CLOSING:
        end -= 1
    return end


def _governs(m: MarkSpan, off: int, cue: Token) -> int | None:
    """The size of the cue's complement clause when it holds the quote (smaller = closer)."""
    end = _words_end(m, off, cue.doc)
    for child in cue.children:
        if child.dep_ in _ARGUMENT_DEPS:
            a = off + child.left_edge.idx
            b = off + child.right_edge.idx + len(child.right_edge.text)
            if a <= m.start and end <= b:
                return b - a
    return None


def _best_cue(m, index, text, marks, lexicon) -> tuple[int, Token, tuple[int, int]] | None:
    """The cue whose complement holds the quote (the innermost), else the nearest one."""
    best, best_key = None, None
    for off, sent in _window(m, index, text, lexicon):
        for tok in sent:
            ext = cue_extent(tok, off, lexicon)
            if ext is None or any(s.mark_start <= ext[0] < s.mark_end for s in marks):
                continue
            if cue_kind(tok, ext, off, lexicon) == WRITER:
                continue  # "it seems": the writer's, never a quotation's attribution
            gap = ext[0] - m.mark_end if ext[0] >= m.mark_end else m.mark_start - ext[1]
            size = _governs(m, off, tok)
            # "according to X" after a verb cue names the channel, not the speaker ("he added
            # that ..., according to the AP"): any verb cue in the window comes first.
            rank = 2 if tok.lemma_.lower() == "accord" else 1
            key = (0, size, gap) if size is not None else (rank, 0, gap)
            if best_key is None or key < best_key:
                best, best_key = (off, tok, ext), key
    return best


def _mixed(
    m: MarkSpan, off: int, cue: Token, ext: tuple[int, int], lexicon: Lexicon
) -> tuple[int, int] | None:
    """The whole reported content when it holds the quoted fragment and more words: a clause
    (arguing that Peru "has ignored every offer"), or an object with what it is held to be
    (called the plan "a disaster for the farmers")."""
    toks = _content(cue, off, ext, cue_kind(cue, ext, off, lexicon), lexicon)
    if not toks:
        return None
    toks = sorted(toks, key=lambda t: t.i)
    span = _span_offsets(off, toks)
    if span is None or not (span[0] <= m.mark_start + 1 and m.end <= span[1] + 1):
        return None
    outside = [t for t in toks if not m.mark_start <= off + t.idx < m.mark_end]
    if any(not t.is_punct and t.dep_ != "mark" for t in outside):
        return span
    return None


def _named_before_colon(m: MarkSpan, index: _Index, text: str) -> tuple[int, Token, int] | None:
    """The name right before a colon that opens the quote ("... surprised the pollster Ada
    Lind: "Nobody expected it.""): (paragraph offset, the name's head, the colon's offset)."""
    hit = _colon_before(m, index, text)
    if hit is None:
        return None
    off, colon = hit
    name = colon.doc[colon.i - 1]
    return (off, name, off + colon.idx) if name.pos_ == "PROPN" else None


def _signed_after(m: MarkSpan, index: _Index, text: str) -> tuple[int, Token, int] | None:
    """The name after a dash that opens the paragraph following a quotation alone in its own
    ('"...."¶- Ada Lind, Leeds.'): (paragraph offset, the name's head, the dash's offset)."""
    rest = text[m.mark_end :]
    gap = len(rest) - len(rest.lstrip())
    if "\n" not in rest[:gap] or text[: m.mark_start].rstrip(" \t")[-1:] not in ("", "\n"):
        return None
    dash = m.mark_end + gap
    if text[dash : dash + 1] not in _DASHES:
        return None
    hit = index.locate(dash)
    if hit is None:
        return None
    off, tok = hit
    i = tok.i + 1
    while i < len(tok.doc) and (tok.doc[i].text in _DASHES or tok.doc[i].is_space):
        i += 1
    if i >= len(tok.doc) or tok.doc[i].pos_ != "PROPN":
        return None
    while i + 1 < len(tok.doc) and tok.doc[i + 1].pos_ == "PROPN":  # "Ada Lind", "Mr. Ruiz"
        i += 1
    return off, tok.doc[i], dash


def _verb_over(
    m: MarkSpan, index: _Index, text: str, marks: Sequence[MarkSpan], lexicon: Lexicon
) -> tuple[int, Token, Token] | None:
    """The verb outside quotation marks that the quotation's words hang on, when it is no cue
    of the lexicon but has a speaker: '"...," mused Ada Lind', 'Keller resisted: "..."', 'As
    Keller put it: "..."'. (paragraph offset, the verb, its speaker's head)."""
    hit = index.locate(m.start)
    if hit is None:
        return None
    off, tok = hit
    while tok.head.i != tok.i and m.mark_start <= off + tok.idx < m.mark_end:
        tok = tok.head
    if m.mark_start <= off + tok.idx < m.mark_end:  # words that make sentences of their own
        tok = _colon_verb(m, index, text) or _as_clause(tok, off, m) or tok
    if (
        tok.pos_ != "VERB"
        or any(s.mark_start <= off + tok.idx < s.mark_end for s in marks)
        or cue_extent(tok, off, lexicon) is not None  # a cue passed over ("it seems")
    ):
        return None
    speaker = speaker_head(tok)
    return None if speaker is None else (off, tok, speaker)


def _as_clause(root: Token, off: int, m: MarkSpan) -> Token | None:
    """A clause set off by "as" before the quotation it hangs on ('As Keller put it, "..."')."""
    for child in root.children:
        if (
            child.dep_ == "advcl"
            and off + child.idx < m.mark_start
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
        ):
            return child
    return None


def _colon_before(m: MarkSpan, index: _Index, text: str) -> tuple[int, Token] | None:
    """(paragraph offset, the colon) of a colon right before the quotation, not opening its
    paragraph's parse."""
    before = text[: m.mark_start].rstrip()
    if not before.endswith(":"):
        return None
    hit = index.locate(len(before) - 1)
    return None if hit is None or hit[1].i == 0 else hit


def _colon_verb(m: MarkSpan, index: _Index, text: str) -> Token | None:
    """The verb of the clause that a colon right before the quotation ends ("As Keller put
    it: "...", "Ruiz delivered a retort: "...")."""
    hit = _colon_before(m, index, text)
    if hit is None:
        return None
    tok = hit[1].doc[hit[1].i - 1]  # the colon itself may hang on the quotation's verb
    for _ in range(3):
        if tok.pos_ == "VERB":
            return tok
        tok = tok.head
    return None


def _direct(text, index, marks, lexicon) -> Iterator[Found]:
    for m in marks:
        n_words = words(text[m.start : m.end])
        best = _best_cue(m, index, text, marks, lexicon)
        if best is None:
            # a name before a colon that opens it, or one signing it in the next paragraph
            named = _named_before_colon(m, index, text) or _signed_after(m, index, text)
            if named is not None and n_words >= MIN_DIRECT_WORDS:
                off, name, mark = named
                yield Found(m.start, m.end, True, (mark, mark + 1), name, off)
            elif n_words >= MIN_UNCUED_WORDS:
                verb = _verb_over(m, index, text, marks, lexicon)
                if verb is None:
                    yield Found(m.start, m.end, True, None)
                else:  # '"...," mused Ada Lind', 'Keller resisted: "..."'
                    off, tok, speaker = verb
                    ext = (off + tok.idx, off + tok.idx + len(tok.text))
                    yield Found(m.start, m.end, True, ext, speaker, off)
            continue
        off, cue, ext = best
        mixed = _mixed(m, off, cue, ext, lexicon)
        if mixed:
            yield Found(mixed[0], mixed[1], False, ext, speaker_head(cue), off)
        elif (
            n_words >= MIN_DIRECT_WORDS
            or _governs(m, off, cue) is not None
            or _spoken_alone(m, text, index, ext, cue_kind(cue, ext, off, lexicon))
        ):
            yield Found(m.start, m.end, True, ext, speaker_head(cue), off)


def _spoken_alone(m: MarkSpan, text: str, index: _Index, ext: tuple[int, int], kind: str) -> bool:
    """Whether a short quotation is a whole utterance with its speech cue beside it: it opens
    its sentence and the cue follows with at most the speaker between ('"Not yet," Ruiz
    said'), or it follows the cue and a comma or colon ('she said: "No."')."""
    if kind != "speech":
        return False
    if ext[0] >= m.mark_end:
        gap = text[m.mark_end : ext[0]]
        hit = index.locate(m.mark_start)
        opens = hit is not None and hit[1].i == hit[1].sent.start
        return opens and "\n" not in gap and words(gap) <= MAX_SPEAKER_WORDS
    gap = text[ext[1] : m.mark_start].strip()
    return gap[-1:] in (",", ":") and "\n" not in gap and words(gap) <= MAX_SPEAKER_WORDS


def cue_kind(tok: Token, ext: tuple[int, int], off: int, lexicon: Lexicon) -> str:
    """The lexicon kind of the cue at ``ext`` starting at ``tok`` ("speech", "belief", ...)."""
    lemma = tok.lemma_.lower()
    if ext[1] > off + tok.idx + len(tok.text):  # a particle verb or a preposition
        last = tok.doc.char_span(ext[1] - off - 1, ext[1] - off, alignment_mode="expand")
        if last is not None and len(last):
            return lexicon.kind(f"{lemma} {last[-1].lower_}")
    return lexicon.kind(lemma)


def _particle_clause(tok: Token) -> Token | None:
    """The clause a verb's particle opens when the parser made the particle its marker ("calls
    for the mayor to resign", "for" marking "resign"), else None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.dep_ != "mark" or nxt.head.dep_ != "advcl" or nxt.head.head != tok:
        return None
    return nxt.head


def _particle_object(tok: Token, ext: tuple[int, int], off: int) -> list[Token] | None:
    """The object of a particle verb's preposition ("referring to the plan" → "the plan"), with
    what it is asked to do ("called on the council to act" → "the council to act")."""
    for child in tok.rights:
        if child.dep_ == "prep" and off + child.idx + len(child.text) == ext[1]:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if not objs:
                return None
            todo = [c for c in tok.rights if c.dep_ == "xcomp" and c.i > objs[0].right_edge.i]
            return list(objs[0].subtree) + (list(todo[0].subtree) if todo else [])
    clause = _particle_clause(tok)
    if clause is not None and off + tok.doc[tok.i + 1].idx < ext[1]:
        return [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
    return None


def _predicates(child: Token) -> bool:
    """Whether ``child`` of a cue says what its object is held to be or to have done."""
    return child.dep_ in ("oprd", "xcomp") or (
        child.dep_ == "prep" and child.lower_ in _PREDICATE_PREPS
    )


def _parenthetical(tok: Token) -> bool:
    """Whether the cue is set off from the clause it reports: "Prices, she said, will rise",
    "As the Post reported, prices rose"."""
    if tok.dep_ == "parataxis":
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def _held_to_be(children: Sequence[Token], obj: Token) -> bool:
    """Whether a predicate follows the object ("called him a fraud", "praised her for ...")."""
    return any(c.i > obj.i and _predicates(c) for c in children)


def _content(
    tok: Token, off: int, ext: tuple[int, int], kind: str, lexicon: Lexicon
) -> list[Token] | None:
    """The tokens of what the cue reports, by the kind's preferred complements."""
    if ext[1] > off + tok.idx + len(tok.text):
        found = _particle_object(tok, ext, off)
        if found:
            return found
    children = list(tok.children)
    for dep in CONTENT_DEPS.get(kind, ()):
        comps = [c for c in children if c.dep_ == dep]
        if dep == "ccomp" and not comps:
            comps = _stray_clause(tok, lexicon)  # "said at a briefing that ...": hung on "briefing"
        if dep == "dobj" and (
            tok.lemma_.lower() in _ADDRESSEE_VERBS
            or (comps and comps[0].pos_ == "PRON" and not _held_to_be(children, comps[0]))
        ):
            continue  # "told reporters", "said it": the hearer or a pronoun, not the content
        if not comps or (dep == "xcomp" and tok.lemma_.lower() in _ASPECT_VERBS):
            continue  # "continues to grow": an aspect of the verb, not something said
        toks = _up_to_next_report(comps[0], lexicon)
        if kind == WRITER:  # "the plan seems to work": what seems so is the subject's
            return [
                t for c in children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree
            ] + toks
        objs = [c for c in children if c.dep_ == "dobj" and c.i < comps[0].i]
        if dep == "xcomp" and objs:  # "asked the committee to investigate": the object too
            toks = list(objs[0].subtree) + toks
        if dep == "dobj":  # "called the plan a disaster", "sees Cruz as a uniter": the predicate
            said = [c for c in children if c.i > comps[0].i and _predicates(c)]
            if kind == "belief" and not said:
                continue  # "knows the city", "saw the film": no view of the object is stated
            toks += [t for c in said for t in c.subtree]
        return toks + _run_on(children, comps[0], lexicon)
    passive = [c for c in children if c.dep_ == "nsubjpass"]
    if passive and any(c.dep_ == "agent" for c in children):
        # "Cruz was endorsed by the senator", "it is seen as a deal by many": the subject is
        # what is reported, with what it is held to be; the agent is the speaker
        said = [c for c in children if c.i > tok.i and _predicates(c)]
        return [*passive[0].subtree, *(t for c in said for t in c.subtree)]
    if _parenthetical(tok) and kind in _PARENTHETICAL_KINDS:  # "Prices, she said, will rise"
        inner = {t.i for t in tok.subtree}
        return [t for t in tok.head.subtree if t.i not in inner]
    for child in children:  # "bragged about his success", "argued for a tax"
        if child.dep_ == "prep" and child.lower_ in _VERB_CONTENT_PREPS:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                return list(objs[0].subtree)
    return None


def _stray_clause(tok: Token, lexicon: Lexicon) -> list[Token]:
    """The cue's "that" clause when the parser hung it on a noun of the cue's phrases ("said in
    a statement that the talks failed", "told reporters during a visit that ..."): a relative
    clause has no "that" of its own beside a subject of its own; a complement clause does. The
    noun must be the cue's, through a preposition (or the hearer of a verb that names one) with
    no verb between, and no cue noun whose own content the clause is ("said in reply to reports
    that ..."); a cue with an object of its own reports that."""
    addressed = tok.lemma_.lower() in _ADDRESSEE_VERBS
    if not addressed and any(c.dep_ == "dobj" for c in tok.children):
        return []  # "cited it as evidence that ...": the object and what it is held to be
    for clause in tok.subtree:
        if (
            clause.dep_ not in ("relcl", "acl")
            or clause.i < tok.i
            or clause.head.lemma_.lower() in lexicon.nouns
            or clause.head.lemma_.lower() in _HEARSAY_NOUNS
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        ):
            continue
        node, through = clause.head, addressed
        while node != tok and node.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADP", "DET"):
            through = through or node.pos_ == "ADP"
            node = node.head
        if node == tok and through:
            return [clause]
    return []


def _up_to_next_report(comp: Token, lexicon: Lexicon) -> list[Token]:
    """The complement's tokens before a second report by the same speaker that the parser hung
    on it ("said he would run and insisted that ...", "said the figures were wrong, describing
    the report as ..."): a cue verb joined to it with no subject of its own is the speaker's
    next act, which PolNeAR annotates as an attribution of its own."""
    toks = list(comp.subtree)
    nxt = next(
        (
            c
            for c in comp.rights
            if c.pos_ == "VERB" and joined_without_subject(c) and cue_extent(c, 0, lexicon)
        ),
        None,
    )
    if nxt is None:
        return toks
    toks = [t for t in toks if t.i < nxt.left_edge.i]
    while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct):
        toks.pop()
    return toks


def _reasoned(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause the parser hung on the cue after its content gives that content's
    reason or condition ("..., because demand grew", "unless the court rules"): what was said
    goes on. ("When asked", "as she left" say when the speaker spoke; "because she believes
    ..." is a report of its own.)"""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONTENT_MARKS for c in clause.children)
        and clause.lemma_.lower() not in lexicon.verbs
    )


def _run_on(children: Sequence[Token], comp: Token, lexicon: Lexicon) -> list[Token]:
    """The prepositional phrases right after the cue's content that the parser hung on the cue
    but that belong to what was said ("advocated a progressive agenda at a time of growing
    worry", "showed Trump ahead by 38 points"), up to the first gap or comma, and a clause of
    reason or condition right after them."""
    out: list[Token] = []
    end = comp.right_edge.i
    for c in (c for c in children if c.i > comp.right_edge.i):
        if _reasoned(c, lexicon) and c.left_edge.i in (end + 1, end + 2):
            out += list(c.subtree)  # "said prices rose because demand grew"
            break
        if c.dep_ != "prep" or c.i != end + 1:
            break
        out += list(c.subtree)
        end = c.right_edge.i
    return out


def _indirect(
    off: int, tok: Token, ext: tuple[int, int], kind: str, lexicon: Lexicon
) -> tuple[int, int] | None:
    if tok.lemma_.lower() == "accord":
        sent = tok.sent
        skip = {t.i for t in tok.subtree}
        return _span_offsets(off, [t for t in sent if t.i not in skip])
    toks = _content(tok, off, ext, kind, lexicon)
    return _span_offsets(off, sorted(toks, key=lambda t: t.i)) if toks else None


def _overlaps(a: tuple[int, int], found: Sequence[Found]) -> bool:
    for f in found:
        shared = min(a[1], f.end) - max(a[0], f.start)
        if shared > 0 and shared * 2 >= min(a[1] - a[0], f.end - f.start):
            return True
    return False


def _nested(f: Found, span: tuple[int, int]) -> bool:
    """Whether ``f`` is reported speech inside the content ``span``, its cue and all
    ("Keller plans to stay, Devine said": "plans" is inside what Devine said)."""
    return (
        not f.direct
        and f.cue is not None
        and span[0] <= f.cue[0] < span[1]
        and span[0] <= f.start
        and f.end <= span[1]
    )


def find_candidates(
    text: str, paragraphs: Sequence[tuple[int, Doc]], marks: Sequence[MarkSpan], lexicon: Lexicon
) -> list[Found]:
    """Direct, mixed and indirect quotes in text order, one per content span."""
    index = _Index(paragraphs)
    found = list({(f.start, f.end): f for f in _direct(text, index, marks, lexicon)}.values())
    used = {f.cue[0] for f in found if f.cue}
    mixed = {f.cue[0] for f in found if f.cue and not f.direct}  # the cues of mixed quotes
    for off, tok in index.tokens():
        ext = cue_extent(tok, off, lexicon)
        if ext is None or ext[0] in used or any(s.start <= ext[0] < s.end for s in marks):
            continue
        kind = cue_kind(tok, ext, off, lexicon)
        span = _indirect(off, tok, ext, kind, lexicon)
        least = MIN_STANCE_WORDS if kind in ("stance", "intention") else MIN_INDIRECT_WORDS
        if not span or words(text[span[0] : span[1]]) < least:
            continue
        # quoted words inside a reported clause ("said he'd asked his "people" to ...") are
        # part of that clause, which becomes a mixed quote
        governing = {off + a.idx for a in tok.ancestors}  # "added ..., according to Reuters"
        found = [f for f in found if not _fragment_of(f, span, text, mixed - governing)]
        # an attribution nested in this one's content gives way: the outer speaker is the
        # source of all of it, as PolNeAR annotates ("Keller plans to stay, Devine said")
        # ("according to" after a verb cue that a quotation made its own is the channel)
        channel = tok.lemma_.lower() == "accord"
        outside = [f for f in found if not _nested(f, span) or (channel and f.cue[0] in mixed)]
        if not _overlaps(span, outside):
            head = None if kind == WRITER else speaker_head(tok)  # the writer says so
            found = [*outside, Found(span[0], span[1], False, ext, head, off)]
    # cue nouns last: a verb's report of the same content names its speaker more plainly
    for off, tok in index.tokens():
        noun = _noun_cue(tok, off, lexicon)
        if noun is None or words(text[noun.start : noun.end]) < MIN_INDIRECT_WORDS:
            continue
        if not _overlaps((noun.start, noun.end), found) and not _inside(noun.cue, marks):
            found.append(noun)
    return sorted(found, key=lambda f: (f.start, f.end))


def _noun_cue(tok: Token, off: int, lexicon: Lexicon) -> Found | None:
    """A cue noun with its possessor and what it is about ("Keller's criticism of the plan")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.nouns:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    after = list(tok.rights)
    verb = tok.head
    if not owners and tok.dep_ in ("dobj", "attr") and verb.lemma_.lower() in lexicon.light_verbs:
        owners = [h for h in (speaker_head(verb),) if h is not None]  # "she made the case for"
        after += [c for c in verb.rights if c.i > tok.i]  # the parser often hangs "for" on "made"
    if not owners:
        return None  # "the criticism of the plan": nobody is named
    toks: list[Token] = []
    for child in after:
        if child.dep_ == "prep" and child.lower_ in _NOUN_CONTENT_PREPS:
            toks = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
        elif child.dep_ in ("acl", "ccomp"):  # "decision to run", "claim that he won"
            toks = list(child.subtree)
        if toks:
            break
    span = _span_offsets(off, toks)
    if span is None:
        return None
    return Found(
        span[0], span[1], False, (off + tok.idx, off + tok.idx + len(tok.text)), owners[0], off
    )


_MARKS = " \t\n.,;:!?\"'“”‘’«»"  # what may stand between a quotation's words and a clause's


def _within(inner: tuple[int, int], span: tuple[int, int], text: str) -> bool:
    """``inner`` lies inside ``span``, but for quotation marks and punctuation at its ends."""
    before = text[inner[0] : span[0]] if inner[0] < span[0] else ""
    after = text[span[1] : inner[1]] if inner[1] > span[1] else ""
    return not before.strip(_MARKS) and not after.strip(_MARKS) and inner[1] > span[0]


def _inside(span: tuple[int, int] | None, marks: Sequence[MarkSpan]) -> bool:
    return span is not None and any(m.start <= span[0] < m.end for m in marks)


def _fragment_of(f: Found, span: tuple[int, int], text: str, mixed: set[int]) -> bool:
    """Whether ``f`` is part of the reported clause ``span``: a short direct fragment inside
    it; a direct quote whose cue is in it too ("said he would counter "their wasteful
    habits.""); or a mixed quote whose cue is in it too and may be so taken (one of ``mixed``:
    "said he had asked his "people" to ..."). Quotation marks and punctuation around the quote
    may lie outside the clause's words."""
    if not _within((f.start, f.end), span, text):
        return False
    cue_in = f.cue is not None and span[0] <= f.cue[0] < span[1]
    if f.direct:
        return cue_in or words(text[f.start : f.end]) < MIN_DIRECT_WORDS
    return cue_in and f.cue[0] in mixed

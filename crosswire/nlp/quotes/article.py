"""Quotes and who said them, from the parsed paragraphs of one article.

What is found
  * Direct quotes: text between quotation marks (curly or straight, see ``marks`` for
    unbalanced marks and quotes running over several paragraphs). The cue is the reporting verb
    or "according to" nearest to the marks in the sentences around them (the sentence that opens
    the quote, the one that closes it, a short sentence right after it, or any sentence with a
    verb of speech before a quotation of its own after a question or an exclamation, and a
    sentence ending in a colon right before it), never a word inside quotation marks.
  * Mixed quotes: when the cue's clausal complement (``ccomp``) holds the quoted fragment and more
    (``arguing that Peru "has ignored every offer ..."``, or before a trailing cue: ``fees have
    been "far too high," Keller says``), the content is the whole complement and ``direct`` is
    False: ``direct`` means the content is entirely within quotation marks.
  * Indirect speech: a reporting verb with a clausal complement ("Okafor said the union has
    received the letter ..."); the content is the complement without "that" and edge punctuation.
  * "according to X, ...": the content is the rest of the sentence. After a verb cue in the same
    window ("she noted that ..., according to Reuters") "according to" names the channel and the
    verb's subject is the speaker.
  * Attribution beyond speech, as PolNeAR annotates it: belief ("believes"), intention ("wants
    to"), stance ("endorsed X", "called X a Y") and evidence ("polls show"); each cue's kind in
    ``data/cues.tsv`` says which complement carries the content (``CONTENT_DEPS``). A speech cue
    set off as a parenthetical ("Prices, she said, will rise") reports its head clause. A cue's
    object comes with the phrase that states the view of it ("accused Rubio of lying", "sees
    Cruz as a uniter"); a belief verb needs that phrase ("knows the city" reports nothing). An
    aspect verb's infinitive is not content ("continues to grow"). The writer's evidentials
    (kind ``writer``: "seems", "appears") report their subject with their complement ("the
    plan seems to work", "it appears that ...") and have no speaker; they never attribute a
    quotation.
  * Reported speech nested in another's content gives way to it: in "Keller plans to stay,
    Devine said" the content is what Devine said, and "plans" makes no quote of its own
    (but a verb that a quotation made its cue keeps it before "according to").
  * Passive cues with an agent: "the plan was criticized by Keller" reports "the plan", and the
    agent is the speaker.
  * A cue with no complement but a preposition saying what it is about reports its object
    ("bragged about the deal", "argued for a tax", "railed against it"); a particle cue's
    object comes with what it is asked to do ("called on the council to act", "calls for the
    mayor to resign"), and a date after it is no particle ("called on Tuesday to say ...");
    a cue set off by "as" reports its head clause like a parenthetical ("As the Post
    reported, prices rose"). A stance or intention cue's object may be one word ("endorsed
    Trump"); a pronoun object counts when a predicate follows it ("called him a fraud"). A
    quoted fragment inside such an object with its predicate makes a mixed quote (called the
    plan "a disaster").
  * Cue nouns (kind ``noun``): "Keller's criticism of the tariffs", "his decision to run", and,
    after a light verb (kind ``light``), "she made the case for a tax", "he is a critic of ...":
    the possessor or the light verb's subject is the speaker, the noun's complement the content.
    They come after the verb cues, which take the same content first.
  * Colon leads: a paragraph opening "Name: content" (``colon``); and a quotation with no cue
    right after a name and a colon ("... surprised the pollster Ada Lind: "...""), or alone in
    its paragraph and signed by a dash and a name opening the next ('"..."¶- Ada Lind,
    Leeds.'): the name speaks it.
  * Embedded markup (a ``<tweet ...>...</tweet>`` element, any other tag) is not the article's
    reporting: no quote or cue is taken inside it (``marks.embedded_spans``).
  * A direct quote interrupted by its attribution, or continued in the next paragraph, is one
    quote (``join``): its span runs over the attribution, whose offsets lie inside it; so is a
    quote whose long attribution closes its paragraph, before a cue-less quotation in the next.
  * Captions are not analysed; ``find_caption_quotes`` gives their quotation-mark quotes with
    ``in_caption`` set, for the caller to add.
  * Quotation marks without a cue: fragments under ``MIN_DIRECT_WORDS`` words are scare quotes
    or titles and are skipped (but a short utterance beside its speech cue is a quote:
    '"Not yet," Ruiz said', 'she said: "No."'); longer ones are kept. When their words hang
    on a verb outside the marks that the lexicon lacks ('"...," fumed Ada Lind', 'Keller
    resisted: "..."'; for a quotation whose words form sentences of their own, the verb of the
    clause that a colon before it ends, 'As Keller put it: "..."', 'Ruiz delivered a retort:
    "..."', or of a clause set off by "as" that its verb holds, 'As Keller put it, "..."'),
    that verb is the cue and its subject the speaker; else they inherit the
    previous quote's speaker, with the mention that named it, when it is close (a quote
    continued after "the court said.", or after '"...," said a strategist, speaking on
    condition of anonymity.'); a quotation whose mention names no one ('"...," she said' with
    no referent) passes on that mention and no name, not an earlier speaker's.
  Cues are the lemmas of ``data/cues.tsv``.

Who said it (``speaker``)
  * The mention is the subject of the cue (climbing "..., saying", "and added", "before adding",
    relative clauses, the noun a participle modifies: "a group backing Cruz", or a finite verb
    the parser read as one: "a group of farmers called for", "The senator aimed to"; but a noun that
    cannot speak passes the cue on to its possessor, the people it counts, or the subject of
    the verb holding it: "issued a statement saying", "had reason to believe", "her refusal to
    say", "the share of voters saying"; the object of
    a verb like "lead" or "urge" does what its infinitive says: "led some to speculate"), or
    the object of "according to" (or who made it when it is a document: "according to an
    analysis by the bureau"), or the agent of a participle ("Asked by the host ..."), or the name
    right after a cue the parser left subjectless ('"The risk," said Ada Lind, "is ..."',
    '"...," added a local official', unless asked to act: "X, for one, asked the judge to
    block it"; or the noun phrase after it whatever the parser made of
    it: '"...," said the woman, who ...'), or the noun phrase right before a finite cue left
    subjectless ("Kowalski notes" parsed as a compound noun), parenthetical phrases skipped
    ("Ruiz, a spokeswoman in Oslo, said", "Ruiz, asked about it, had said", "Ruiz, who like
    others spoke on condition of anonymity, said" with "spoke" read as the report), or a name the
    tagger took for an adverb or a modal ("Gladly said", "Will wrote"); a verb reached by
    climbing that lost its subject so takes it the same way ("Ruiz also railed against X, and
    explained ..."). "he's said" is "has said", not a passive. A name right after a cue set
    off by commas inside what it reports is the speaker, though the parser made it the
    report's subject ("The plan, said Ruiz, who ..., will fail"). Climbing passes through
    adjectives ("was willing to say"), verbs the parser hung loosely on the verb before ("Keller
    paused, then revealed"), the nouns of "made a point of saying", "in addition
    to stating", and takes a passive head's subject ("was forced out and said", "was prompted
    to say"); of two subjects the nearer to the cue is taken (the other is often a word of
    the quotation). The mention is the noun phrase ending at that word, appositions left out.
    Its offsets are those of the mention in the quote's own sentence, even when it is "he" or
    "who" ("who" is named by the noun it modifies); a quote without a cue has those of the
    mention it inherits.
  * The entity holding the mention's head word gives its canonical name (so a resolver that
    already made "the bloc" an ORG mention of ASEAN wins); a person named in an apposition
    ("the union's general secretary, Ada Lindqvist,") is the speaker, with the role kept in the
    mention. A name that only modifies the head ("Norway's foreign ministry", "a Kremlin
    spokesman") is not the speaker. A proper name outside the entities is its own name, or the
    full name of the one earlier person with its surname ("Mr. Nadler").
  * A pronoun (he/she → PERSON; it → ORG/GPE; they → any, or a plural description) takes the
    most salient referent of ``crosswire.nlp.coref`` (Lappin & Leass: subjects and recent
    mentions weigh most; sentences inside quotation marks are no distance); the previous quote's
    speaker counts as a mention where it was last named or referred to, plus a tie-breaker
    (``SPEAKER``). "she" is never a man the article calls "Mr." (nor "he" a "Mrs."), nor one
    whose given name is a man's (``crosswire.nlp.coref.first_names``). With nothing in reach,
    the nearest fitting name within ``MAX_BACK_CHARS``. Entities inside
    quotation marks are not antecedents. I/we/you are not resolved (writer or unknowable).
  * A place (GPE) is a speaker only as the subject of its cue ("Norway said"): a pronoun whose
    referent is a place names no speaker, and descriptions never resolve to one.
  * A definite description ("the ministry", "the spokesperson") takes the nearest earlier person
    (role nouns) or organisation whose text contains the noun ("Health Ministry") or has it in a
    short apposition before the description ("UN spokesperson Ana Ruiz"); else, when the noun
    is a known role noun, the most salient referent of its kind. Other descriptions ("federal
    officials", "a senior adviser", "Norway's foreign ministry") are named as written; they are
    antecedents of later pronouns; quotes without a cue inherit them only from a quotation
    ('"...," said a harbour official'), not from narration ("Bankers met to discuss ...").
Limits: no noun cues without a possessor ("in a statement", "the criticism of"), no passive
cues without an agent ("is expected to"), no writer's evidentials beyond "seem" and "appear"
("apparently", "reportedly"), no single quotation marks; no gender agreement beyond titles
and given names, no cataphora, no speakers of quotes nested in quotes, nothing beyond
``MAX_BACK_CHARS``; cues are single verbs or listed phrases, so "was quoted as saying" is
missed, and a cue used for something else ("told to leave") may give a false quote when it has
a complement; the parse decides what it covers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from crosswire.nlp.coref import Salience
from crosswire.nlp.quotes.colon import colon_leads
from crosswire.nlp.quotes.find import MIN_DIRECT_WORDS, Found, find_candidates, words
from crosswire.nlp.quotes.join import join_interrupted
from crosswire.nlp.quotes.lexicon import load_lexicon
from crosswire.nlp.quotes.marks import embedded_spans, quotation_spans
from crosswire.nlp.quotes.speaker import Previous, Scene, mention_bounds, resolve
from crosswire.nlp.segments import doc_length
from crosswire.types import Article, Entity, Quote

# A quote without a cue inherits the previous speaker only this close to the previous quote:
# about one newswire paragraph.
INHERIT_CHARS = 400


def find_quotes(
    article: Article, paragraphs: Sequence[tuple[int, Doc]], entities: Sequence[Entity]
) -> tuple[Quote, ...]:
    """The quotes in ``paragraphs`` ((offset, Doc) in text order), with cues and speakers."""
    text = article.text
    lexicon = load_lexicon()
    bounds = [(off, off + doc_length(doc)) for off, doc in paragraphs]
    embedded = embedded_spans(text)
    marks = [m for m in quotation_spans(text, bounds) if not _at(m.mark_start, embedded)]
    found = _merge(find_candidates(text, paragraphs, marks, lexicon), colon_leads(text, paragraphs))
    # a cue word inside markup is a tag's name or attribute ("<tweet author=...>")
    found = [
        f for f in found if not _at(f.start, embedded) and not (f.cue and _at(f.cue[0], embedded))
    ]
    inside = [(m.mark_start, m.mark_end) for m in marks]
    narrative = [e for e in entities if not _within(e.start, e.end, inside)]
    scene = Scene(text, narrative, Salience(paragraphs, narrative, inside), lexicon)
    quotes: list[Quote] = []
    previous: Previous | None = None  # the last speaker, for pronouns and descriptions
    named: Previous | None = None  # the last speaker named or quoted, for quotes without a cue
    for f in found:
        quote, previous, named = _attribute(f, scene, previous, named)
        quotes.append(quote)
    return join_interrupted(quotes, text)


def find_caption_quotes(article: Article) -> tuple[Quote, ...]:
    """Quotation-mark quotes inside ``article.captions``, marked ``in_caption``.

    Captions are not parsed (they are excluded from analysis), so these quotes carry no cue and
    no speaker; fragments shorter than ``MIN_DIRECT_WORDS`` words are scare quotes and skipped.
    """
    bounds = [(c.start, c.end) for c in sorted(article.captions, key=lambda c: c.start)]
    text = article.text
    return tuple(
        Quote(m.start, m.end, text[m.start : m.end], direct=True, in_caption=True)
        for m in quotation_spans(text, bounds)
        if words(text[m.start : m.end]) >= MIN_DIRECT_WORDS
    )


def _merge(found: Sequence[Found], leads: Iterable[Found]) -> list[Found]:
    """``found`` and the colon attributions that overlap none of them, in text order."""
    extra = [c for c in leads if not any(f.start < c.end and c.start < f.end for f in found)]
    return sorted([*found, *extra], key=lambda f: (f.start, f.end))


def _at(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _within(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _attribute(
    f: Found, scene: Scene, previous: Previous | None, named: Previous | None
) -> tuple[Quote, Previous | None, Previous | None]:
    text = scene.text
    speaker = s_start = s_end = None
    cue = text[f.cue[0] : f.cue[1]] if f.cue else None
    if f.head is not None:
        first, last = mention_bounds(f.head)
        s_start = f.head_offset + f.head.doc[first].idx
        s_end = f.head_offset + f.head.doc[last - 1].idx + len(f.head.doc[last - 1].text)
        r = resolve(f.head, (s_start, s_end), scene, previous)
        speaker = r.name
        if r.name:
            previous = Previous(r.name, r.types, s_start, s_end, (s_start, s_end), f.end)
            # a name, or whoever a quotation is attributed to ("said a harbour official")
            named = previous if r.named or f.direct else named
        elif f.direct:  # '"...," she said' with no referent: its continuation is hers too
            named = Previous("", r.types, s_start, s_end, (s_start, s_end), f.end)
    elif f.cue is None and named and f.start - named.said <= INHERIT_CHARS:
        # a quotation continued without a cue: its speaker and the mention that named them
        speaker = named.name or None
        s_start, s_end = named.mention or (None, None)
        named = Previous(named.name, named.types, f.start, f.end, named.mention, f.end)
        previous = named if named.name else previous
    quote = Quote(
        start=f.start,
        end=f.end,
        quote=text[f.start : f.end],
        direct=f.direct,
        cue=cue,
        speaker=speaker,
        speaker_start=s_start,
        speaker_end=s_end,
        cue_start=f.cue[0] if f.cue else None,
        cue_end=f.cue[1] if f.cue else None,
    )
    return quote, previous, named

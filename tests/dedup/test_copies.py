import pickle

import pytest

from crosswire.dedup import CopyIndex, body_text, find_copies
from crosswire.settings import DedupSettings
from crosswire.types import Article, Removed

SETTINGS = DedupSettings(copy_threshold=0.5, shingle_words=5, num_perm=128)

# Written for these tests: a wire story and an independent report of the same (invented) event.
WIRE = """Harbour workers strike in Porto Velha

PORTO VELHA (Wire) - Dock workers at the port of Porto Velha walked off the job on Tuesday,
halting the loading of grain ships for the first time in a decade, union leaders said.

The strike was called after talks with the port authority over pay and night shifts broke down
late on Monday, according to Marta Ilesco, who heads the dockers' union.

"We have waited two years for an answer and we will not wait any longer," Ilesco told reporters
outside the main gate, where several hundred workers gathered with banners and whistles.

The port authority said in a statement that it regretted the decision and remained open to
talks, adding that emergency cargo such as medicine would still be handled by managers.

Grain exporters warned that a long stoppage could delay shipments worth millions of dollars and
push up freight costs across the region, which depends on the port for most of its trade.

The transport minister, Oren Dask, called on both sides to return to the table and said the
government was ready to mediate if asked, but ruled out using the army to move cargo."""

INDEPENDENT = """Porto Velha port at a standstill as dockers down tools

Hundreds of dockers blew whistles and waved banners at the gates of Porto Velha's harbour on
Tuesday morning, as a walkout over wages and night work left grain carriers idle at anchor.

Union chief Marta Ilesco, speaking to the crowd, said her members had lost patience. "We have
waited two years for an answer and we will not wait any longer," she said.

Negotiations collapsed on Monday evening. Officials at the port authority, who declined to be
named, expressed regret and said managers would keep unloading urgent supplies.

Traders fear the dispute will ripple through the regional economy. One exporter estimated that
each day of stoppage costs the sector several million dollars in demurrage and lost contracts.

Oren Dask, the transport minister, offered government mediation on Wednesday. He rejected calls
from business groups to deploy soldiers to the docks."""


def _reheadline(text: str) -> str:
    return "Dockers walk out, halting grain exports\n" + text.split("\n", 1)[1]


def _truncate(text: str) -> str:
    return text[: len(text) // 2]


def _edit(text: str) -> str:
    return (
        text.replace("Tuesday", "Tuesday morning")
        .replace("several hundred", "hundreds of")
        .replace("millions of dollars", "millions")
        + "\n\nReporting by the local desk."
    )


@pytest.mark.parametrize(
    "copy",
    [WIRE, _reheadline(WIRE), _truncate(WIRE), _edit(WIRE), _truncate(_reheadline(WIRE))],
    ids=["exact", "reheadlined", "truncated", "edited", "reheadlined-truncated"],
)
def test_copies_are_linked_to_their_original(copy):
    links = find_copies([("wire", WIRE), ("copy", copy)], SETTINGS)
    assert [(lk.article_id, lk.original_id) for lk in links] == [("copy", "wire")]
    assert SETTINGS.copy_threshold <= links[0].similarity <= 1.0


def test_independent_reports_of_one_event_are_not_copies():
    assert find_copies([("a", WIRE), ("b", INDEPENDENT)], SETTINGS) == ()


def test_the_earliest_added_is_the_original():
    links = find_copies([("first", _edit(WIRE)), ("second", WIRE), ("third", WIRE)], SETTINGS)
    assert {lk.article_id: lk.original_id for lk in links} == {"second": "first", "third": "first"}


def test_a_copy_of_a_copy_traces_to_the_root():
    second = _reheadline(WIRE) + "\n\nA further paragraph added by the second outlet today."
    links = find_copies([("root", WIRE), ("c1", second), ("c2", _truncate(second))], SETTINGS)
    assert {lk.article_id: lk.original_id for lk in links} == {"c1": "root", "c2": "root"}


def test_short_texts_link_only_when_equal():
    index = CopyIndex(SETTINGS)
    assert index.add("a", "Talks collapse in Porto Velha") is None
    assert index.add("b", "Talks collapse in Porto Velha today") is None
    assert index.add("c", "talks COLLAPSE in Porto-Velha!").original_id == "a"


def test_index_is_picklable_and_keeps_working():
    index = CopyIndex(SETTINGS)
    index.add("wire", WIRE)
    restored = pickle.loads(pickle.dumps(index))
    assert restored.add("copy", _reheadline(WIRE)).original_id == "wire"
    assert restored.add("other", INDEPENDENT) is None


def test_an_id_added_twice_is_an_error():
    from crosswire.errors import InputError

    index = CopyIndex(SETTINGS)
    index.add("a", WIRE)
    with pytest.raises(InputError):
        index.add("a", INDEPENDENT)


@pytest.mark.parametrize(
    ("removed", "expected"),
    [
        ((), "Header body text footer"),
        ((Removed(0, 7, "furniture"),), "body text footer"),
        ((Removed(17, 24, "furniture"), Removed(0, 7, "x")), "body text \n"),
        ((Removed(0, 12, "a"), Removed(5, 17, "b")), "footer"),
    ],
)
def test_body_text_cuts_removed_spans(removed, expected):
    article = Article(id="x", text="Header body text footer", removed=removed)
    assert body_text(article).replace("\n", " ").split() == expected.split()


def test_paragraphs_read_the_body_that_copies_compare():
    from crosswire.nlp.segments import paragraphs

    text = "Lead line here.\nSHARE THIS\nSecond line stays.\nAD Third line."
    removed = (Removed(16, 26, "furniture"), Removed(18, 22, "x"), Removed(46, 49, "furniture"))
    article = Article(id="p", text=text, removed=removed)
    read = [text[s:e] for s, e in paragraphs(article)]
    assert read == ["Lead line here.", "Second line stays.", "Third line."]
    assert "\n".join(read).split() == body_text(article).split()

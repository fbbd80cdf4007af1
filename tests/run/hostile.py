"""Hostile inputs for the runs (issue 17): a JSONL file of good records with a bad one between
each two, and feeds whose entries carry dates that are no dates. Shared by the local and Dask
tests; written here, nothing from datasets or seeds."""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

GOOD_TEXTS = (
    "Peru recalled its ambassador from Chile on Monday after a quarrel over fishing quotas.",
    "Norway expelled three Russian diplomats on Friday, the foreign ministry in Oslo said.",
    "Brazil signed a trade agreement with Argentina in Buenos Aires on Tuesday evening.",
    "Ghana condemned the raid and urged Togo to release the detained fishermen at once.",
)
TEXT = "Kenya recalled its envoy from Uganda on Monday and said talks would resume next week."
# One line longer than the spaCy limit the tests set (LONG_LIMIT), with no line break in it.
LONG_LIMIT = 2_000
LONG_TEXT = " ".join(f"Peru expelled {n} Chilean diplomats on Monday." for n in range(120))


def _rec(**fields: object) -> str:
    return json.dumps({"text": TEXT, **fields})


# (id it is reported under, JSONL line, skip reason; None: the record is analysed). A record
# whose own id is unusable is reported under its place in the file (PLACE: "in.jsonl:<line>").
PLACE = None
CASES: tuple[tuple[str | None, str, str | None], ...] = (
    ("url-number", _rec(id="url-number", url=5), "bad-record:url"),
    ("title-list", _rec(id="title-list", title=["a", "b"]), "bad-record:title"),
    ("outlet-list", _rec(id="outlet-list", outlet=["o"]), "bad-record:outlet"),
    (PLACE, _rec(id={"a": 1}), "bad-record:id"),
    (PLACE, _rec(id=True), "bad-record:id"),
    (PLACE, _rec(id=float("nan")), "bad-record:id"),
    (PLACE, '{"id": ' + "9" * 5000 + ', "text": "x"}', "bad-record"),  # over int's 4300 digits
    ("published-number", _rec(id="published-number", published=20240101), "bad-record:published"),
    ("authors-string", _rec(id="authors-string", authors="Jo Bloggs"), "bad-record:authors"),
    ("authors-number", _rec(id="authors-number", authors=["Jo", 7]), "bad-record:authors"),
    ("text-number", json.dumps({"id": "text-number", "text": 12}), "bad-record:text"),
    ("html-object", json.dumps({"id": "html-object", "html": {"p": 1}}), "bad-record:html"),
    ("no-body", json.dumps({"id": "no-body", "title": "Only a title"}), "bad-record:text"),
    (PLACE, '{"id": "not-json", "text": ', "bad-record"),
    (PLACE, json.dumps([TEXT]), "bad-record"),
    (PLACE, "null", "bad-record"),
    (PLACE, "[" * 50_000 + "]" * 50_000, "bad-record"),  # json.loads: RecursionError
    ("nul-in-text", _rec(id="nul-in-text", text="Kenya\x00 recalled\x00 its envoy."), "binary"),
    ("empty-text", _rec(id="empty-text", text="   "), "empty"),
    # json.dumps writes a lone surrogate as the escape "\\ud800"
    ("surrogate-text", _rec(id="surrogate-text", text="Kenya \ud800 recalled its envoy."), None),
    ("surrogate-title", _rec(id="surrogate-title", title="Envoy \udfff"), None),
    ("published-zero", _rec(id="published-zero", published="0000-00-00"), None),
    ("published-far", _rec(id="published-far", published="9999-12-31"), None),
    ("published-first", _rec(id="published-first", published="0001-01-01T00:00:00Z"), None),
    ("17", _rec(id=17), None),
    ("long-line", _rec(id="long-line", text=LONG_TEXT), None),
)
RECORD_BODY = (
    "<p>Kenya recalled its envoy from Uganda on Monday after a quarrel over a border post, the "
    "foreign ministry in Nairobi said in a statement.</p><p>Uganda said it regretted the step and "
    "would keep talking with its neighbour about the crossing agreed last year.</p>"
)
RSS = (
    '<?xml version="1.0"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>N</title>'
    "<item><title>Zero date</title><pubDate>0000-00-00</pubDate>"
    f"<content:encoded><![CDATA[{RECORD_BODY}]]></content:encoded></item>"
    "<item><title>Dated</title><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>"
    f"<content:encoded><![CDATA[{RECORD_BODY}]]></content:encoded></item></channel></rss>"
)
ATOM = (
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>'
    "<entry><title>Far future</title><updated>9999-12-31T23:59:59-05:00</updated>"
    f'<content type="html">{html.escape(RECORD_BODY)}</content></entry>'
    "<entry><title>Dated</title><updated>2024-05-06T10:00:00Z</updated>"
    f'<content type="html">{html.escape(RECORD_BODY)}</content></entry></feed>'
)


@dataclass(frozen=True)
class Expected:
    inputs: list[str]  # the INPUT arguments
    good: list[str]  # ids of plain good records
    analysed: list[str]  # every id that must be analysed, in input order
    skipped: dict[str, str]  # id -> reason
    undated: list[str]  # ids analysed without the date their source gave

    @property
    def reasons(self) -> Counter[str]:
        return Counter(self.skipped.values())

    @property
    def read(self) -> int:
        return len(self.analysed) + len(self.skipped)


def write_inputs(folder: Path, with_long: bool = True) -> Expected:
    """The JSONL file and feeds in ``folder``, and what a run must make of them."""
    lines: list[str] = []
    good, analysed, skipped = [], [], {}
    for n, (doc_id, line, reason) in enumerate(CASES):
        if doc_id == "long-line" and not with_long:
            continue
        good.append(f"good-{n}")
        lines.append(json.dumps({"id": good[-1], "text": GOOD_TEXTS[n % len(GOOD_TEXTS)]}))
        lines.append(line)
        doc_id = doc_id or f"in.jsonl:{len(lines)}"
        if reason:
            skipped[doc_id] = reason
        analysed += [good[-1]] if reason else [good[-1], doc_id]
    (folder / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "news.rss").write_text(RSS, encoding="utf-8")
    (folder / "news.atom").write_text(ATOM, encoding="utf-8")
    inputs = [str(folder / name) for name in ("in.jsonl", "news.rss", "news.atom")]
    feeds = [f"{inputs[1]}#1", f"{inputs[1]}#2", f"{inputs[2]}#1", f"{inputs[2]}#2"]
    undated = ["published-zero", "published-far", "published-first", feeds[0], feeds[2]]
    return Expected(inputs, good, analysed + feeds, skipped, undated)


def report_counts(stderr: str) -> tuple[dict[str, int], dict[str, int]]:
    """The "run:" and "skipped:" lines a command prints, as counts by name."""

    def parse(prefix: str) -> dict[str, int]:
        line = next((x for x in stderr.splitlines() if x.startswith(prefix)), prefix)
        pairs = (part.rsplit(" ", 1) for part in line.removeprefix(prefix).split(", ") if part)
        return {k.strip(): int(v) for k, v in pairs}

    return parse("run: "), parse("skipped: ")

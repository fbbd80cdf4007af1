"""The seed case as an acceptance test: ../shared/seeds/EXPECTED.md, through the real CLI.

These assertions are the acceptance criteria of the foundation issue, checked on the output of
`crosswire analyze` and `crosswire stories`; nothing in the code knows these files.
"""

import json
import re

import pytest
from typer.testing import CliRunner

from crosswire.cli import app

AP = "ap-newsweek-russia-cuts-ties-nato.txt"
EN = "euronews-russia-nato-mission.txt"
FURNITURE = [
    "Share this article", "Comments", "Close Button",
    "Copy/paste the article video embed link below", "Copy to clipboard", "Copied",
    "ADVERTISEMENT", "You might also like", "in the video player above",
    "For more reporting from the Associated Press, see below",
    "Copyright Evgeniy Paulin / AP / Sputnik", "Dimitar Dilkoff/AFP via Getty Images",
    "Russian Foreign Ministry Press Service via AP",
]  # fmt: skip


@pytest.fixture(scope="module")
def analysed(seeds_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "out.jsonl"
    result = CliRunner().invoke(
        app, ["analyze", str(seeds_dir / AP), str(seeds_dir / EN), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return out, {r["id"]: r for r in records}


def _covered(rec, start, end):
    return any(r["start"] <= start and end <= r["end"] for r in rec["removed"])


def _spans(rec):
    for kind in ("entities", "quotes", "timexes"):
        for item in rec[kind]:
            yield kind, item["start"], item["end"]
    for ev in rec["events"]:
        yield "event", ev["trigger_start"], ev["trigger_end"]


def test_text_is_the_input_unchanged(analysed, seeds_dir):
    _, recs = analysed
    for name in (AP, EN):
        assert recs[name]["text"] == (seeds_dir / name).read_text(encoding="utf-8")


def test_every_furniture_line_is_removed(analysed):
    _, recs = analysed
    for phrase in FURNITURE:
        pattern = r"\s+".join(re.escape(w) for w in phrase.split())  # pages use no-break spaces
        found = [(r, m) for r in recs.values() for m in re.finditer(pattern, r["text"])]
        assert found, phrase
        for rec, m in found:
            assert _covered(rec, m.start(), m.end()), f"{phrase!r} in {rec['id']} is not removed"


def test_captions_are_kept_apart(analysed):
    _, recs = analysed
    for rec in recs.values():
        assert rec["captions"], rec["id"]
        for cap in rec["captions"]:
            assert rec["text"][cap["start"] : cap["end"]] == cap["text"]
            assert _covered(rec, cap["start"], cap["end"])


def test_nothing_is_extracted_from_removed_spans(analysed):
    _, recs = analysed
    for rec in recs.values():
        for kind, start, end in _spans(rec):
            assert 0 <= start < end <= len(rec["text"])
            assert not any(r["start"] < end and start < r["end"] for r in rec["removed"]), kind


def test_document_dates_are_inferred(analysed):
    _, recs = analysed
    assert recs[AP]["published"] == "2021-10-18"
    assert recs[AP]["published_source"] == "inferred"
    assert "2021-10-01" <= recs[EN]["published"] <= "2021-11-30"
    assert recs[EN]["published_source"] == "inferred"


def _speakers(rec):
    return [q["speaker"] or "" for q in rec["quotes"]]


def test_quotes_have_their_speakers(analysed):
    _, recs = analysed
    speakers = _speakers(recs[AP]) + _speakers(recs[EN])
    assert sum(s == "Sergey Lavrov" for s in speakers) >= 2
    assert sum(s == "Jamie Shea" for s in speakers) >= 2
    lungescu = [q for q in recs[AP]["quotes"] if "taken note" in q["quote"]]
    assert lungescu and lungescu[0]["speaker"] == "Oana Lungescu"
    assert not lungescu[0]["direct"]
    ministry = [q for q in recs[AP]["quotes"] if "equal dialogue and joint work" in q["quote"]]
    assert ministry and "Foreign Ministry" in ministry[0]["speaker"]


def _events(rec, plover=None, cameo_prefix=(), source="", target=""):
    return [
        e for e in rec["events"]
        if (plover is None or e["plover"] == plover)
        and (not cameo_prefix or e["cameo"].startswith(cameo_prefix))
        and (e["source"]["code"] or "").startswith(source)
        and ((e["target"] or {}).get("code") or "").startswith(target)
    ]  # fmt: skip


def test_expulsion_in_each_report_with_its_date(analysed):
    _, recs = analysed
    en = _events(recs[EN], cameo_prefix=("16", "17"), source="IGOWSTNAT", target="RUS")
    assert "2021-10-06" in {e["date"] for e in en}
    ap = _events(recs[AP], cameo_prefix=("16", "17"), source="IGOWSTNAT", target="RUS")
    assert "2021-10" in {e["date"] for e in ap}


def test_suspension_closure_accusation_and_denial(analysed):
    _, recs = analysed
    for rec in recs.values():
        assert _events(rec, cameo_prefix=("16",), source="RUS", target="IGOWSTNAT"), rec["id"]
    assert _events(recs[AP], cameo_prefix=("11",), source="IGOWSTNAT", target="RUS")
    text = recs[AP]["text"]
    denials = [e for e in recs[AP]["events"]
               if text[e["trigger_start"]:e["trigger_end"]] == "denied"]  # fmt: skip
    assert denials and all(e["plover"] == "REJECT" for e in denials)
    assert denials[0]["source"]["code"].startswith("RUS")
    # the denial is not also read as Russia accusing NATO (a reversed duplicate of NATO's
    # accusation in the same sentence)
    accusing = _events(recs[AP], plover="ACCUSE", source="RUS", target="IGOWSTNAT")
    assert not [e for e in accusing if e["sentence_start"] == denials[0]["sentence_start"]]


def test_the_annexation_is_russias_in_each_report(analysed):
    # EXPECTED.md row 10: NATO suspended cooperation "after it annexed" Crimea; "it" is Russia
    _, recs = analysed
    for rec in recs.values():
        text = rec["text"]
        annexed = [e for e in rec["events"]
                   if text[e["trigger_start"]:e["trigger_end"]] == "annexed"]  # fmt: skip
        assert annexed, rec["id"]
        assert all((e["source"]["code"] or "").startswith("RUS") for e in annexed), rec["id"]
        assert {e["date"] for e in annexed} == {"2014"}, rec["id"]


def test_hedged_closure_date_keeps_its_modality(analysed):
    _, recs = analysed
    hedged = [e for e in _events(recs[AP], cameo_prefix=("16",), source="RUS")
              if e["date"] == "2021-11-01"]  # fmt: skip
    assert hedged and all(e["modality"] in ("hedged", "planned") for e in hedged)


def test_the_two_reports_form_one_story(analysed, tmp_path):
    out, _ = analysed
    stories = tmp_path / "stories.jsonl"
    result = CliRunner().invoke(app, ["stories", str(out), "-o", str(stories)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(s) for s in stories.read_text().splitlines()]
    assert len(lines) == 1
    assert sorted(lines[0]["article_ids"]) == sorted([AP, EN])


@pytest.fixture(scope="module")
def story(analysed, tmp_path_factory):
    out, _ = analysed
    path = tmp_path_factory.mktemp("story") / "stories.jsonl"
    result = CliRunner().invoke(app, ["stories", str(out), "-o", str(path)])
    assert result.exit_code == 0, result.output
    [line] = [json.loads(s) for s in path.read_text().splitlines()]
    return line


def _family(story, family):
    return [e for e in story["events"] if e["family"] == family]


@pytest.mark.parametrize("family", ["expulsion", "suspension", "closure"])
def test_each_main_act_appears_once_with_both_outlets(story, family):
    [event] = [e for e in _family(story, family) if (e["date"] or "") >= "2021"]
    articles = {m["article_id"] for m in event["mentions"]}
    assert articles == {AP, EN}
    assert len(event["independent_sources"]) == 2


def test_a_hedge_is_shown_as_a_disagreement(story):
    hedges = [d for d in story["disagreements"] if d["fact"] == "modality"]
    assert hedges and all(d["about"] == "modality" for d in hedges)
    values = {v["value"] for v in hedges[0]["values"]}
    assert "hedged" in values and "stated" in values


def test_the_closure_date_is_a_disagreement_stated_vs_hedged(story):
    [closure] = [e for e in _family(story, "closure") if (e["date"] or "") >= "2021"]
    [timing] = [f for f in closure["facts"] if f["fact"] == "timing"]
    assert timing["status"] == "conflicting"
    ways = {v["value"].split()[0]: set(v["article_ids"]) for v in timing["values"]}
    assert ways["hedged"] == {AP} and ways["stated"] == {EN}
    assert any(d["story_event_id"] == closure["story_event_id"] and d["fact"] == "timing"
               for d in story["disagreements"])  # fmt: skip


def test_ap_only_facts_are_single_source(story):
    [denial] = _family(story, "denial")
    assert denial["status"] == "single-source"
    assert {m["article_id"] for m in denial["mentions"]} == {AP}


def test_expelled_counts_agree(story):
    [event] = [e for e in _family(story, "expulsion") if (e["date"] or "") >= "2021"]
    counts = [f for f in event["facts"] if f["fact"] == "count"]
    assert counts and counts[0]["status"] == "corroborated"


def test_team_size_numbers_agree(story):
    [event] = _family(story, "reduction")
    changes = [f for f in event["facts"] if f["fact"] == "change"]
    assert changes and changes[0]["status"] == "corroborated"

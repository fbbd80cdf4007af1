"""The silver labels' collector (tools/silver/silver.py): a round adds articles to the file and
keeps those coded in earlier rounds, whose annotations are no longer at hand."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "silver"))

import silver


def _write(path: Path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_a_new_round_keeps_the_articles_of_earlier_rounds(tmp_path, monkeypatch):
    first, second = "The mayor praised the plan.", "The council rejected the offer."
    datasets, where = tmp_path / "datasets", tmp_path / "round"
    datasets.mkdir()
    (where / "out").mkdir(parents=True)
    _write(datasets / "news_events_dev.jsonl", [])
    _write(datasets / "pages.jsonl", [{"id": "p1", "text": first}, {"id": "p2", "text": second}])
    meta = [
        {"name": f"a0{i}", "dataset": "pages.jsonl", "id": f"p{i}", "text_field": "text",
         "published": "2020-01-01", "sentences": [[0, len(t)]], "gold": False}
        for i, t in ((1, first), (2, second))
    ]  # fmt: skip
    (where / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    earlier = {"dataset": "pages.jsonl", "id": "p1", "text_field": "text",
               "published": "2020-01-01",
               "sentences": [{"n": 0, "start": 0, "end": len(first), "events": [
                   {"type": "SUPPORT", "source_span": [0, 9], "target_span": None}]}]}  # fmt: skip
    out = tmp_path / "silver.jsonl"
    _write(out, [earlier])
    monkeypatch.setattr(silver, "OUT", out)
    _write(where / "out" / "a02.jsonl", [{"n": 0, "events": [
        {"type": "REJECT", "source": "The council", "target": None}]}])  # fmt: skip

    assert silver.collect(datasets, where) == (2, 2, 2, 0)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["p1", "p2"]
    assert rows[0] == earlier
    [event] = rows[1]["sentences"][0]["events"]
    assert event["type"] == "REJECT" and event["source_span"] == [0, 11]

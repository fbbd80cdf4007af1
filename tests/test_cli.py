"""The CLI: the batch contract's shape, standard output, and clear errors."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from crosswire.cli import app

CONTRACT = {"id", "title", "outlet", "url", "published", "published_source", "text", "removed",
            "captions", "entities", "quotes", "timexes", "events", "skipped"}  # fmt: skip
EVENT = {"source", "target", "cameo", "plover", "mode", "goldstein", "quad", "date", "modality",
         "sentence_start", "sentence_end", "confidence"}  # fmt: skip


def _jsonl(tmp_path, records):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_analyze_writes_one_record_per_input_in_order(tmp_path):
    path = _jsonl(tmp_path, [
        {"id": "z", "text": "Norway expelled a Russian diplomat on Monday.",
         "published": "2020-05-04"},
        {"id": "empty", "text": "  "},
        {"id": "a", "text": "Chile and Peru signed a border agreement.", "title": "Deal"},
    ])  # fmt: skip
    result = CliRunner().invoke(app, ["analyze", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [r["id"] for r in lines] == ["z", "empty", "a"]
    for rec in lines:
        assert rec.keys() >= CONTRACT
    z, empty, a = lines
    assert z["text"] == "Norway expelled a Russian diplomat on Monday."
    assert z["published"] == "2020-05-04" and z["published_source"] == "given"
    assert z["events"] and z["events"][0].keys() >= EVENT
    assert z["events"][0]["date"] == "2020-05-04"  # "on Monday" of a Monday article
    assert empty["skipped"]["reason"] == "empty" and empty["events"] == []
    assert a["title"] == "Deal" and a["skipped"] is None


def test_an_unnamed_doer_keeps_the_contract_and_joins_its_story(tmp_path):
    path = _jsonl(tmp_path, [
        {"id": "a", "text": "Two Danish journalists were detained in Minsk on Friday.",
         "published": "2022-03-05"},
        {"id": "b", "text": "Belarus detained two Danish journalists in Minsk on Friday.",
         "published": "2022-03-05"},
    ])  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["analyze", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    a, _ = [json.loads(x) for x in out.read_text().splitlines()]
    [event] = [e for e in a["events"] if e["plover"] == "COERCE"]
    assert event["source"] == {"text": "", "name": None, "code": None, "start": None, "end": None}
    stories = tmp_path / "stories.jsonl"
    result = CliRunner().invoke(app, ["stories", str(out), "-o", str(stories)])
    assert result.exit_code == 0, result.output
    [story] = [json.loads(x) for x in stories.read_text().splitlines()]
    [joined] = [e for e in story["events"] if e["plover"] == "COERCE"]
    assert joined["source"]["code"] == "BLR" and len(joined["mentions"]) == 2


def test_a_missing_input_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_show_on_a_file_that_is_not_a_store(tmp_path):
    bad = tmp_path / "x.duckdb"
    bad.write_text("not a database")
    result = CliRunner().invoke(app, ["show", "--latest", "--db", str(bad)])
    assert result.exit_code == 2
    assert "error" in result.output


def test_stories_puts_every_id_in_one_story(tmp_path):
    path = _jsonl(tmp_path, [
        {"id": "1", "text": "Chile and Peru signed a border agreement in Lima on Tuesday."},
        {"id": "2", "text": "Peru and Chile signed an agreement on their border in Lima."},
        {"id": "3", "text": "A storm hit the coast of Florida, cutting power to thousands."},
        {"id": "4", "text": ""},
    ])  # fmt: skip
    result = CliRunner().invoke(app, ["stories", str(path)])
    assert result.exit_code == 0, result.output
    stories = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    ids = [i for s in stories for i in s["article_ids"]]
    assert sorted(ids) == ["1", "2", "3", "4"]
    assert any(set(s["article_ids"]) >= {"1", "2"} for s in stories)
    assert not any(set(s["article_ids"]) >= {"1", "3"} for s in stories)


def test_repeated_ids_in_one_batch_do_not_break_the_run(tmp_path):
    path = _jsonl(tmp_path, [
        {"id": "same", "text": "Chile recalled its ambassador from Peru.", "published": "2020-01"},
        {"id": "same", "text": "Peru and Chile held talks in Lima on the border."},
    ])  # fmt: skip
    result = CliRunner().invoke(app, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [r["id"] for r in lines] == ["same", "same"]


def test_story_split_and_merge_from_the_command_line(tmp_path):
    db = str(tmp_path / "s.duckdb")
    texts = {
        "a.txt": "Germany expelled two Russian diplomats on Friday, the ministry in Berlin said.",
        "b.txt": "Berlin expelled two Russian diplomats on Friday over a murder in a park.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                   "--db", db])  # fmt: skip
    assert ingested.exit_code == 0, ingested.output
    from crosswire.store.duckdb_store import Store

    with Store(db, read_only=True) as store:
        [story] = store.stories()
    split = runner.invoke(app, ["story", "split", story.id, "b.txt", "--db", db])
    assert split.exit_code == 0, split.output
    ids = [line.split("\t")[0] for line in split.output.splitlines()]
    assert ids[0] == story.id and len(set(ids)) == 2
    merged = runner.invoke(app, ["story", "merge", *ids, "--db", db])
    assert merged.exit_code == 0 and "2 articles" in merged.output
    refused = runner.invoke(app, ["story", "split", story.id, "nope.txt", "--db", db])
    assert refused.exit_code != 0 and "not articles of story" in refused.output


def test_export_with_min_confidence_writes_only_those_events(tmp_path):
    import csv
    import io

    import duckdb

    from tests.api.synth import make_store

    db = str(make_store(tmp_path / "x.duckdb", n_articles=6))
    runner = CliRunner()

    def exported(*options):
        result = runner.invoke(app, ["export", "events", "--format", "csv", "--db", db, *options])
        assert result.exit_code == 0, result.output
        return list(csv.DictReader(io.StringIO(result.stdout)))

    everything, kept = exported(), exported("--min-confidence", "0.7")
    assert len(everything) == 36  # without the option: every event, as before
    assert {r["event_id"] for r in kept} == {
        r["event_id"] for r in everything if float(r["confidence"]) >= 0.7
    }
    assert 0 < len(kept) < len(everything)
    parquet = str(tmp_path / "m.parquet")
    result = runner.invoke(app, ["export", "mentions", "--format", "parquet", "-o", parquet,
                                 "--min-confidence", "0.7", "--db", db])  # fmt: skip
    assert result.exit_code == 0, result.output
    confidences = duckdb.connect().execute(f"SELECT confidence FROM '{parquet}'").fetchall()
    assert confidences and all(c >= 0.7 for (c,) in confidences)
    assert len(confidences) < 6  # 3 story events, 2 mentions each, not all confident


def test_export_refuses_a_bad_min_confidence(tmp_path):
    from tests.api.synth import make_store

    db = str(make_store(tmp_path / "x.duckdb", n_articles=2))
    runner = CliRunner()
    out_of_range = runner.invoke(app, ["export", "events", "--min-confidence", "2", "--db", db])
    assert out_of_range.exit_code == 2 and "min-confidence" in out_of_range.output
    no_events = runner.invoke(app, ["export", "stories", "--min-confidence", "0.5", "--db", db])
    assert no_events.exit_code == 2 and "min_confidence" in no_events.output


def test_help_and_version_start_without_the_heavy_libraries():
    # `crosswire --help` must start fast (issue 18): no spaCy, scikit-learn, DuckDB, FastAPI or
    # Dask until a command needs them. Checked in a fresh interpreter.
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from crosswire.cli import app\n"
        "for args in (['--help'], ['--version'], ['analyze', '--help']):\n"
        "    assert CliRunner().invoke(app, args).exit_code == 0, args\n"
        "heavy = ('spacy', 'sklearn', 'duckdb', 'fastapi', 'dask')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_version_is_the_installed_one():
    from importlib.metadata import version

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"crosswire {version('crosswire')}"

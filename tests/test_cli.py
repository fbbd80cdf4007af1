"""The CLI: the batch contract's shape, standard output, and clear errors."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from tests.web.browser import free_port

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
    # fields added to the contract: too short a text to say whether it is political news
    assert z["political"] is None and empty["political"] is None


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


# -- errors are one line; exports say what they wrote (issue 19) --------------------------------


@pytest.fixture(scope="module")
def synth_db(tmp_path_factory) -> str:
    from tests.api.synth import make_store

    return str(make_store(tmp_path_factory.mktemp("cli") / "synth.duckdb", n_articles=6))


def _one_line_error(result, *needles: str) -> str:
    assert result.exit_code not in (0, None), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["export", "events", "--format", "csv", "-o", "{missing}/out.csv"],
        ["export", "events", "-o", "{missing}/out.parquet"],
        ["analyze", "{input}", "-o", "{missing}/out.jsonl"],
    ],
)
def test_writing_into_a_missing_folder_is_one_line(tmp_path, synth_db, args):
    source = _jsonl(tmp_path, [{"id": "a", "text": "Chile and Peru signed a border agreement."}])
    missing = tmp_path / "no" / "such"
    args = [a.format(missing=missing, input=source) for a in args] + ["--db", synth_db]
    if args[0] == "analyze":
        args = args[:-2]  # analyze writes no store
    result = CliRunner().invoke(app, args)
    _one_line_error(result, "-o", f"folder {missing} does not exist")
    assert not missing.exists()


@pytest.mark.parametrize(
    "args", [["export", "events"], ["show", "--latest"], ["stories", "list"]]
)  # fmt: skip
def test_a_missing_store_names_the_flag_and_the_command_that_makes_one(tmp_path, args):
    missing = str(tmp_path / "none.duckdb")
    result = CliRunner().invoke(app, [*args, "--db", missing])
    _one_line_error(result, missing, "--db", "crosswire ingest")


def test_a_usage_error_is_one_line(synth_db):
    result = CliRunner().invoke(
        app, ["export", "events", "--min-confidence", "2", "--db", synth_db]
    )
    assert result.exit_code == 2
    _one_line_error(result, "--min-confidence", "export --help")


def test_an_unexpected_error_is_one_line_unless_debugging(synth_db, monkeypatch):
    import crosswire.store.exports as exports

    def broken(*args, **kwargs):
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(exports, "export_text", broken)
    monkeypatch.delenv("CROSSWIRE_DEBUG", raising=False)
    args = ["export", "events", "--format", "csv", "--db", synth_db]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    _one_line_error(result, "internal error", "RuntimeError", "a bug over two lines")
    shown = CliRunner().invoke(app, args, env={"CROSSWIRE_DEBUG": "1"})
    assert isinstance(shown.exception, RuntimeError)  # the traceback is there to see


def _events_in(db: str) -> int:
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        return con.execute("SELECT count(*) FROM events").fetchone()[0]


@pytest.mark.parametrize(
    ("what", "name", "looks_like"),
    [
        ("events", "out.csv", lambda text: text.startswith("event_id,")),
        ("events", "out.jsonl", lambda text: json.loads(text.splitlines()[0])["event"]),
        ("mentions", "out.csv", lambda text: text.startswith("story_event_id,")),
        ("events", "OUT.CSV", lambda text: text.startswith("event_id,")),
        ("stories", "out.jsonl", lambda text: json.loads(text.splitlines()[0])["story_id"]),
    ],
)
def test_export_takes_the_format_from_the_extension(tmp_path, synth_db, what, name, looks_like):
    path = tmp_path / name
    result = CliRunner().invoke(app, ["export", what, "-o", str(path), "--db", synth_db])
    assert result.exit_code == 0, result.output
    assert looks_like(path.read_text(encoding="utf-8"))


def test_export_takes_parquet_from_the_extension(tmp_path, synth_db):
    import duckdb

    path = tmp_path / "events.parquet"
    result = CliRunner().invoke(app, ["export", "events", "-o", str(path), "--db", synth_db])
    assert result.exit_code == 0, result.output
    rows = duckdb.connect().execute(f"SELECT count(*) FROM '{path}'").fetchone()[0]
    assert rows == _events_in(synth_db)


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["events", "-o", "{dir}/out.txt"], [".txt", "--format"]),
        (["events", "-o", "{dir}/out"], ["no extension", "--format"]),
        (["events", "-o", "{dir}/out.tsv"], ["gdelt or icews", "--format"]),
        (["mentions", "-o", "{dir}/out.jsonl"], [".jsonl", "--format"]),
        (["events", "--format", "csv", "-o", "{dir}/out.parquet"], [".parquet", "--format csv"]),
        (["stories", "--format", "jsonl", "-o", "{dir}/out.csv"], [".csv", "--format jsonl"]),
    ],
)
def test_export_refuses_an_extension_that_names_no_format_or_another(
    tmp_path, synth_db, args, needles
):
    args = [a.format(dir=tmp_path) for a in args]
    result = CliRunner().invoke(app, ["export", *args, "--db", synth_db])
    assert result.exit_code == 2
    _one_line_error(result, *needles)
    assert [p.name for p in tmp_path.iterdir()] == []  # nothing written


def test_gdelt_may_write_a_csv_file_as_gdelt_names_its_own(tmp_path, synth_db):
    path = tmp_path / "20211018.export.CSV"
    args = ["export", "events", "--format", "gdelt", "-o", str(path), "--db", synth_db]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    assert "\t" in path.read_text().splitlines()[-1]
    assert f"as gdelt to {path}" in result.stderr


def _store_count(db: str, sql: str) -> int:
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def _records_in(path, fmt: str) -> int | None:
    """The records of a written export, read as its own tools would."""
    if fmt == "plover":
        return len(path.read_text().splitlines())
    if fmt == "timelinejs":
        return len(json.loads(path.read_text())["events"])
    if fmt == "gexf":
        import networkx as nx

        return nx.read_gexf(path).number_of_edges()
    return None


@pytest.mark.parametrize(
    ("what", "fmt", "truth"),
    [
        ("events", "csv", "SELECT count(*) FROM events"),
        ("events", "gdelt", "SELECT count(*) FROM events"),
        ("events", "icews", "SELECT count(*) FROM events"),
        ("events", "parquet", "SELECT count(*) FROM events"),
        ("events", "plover", None),
        ("mentions", "csv", "SELECT count(*) FROM event_mentions"),
        ("mentions", "gdelt", "SELECT count(*) FROM event_mentions"),
        ("stories", "csv", "SELECT count(*) FROM stories"),
        ("stories", "jsonl", "SELECT count(*) FROM stories"),
        ("timeline", "timelinejs", None),
        ("network", "gexf", None),
    ],
)
def test_export_confirms_what_it_wrote_in_one_line(tmp_path, synth_db, what, fmt, truth):
    path = tmp_path / f"out.{fmt}"
    args = ["export", what, "--format", fmt, "-o", str(path), "--db", synth_db]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    n = _store_count(synth_db, truth) if truth else _records_in(path, fmt)
    assert n > 0
    unit = {"gexf": "edges", "timelinejs": "slides"}.get(fmt, "rows")
    assert f"wrote {n} {unit} of {what} as {fmt} to {path}" in result.stderr.splitlines()


def test_export_to_stdout_confirms_on_stderr(synth_db):
    result = CliRunner().invoke(app, ["export", "stories", "--format", "csv", "--db", synth_db])
    assert result.exit_code == 0
    assert result.stdout.startswith("story_id,") and "wrote" not in result.stdout
    assert result.stderr.strip() == "wrote 3 rows of stories as csv to stdout"


def test_stories_list_prints_a_line_per_story(synth_db):
    result = CliRunner().invoke(app, ["stories", "list", "--db", synth_db])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [line[0] for line in lines] == ["s0004", "s0002", "s0000"]  # most recent first
    assert lines[-1] == ["s0000", "2021-10-01/2021-10-02", "2 articles", "Story 0"]
    assert "3 stories" in result.stderr


def test_stories_of_a_jsonl_file_takes_no_store(tmp_path, synth_db):
    path = _jsonl(tmp_path, [{"id": "1", "text": "Chile and Peru signed a border agreement."}])
    result = CliRunner().invoke(app, ["stories", str(path), "--db", synth_db])
    _one_line_error(result, "--db", "stories list")


def test_show_is_readable_at_80_columns(synth_db):
    result = CliRunner().invoke(app, ["show", "s0000", "--db", synth_db], env={"COLUMNS": ""})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in result.stdout  # nothing cut short
    event = next(i for i, line in enumerate(lines) if line.startswith("2021-10-01"))
    block = " ".join(lines[event : event + 3])
    for word in ("NATO", "IGOWSTNAT", "CONSULT", "corroborated", "a00000, a00001"):
        assert word in block, block


def test_serve_on_a_busy_port_fails_before_saying_it_serves(synth_db):
    import socket
    from pathlib import Path

    port = free_port()
    command = [str(Path(sys.executable).parent / "crosswire"), "serve", "--db", synth_db,
               "--port", str(port)]  # fmt: skip
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "serving" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: ") and str(port) in line and "--port" in line

"""The local executor on a pool of processes gives what one process gives, in input order."""

from crosswire.records import to_record
from crosswire.run.local import run_local
from crosswire.types import RawDocument, Skipped

TEXTS = [
    "Ghana recalled its ambassador from Togo on Monday after a border incident.",
    "",  # skipped as empty, in its place
    "Kenya and Uganda signed a railway agreement in Nairobi on Thursday.",
    "The Danish foreign minister criticised Iceland over the whaling quota.",
    "Senegal deported two French journalists on Sunday, the interior ministry said.",
    "Chile thanked Argentina for sending firefighters to Valparaiso.",
    "Protesters rallied outside the Nigerian parliament on Wednesday.",
]


def _raws():
    return [RawDocument(f"d{i}", f"test:{i}", text) for i, text in enumerate(TEXTS)]


def test_two_workers_give_the_records_of_one_process_in_input_order():
    one = [to_record(r) for r in run_local(_raws(), batch_docs=2)]
    seen = []
    two = [to_record(r) for r in run_local(_raws(), batch_docs=2, on_batch=seen.append,
                                           workers=2)]  # fmt: skip
    assert two == one
    assert [r["id"] for r in two] == [f"d{i}" for i in range(len(TEXTS))]
    assert sum(seen) == len(TEXTS) and seen == [2, 2, 2, 1]
    assert any(r["events"] for r in two) and two[1]["skipped"]["reason"] == "empty"


def test_one_batch_is_processed_without_a_pool(monkeypatch):
    import crosswire.run.local as local

    monkeypatch.setattr(local, "ProcessPoolExecutor", None)  # would fail if a pool were made
    results = list(run_local(_raws()[:2], batch_docs=64, workers=4))
    assert [type(r) for r in results][1] is Skipped


def _export(db: str) -> list[str]:
    from typer.testing import CliRunner

    from crosswire.cli import app

    result = CliRunner().invoke(app, ["export", "events", "--format", "csv", "--db", db])
    assert result.exit_code == 0, result.output
    return sorted(result.stdout.splitlines())


def test_ingest_on_two_workers_stores_what_one_process_stores(tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    import crosswire.run.ingest as ingest
    from crosswire.cli import app

    monkeypatch.setattr(ingest, "BATCH_DOCS", 2)  # several batches, so the pool is used
    docs = tmp_path / "in.jsonl"
    docs.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "published": "2022-05-02"})
                            + "\n" for i, t in enumerate(TEXTS)))  # fmt: skip
    stores = []
    for n in ("1", "2"):
        db = str(tmp_path / f"w{n}.duckdb")
        result = CliRunner().invoke(app, ["ingest", str(docs), "--db", db, "--workers", n])
        assert result.exit_code == 0, result.output
        assert "analysed 6" in result.stderr and "skipped 1" in result.stderr
        stores.append(_export(db))
    assert stores[0] == stores[1] and len(stores[0]) > 2

"""The Dask executor on a real LocalCluster: same store as the local ingest, resumable shards."""

import pytest
from distributed import Client, LocalCluster

from crosswire.ingest.files import read_inputs
from crosswire.run.dask import ingest_on, load_shards, run_dask
from crosswire.run.ingest import ingest
from crosswire.run.shards import read_shard
from crosswire.settings import DEFAULTS
from crosswire.store.duckdb_store import Store

REPORTS = {
    "a.txt": "Germany expelled two Russian diplomats, the foreign ministry said.\n\n"
             "Russia rejected the accusation and said it would respond.",
    "b.txt": "Berlin expelled two Russian diplomats over a murder in a park.\n\n"
             "Moscow called the move unfriendly and promised a response.",
    "c.txt": "Brazil signed a trade agreement with Argentina in Buenos Aires.",
    "d.txt": "France condemned the attack and called on Iran to release the prisoners.",
    "e.txt": "Japan and South Korea held talks on trade, officials said.",
}  # fmt: skip
BATCH = 2  # several shards from a handful of documents


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            processes=True, n_workers=2, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    return folder


def _contents(path):
    with Store(path, read_only=True) as store:
        ids = store.article_ids()
        skips = store.connection.execute(
            "SELECT id, reason, detail FROM skipped ORDER BY id"
        ).fetchall()
        stories = sorted(sorted(s.article_ids) for s in store.stories())
        counts = {k: v for k, v in store.counts().items() if k != "runs"}
        return [store.read_document(i) for i in ids], skips, stories, counts, store.raw_ids()


def test_dask_and_local_ingest_store_the_same_records(client, docs, tmp_path):
    with Store(tmp_path / "dask.duckdb") as store:
        report = ingest_on(client, [str(docs)], store, DEFAULTS, tmp_path / "shards", BATCH)
    with Store(tmp_path / "local.duckdb") as store:
        local = ingest([str(docs)], store, DEFAULTS)
    dask = _contents(tmp_path / "dask.duckdb")
    assert dask == _contents(tmp_path / "local.duckdb")
    dask_docs, dask_skips = dask[:2]
    assert len(dask_docs) == len(REPORTS) and any(d.events for d in dask_docs)
    assert [reason for _, reason, _ in dask_skips] == ["binary", "empty"]
    assert report.counts == local.counts and report.skipped == local.skipped


def test_dask_ingest_keeps_raw_inputs(client, docs, tmp_path):
    with Store(tmp_path / "dask.duckdb") as store:
        ingest_on(client, [str(docs)], store, DEFAULTS, tmp_path / "shards", BATCH)
        assert set(store.article_ids()) <= set(store.raw_ids())
        for article_id in store.article_ids():
            assert store.read_raw(article_id).id == article_id


def test_rerunning_adds_nothing(client, docs, tmp_path):
    db, shards = tmp_path / "s.duckdb", tmp_path / "shards"
    with Store(db) as store:
        first = ingest_on(client, [str(docs)], store, DEFAULTS, shards, BATCH)
    before = _contents(db)
    with Store(db) as store:
        second = ingest_on(client, [str(docs)], store, DEFAULTS, shards, BATCH)
        again = load_shards(sorted(shards.glob("*.parquet")), store, second.run_id)
    assert first.counts["analysed"] == len(REPORTS)
    assert "analysed" not in second.counts and second.counts["unchanged"] == len(REPORTS)
    assert again.analysed == 0  # loading the same shards twice writes no document twice
    assert _contents(db) == before


def test_a_deleted_shard_and_only_it_is_recomputed(client, docs, tmp_path):
    raws = list(read_inputs([str(docs)], DEFAULTS.ingest.max_bytes, DEFAULTS.fetch))
    out = tmp_path / "shards"
    paths = run_dask(raws, DEFAULTS, client, out, BATCH)
    assert len(paths) == -(-len(raws) // BATCH) and all(p.exists() for p in paths)
    rows = [read_shard(p) for p in paths]
    assert [r.result.id for shard in rows for r in shard] == [r.id for r in raws]
    stamps = {p: p.stat().st_mtime_ns for p in paths}
    paths[1].unlink()
    assert run_dask(raws, DEFAULTS, client, out, BATCH) == paths
    assert read_shard(paths[1]) == rows[1]
    assert [p for p in paths if p.stat().st_mtime_ns != stamps[p]] == [paths[1]]
    assert sorted(out.iterdir()) == sorted(paths)  # no duplicates, no temporaries


def test_the_ingest_command_runs_on_its_own_cluster(docs, tmp_path):
    from typer.testing import CliRunner

    from crosswire.cli import app

    db = tmp_path / "cli.duckdb"
    args = ["ingest", str(docs), "--db", str(db), "--executor", "dask", "--workers", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    documents, skips = _contents(db)[:2]
    assert len(documents) == len(REPORTS) and len(skips) == 2
    assert len(list((tmp_path / "cli.duckdb.shards").glob("shard-*.parquet"))) == 1


def test_dask_ingest_skips_hostile_records_as_the_local_one_does(client, tmp_path):
    from tests.run.hostile import write_inputs

    expected = write_inputs(tmp_path, with_long=False)  # workers keep spaCy's own limit
    with Store(tmp_path / "dask.duckdb") as store:
        report = ingest_on(client, expected.inputs, store, DEFAULTS, tmp_path / "shards", BATCH)
    with Store(tmp_path / "local.duckdb") as store:
        local = ingest(expected.inputs, store, DEFAULTS)
    assert report.counts == local.counts and report.skipped == dict(expected.reasons)
    assert report.counts["read"] == report.counts["analysed"] + report.counts["skipped"]
    documents, skips = _contents(tmp_path / "dask.duckdb")[:2]
    assert sorted(d.id for d in documents) == sorted(expected.analysed)
    assert {i: reason for i, reason, _ in skips} == expected.skipped

import pytest

from tests.api.synth import make_store


@pytest.fixture(scope="package")
def synth_db(tmp_path_factory) -> str:
    return str(make_store(tmp_path_factory.mktemp("web") / "synth.duckdb", n_articles=12))


@pytest.fixture(scope="package")
def workbench_db(tmp_path_factory) -> str:
    from tests.web.workbench_store import make_workbench_store

    return str(make_workbench_store(tmp_path_factory.mktemp("workbench") / "workbench.duckdb"))

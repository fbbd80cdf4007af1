import pytest

from tests.api.synth import make_store


@pytest.fixture(scope="package")
def synth_db(tmp_path_factory) -> str:
    return str(make_store(tmp_path_factory.mktemp("api") / "synth.duckdb"))


@pytest.fixture(scope="package")
def client(synth_db):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    with TestClient(create_app(synth_db)) as c:
        yield c

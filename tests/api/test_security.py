"""Every answer carries the security headers; only the configured hosts are served."""

import pytest

from crosswire.errors import ConfigError
from crosswire.settings import DEFAULTS, load_settings

HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


@pytest.mark.parametrize(
    "path",
    ["/api/stories", "/api/stories/nope", "/api/events?cursor=bad", "/", "/stories/s0000",
     "/static/app.css", "/openapi.json"],
)  # fmt: skip
def test_security_headers_on_api_pages_and_errors(client, path):
    response = client.get(path)
    for name, value in HEADERS.items():
        assert response.headers[name] == value, name
    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy  # no inline or outside script on our own answers
    assert "frame-ancestors 'none'" in policy and "connect-src 'self'" in policy


def test_docs_page_may_start_swagger_and_loads_nothing_from_elsewhere(client):
    policy = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self' 'unsafe-inline';" in policy and "frame-ancestors 'none'" in policy
    assert "https:" not in policy  # Swagger UI is served from a package, not a CDN
    page = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in page  # the inline script is allowed on /docs only


def test_default_hosts():
    assert set(DEFAULTS.serve.allowed_hosts) == {"localhost", "127.0.0.1", "::1", "testserver"}


@pytest.mark.parametrize(
    "host", ["testserver", "localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"]
)
def test_default_hosts_are_served(client, host):
    assert client.get("/api/actors", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("path", ["/api/stories", "/", "/static/app.css"])
@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example"])
def test_other_hosts_are_refused_with_a_json_error(client, path, host):
    response = client.get(path, headers={"host": host})
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and "allowed_hosts" in body["message"]
    assert response.headers["x-frame-options"] == "DENY"


def _app_client(synth_db, hosts):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    return TestClient(create_app(synth_db, allowed_hosts=hosts))


def test_configured_hosts_replace_the_defaults(synth_db):
    with _app_client(synth_db, ["news.example.org", "*.crosswire.test"]) as c:
        assert c.get("/api/actors", headers={"host": "news.example.org"}).status_code == 200
        assert c.get("/api/actors", headers={"host": "a.crosswire.test"}).status_code == 200
        assert c.get("/api/actors", headers={"host": "localhost"}).status_code == 400


def test_star_serves_any_host(synth_db):
    with _app_client(synth_db, ["*"]) as c:
        assert c.get("/api/actors", headers={"host": "evil.example"}).status_code == 200


def test_a_misplaced_wildcard_is_a_config_error(synth_db):
    with pytest.raises(ConfigError, match="allowed_hosts"):
        _app_client(synth_db, ["news.*.org"])


def test_allowed_hosts_from_a_file_and_the_environment(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[serve]\nallowed_hosts = ["news.example.org"]\n')
    assert load_settings(path, environ={}).serve.allowed_hosts == ("news.example.org",)
    env = {"CROSSWIRE_SERVE_ALLOWED_HOSTS": "news.example.org, 10.0.0.5"}
    assert load_settings(environ=env).serve.allowed_hosts == ("news.example.org", "10.0.0.5")


def test_allowed_hosts_must_be_a_list(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[serve]\nallowed_hosts = "localhost"\n')
    with pytest.raises(ConfigError, match="allowed_hosts"):
        load_settings(path, environ={})


def test_a_bug_answers_json_with_the_headers(synth_db, monkeypatch):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app
    from crosswire.store import api_queries

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(api_queries, "actors_page", broken)
    client = TestClient(create_app(synth_db), raise_server_exceptions=False)
    response = client.get("/api/actors")
    assert response.status_code == 500
    assert response.json() == {
        "status": 500, "message": "internal error (ZeroDivisionError): see the server log"
    }  # fmt: skip
    for name, value in HEADERS.items():
        assert response.headers[name] == value, name
    assert "script-src 'self';" in response.headers["content-security-policy"]

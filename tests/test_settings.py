import pytest

from crosswire.errors import ConfigError
from crosswire.settings import load_settings


def test_file_then_environment_override_defaults(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("[ingest]\nmax_bytes = 1000\n[stories]\nwindow_days = 3\n")
    s = load_settings(path, environ={"CROSSWIRE_STORIES_WINDOW_DAYS": "9"})
    assert s.ingest.max_bytes == 1000 and s.stories.window_days == 9


@pytest.mark.parametrize("text", ["[nope]\na = 1\n", "[ingest]\nnope = 1\n", "not toml ["])
def test_bad_settings_are_config_errors(tmp_path, text):
    path = tmp_path / "s.toml"
    path.write_text(text)
    with pytest.raises(ConfigError):
        load_settings(path, environ={})


def test_a_bad_environment_value_is_a_config_error():
    with pytest.raises(ConfigError, match="CROSSWIRE_INGEST_MAX_BYTES"):
        load_settings(environ={"CROSSWIRE_INGEST_MAX_BYTES": "lots"})

"""One immutable Settings: packaged defaults, then a user TOML file, then the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from crosswire.errors import ConfigError

ENV_PREFIX = "CROSSWIRE_"


@dataclass(frozen=True, slots=True)
class IngestSettings:
    max_bytes: int
    min_chars: int


@dataclass(frozen=True, slots=True)
class FetchSettings:
    user_agent: str
    timeout: float  # seconds, for connecting and for each read
    retries: int  # further attempts after a 429, a 503 or a timeout (nothing else is retried)
    backoff: float  # seconds before the first retry, doubled for each further one
    respect_robots: bool
    concurrency: int = 4  # pages of one feed fetched at once


@dataclass(frozen=True, slots=True)
class ReadSettings:
    batch_size: int


@dataclass(frozen=True, slots=True)
class DedupSettings:
    copy_threshold: float
    shingle_words: int
    num_perm: int


@dataclass(frozen=True, slots=True)
class StorySettings:
    window_days: int
    link_threshold: float


@dataclass(frozen=True, slots=True)
class StoreSettings:
    path: str


@dataclass(frozen=True, slots=True)
class ServeSettings:
    allowed_hosts: tuple[str, ...]  # Host header names the web server answers; "*" is any

    def __post_init__(self) -> None:
        hosts = self.allowed_hosts
        if isinstance(hosts, str) or not all(isinstance(h, str) and h for h in hosts):
            raise ConfigError(f"serve.allowed_hosts = {hosts!r}: give a list of host names")
        object.__setattr__(self, "allowed_hosts", tuple(hosts))


@dataclass(frozen=True, slots=True)
class Settings:
    ingest: IngestSettings
    read: ReadSettings
    dedup: DedupSettings
    stories: StorySettings
    store: StoreSettings
    fetch: FetchSettings
    serve: ServeSettings


_SECTIONS = {
    "ingest": IngestSettings,
    "read": ReadSettings,
    "dedup": DedupSettings,
    "stories": StorySettings,
    "store": StoreSettings,
    "fetch": FetchSettings,
    "serve": ServeSettings,
}


def _merge(base: dict[str, dict[str, Any]], over: dict[str, Any], where: str) -> None:
    for section, values in over.items():
        if section not in base or not isinstance(values, dict):
            raise ConfigError(f"{where}: unknown section [{section}]")
        for key, value in values.items():
            if key not in base[section]:
                raise ConfigError(f"{where}: unknown key {section}.{key}")
            base[section][key] = value


def _cast(old: Any, value: str) -> Any:
    """``value`` as the type of ``old``; bool("false") would be True, so booleans are spelt;
    a list is given comma-separated ("localhost,example.org")."""
    if isinstance(old, bool):
        words = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}
        if value.strip().lower() not in words:
            raise ValueError(value)
        return words[value.strip().lower()]
    if isinstance(old, list):
        return [v.strip() for v in value.split(",") if v.strip()]
    return type(old)(value)


def _from_env(base: dict[str, dict[str, Any]], environ: dict[str, str]) -> None:
    for section, values in base.items():
        for key, old in values.items():
            name = f"{ENV_PREFIX}{section}_{key}".upper()
            if name in environ:
                try:
                    values[key] = _cast(old, environ[name])
                except ValueError as exc:
                    raise ConfigError(
                        f"{name}={environ[name]!r} is not a {type(old).__name__}"
                    ) from exc


def load_settings(
    path: str | Path | None = None, environ: dict[str, str] | None = None
) -> Settings:
    """Defaults ⊕ the TOML file at ``path`` (or $CROSSWIRE_CONFIG) ⊕ CROSSWIRE_* variables."""
    environ = dict(os.environ if environ is None else environ)
    text = resources.files("crosswire").joinpath("defaults.toml").read_text("utf-8")
    data: dict[str, dict[str, Any]] = tomllib.loads(text)
    path = path or environ.get(f"{ENV_PREFIX}CONFIG")
    if path:
        try:
            _merge(data, tomllib.loads(Path(path).read_text("utf-8")), str(path))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
    _from_env(data, environ)
    parts = {}
    for name, cls in _SECTIONS.items():
        names = {f.name for f in fields(cls)}
        parts[name] = cls(**{k: v for k, v in data[name].items() if k in names})
    return Settings(**parts)


DEFAULTS = load_settings(environ={})


def with_store(settings: Settings, path: str) -> Settings:
    return replace(settings, store=replace(settings.store, path=path))

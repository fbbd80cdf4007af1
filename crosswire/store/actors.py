"""The store's actors: each actor mention of its events given an identity (``store.identity``).

Identities are computed at query time from the distinct (canonical name, code) pairs of the
events table (0.5 s for 20,000 pairs, 5.5 s for 160,000 on this machine) and kept while the
events' sides stay the same (``FINGERPRINT_SQL``, one scan): a store written since gets new ones.
An event row gets its sides' ids in Python (``with_actor_ids``) or, for an export written by
DuckDB alone (Parquet), in SQL (``actor_ids_sql``).
"""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import duckdb

from crosswire.store.identity import DICTIONARY, Identity, Key, identify

# Each actor mention of the store (an event's source, or its target when it has one) by its
# canonical name and code, with how often it is the source and the target.
MENTIONS_SQL = """
    SELECT name, code, sum(as_source)::BIGINT AS as_source, sum(as_target)::BIGINT AS as_target
    FROM (SELECT source_name AS name, source_code AS code, count(*) AS as_source, 0 AS as_target
          FROM events GROUP BY ALL
          UNION ALL
          SELECT target_name, target_code, 0, count(*) FROM events
          WHERE target_text IS NOT NULL GROUP BY ALL)
    WHERE name IS NOT NULL OR code IS NOT NULL GROUP BY ALL ORDER BY name, code"""
SIDES = ("source", "target")


def mention_key(key: Key) -> str:
    """One string for a (name, code) pair, as ``mention_sql`` writes it in SQL."""
    name, code = key
    return f"{name or ''}\x1f{code or ''}"


def mention_sql(alias: str, side: str) -> str:
    """``mention_key`` of one side of the events row ``alias``, in SQL."""
    return f"coalesce({alias}.{side}_name, '') || chr(31) || coalesce({alias}.{side}_code, '')"


def folded(text: str) -> str:
    """Lowercase without accents: what a search compares ("António" is found by "antonio")."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True, slots=True)
class ActorTable:
    """The actors of one store content. Shared between requests: read it, never change it."""

    of: Mapping[Key, Identity]  # (name, code) -> its actor
    rows: tuple[dict[str, Any], ...]  # the actors, most frequent first (see ``actor_rows``)
    search: tuple[str, ...]  # per row: its display name, names and codes, folded
    mentions_of: Mapping[str, tuple[str, ...]]  # actor id -> mention_key of its mentions

    def actor_id(self, name: str | None, code: str | None) -> str | None:
        found = self.of.get((name, code))
        return found.actor_id if found else None


def mention_counts(con: duckdb.DuckDBPyConnection) -> dict[Key, tuple[int, int]]:
    """(times as source, times as target) of each (canonical name, code) of the store."""
    return {(n, c): (s, t) for n, c, s, t in con.execute(MENTIONS_SQL).fetchall()}


def actor_rows(
    ids: Mapping[Key, Identity], counts: Mapping[Key, tuple[int, int]]
) -> list[dict[str, Any]]:
    """One row per actor: id, display name, kind, every name and code it is seen with, how
    often it is the source and the target of an event (n_events: both); most frequent first."""
    actors: dict[str, dict[str, Any]] = {}
    for (name, code), who in ids.items():
        row = actors.setdefault(who.actor_id, {
            "actor_id": who.actor_id, "name": who.name, "kind": who.kind, "names": set(),
            "codes": set(), "n_events": 0, "as_source": 0, "as_target": 0,
        })  # fmt: skip
        row["names"].update([name] if name else [])
        row["codes"].update([code] if code else [])
        row["as_source"] += counts[name, code][0]
        row["as_target"] += counts[name, code][1]
    for row in actors.values():
        row["names"], row["codes"] = sorted(row["names"]), sorted(row["codes"])
        row["n_events"] = row["as_source"] + row["as_target"]
        # the fields of the earlier listing (by code, else name), kept for its readers
        row["actor"] = row["codes"][0] if len(row["codes"]) == 1 else row["name"]
        row["code"] = row["codes"][0] if row["codes"] else None
    return sorted(actors.values(), key=lambda r: (-r["n_events"], r["actor_id"]))


# What the actor table depends on (each event's sides), summed up in one scan: the table is
# computed again only when this changes. A sum of 64-bit hashes: two contents of one store
# colliding is a chance of one in 2**64.
FINGERPRINT_SQL = """
    SELECT count(*), coalesce(sum(hash(source_name, source_code, target_name, target_code,
                                       target_text IS NULL)), 0)::VARCHAR
    FROM events"""


def _table(counts: Mapping[Key, tuple[int, int]]) -> ActorTable:
    ids = identify({k: s + t for k, (s, t) in counts.items()}, DICTIONARY)
    rows = actor_rows(ids, counts)
    mentions: dict[str, list[str]] = defaultdict(list)
    for key, who in ids.items():
        mentions[who.actor_id].append(mention_key(key))
    return ActorTable(
        of=MappingProxyType(ids),
        rows=tuple(rows),
        search=tuple(folded("\x00".join([r["name"], *r["names"], *r["codes"]])) for r in rows),
        mentions_of=MappingProxyType({i: tuple(m) for i, m in mentions.items()}),
    )


class _Tables:
    """The actor tables of the last few store contents, by fingerprint."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._found: OrderedDict[tuple[Any, ...], ActorTable] = OrderedDict()

    def of(self, con: duckdb.DuckDBPyConnection) -> ActorTable:
        key = tuple(con.execute(FINGERPRINT_SQL).fetchone() or ())
        with self._lock:
            if key in self._found:
                self._found.move_to_end(key)
                return self._found[key]
        table = _table(mention_counts(con))  # outside the lock: other stores need not wait
        with self._lock:
            self._found[key] = table
            while len(self._found) > self._size:
                self._found.popitem(last=False)
        return table


_TABLES = _Tables(size=4)


def actor_table(con: duckdb.DuckDBPyConnection) -> ActorTable:
    """The actors of the store behind ``con``, computed once per content of the store."""
    return _TABLES.of(con)


def with_actor_ids(row: dict[str, Any], table: ActorTable) -> dict[str, Any]:
    """An events row with ``source_actor_id`` and ``target_actor_id`` added (None for a side
    that names no actor)."""
    for side in SIDES:
        named = side == "source" or row[f"{side}_text"] is not None
        found = table.actor_id(row[f"{side}_name"], row[f"{side}_code"]) if named else None
        row[f"{side}_actor_id"] = found
    return row


def actor_ids_sql(table: ActorTable, view: str = "ev") -> tuple[str, list[Any]]:
    """A CTE ``evi`` (to follow EVENTS_VIEW): the rows of ``view`` with each side's actor id,
    and its parameters. For the exports DuckDB writes alone; elsewhere use ``with_actor_ids``."""
    keys = [mention_key(k) for k in table.of]
    ids = [i.actor_id for i in table.of.values()]
    sql = f""", actor_ids AS (
        SELECT unnest(?::VARCHAR[]) AS mention, unnest(?::VARCHAR[]) AS actor_id
    ), evi AS (
        SELECT v.*, s.actor_id AS source_actor_id, t.actor_id AS target_actor_id FROM {view} v
        LEFT JOIN actor_ids s ON s.mention = {mention_sql("v", "source")}
        LEFT JOIN actor_ids t ON t.mention = {mention_sql("v", "target")}
            AND v.target_text IS NOT NULL
    )"""
    return sql, [keys, ids]

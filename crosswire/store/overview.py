"""What the analyst's pages summarise: an actor's profile, the store's recent activity and the
network of actor pairs. Plain rows ready for JSON, computed over ``api_queries.EVENTS_VIEW``
with each side's actor id from ``store.actors``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

import duckdb

from crosswire.errors import NotFound
from crosswire.store.actors import ActorTable, actor_table, folded, mention_sql
from crosswire.store.api_queries import EVENTS_VIEW, EventFilter, _rows, event_where

# An actor's events over time: by day while that keeps the chart to this many bars, else by
# month (a profile over years would be thousands of thin bars on a phone).
MAX_DAY_BARS = 45
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}  # fmt: skip
TOP_COUNTERPARTS = 12
MAX_QUOTES = 50
# The overview looks at the days up to the store's newest article: a month of them.
OVERVIEW_DAYS = 30
WEEK = 7
TOP_PAIRS = 10
TOP_STORIES = 10
# The network shows the busiest pairs only: more edges than this are unreadable on a page.
MAX_EDGES = 60


def find_actor(table: ActorTable, wanted: str, code: str | None = None) -> dict[str, Any]:
    """The actor row of ``wanted``: the actor of the event side (``wanted`` as its name, ``code``)
    when a code is given, else an actor id, else the actor of that code (``code:X``), else the
    most frequent actor with that name. NotFound when none is."""
    by_id = {r["actor_id"]: r for r in table.rows}
    side = table.actor_id(wanted, code) if code else None
    for key in (side, wanted, f"code:{wanted.upper()}"):
        if key in by_id:
            return by_id[key]
    name = folded(wanted)
    for row in table.rows:  # most frequent first
        if name in {folded(n) for n in (row["name"], *row["names"])}:
            return row
    raise NotFound(f"no actor {wanted!r}: /api/actors?q= finds one by any of its names")


def labels(table: ActorTable) -> dict[str, str]:
    """Each actor's display name, with its code when another actor has the same name (Russia
    as ``RUS`` and as ``RUSGOV``), so two nodes or rows never read the same."""
    seen = Counter(r["name"] for r in table.rows)
    return {
        r["actor_id"]: f"{r['name']} ({r['codes'][0]})"
        if seen[r["name"]] > 1 and len(r["codes"]) == 1 and r["name"] != r["codes"][0]
        else r["name"]
        for r in table.rows
    }


def _side_rows(con: duckdb.DuckDBPyConnection, mentions: list[str]) -> list[dict[str, Any]]:
    """The events where one of ``mentions`` is the source or the (named) target."""
    source, target = mention_sql("e", "source"), mention_sql("e", "target")
    sql = f"""{EVENTS_VIEW}, mine AS (
        SELECT e.*, list_contains(?::VARCHAR[], {source}) AS as_source,
               e.target_text IS NOT NULL AND list_contains(?::VARCHAR[], {target}) AS as_target
        FROM ev e)
        SELECT day, date, date_precision, source_name, source_code, target_name, target_code,
               target_text, as_source, as_target FROM mine WHERE as_source OR as_target"""
    return _rows(con, sql, [mentions, mentions])


def _period(row: dict[str, Any], by_month: bool) -> str:
    day = row["day"]
    if row["date_precision"] == "year":
        return day[:4]
    return day[:7] if by_month or row["date_precision"] == "month" else day


def _series(rows: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Counts as source and as target per period, only periods with events (so one event years
    earlier does not stretch the axis); a period is as precise as the event's date."""
    dated = [r for r in rows if r["day"]]
    by_month = len({r["day"] for r in dated}) > MAX_DAY_BARS
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in dated:
        bucket = counts[_period(r, by_month)]
        bucket[0] += r["as_source"]
        bucket[1] += r["as_target"]
    series = [{"period": p, "as_source": s, "as_target": t} for p, (s, t) in sorted(counts.items())]
    return ("month" if by_month else "day"), series


def _codes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each code the actor's mentions carry, with the first and last day of its events."""
    seen: dict[str, dict[str, Any]] = {}
    for r in rows:
        for side in ("source", "target"):
            code = r[f"{side}_code"] if r[f"as_{side}"] else None
            if not code:
                continue
            c = seen.setdefault(code, {"code": code, "first": None, "last": None, "n": 0})
            c["n"] += 1
            if r["day"]:
                c["first"] = min(c["first"] or r["day"], r["day"])
                c["last"] = max(c["last"] or r["day"], r["day"])
    return sorted(seen.values(), key=lambda c: (c["first"] or "~", c["code"]))


def _counterparts(rows: list[dict[str, Any]], table: ActorTable, me: str) -> list[dict]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        for mine, other in (("source", "target"), ("target", "source")):
            named = other == "source" or r["target_text"] is not None
            who = table.actor_id(r[f"{other}_name"], r[f"{other}_code"]) if named else None
            if r[f"as_{mine}"] and who and who != me:
                counts[who][f"as_{mine}"] += 1
    names = labels(table)
    top = sorted(counts.items(), key=lambda kv: (-kv[1].total(), kv[0]))[:TOP_COUNTERPARTS]
    return [
        {"actor_id": who, "name": names.get(who, who), "n": c.total(),
         "as_source": c["as_source"], "as_target": c["as_target"]}
        for who, c in top
    ]  # fmt: skip


def _speaker_forms(actor: dict[str, Any]) -> set[str]:
    """How a quote's speaker may name the actor: any of its names; a person also by surname."""
    forms = {folded(n) for n in (actor["name"], *actor["names"])}
    if actor["kind"] == "person":
        surname = folded(actor["name"]).split()[-1]
        forms |= {surname, *(f"{t} {surname}" for t in ("mr.", "mrs.", "ms.", "mr", "ms"))}
    return forms


def _quotes(con: duckdb.DuckDBPyConnection, actor: dict[str, Any]) -> list[dict[str, Any]]:
    sql = """SELECT q.speaker, q.quote, q.direct, q.article_id, a.title, a.outlet, a.url,
                    strftime(coalesce(a.doc_date, a.published), '%Y-%m-%d') AS date
             FROM quotes q JOIN articles a USING (article_id)
             WHERE q.speaker IS NOT NULL ORDER BY date DESC NULLS LAST, q.article_id, q.ord"""
    forms = _speaker_forms(actor)
    found = [r for r in _rows(con, sql, []) if _fold_space(r["speaker"]) in forms]
    return found[:MAX_QUOTES]


def _fold_space(text: str) -> str:
    return " ".join(folded(unicodedata.normalize("NFKC", text)).split())


def actor_profile(
    con: duckdb.DuckDBPyConnection, wanted: str, code: str | None = None
) -> dict[str, Any]:
    """An actor's names and codes (with the days each code was seen), its events over time as
    source and as target, its top counterparts and the quotes of which it is the speaker."""
    table = actor_table(con)
    actor = find_actor(table, wanted, code)
    rows = _side_rows(con, list(table.mentions_of.get(actor["actor_id"], ())))
    interval, series = _series(rows)
    return {
        "actor": actor,
        "codes": _codes(rows),
        "interval": interval,
        "series": series,
        "undated": sum(1 for r in rows if not r["day"]),
        "counterparts": _counterparts(rows, table, actor["actor_id"]),
        "quotes": _quotes(con, actor),
    }


def _pairs(
    con: duckdb.DuckDBPyConnection, f: EventFilter, table: ActorTable
) -> list[dict[str, Any]]:
    """Undirected actor pairs of the events ``f`` keeps: count, mean Goldstein, both ids."""
    where, params = event_where(f, table)
    where.append("e.target_text IS NOT NULL")
    sql = f"""{EVENTS_VIEW} SELECT source_name, source_code, target_name, target_code,
                   count(*) AS n, sum(goldstein) AS goldstein
              FROM ev e WHERE {" AND ".join(where)} GROUP BY ALL"""
    pairs: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for r in _rows(con, sql, params):
        a = table.actor_id(r["source_name"], r["source_code"])
        b = table.actor_id(r["target_name"], r["target_code"])
        if a and b and a != b:
            key = (min(a, b), max(a, b))
            pairs[key][0] += r["n"]
            pairs[key][1] += r["goldstein"]
    names = labels(table)
    out = [
        {"a": a, "b": b, "a_name": names.get(a, a), "b_name": names.get(b, b), "n": int(n),
         "goldstein_mean": round(g / n, 2)}
        for (a, b), (n, g) in pairs.items()
    ]  # fmt: skip
    return sorted(out, key=lambda p: (-p["n"], p["a"], p["b"]))


def _anchor(con: duckdb.DuckDBPyConnection) -> date | None:
    """The newest article's date: "now" for the store (planned events may lie after it)."""
    found = con.execute("SELECT max(coalesce(doc_date, published)) FROM articles").fetchone()
    return found[0] if found else None


def _week_stories(con: duckdb.DuckDBPyConnection, start: date, end: date) -> list[dict]:
    """Stories with an article of those days, most articles of those days first. By their
    articles' dates, not the story's own span, which a clusterer may have left too narrow."""
    sql = """
        WITH d AS (SELECT sa.story_id, sa.article_id,
                          coalesce(a.doc_date, a.published) AS day
                   FROM story_articles sa JOIN articles a USING (article_id)),
        w AS (SELECT story_id, count(*) AS n_week FROM d WHERE day BETWEEN ? AND ?
              GROUP BY story_id)
        SELECT s.story_id, s.title, strftime(min(d.day), '%Y-%m-%d') AS "start",
               strftime(max(d.day), '%Y-%m-%d') AS "end", s.actors,
               count(DISTINCT d.article_id) AS n_articles, any_value(w.n_week) AS n_week,
               (SELECT count(*) FROM story_events v WHERE v.story_id = s.story_id) AS n_events
        FROM w JOIN stories s USING (story_id) JOIN d USING (story_id)
        GROUP BY s.story_id, s.title, s.actors
        ORDER BY n_week DESC, n_articles DESC, s.story_id LIMIT ?"""
    return _rows(con, sql, [start, end, TOP_STORIES])


def overview(con: duckdb.DuckDBPyConnection, days: int = OVERVIEW_DAYS) -> dict[str, Any]:
    """Events per day by quad class over the ``days`` up to the newest article, the busiest
    pairs of those days, and the stories of its last week."""
    table = actor_table(con)
    end = _anchor(con)
    if end is None:
        return {"date_from": None, "date_to": None, "days": [], "quad_names": QUAD_NAMES,
                "outside": 0, "pairs": [], "stories": []}  # fmt: skip
    start = end - timedelta(days=days - 1)
    window = EventFilter(date_from=start.isoformat(), date_to=end.isoformat())
    where, params = event_where(window, table)
    sql = f"""{EVENTS_VIEW} SELECT e.day, e.quad, count(*) AS n FROM ev e
              WHERE e.date_precision = 'day' AND {" AND ".join(where)} GROUP BY ALL"""
    per_day: dict[str, dict[int, int]] = defaultdict(lambda: dict.fromkeys(QUAD_NAMES, 0))
    for r in _rows(con, sql, params):
        per_day[r["day"]][r["quad"]] += r["n"]
    series = []
    for i in range(days):
        day = (start + timedelta(days=i)).isoformat()
        series.append({"day": day, **{f"q{q}": n for q, n in per_day[day].items()}})
    total = con.execute(f"{EVENTS_VIEW} SELECT count(*) FROM ev").fetchone()[0]
    shown = sum(sum(d.values()) for d in per_day.values())
    week = _week_stories(con, end - timedelta(days=WEEK - 1), end)
    return {
        "date_from": start.isoformat(),
        "date_to": end.isoformat(),
        "days": series,
        "quad_names": QUAD_NAMES,
        "outside": total - shown,  # undated, dated less precisely than a day, or out of range
        "pairs": _pairs(con, window, table)[:TOP_PAIRS],
        "stories": week,
    }


def network(
    con: duckdb.DuckDBPyConnection, f: EventFilter, min_events: int = 1, limit: int = MAX_EDGES
) -> dict[str, Any]:
    """Actors as nodes and undirected pairs as edges: the ``limit`` busiest pairs with at least
    ``min_events`` events among those ``f`` keeps."""
    table = actor_table(con)
    pairs = [p for p in _pairs(con, f, table) if p["n"] >= min_events]
    edges = pairs[:limit]
    weight: Counter = Counter()
    for e in edges:
        weight[e["a"]] += e["n"]
        weight[e["b"]] += e["n"]
    names = labels(table)
    nodes = [{"actor_id": a, "name": names.get(a, a), "n": n} for a, n in weight.most_common()]
    return {"nodes": nodes, "edges": edges, "left_out": len(pairs) - len(edges)}

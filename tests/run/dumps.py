"""A store's canonical dump: what two stores of the same inputs must agree on, row for row.

Two runs of the same inputs may differ in what names the run that wrote a row, or when, and
nowhere else: the Dask and the local ingest (test_dask_thousand.py), an ingest killed and resumed
and one never interrupted (test_killed_ingest.py).
"""

from collections import Counter

from crosswire.store.duckdb_store import Store

# `runs` holds nothing but what names a run (its id, start and end, inputs, counts, error), so it
# is left out whole; the runs' counts are compared through their reports.
RUN_TABLES = {"runs"}
RUN_COLUMNS = {
    ("articles", "run_id"): "the run that stored the article",
    ("articles", "stored_at"): "when that run stored it",
    ("skipped", "run_id"): "the run that skipped the document",
}


def dump(path):
    """Every table of the store at ``path`` but RUN_TABLES, without RUN_COLUMNS, its rows
    sorted: {table: (columns, rows)}. The tables are asked of DuckDB, so a new one is covered."""
    with Store(path, read_only=True) as store:
        con = store.connection
        tables = [t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall() if t not in RUN_TABLES]  # fmt: skip
        found = {}
        for table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall() if (table, c) not in RUN_COLUMNS]  # fmt: skip
            cols = ", ".join(f'"{c}"' for c in columns)
            rows = con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()
            found[table] = (columns, rows)
        return found


def first_difference(one, other, names=("first", "second")):
    """Where two dumps first differ, in words (the rows of the first table that differs which
    only one store has, the stores called by ``names``); None when they are equal."""
    if one.keys() != other.keys():
        return f"tables differ: {sorted(one.keys() ^ other.keys())}"
    for table in one:
        (columns, rows), (columns_other, rows_other) = one[table], other[table]
        if columns != columns_other:
            return f"{table}: columns {columns} != {columns_other}"
        if rows != rows_other:  # rows hold lists: compared by repr
            mine, theirs = Counter(map(repr, rows)), Counter(map(repr, rows_other))
            only = []
            for side, extra in zip(names, (mine - theirs, theirs - mine), strict=True):
                if extra:
                    only.append(f"{extra.total()} only in the {side} store: {list(extra)[:3]}")
            return f"{table} {columns}, rows " + "; ".join(only)
    return None

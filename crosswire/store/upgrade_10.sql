-- Store schema 10 → 11: a story event's mentions keep why reports were joined (the likeness of
-- their sentences, the sides they name alike). Stores of 10 have none: the values stay NULL
-- until the next ingest or reanalyse recomputes the story events.
-- Run once by connect.py, in the transaction that records version 11.

-- DuckDB alters no table that has an index: schema.sql, run next, makes it again
DROP INDEX IF EXISTS event_mentions_story_event;
ALTER TABLE event_mentions ADD COLUMN likeness DOUBLE;
ALTER TABLE event_mentions ADD COLUMN sides INTEGER;

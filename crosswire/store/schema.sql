-- crosswire store schema: the only place tables are defined. Idempotent (IF NOT EXISTS), run
-- on every open. Bump SCHEMA_VERSION in connect.py when a table changes, and write the
-- upgrade_<old version>.sql that brings a store of the old version to the new one.
-- Offsets are Python string indices into articles.text. Full dates are DATE; dates that may be
-- partial (event dates: "2021-10", "2014") are VARCHAR TimeML values. `ord` keeps the order of
-- a record's tuple so a Document reads back exactly as it was written.

CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

-- A run is finished (finished_at) in the transaction that writes its stories. One without an
-- end was killed or failed (`error` says why when it could tell): its articles are stored but
-- may be in no story, until a later run takes them into its own grouping (`resumed_by`).
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    inputs VARCHAR[] NOT NULL,
    counts JSON,
    error VARCHAR,
    resumed_by VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    run_id VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    origin VARCHAR,
    published DATE,
    published_source VARCHAR,
    modified DATE,               -- Article.modified: last change stated by the page's metadata
    language VARCHAR,
    authors VARCHAR[] NOT NULL,
    text VARCHAR NOT NULL,
    doc_date DATE,               -- Document.date: the date events are resolved against
    doc_date_source VARCHAR,
    date_confidence DOUBLE,
    date_evidence VARCHAR,
    stored_at TIMESTAMP NOT NULL,
    political DOUBLE             -- Document.political: how likely political news (schema 12)
);

-- The input as read, so extraction can be re-run (`crosswire reanalyse`). Keyed by the content
-- hash (run.ingest.content_hash): identical inputs are kept once. `content` is zlib-compressed;
-- `is_text` says it was a str (stored as UTF-8) rather than bytes. `fetched_at` is ISO 8601 text so
-- an aware datetime keeps its offset. `hints` is JSON {"title", "published", "authors"}.
CREATE TABLE IF NOT EXISTS raw (
    content_hash VARCHAR PRIMARY KEY,
    content BLOB NOT NULL,
    is_text BOOLEAN NOT NULL,
    content_type VARCHAR NOT NULL,
    url VARCHAR,
    origin VARCHAR NOT NULL,
    outlet VARCHAR,
    fetched_at VARCHAR,
    hints JSON NOT NULL
);

-- Which raw input an article id was read from. Kept apart from `articles` so an article that a
-- re-analysis skips can still be re-analysed later.
CREATE TABLE IF NOT EXISTS raw_articles (
    article_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS removed (
    article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, reason VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS captions (
    article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL, type VARCHAR NOT NULL, canonical VARCHAR, code VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
    quote VARCHAR NOT NULL, direct BOOLEAN NOT NULL, cue VARCHAR, speaker VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, cue_start INTEGER, cue_end INTEGER,
    in_caption BOOLEAN NOT NULL,
    parts INTEGER[][] NOT NULL  -- content spans when the quote's span also holds its attribution
);

CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL, type VARCHAR NOT NULL, value VARCHAR NOT NULL,
    anchored BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,   -- rows.event_ids: hash of article id, trigger offsets, cameo
    article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    source_text VARCHAR,            -- NULL when the report does not name the doer
    source_name VARCHAR, source_code VARCHAR,
    source_start INTEGER, source_end INTEGER,
    target_text VARCHAR,            -- NULL when the event has no target
    target_name VARCHAR, target_code VARCHAR, target_start INTEGER, target_end INTEGER,
    cameo VARCHAR NOT NULL, plover VARCHAR NOT NULL, mode VARCHAR,
    goldstein DOUBLE NOT NULL, quad INTEGER NOT NULL,
    date VARCHAR, date_source VARCHAR NOT NULL, modality VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    confidence DOUBLE NOT NULL, rule VARCHAR NOT NULL,
    -- where it happened (Event.place; NULL when its clause names no known place): GeoNames'
    -- name, feature type (city | region | country), ISO alpha-2 country, admin1 code, WGS84
    place_name VARCHAR, place_type VARCHAR, place_country VARCHAR, place_admin1 VARCHAR,
    place_latitude DOUBLE, place_longitude DOUBLE, place_geonameid BIGINT,
    -- the verb pattern it was read from (Event.pattern_*): '' and [] when the model coded it
    pattern_verb VARCHAR NOT NULL DEFAULT '', pattern_words VARCHAR[] NOT NULL DEFAULT []
);

CREATE TABLE IF NOT EXISTS skipped (
    id VARCHAR PRIMARY KEY, reason VARCHAR NOT NULL, detail VARCHAR NOT NULL, run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS copies (
    article_id VARCHAR PRIMARY KEY, original_id VARCHAR NOT NULL, similarity DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR PRIMARY KEY, title VARCHAR, "start" DATE, "end" DATE,
    actors VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS story_articles (
    story_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, ord INTEGER NOT NULL
);

-- Where a user put an article (`crosswire story merge|split`): clustering keeps it there.
CREATE TABLE IF NOT EXISTS story_pins (
    article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS story_events (
    story_event_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    cameo VARCHAR NOT NULL, plover VARCHAR,
    source_code VARCHAR, source_name VARCHAR, target_code VARCHAR, target_name VARCHAR,
    date VARCHAR, modality VARCHAR,
    n_mentions INTEGER NOT NULL,
    outlets VARCHAR[] NOT NULL,
    independent_sources VARCHAR[] NOT NULL,  -- independent origins (copies counted once)
    status VARCHAR,                           -- corroborated | single-source | conflicting
    facts VARCHAR NOT NULL,                   -- JSON [[about, status, [[value, [article ids]]]]]
    family VARCHAR                            -- the event family the mentions were merged by
);

CREATE TABLE IF NOT EXISTS event_mentions (
    story_event_id VARCHAR NOT NULL, ord INTEGER NOT NULL,
    event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
    likeness DOUBLE, sides INTEGER  -- why reports were joined (types.EventMention)
);

-- Lookups of the read path (a story dossier: its articles' rows, its story events and their
-- mentions). DuckDB answers `= ?` and `IN (...)` on these columns with an index scan instead of
-- a scan of the whole table (a dossier miss a third less CPU on a 20,000-article store, and
-- less still as the store grows: docs/BENCHMARKS.md, load section).
CREATE INDEX IF NOT EXISTS removed_article ON removed (article_id);
CREATE INDEX IF NOT EXISTS captions_article ON captions (article_id);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences (article_id);
CREATE INDEX IF NOT EXISTS entities_article ON entities (article_id);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS timexes_article ON timexes (article_id);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
CREATE INDEX IF NOT EXISTS story_events_story ON story_events (story_id);
CREATE INDEX IF NOT EXISTS event_mentions_story_event ON event_mentions (story_event_id);

-- Store schema 9 → 10: events keep the verb pattern they were read from (Event.pattern_verb,
-- Event.pattern_words), filled from the rule string that schema 9 kept it in
-- ("pattern:verb|words|code", possibly after "how>": "nominal:closure>pattern:close|office|...").
-- Run once by connect.py, in the transaction that records version 10.

-- DuckDB alters no table that has an index: schema.sql, run next, makes it again
DROP INDEX IF EXISTS events_article;
ALTER TABLE events ADD COLUMN pattern_verb VARCHAR NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN pattern_words VARCHAR[] NOT NULL DEFAULT [];

UPDATE events SET
    pattern_verb = split_part(substr(regexp_extract(rule, '[^>]*$'), 9), '|', 1),
    pattern_words = CASE
        WHEN trim(split_part(substr(regexp_extract(rule, '[^>]*$'), 9), '|', 2)) = '' THEN []
        ELSE regexp_split_to_array(
            trim(split_part(substr(regexp_extract(rule, '[^>]*$'), 9), '|', 2)), '\s+'
        )
    END
WHERE starts_with(regexp_extract(rule, '[^>]*$'), 'pattern:');

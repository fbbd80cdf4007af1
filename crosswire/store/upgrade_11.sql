-- Store schema 11 -> 12: an article keeps how likely it is political news (Document.political,
-- crosswire.events.domain), under which its events were not coded. Stores of 11 have none: the
-- value stays NULL ("not judged") until the next reanalyse.
-- Run once by connect.py, in the transaction that records version 12.

ALTER TABLE articles ADD COLUMN political DOUBLE;

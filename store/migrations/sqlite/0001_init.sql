-- 0001: documents, observations and runs.
--
-- SQLite dialect. migrations/postgres/0001_init.sql must create the same
-- tables, columns, keys and indexes; only types and syntax may differ.
-- Times are stored as fixed-width UTC text (2006-01-02T15:04:05.000000000Z)
-- so that text order is time order.

-- One row per corpus path: a changed file replaces the row's hash, a file
-- that left the corpus keeps its row with removed = 1.
CREATE TABLE documents (
    path       TEXT    NOT NULL PRIMARY KEY,
    hash       TEXT    NOT NULL,
    title      TEXT    NOT NULL DEFAULT '',
    lang       TEXT    NOT NULL DEFAULT '',
    published  TEXT    NOT NULL DEFAULT '',
    source     TEXT    NOT NULL DEFAULT '',
    url        TEXT    NOT NULL DEFAULT '',
    removed    INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    first_seen TEXT    NOT NULL,
    last_seen  TEXT    NOT NULL
);

CREATE INDEX documents_hash ON documents (hash);

-- Every field of CONTRACT.md section 2. entities is the sorted codes joined
-- with commas ("CN,RU"); derived_from is a JSON array of strings for derived
-- observations and NULL for observations read from the text.
CREATE TABLE observations (
    id           INTEGER NOT NULL PRIMARY KEY,
    doc          TEXT    NOT NULL REFERENCES documents (path),
    doc_hash     TEXT    NOT NULL,
    indicator    TEXT    NOT NULL,
    entities     TEXT    NOT NULL,
    period       TEXT    NOT NULL,
    value        REAL    NOT NULL,
    unit         TEXT    NOT NULL,
    approx       INTEGER NOT NULL CHECK (approx IN (0, 1)),
    bound        TEXT    NOT NULL,
    lang         TEXT    NOT NULL,
    quote        TEXT    NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    speaker      TEXT    NOT NULL,
    mentions     INTEGER NOT NULL,
    derived_from TEXT,
    UNIQUE (doc, indicator, entities, period, value, unit, bound)
);

-- Reads of one series.
CREATE INDEX observations_series ON observations (indicator, entities, period);

-- run.json of every run; started is the body's "started", normalised.
CREATE TABLE runs (
    id      TEXT NOT NULL PRIMARY KEY,
    started TEXT NOT NULL,
    status  TEXT NOT NULL,
    body    TEXT NOT NULL
);

CREATE INDEX runs_started ON runs (started, id);

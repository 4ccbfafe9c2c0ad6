-- 0010: reviewers' decisions about observations (econtrack serve, econtrack
-- review import). A decision is keyed by the observation's identity across
-- re-runs: the document version (doc_hash), the indicator as extracted and
-- the span of the figure. Every decision is kept; the latest of a key (at,
-- then id) applies. action is accept, reject or correct; a correction sets
-- any of value, period, entities (sorted codes joined with commas) and
-- to_indicator, NULL or '' keeping the extracted field. at is fixed-width
-- UTC text.
CREATE TABLE reviews (
    id           INTEGER NOT NULL PRIMARY KEY,
    doc_hash     TEXT    NOT NULL,
    indicator    TEXT    NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    doc          TEXT    NOT NULL DEFAULT '',
    action       TEXT    NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
    value        REAL,
    period       TEXT    NOT NULL DEFAULT '',
    entities     TEXT,
    to_indicator TEXT    NOT NULL DEFAULT '',
    note         TEXT    NOT NULL DEFAULT '',
    reviewer     TEXT    NOT NULL DEFAULT '',
    at           TEXT    NOT NULL
);

CREATE INDEX reviews_key ON reviews (doc_hash, indicator, span_start, span_end);

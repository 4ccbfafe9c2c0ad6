-- 0008: the documents cooperating runs (run.cooperate) share out. A run
-- queues the new and changed documents of its corpus (seq is their place
-- in the corpus), then claims them a few at a time with
-- SELECT … FOR UPDATE SKIP LOCKED, so that two runs never read the same
-- version of a document. run is the run that claimed a row ('' while it
-- waits) and claimed when (fixed-width UTC text); done is set once the
-- run has stored the document. A claim not done whose run has finished, or
-- older than the lease (its run died), is given out again. hash is the
-- version to read: the document's hash and the extractor's fingerprint.
-- (SQLite stores have one writer at a time: the table exists so that the
-- versions match; run.cooperate needs PostgreSQL.)
CREATE TABLE claims (
    corpus  TEXT    NOT NULL,
    path    TEXT    NOT NULL,
    hash    TEXT    NOT NULL,
    seq     INTEGER NOT NULL,
    run     TEXT    NOT NULL DEFAULT '',
    claimed TEXT    NOT NULL DEFAULT '',
    done    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (corpus, path)
);

CREATE INDEX claims_waiting ON claims (corpus, seq) WHERE run = '';

-- 0011: what econtrack fetch remembers of each feed it read, for the next
-- request to be conditional (If-None-Match, If-Modified-Since): the
-- validators the server sent and when (fixed-width UTC text).
CREATE TABLE fetch_state (
    url           TEXT NOT NULL PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    checked       TEXT NOT NULL
);

-- 0004: the meetings a document dates without numbering them ("the last
-- meeting was in August last year") get a table of their own; until now
-- they were observations of "<indicator>.event" with the source in quote.
-- A derived series (the meeting interval) is computed from these events and
-- from the numbered meetings among the observations.
--
-- indicator is the derived indicator the event feeds; entities the sorted
-- codes joined with commas; month YYYY-MM; source "DOC#event#PERIOD".
CREATE TABLE events (
    doc       TEXT NOT NULL REFERENCES documents (path),
    indicator TEXT NOT NULL,
    entities  TEXT NOT NULL,
    month     TEXT NOT NULL,
    source    TEXT NOT NULL,
    PRIMARY KEY (doc, indicator, entities, month, source)
);

INSERT OR IGNORE INTO events (doc, indicator, entities, month, source)
SELECT doc, substr(indicator, 1, length(indicator) - length('.event')), entities, substr(period, 1, 7), quote
FROM observations WHERE indicator LIKE '%.event';

DELETE FROM observations WHERE indicator LIKE '%.event';

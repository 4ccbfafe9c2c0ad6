-- 0006: the series index leaves out the period. A document's observations
-- fall on periods all over the calendar, so an index ending in the period
-- took each new row to a random page and a write of a thousand rows
-- dirtied hundreds of pages; without it, rows of a series follow each
-- other in insertion order and a write touches a page or two per series.
-- A series is read whole (its periods filtered in the rows), and every
-- read of the artefacts reads whole series.
DROP INDEX observations_series;
CREATE INDEX observations_series ON observations (indicator, entities);

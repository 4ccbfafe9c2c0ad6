-- 0002: how sure the extractor is of each observation (CONTRACT.md section 2).
-- Observations stored before it have no estimate and read as 1.
ALTER TABLE observations ADD COLUMN confidence REAL NOT NULL DEFAULT 1;

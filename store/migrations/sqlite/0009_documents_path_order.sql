-- 0009: PostgreSQL indexes the documents' paths in byte order for reads a
-- page at a time; SQLite's primary key compares bytes already. The
-- versions stay the same in both dialects.
SELECT 1;

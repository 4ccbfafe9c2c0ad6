-- 0007: PostgreSQL drops the foreign key from observations to documents,
-- whose per-row trigger was nearly half the time of a COPY. SQLite keeps
-- it: its check is a lookup in the documents' primary key inside the same
-- page cache, and dropping it would mean rebuilding the table. The
-- versions stay the same in both dialects.
SELECT 1;

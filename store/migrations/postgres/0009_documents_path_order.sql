-- 0009: documents are read a page at a time in byte order of their paths
-- (Store.AllDocuments), whatever the database's collation; this index
-- serves that order. SQLite's primary key compares bytes already.
CREATE INDEX documents_path_bytes ON documents (path COLLATE "C");

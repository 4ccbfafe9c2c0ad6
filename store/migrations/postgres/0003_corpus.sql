-- 0003: documents belong to a corpus, and a document that could not be read
-- keeps its observations with the reason and since when.
--
-- corpus is the id of the corpus the document was last read from
-- (corpus.id); '' for documents stored before this migration, which the
-- first run that finds them in its corpus claims. A run marks as removed
-- only documents of its own corpus, so corpora sharing a store keep each
-- other's documents. skip_reason is why the last run could not read a
-- document that is still in its corpus ('' when it was read), and
-- skipped_since when that started.
ALTER TABLE documents ADD COLUMN corpus TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN skip_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN skipped_since TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_corpus ON documents (corpus);

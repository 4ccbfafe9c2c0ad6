package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"

	"modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// busyTimeout is how long a connection waits for another writer.
const busyTimeout = 10 * time.Second

// sqliteParams are the connection settings of every SQLite connection:
// wait busyTimeout for another writer, enforce foreign keys, fsync at WAL
// checkpoints only (a killed process loses nothing committed; a power cut
// may lose the last transactions but never leaves the file inconsistent),
// keep statement journals in memory (a multi-row INSERT otherwise writes
// one to a temporary file), checkpoint the WAL every 10,000 pages (~40 MB)
// instead of 1,000 (30% more rows written per second when a run stores
// many documents; BenchmarkPutObservations), and take the write lock when
// a transaction begins so that concurrent writers queue instead of
// deadlocking on a lock upgrade. Write-ahead logging is a property of the
// file, set once by init.
const sqliteParams = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(10000)&_txlock=immediate"

// obsColumns are the columns an observation is inserted with, in order.
var obsColumns = []string{
	"doc", "doc_hash", "indicator", "entities", "period", "value", "unit", "approx", "bound",
	"lang", "quote", "span_start", "span_end", "speaker", "mentions", "derived_from", "confidence", "basis",
}

// insertBatch is how many observations one INSERT statement carries.
const insertBatch = 64

// SQLite is the embedded back end: one database file, opened through
// modernc.org/sqlite (pure Go). It is safe for concurrent use by several
// goroutines and by several processes on the same file.
type SQLite struct {
	db   *sql.DB
	path string
	now  func() time.Time
	// Statements prepared once, used by every transaction.
	upsertDoc, deleteRead, insertOne, insertMany *sql.Stmt
	// afterBatch, when set (by tests), is called after each batch of
	// observations PutDocument has inserted, with the running total.
	afterBatch func(inserted int)
	// readOnly stores refuse every write (see OpenExisting).
	readOnly bool
	// warnings are what the caller should tell the user (Warnings).
	warnings []string
}

// Warnings lists what opening the store found that works but should be
// told ("not in WAL mode"); the caller logs them with its logger.
func (s *SQLite) Warnings() []string { return s.warnings }

var _ Store = (*SQLite)(nil)

// OpenSQLite opens the SQLite database at path, creating the file and its
// parent folders when missing, and applies pending migrations.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	return openSQLite(ctx, path, false)
}

// openSQLite opens the database at path; readOnly opens an existing file
// that cannot be written (no migrations, no writes, queries only).
func openSQLite(ctx context.Context, path string, readOnly bool) (*SQLite, error) {
	if path == "" {
		return nil, errors.New("store: empty SQLite path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("store %s: an SQLite path must not contain '?' or '#'", path)
	}
	memory := path == ":memory:"
	if !memory && !readOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	name := path + "?" + sqliteParams
	if readOnly {
		// immutable: no write-ahead log or lock files in a folder the user
		// cannot write; the file is only read.
		name = "file:" + (&url.URL{Path: path}).EscapedPath() + "?mode=ro&immutable=1&_pragma=busy_timeout(10000)"
	}
	db, err := sql.Open("sqlite", name)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if memory {
		// Every connection to :memory: is a database of its own.
		db.SetMaxOpenConns(1)
	}
	s := &SQLite{db: db, path: path, now: time.Now, readOnly: readOnly}
	if readOnly {
		if err := s.checkReadOnly(ctx); err != nil {
			_ = db.Close()
			return nil, fmt.Errorf("store %s (read-only): %w", path, err)
		}
		return s, nil
	}
	if err := s.init(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// checkReadOnly checks that a store opened read-only has the schema this
// econtrack reads: it cannot be migrated.
func (s *SQLite) checkReadOnly(ctx context.Context) error {
	ms, err := loadMigrations(migrationFiles, "migrations/sqlite")
	if err != nil {
		return err
	}
	v, err := schemaVersion(ctx, s.db)
	if err != nil {
		return fmt.Errorf("not an econtrack store: %w", err)
	}
	if latest := ms[len(ms)-1].Version; v != latest {
		return fmt.Errorf("schema version %d, this econtrack reads %d: run `econtrack migrate` as a user who can write it", v, latest)
	}
	return nil
}

func (s *SQLite) init(ctx context.Context) error {
	// Switching a new file to WAL needs an exclusive lock and SQLite does not
	// wait for it when another process is opening the same new file at the
	// same moment, so retry for as long as a writer would wait.
	var mode string
	deadline := time.Now().Add(busyTimeout)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode)
		if err == nil {
			break
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return fmt.Errorf("set journal mode: %w", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	if !strings.EqualFold(mode, "wal") && s.path != ":memory:" {
		s.warnings = append(s.warnings, fmt.Sprintf("SQLite store %s is in journal mode %s, not WAL: readers may block the writer", s.path, mode))
	}
	ms, err := loadMigrations(migrationFiles, "migrations/sqlite")
	if err != nil {
		return err
	}
	if err := migrateSQL(ctx, s.db, ms, s.now); err != nil {
		return err
	}
	for _, st := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&s.upsertDoc, upsertDocSQL},
		{&s.deleteRead, deleteReadSQL},
		{&s.insertOne, insertSQL(1)},
		{&s.insertMany, insertSQL(insertBatch)},
	} {
		if *st.dst, err = s.db.PrepareContext(ctx, st.sql); err != nil {
			return fmt.Errorf("prepare %q: %w", st.sql, err)
		}
	}
	return nil
}

// upsertDocSQL stores a document by path: a new hash restarts first_seen,
// and the document is current again either way.
const upsertDocSQL = `
INSERT INTO documents (path, hash, title, lang, published, source, url, removed, first_seen, last_seen, corpus)
VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
ON CONFLICT (path) DO UPDATE SET
    first_seen = CASE WHEN documents.hash = excluded.hash THEN documents.first_seen ELSE excluded.first_seen END,
    hash = excluded.hash, title = excluded.title, lang = excluded.lang,
    published = excluded.published, source = excluded.source, url = excluded.url,
    removed = 0, last_seen = excluded.last_seen, corpus = excluded.corpus,
    skip_reason = '', skipped_since = ''`

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == 5 // SQLITE_BUSY and its extended codes
}

// SchemaVersion returns the highest schema migration applied to the
// database.
func (s *SQLite) SchemaVersion(ctx context.Context) (int, error) {
	return schemaVersion(ctx, s.db)
}

// Path is the database file.
func (s *SQLite) Path() string { return s.path }

// Close closes the database.
func (s *SQLite) Close() error {
	for _, st := range []*sql.Stmt{s.upsertDoc, s.deleteRead, s.insertOne, s.insertMany} {
		if st != nil {
			_ = st.Close()
		}
	}
	return s.db.Close()
}

// inTx runs fn in one transaction, committing when fn returns nil.
func (s *SQLite) inTx(ctx context.Context, what string, fn func(*sql.Tx) error) (err error) {
	if s.readOnly {
		return fmt.Errorf("store %s: %s: the store is read-only for this user", s.path, what)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store %s: %s: %w", s.path, what, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
			// A cancelled context also closes the transaction's statements;
			// report the cancellation, not the closed statement.
			if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
				err = fmt.Errorf("%w: %w", cerr, err)
			}
			err = fmt.Errorf("store %s: %s: %w", s.path, what, err)
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// Hashes returns the content hash of every current document of corpus (or
// of none) by path.
func (s *SQLite) Hashes(ctx context.Context, corpus string) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT path, hash FROM documents WHERE removed = 0 AND corpus IN ('', ?)`, corpus)
	if err != nil {
		return nil, fmt.Errorf("store %s: hashes: %w", s.path, err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var p, h string
		if err := rows.Scan(&p, &h); err != nil {
			return nil, fmt.Errorf("store %s: hashes: %w", s.path, err)
		}
		m[p] = h
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: hashes: %w", s.path, err)
	}
	return m, nil
}

// PutDocument stores doc as the current document at doc.Path and replaces
// every observation read from that path with obs, in one transaction.
//
// The store keeps one row per path: a new hash replaces the old one (and
// FirstSeen restarts), the same hash keeps FirstSeen, and either way the
// document is current again (Removed false) with LastSeen now; doc's own
// Removed, FirstSeen and LastSeen are ignored. Observations with an empty
// Doc are taken to be doc's; observations of another document, derived
// ones and non-finite values are refused. Observations with the same
// identity (indicator, entities, period, value, unit, bound) are merged:
// the first keeps its fields and mentions are summed. Derived observations
// that cite the document are left alone: ReplaceDerived replaces them.
func (s *SQLite) PutDocument(ctx context.Context, doc model.Document, obs []indicators.Observation, events []indicators.Event) error {
	if doc.Path == "" || doc.Hash == "" {
		return fmt.Errorf("store %s: put document: path %q and hash %q must not be empty", s.path, doc.Path, doc.Hash)
	}
	obs, err := prepareObservations(doc.Path, obs)
	if err == nil {
		events, err = prepareEvents(doc.Path, events)
	}
	if err != nil {
		return fmt.Errorf("store %s: put document %s: %w", s.path, doc.Path, err)
	}
	return s.inTx(ctx, "put document "+doc.Path, func(tx *sql.Tx) error {
		var owner string
		switch err := tx.QueryRowContext(ctx, `SELECT corpus FROM documents WHERE path = ?`, doc.Path).Scan(&owner); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		case owner != "" && owner != doc.Corpus:
			return &OtherCorpusError{Path: doc.Path, Corpus: owner}
		}
		now := formatTime(s.now())
		if _, err := tx.StmtContext(ctx, s.upsertDoc).ExecContext(ctx,
			doc.Path, doc.Hash, doc.Title, doc.Lang, doc.Published, doc.Source, doc.URL, now, now, doc.Corpus); err != nil {
			return err
		}
		if _, err := tx.StmtContext(ctx, s.deleteRead).ExecContext(ctx, doc.Path); err != nil {
			return err
		}
		if err := insertEvents(ctx, tx, doc.Path, events, true); err != nil {
			return err
		}
		return s.insertObservations(ctx, tx, obs, func(indicators.Observation) string { return doc.Hash })
	})
}

// insertEvents stores events in tx, first deleting the ones stored for doc
// when replace is set.
func insertEvents(ctx context.Context, tx *sql.Tx, doc string, events []indicators.Event, replace bool) error {
	if replace {
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE doc = ?`, doc); err != nil {
			return err
		}
	}
	for _, e := range events {
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (doc, indicator, entities, month, source) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			e.Doc, e.Indicator, joinEntities(e.Entities), e.Month, e.Source); err != nil {
			return fmt.Errorf("event %s %s of %s: %w", e.Indicator, e.Month, e.Doc, err)
		}
	}
	return nil
}

// Events implements Store.
func (s *SQLite) Events(ctx context.Context, includeRemoved bool) ([]indicators.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventColumns+` FROM events e JOIN documents d ON d.path = e.doc
WHERE ? OR d.removed = 0 ORDER BY e.doc, e.indicator, e.entities, e.month, e.source`, includeRemoved)
	if err != nil {
		return nil, fmt.Errorf("store %s: events: %w", s.path, err)
	}
	defer rows.Close()
	var out []indicators.Event
	for rows.Next() {
		e, err := scanEvent(rows.Scan)
		if err != nil {
			return nil, fmt.Errorf("store %s: events: %w", s.path, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: events: %w", s.path, err)
	}
	return out, nil
}

// insertObservations inserts obs, insertBatch rows per statement and the
// rest one by one, with statements prepared once per connection.
func (s *SQLite) insertObservations(ctx context.Context, tx *sql.Tx, obs []indicators.Observation, hash func(indicators.Observation) string) error {
	if len(obs) == 0 {
		return nil
	}
	many, one := tx.StmtContext(ctx, s.insertMany), tx.StmtContext(ctx, s.insertOne)
	args := make([]any, 0, insertBatch*len(obsColumns))
	for start := 0; start < len(obs); {
		st, n := many, insertBatch
		if len(obs)-start < insertBatch {
			st, n = one, 1
		}
		args = args[:0]
		for _, o := range obs[start : start+n] {
			df, err := encodeDerivedFrom(o.DerivedFrom)
			if err != nil {
				return fmt.Errorf("observation %s of %s: %w", o.Indicator, o.Doc, err)
			}
			args = append(args, o.Doc, hash(o), o.Indicator, joinEntities(o.Entities), o.Period, o.Value,
				o.Unit, o.Approx, o.Bound, o.Lang, o.Quote, o.Span[0], o.Span[1], o.Speaker, o.Mentions, df, o.Confidence, o.Basis)
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("insert observations %d-%d: %w", start, start+n-1, err)
		}
		start += n
		if s.afterBatch != nil && (n == insertBatch || start == len(obs)) {
			s.afterBatch(start)
		}
	}
	return nil
}

// insertSQL is an INSERT of n observations.
func insertSQL(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(obsColumns)), ", ") + ")"
	var b strings.Builder
	b.WriteString("INSERT INTO observations (" + strings.Join(obsColumns, ", ") + ") VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}

// Touch sets LastSeen to now for the documents of corpus at paths, claims
// them for corpus and clears their skip reason.
func (s *SQLite) Touch(ctx context.Context, corpus string, paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	return s.inTx(ctx, "touch", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `UPDATE documents SET last_seen = ?, corpus = ?, skip_reason = '', skipped_since = '' WHERE path = ? AND corpus IN ('', ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		now := formatTime(s.now())
		for _, p := range paths {
			if _, err := st.ExecContext(ctx, now, corpus, p, corpus); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		return nil
	})
}

// MarkSkipped records the reason a stored document of corpus could not be
// read, and since when; the document stays (or becomes again) current.
func (s *SQLite) MarkSkipped(ctx context.Context, corpus string, skipped map[string]string) error {
	if len(skipped) == 0 {
		return nil
	}
	return s.inTx(ctx, "mark skipped", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `UPDATE documents SET removed = 0, skip_reason = ?,
    skipped_since = CASE WHEN skipped_since = '' THEN ? ELSE skipped_since END
WHERE path = ? AND corpus IN ('', ?)`)
		if err != nil {
			return err
		}
		defer st.Close()
		now := formatTime(s.now())
		for _, p := range slices.Sorted(maps.Keys(skipped)) {
			if _, err := st.ExecContext(ctx, skipped[p], now, p, corpus); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		return nil
	})
}

// MarkRemoved marks every current document whose path is not in present as
// removed, keeping its row and observations, and returns the paths it
// marked, sorted.
func (s *SQLite) MarkRemoved(ctx context.Context, corpus string, present []string) ([]string, error) {
	keep := make(map[string]bool, len(present))
	for _, p := range present {
		keep[p] = true
	}
	var marked []string
	err := s.inTx(ctx, "mark removed", func(tx *sql.Tx) error {
		marked = marked[:0]
		rows, err := tx.QueryContext(ctx, `SELECT path FROM documents
WHERE removed = 0 AND (corpus = ? OR corpus = '' AND NOT EXISTS (SELECT 1 FROM documents WHERE corpus NOT IN ('', ?)))
ORDER BY path`, corpus, corpus)
		if err != nil {
			return err
		}
		for rows.Next() {
			var p string
			if err := rows.Scan(&p); err != nil {
				rows.Close()
				return err
			}
			if !keep[p] {
				marked = append(marked, p)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(marked) == 0 {
			return nil
		}
		st, err := tx.PrepareContext(ctx, `UPDATE documents SET removed = 1 WHERE path = ?`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, p := range marked {
			if _, err := st.ExecContext(ctx, p); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return marked, nil
}

// ReplaceDerived replaces every derived observation with obs, in one
// transaction. Each must have DerivedFrom set and a Doc that is stored; its
// DocHash is that document's current hash.
func (s *SQLite) ReplaceDerived(ctx context.Context, obs []indicators.Observation) error {
	obs, err := prepareObservations("", obs)
	if err != nil {
		return fmt.Errorf("store %s: replace derived: %w", s.path, err)
	}
	return s.inTx(ctx, "replace derived", func(tx *sql.Tx) error {
		hashes := map[string]string{}
		rows, err := tx.QueryContext(ctx, `SELECT path, hash FROM documents`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var p, h string
			if err := rows.Scan(&p, &h); err != nil {
				rows.Close()
				return err
			}
			hashes[p] = h
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, o := range obs {
			if _, ok := hashes[o.Doc]; !ok {
				return fmt.Errorf("derived observation %s %s: document %q is not stored", o.Indicator, o.Period, o.Doc)
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM observations WHERE derived_from IS NOT NULL`); err != nil {
			return err
		}
		return s.insertObservations(ctx, tx, obs, func(o indicators.Observation) string { return hashes[o.Doc] })
	})
}

// Documents lists every document, removed ones included, by path.
func (s *SQLite) Documents(ctx context.Context) ([]model.Document, error) {
	rows, err := s.db.QueryContext(ctx, `
SELECT path, hash, title, lang, published, source, url, removed, first_seen, last_seen, corpus, skip_reason, skipped_since
FROM documents ORDER BY path`)
	if err != nil {
		return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
	}
	defer rows.Close()
	var docs []model.Document
	for rows.Next() {
		var d model.Document
		var first, last, since string
		if err := rows.Scan(&d.Path, &d.Hash, &d.Title, &d.Lang, &d.Published, &d.Source, &d.URL, &d.Removed, &first, &last, &d.Corpus, &d.SkipReason, &since); err != nil {
			return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
		}
		if since != "" {
			if d.SkippedSince, err = parseTime(since); err != nil {
				return nil, fmt.Errorf("store %s: document %s: skipped_since: %w", s.path, d.Path, err)
			}
		}
		if d.FirstSeen, err = parseTime(first); err != nil {
			return nil, fmt.Errorf("store %s: document %s: first_seen: %w", s.path, d.Path, err)
		}
		if d.LastSeen, err = parseTime(last); err != nil {
			return nil, fmt.Errorf("store %s: document %s: last_seen: %w", s.path, d.Path, err)
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: documents: %w", s.path, err)
	}
	return docs, nil
}

// Observations lists the observations f selects with their documents,
// ordered by indicator, entities, period and document (then value, unit,
// bound), with Conflict set among the returned observations that are not
// derived. Observations of removed documents are left out unless
// f.IncludeRemoved.
func (s *SQLite) Observations(ctx context.Context, f Filter) ([]model.Record, error) {
	q, args := sqliteObservationsSQL(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store %s: observations: %w", s.path, err)
	}
	defer rows.Close()
	var recs []model.Record
	in := interner{}
	for rows.Next() {
		var r model.Record
		var ents string
		var df *string
		if err := rows.Scan(&r.ID, &r.Doc, &r.DocHash, &r.Indicator, &ents, &r.Period, &r.Value, &r.Unit,
			&r.Approx, &r.Bound, &r.Lang, &r.Quote, &r.Span[0], &r.Span[1], &r.Speaker, &r.Mentions, &df, &r.Confidence, &r.Basis,
			&r.Published, &r.Title, &r.URL, &r.Source, &r.Removed, &r.Corpus); err != nil {
			return nil, fmt.Errorf("store %s: observations: %w", s.path, err)
		}
		in.record(&r)
		r.Entities = in.entities(ents)
		if r.DerivedFrom, err = decodeDerivedFrom(df); err != nil {
			return nil, fmt.Errorf("store %s: observation %d: %w", s.path, r.ID, err)
		}
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: observations: %w", s.path, err)
	}
	recs = sortRecords(since(recs, f.Since))
	model.MarkConflicts(recs)
	return recs, nil
}

// sqliteObservationsSQL is observationsSQL in SQLite's dialect.
func sqliteObservationsSQL(f Filter) (string, []any) {
	return observationsSQL(f, "d.removed = 0", func(int) string { return "?" })
}

// deleteReadSQL deletes the observations read from one document.
const deleteReadSQL = `DELETE FROM observations WHERE doc = ? AND derived_from IS NULL`

// SaveRun inserts or replaces the run with the given id. body must be a
// JSON object; it is stored compacted to one line. Runs are ordered by the
// body's "started" (RFC 3339), or by the time of the first save when it has
// none.
func (s *SQLite) SaveRun(ctx context.Context, id string, body json.RawMessage) error {
	if id == "" {
		return fmt.Errorf("store %s: save run: empty id", s.path)
	}
	compact, started, status, err := runMeta(body, s.now())
	if err != nil {
		return fmt.Errorf("store %s: save run %s: %w", s.path, id, err)
	}
	return s.inTx(ctx, "save run "+id, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
INSERT INTO runs (id, started, status, body) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET started = excluded.started, status = excluded.status, body = excluded.body`,
			id, started, status, string(compact))
		return err
	})
}

// Runs lists every run's run.json, oldest first.
func (s *SQLite) Runs(ctx context.Context) ([]json.RawMessage, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT body FROM runs ORDER BY started, id`)
	if err != nil {
		return nil, fmt.Errorf("store %s: runs: %w", s.path, err)
	}
	defer rows.Close()
	var out []json.RawMessage
	for rows.Next() {
		var b string
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("store %s: runs: %w", s.path, err)
		}
		out = append(out, json.RawMessage(b))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: runs: %w", s.path, err)
	}
	return slices.Clip(out), nil
}

// setAfterBatch installs a hook PutDocument calls after each inserted batch;
// tests use it to interrupt a write part-way.
func (s *SQLite) setAfterBatch(fn func(inserted int)) { s.afterBatch = fn }

package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

// obsColumns are the columns an observation is inserted with, in order:
// the one list every write of both back ends uses.
var obsColumns = []string{
	"doc", "doc_hash", "indicator", "entities", "period", "value", "unit", "approx", "bound",
	"lang", "quote", "span_start", "span_end", "speaker", "mentions", "derived_from", "confidence", "basis",
}

// docColumns are the columns of a document as Copy writes it.
var docColumns = []string{"path", "hash", "title", "lang", "published", "source", "url", "removed", "first_seen", "last_seen", "corpus", "skip_reason", "skipped_since"}

// insertBatch is how many observations one INSERT statement carries.
const insertBatch = 64

// copyThreshold is the number of observations from which a back end that
// can stream rows (PostgreSQL's COPY) streams them rather than inserting
// them insertBatch at a time.
const copyThreshold = 256

// dialect is what the back ends do differently. Every statement is written
// once, with ? placeholders, in the SQL both understand (TRUE and FALSE,
// ON CONFLICT, RETURNING); the dialect numbers the placeholders, names the
// JSON table functions and streams bulk writes.
type dialect struct {
	// dollar numbers placeholders $1, $2, … (PostgreSQL) instead of ?.
	dollar bool
	// jsonValues is a table, with a column value, of the strings of the
	// JSON array its one placeholder receives.
	jsonValues string
	// jsonPairs is a table, with columns key and value, of the JSON object
	// of strings its one placeholder receives.
	jsonPairs string
	// inValues is a condition, after a column, that the column is one of
	// the strings of the JSON array its one placeholder receives, written
	// so that an index on the column serves it.
	inValues string
	// jsonRows is a table, with a column value, of the arrays in the JSON
	// array of arrays its one placeholder receives; jsonItem(i) is the i-th
	// string of value.
	jsonRows string
	jsonItem func(i int) string
	// bytes follows a text column to compare it in byte order (an index on
	// the column in that order serves it).
	bytes string
	// migrations is the folder of migrationFiles with the dialect's schema.
	migrations string
	// copyRows, when set, streams rows into table on conn, inside the
	// transaction open on it.
	copyRows func(ctx context.Context, conn *sql.Conn, table string, rows *obsRows) error
	// serializeDerived is run first in ReplaceDerived, so that two processes
	// never replace derived observations at once; "" where a write
	// transaction already excludes every other writer (SQLite).
	serializeDerived string
	// lockMigrations, when set, excludes other migrators on conn until the
	// returned unlock is called.
	lockMigrations func(ctx context.Context, conn *sql.Conn) (unlock func(), err error)
	// retrySave reports an error after which SaveRun tries again (the
	// connection to the server was lost); nil never retries.
	retrySave func(error) bool
}

// rebind rewrites the ? placeholders of q in the dialect's syntax. No
// statement of the store has a ? inside a string literal.
func (d *dialect) rebind(q string) string {
	if !d.dollar || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sqlStore implements Store on database/sql for both back ends: the same
// statements, transactions and scans, with a dialect for what differs.
type sqlStore struct {
	db   *sql.DB
	name string // the store in messages: a path, or a DSN without its password
	d    *dialect
	now  func() time.Time
	// readOnly stores refuse every write (see OpenExisting).
	readOnly bool
	// afterBatch, when set (by tests), is called after each batch of
	// observations a write has inserted (streamed: every copyHookEvery
	// rows), with the running total.
	afterBatch func(inserted int)
	// Statements prepared once, used by every transaction.
	upsertDoc, deleteRead, insertMany *sql.Stmt
	// insertN[n] inserts n observations (1 ≤ n < insertBatch): the rest
	// of a write after its full batches, prepared by prepareRest.
	insertMu sync.Mutex
	insertN  [insertBatch]*sql.Stmt

	// wmu guards lockConn and serialises its use.
	wmu sync.Mutex
	// lockConn, while a run lock is held (PostgreSQL), is the connection
	// holding it; every write goes through it, so a write can only commit
	// while the lock is held.
	lockConn *sql.Conn
}

// upsertDocsSQL stores documents by path, from a JSON array of [path, hash,
// title, lang, published, source, url, corpus]: a new hash restarts
// first_seen, and the document is current again either way. It returns the
// paths stored; a path that belongs to another corpus is not among them.
func (d *dialect) upsertDocsSQL() string {
	cols := make([]string, 8)
	for i := range cols {
		cols[i] = d.jsonItem(i)
	}
	return `
INSERT INTO documents (path, hash, title, lang, published, source, url, removed, first_seen, last_seen, corpus)
SELECT ` + strings.Join(cols[:7], ", ") + `, FALSE, ?, ?, ` + cols[7] + ` FROM ` + d.jsonRows + ` WHERE TRUE
ON CONFLICT (path) DO UPDATE SET
    first_seen = CASE WHEN documents.hash = excluded.hash THEN documents.first_seen ELSE excluded.first_seen END,
    hash = excluded.hash, title = excluded.title, lang = excluded.lang,
    published = excluded.published, source = excluded.source, url = excluded.url,
    removed = FALSE, last_seen = excluded.last_seen, corpus = excluded.corpus,
    skip_reason = '', skipped_since = ''
WHERE documents.corpus IN ('', excluded.corpus)
RETURNING path`
}

// deleteReadSQL deletes the observations read from the documents whose
// paths its JSON array names.
func (d *dialect) deleteReadSQL() string {
	return `DELETE FROM observations WHERE doc ` + d.inValues + ` AND derived_from IS NULL`
}

// insertSQL is an INSERT of n observations into table.
func insertSQL(table string, n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(obsColumns)), ", ") + ")"
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + " (" + strings.Join(obsColumns, ", ") + ") VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}

// prepare prepares the statements every write uses; the schema must be
// migrated.
func (s *sqlStore) prepare(ctx context.Context) error {
	for _, st := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&s.upsertDoc, s.d.upsertDocsSQL()},
		{&s.deleteRead, s.d.deleteReadSQL()},
		{&s.insertMany, insertSQL("observations", insertBatch)},
	} {
		var err error
		if *st.dst, err = s.db.PrepareContext(ctx, s.d.rebind(st.sql)); err != nil {
			return fmt.Errorf("prepare %q: %w", st.sql, err)
		}
	}
	return nil
}

// prepareRest prepares, once, the statement that inserts the rest of a
// write of total observations after its full batches. Call it before taking a
// transaction: preparing takes a connection of the pool, and a write that
// holds one while waiting for another can deadlock a full pool.
func (s *sqlStore) prepareRest(ctx context.Context, total int) error {
	n := total % insertBatch
	if n == 0 || s.d.copyRows != nil && total >= copyThreshold {
		return nil // no rest, or streamed
	}
	s.insertMu.Lock()
	defer s.insertMu.Unlock()
	if s.insertN[n] != nil {
		return nil
	}
	st, err := s.db.PrepareContext(ctx, s.d.rebind(insertSQL("observations", n)))
	if err != nil {
		return fmt.Errorf("prepare the insert of %d observations: %w", n, err)
	}
	s.insertN[n] = st
	return nil
}

// restStmt is the statement prepareRest prepared for n observations, or nil.
func (s *sqlStore) restStmt(n int) *sql.Stmt {
	s.insertMu.Lock()
	defer s.insertMu.Unlock()
	return s.insertN[n]
}

// close closes the prepared statements and the database.
func (s *sqlStore) close() error {
	for _, st := range append([]*sql.Stmt{s.upsertDoc, s.deleteRead, s.insertMany}, s.insertN[:]...) {
		if st != nil {
			_ = st.Close()
		}
	}
	return s.db.Close()
}

// SchemaVersion returns the highest schema migration applied to the
// database.
func (s *sqlStore) SchemaVersion(ctx context.Context) (int, error) {
	v, err := schemaVersion(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("store %s: %w", s.name, err)
	}
	return v, nil
}

// errorf wraps err as the store's error about what.
func (s *sqlStore) errorf(what string, err error) error {
	return fmt.Errorf("store %s: %s: %w", s.name, what, err)
}

// txn is a transaction and the connection it runs on (for COPY).
type txn struct {
	*sql.Tx
	conn *sql.Conn
	d    *dialect
}

// exec runs q with the dialect's placeholders.
func (t txn) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.ExecContext(ctx, t.d.rebind(q), args...)
}

// query runs q with the dialect's placeholders.
func (t txn) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.QueryContext(ctx, t.d.rebind(q), args...)
}

// queryRow runs q with the dialect's placeholders.
func (t txn) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return t.QueryRowContext(ctx, t.d.rebind(q), args...)
}

// inTx runs fn in one transaction, committing when fn returns nil. While a
// run lock is held the transaction runs on the lock's connection.
func (s *sqlStore) inTx(ctx context.Context, what string, fn func(txn) error) (err error) {
	if s.readOnly {
		return fmt.Errorf("store %s: %s: the store is read-only for this user", s.name, what)
	}
	defer func() {
		if err != nil {
			// A cancelled context also closes the transaction's statements;
			// report the cancellation, not what it broke.
			if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
				err = fmt.Errorf("%w: %w", cerr, err)
			}
			err = s.errorf(what, err)
		}
	}()
	if err := ctx.Err(); err != nil {
		return err
	}
	s.wmu.Lock()
	conn := s.lockConn
	if conn != nil {
		defer s.wmu.Unlock()
		if err := conn.PingContext(ctx); err != nil {
			return fmt.Errorf("connection holding the run lock was lost; the lock is gone: %w", err)
		}
	} else {
		s.wmu.Unlock()
		if conn, err = s.db.Conn(ctx); err != nil {
			return err
		}
		defer conn.Close()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if err := fn(txn{Tx: tx, conn: conn, d: s.d}); err != nil {
		return err
	}
	return tx.Commit()
}

// scanAll calls each for every row of rows, scanning into dest first.
func scanAll(rows *sql.Rows, err error, dest []any, each func() error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if err := each(); err != nil {
			return err
		}
	}
	return rows.Err()
}

// jsonArg is v as a JSON argument of a jsonValues or jsonPairs table.
func jsonArg(v any) string {
	b, _ := json.Marshal(v) // strings and maps of strings always marshal
	return string(b)
}

// Hashes returns the content hash of every current document of corpus (or
// of none) by path.
func (s *sqlStore) Hashes(ctx context.Context, corpus string) (map[string]string, error) {
	m := map[string]string{}
	var p, h string
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT path, hash FROM documents WHERE NOT removed AND corpus IN ('', ?)`), corpus)
	if err := scanAll(rows, err, []any{&p, &h}, func() error { m[p] = h; return nil }); err != nil {
		return nil, s.errorf("hashes", err)
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
// that cite the document are left alone: ReplaceDerived replaces them. Two
// writers of one path queue on the document's row: the later one replaces
// the earlier one's observations, so nothing is ever stored twice.
func (s *sqlStore) PutDocument(ctx context.Context, doc model.Document, obs []indicators.Observation, events []indicators.Event) error {
	refused, err := s.PutDocuments(ctx, []DocumentWrite{{Doc: doc, Observations: obs, Events: events}})
	if err != nil {
		return err
	}
	if len(refused) > 0 {
		return refused[0]
	}
	return nil
}

// PutDocuments implements Store: PutDocument for each write, in one
// transaction, the observations of all of them inserted together.
func (s *sqlStore) PutDocuments(ctx context.Context, writes []DocumentWrite) ([]*OtherCorpusError, error) {
	// Rows are locked in path order, so that two batches never wait for
	// each other in a circle; of a path written twice the later write
	// replaces the earlier, as two PutDocument calls would.
	writes = slices.Clone(writes)
	slices.SortStableFunc(writes, func(a, b DocumentWrite) int { return strings.Compare(a.Doc.Path, b.Doc.Path) })
	kept := writes[:0]
	for i, w := range writes {
		if i+1 < len(writes) && writes[i+1].Doc.Path == w.Doc.Path {
			continue
		}
		kept = append(kept, w)
	}
	writes = kept
	total := 0
	for i := range writes {
		w := &writes[i]
		doc := w.Doc
		if doc.Path == "" || doc.Hash == "" {
			return nil, fmt.Errorf("store %s: put document: path %q and hash %q must not be empty", s.name, doc.Path, doc.Hash)
		}
		obs, err := prepareObservations(doc.Path, w.Observations)
		if err == nil {
			w.Events, err = prepareEvents(doc.Path, w.Events)
		}
		if err != nil {
			return nil, s.errorf("put document "+doc.Path, err)
		}
		w.Observations = obs
		total += len(obs)
	}
	if err := s.prepareRest(ctx, total); err != nil {
		return nil, s.errorf("put documents", err)
	}
	what := "put document"
	if len(writes) == 1 {
		what += " " + writes[0].Doc.Path
	} else if len(writes) > 1 {
		what = fmt.Sprintf("put %d documents (%s…)", len(writes), writes[0].Doc.Path)
	}
	docs := make([][]string, len(writes))
	for i, w := range writes {
		d := w.Doc
		docs[i] = []string{d.Path, d.Hash, d.Title, d.Lang, d.Published, d.Source, d.URL, d.Corpus}
	}
	var refused []*OtherCorpusError
	err := s.inTx(ctx, what, func(tx txn) error {
		refused = refused[:0]
		now := formatTime(s.now())
		// The upsert locks the documents' rows until commit: a concurrent
		// writer of one of the paths waits here.
		stored := map[string]bool{}
		var p string
		rows, err := tx.StmtContext(ctx, s.upsertDoc).QueryContext(ctx, now, now, jsonArg(docs))
		if err := scanAll(rows, err, []any{&p}, func() error { stored[p] = true; return nil }); err != nil {
			return err
		}
		var paths []string
		all := make([]indicators.Observation, 0, total)
		hashes := make([]string, 0, total)
		for _, w := range writes {
			if !stored[w.Doc.Path] {
				var owner string
				if err := tx.queryRow(ctx, `SELECT corpus FROM documents WHERE path = ?`, w.Doc.Path).Scan(&owner); err != nil {
					return fmt.Errorf("%s: %w", w.Doc.Path, err)
				}
				refused = append(refused, &OtherCorpusError{Path: w.Doc.Path, Corpus: owner})
				continue
			}
			paths = append(paths, w.Doc.Path)
			all = append(all, w.Observations...)
			for range w.Observations {
				hashes = append(hashes, w.Doc.Hash)
			}
		}
		if len(paths) == 0 {
			return nil
		}
		if _, err := tx.StmtContext(ctx, s.deleteRead).ExecContext(ctx, jsonArg(paths)); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `DELETE FROM events WHERE doc `+s.d.inValues, jsonArg(paths)); err != nil {
			return err
		}
		for _, w := range writes {
			if stored[w.Doc.Path] {
				if err := insertEvents(ctx, tx, w.Events); err != nil {
					return err
				}
			}
		}
		return s.insertObservations(ctx, tx, "observations", all, func(i int, _ indicators.Observation) string { return hashes[i] })
	})
	if err != nil {
		return nil, err
	}
	return refused, nil
}

// insertEvents stores events in tx, keeping those stored already.
func insertEvents(ctx context.Context, tx txn, events []indicators.Event) error {
	for _, e := range events {
		if _, err := tx.exec(ctx, `INSERT INTO events (doc, indicator, entities, month, source) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			e.Doc, e.Indicator, joinEntities(e.Entities), e.Month, e.Source); err != nil {
			return fmt.Errorf("event %s %s of %s: %w", e.Indicator, e.Month, e.Doc, err)
		}
	}
	return nil
}

// Events implements Store.
func (s *sqlStore) Events(ctx context.Context, includeRemoved bool) ([]indicators.Event, error) {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT `+eventColumns+` FROM events e JOIN documents d ON d.path = e.doc
WHERE ? OR NOT d.removed`), includeRemoved)
	if err != nil {
		return nil, s.errorf("events", err)
	}
	defer rows.Close()
	var out []indicators.Event
	for rows.Next() {
		e, err := scanEvent(rows.Scan)
		if err != nil {
			return nil, s.errorf("events", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.errorf("events", err)
	}
	// Byte order, whatever the database's collation.
	slices.SortStableFunc(out, func(a, b indicators.Event) int {
		return cmp.Or(strings.Compare(a.Doc, b.Doc), strings.Compare(a.Indicator, b.Indicator),
			strings.Compare(joinEntities(a.Entities), joinEntities(b.Entities)), strings.Compare(a.Month, b.Month), strings.Compare(a.Source, b.Source))
	})
	return out, nil
}

// hashFunc gives the doc_hash column of the i-th observation o of a write.
type hashFunc func(i int, o indicators.Observation) string

// obsRows feeds the observations of a write, row by row, to a stream.
type obsRows struct {
	ctx  context.Context
	obs  []indicators.Observation
	hash hashFunc
	hook func(int)
	i    int
	err  error
}

// copyHookEvery is how many rows a stream sends between calls of the test
// hook set by setAfterBatch.
const copyHookEvery = 500

// Next advances to the next row, false at the end or when the context is
// done (then Err says why).
func (o *obsRows) Next() bool {
	if o.hook != nil && o.i > 0 && o.i%copyHookEvery == 0 {
		o.hook(o.i)
	}
	if err := o.ctx.Err(); err != nil {
		o.err = err
		return false
	}
	o.i++
	return o.i < len(o.obs)
}

// Values are the row's columns, in the order of obsColumns.
func (o *obsRows) Values() ([]any, error) {
	return obsValues(o.obs[o.i], o.hash(o.i, o.obs[o.i]))
}

// Err is why the stream stopped early.
func (o *obsRows) Err() error { return o.err }

// obsValues are the columns of o, in the order of obsColumns.
func obsValues(o indicators.Observation, docHash string) ([]any, error) {
	df, err := encodeDerivedFrom(o.DerivedFrom)
	if err != nil {
		return nil, fmt.Errorf("observation %s of %s: %w", o.Indicator, o.Doc, err)
	}
	return []any{o.Doc, docHash, o.Indicator, joinEntities(o.Entities), o.Period, o.Value,
		o.Unit, o.Approx, o.Bound, o.Lang, o.Quote, o.Span[0], o.Span[1], o.Speaker, o.Mentions, df, o.Confidence, o.Basis}, nil
}

// insertObservations inserts obs into table: streamed where the dialect can
// and there are many, else insertBatch rows per statement and the rest in
// one more.
func (s *sqlStore) insertObservations(ctx context.Context, tx txn, table string, obs []indicators.Observation, hash hashFunc) error {
	if len(obs) == 0 {
		return nil
	}
	if s.d.copyRows != nil && len(obs) >= copyThreshold {
		rows := &obsRows{ctx: ctx, obs: obs, hash: hash, hook: s.afterBatch, i: -1}
		if err := s.d.copyRows(ctx, tx.conn, table, rows); err != nil {
			return fmt.Errorf("copy observations: %w", err)
		}
		return nil
	}
	var many *sql.Stmt
	if len(obs) >= insertBatch {
		if table == "observations" {
			many = tx.StmtContext(ctx, s.insertMany)
		} else {
			var err error
			if many, err = tx.PrepareContext(ctx, s.d.rebind(insertSQL(table, insertBatch))); err != nil {
				return err
			}
			defer many.Close()
		}
	}
	args := make([]any, 0, insertBatch*len(obsColumns))
	for start := 0; start < len(obs); {
		n := min(insertBatch, len(obs)-start)
		args = args[:0]
		for i, o := range obs[start : start+n] {
			vals, err := obsValues(o, hash(start+i, o))
			if err != nil {
				return err
			}
			args = append(args, vals...)
		}
		var err error
		switch {
		case n == insertBatch:
			_, err = many.ExecContext(ctx, args...)
		case table == "observations" && s.restStmt(n) != nil:
			// The rest in one statement (a round trip to a server).
			_, err = tx.StmtContext(ctx, s.restStmt(n)).ExecContext(ctx, args...)
		default:
			_, err = tx.exec(ctx, insertSQL(table, n), args...)
		}
		if err != nil {
			return fmt.Errorf("insert observations %d-%d: %w", start, start+n-1, err)
		}
		start += n
		if s.afterBatch != nil && (n == insertBatch || start == len(obs)) {
			s.afterBatch(start)
		}
	}
	return nil
}

// Touch sets LastSeen to now for the documents of corpus at paths, claims
// them for corpus and clears their skip reason.
func (s *sqlStore) Touch(ctx context.Context, corpus string, paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	return s.inTx(ctx, "touch", func(tx txn) error {
		_, err := tx.exec(ctx, `UPDATE documents SET last_seen = ?, corpus = ?, skip_reason = '', skipped_since = ''
WHERE path IN (SELECT value FROM `+s.d.jsonValues+`) AND corpus IN ('', ?)`, formatTime(s.now()), corpus, jsonArg(paths), corpus)
		return err
	})
}

// MarkSkipped records the reason a stored document of corpus could not be
// read, and since when; the document stays (or becomes again) current.
func (s *sqlStore) MarkSkipped(ctx context.Context, corpus string, skipped map[string]string) error {
	if len(skipped) == 0 {
		return nil
	}
	arg := jsonArg(skipped)
	return s.inTx(ctx, "mark skipped", func(tx txn) error {
		_, err := tx.exec(ctx, `UPDATE documents SET removed = FALSE,
    skip_reason = (SELECT value FROM `+s.d.jsonPairs+` WHERE key = documents.path),
    skipped_since = CASE WHEN skipped_since = '' THEN ? ELSE skipped_since END
WHERE path IN (SELECT key FROM `+s.d.jsonPairs+`) AND corpus IN ('', ?)`, arg, formatTime(s.now()), arg, corpus)
		return err
	})
}

// MarkRemoved marks every current document of corpus whose path is not in
// present as removed, keeping its row and observations, and returns the
// paths it marked, sorted.
func (s *sqlStore) MarkRemoved(ctx context.Context, corpus string, present []string) ([]string, error) {
	keep := make(map[string]bool, len(present))
	for _, p := range present {
		keep[p] = true
	}
	var marked []string
	err := s.inTx(ctx, "mark removed", func(tx txn) error {
		marked = marked[:0]
		var p string
		rows, err := tx.query(ctx, `SELECT path FROM documents
WHERE NOT removed AND (corpus = ? OR corpus = '' AND NOT EXISTS (SELECT 1 FROM documents WHERE corpus NOT IN ('', ?)))`, corpus, corpus)
		if err := scanAll(rows, err, []any{&p}, func() error {
			if !keep[p] {
				marked = append(marked, p)
			}
			return nil
		}); err != nil {
			return err
		}
		if len(marked) == 0 {
			return nil
		}
		_, err = tx.exec(ctx, `UPDATE documents SET removed = TRUE WHERE path IN (SELECT value FROM `+s.d.jsonValues+`)`, jsonArg(marked))
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(marked)
	return marked, nil
}

// ReplaceDerived replaces every derived observation with obs, in one
// transaction. Each must have DerivedFrom set and a Doc that is stored; its
// DocHash is that document's current hash. Concurrent calls queue.
func (s *sqlStore) ReplaceDerived(ctx context.Context, obs []indicators.Observation) error {
	obs, err := prepareObservations("", obs)
	if err == nil {
		err = s.prepareRest(ctx, len(obs))
	}
	if err != nil {
		return s.errorf("replace derived", err)
	}
	return s.inTx(ctx, "replace derived", func(tx txn) error {
		if s.d.serializeDerived != "" {
			if _, err := tx.exec(ctx, s.d.serializeDerived); err != nil {
				return err
			}
		}
		hashes := map[string]string{}
		var p, h string
		rows, err := tx.query(ctx, `SELECT path, hash FROM documents`)
		if err := scanAll(rows, err, []any{&p, &h}, func() error { hashes[p] = h; return nil }); err != nil {
			return err
		}
		for _, o := range obs {
			if _, ok := hashes[o.Doc]; !ok {
				return fmt.Errorf("derived observation %s %s: document %q is not stored", o.Indicator, o.Period, o.Doc)
			}
		}
		if _, err := tx.exec(ctx, `DELETE FROM observations WHERE derived_from IS NOT NULL`); err != nil {
			return err
		}
		return s.insertObservations(ctx, tx, "observations", obs, func(_ int, o indicators.Observation) string { return hashes[o.Doc] })
	})
}

// Documents lists every document, removed ones included, by path (byte
// order).
func (s *sqlStore) Documents(ctx context.Context) ([]model.Document, error) {
	var docs []model.Document
	for d, err := range s.AllDocuments(ctx) {
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// documentPage is how many documents one read of AllDocuments returns.
const documentPage = 4096

// AllDocuments ranges over what Documents lists, in the same order,
// reading documentPage of them at a time: memory holds a page, and no
// read is open while the caller has a document. An error ends the range.
func (s *sqlStore) AllDocuments(ctx context.Context) iter.Seq2[model.Document, error] {
	return func(yield func(model.Document, error) bool) {
		after := ""
		for {
			page, err := s.documentPage(ctx, after)
			if err != nil {
				yield(model.Document{}, err)
				return
			}
			for _, d := range page {
				if !yield(d, nil) {
					return
				}
			}
			if len(page) < documentPage {
				return
			}
			after = page[len(page)-1].Path
		}
	}
}

// documentPage reads the documents whose paths follow after in byte order.
func (s *sqlStore) documentPage(ctx context.Context, after string) ([]model.Document, error) {
	return s.readDocuments(ctx, s.d.documentPageSQL(), after, documentPage)
}

// Document implements Store.
func (s *sqlStore) Document(ctx context.Context, path string) (model.Document, bool, error) {
	docs, err := s.readDocuments(ctx, `SELECT `+documentColumns+` FROM documents WHERE path = ?`, path)
	if err != nil || len(docs) == 0 {
		return model.Document{}, false, err
	}
	return docs[0], true, nil
}

// documentColumns are the columns readDocuments scans, in its order.
const documentColumns = `path, hash, title, lang, published, source, url, removed, first_seen, last_seen, corpus, skip_reason, skipped_since`

// readDocuments runs q, which selects documentColumns.
func (s *sqlStore) readDocuments(ctx context.Context, q string, args ...any) ([]model.Document, error) {
	var docs []model.Document
	var d model.Document
	var first, last, since string
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q), args...)
	err = scanAll(rows, err, []any{&d.Path, &d.Hash, &d.Title, &d.Lang, &d.Published, &d.Source, &d.URL, &d.Removed, &first, &last, &d.Corpus, &d.SkipReason, &since}, func() error {
		var err error
		d.SkippedSince = time.Time{}
		if since != "" {
			if d.SkippedSince, err = parseTime(since); err != nil {
				return fmt.Errorf("document %s: skipped_since: %w", d.Path, err)
			}
		}
		if d.FirstSeen, err = parseTime(first); err != nil {
			return fmt.Errorf("document %s: first_seen: %w", d.Path, err)
		}
		if d.LastSeen, err = parseTime(last); err != nil {
			return fmt.Errorf("document %s: last_seen: %w", d.Path, err)
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, s.errorf("documents", err)
	}
	return docs, nil
}

// documentPageSQL is the query of one page of AllDocuments: the documents
// after a path, in byte order, up to a number of them.
func (d *dialect) documentPageSQL() string {
	return `SELECT ` + documentColumns + ` FROM documents WHERE path` + d.bytes + ` > ? ORDER BY path` + d.bytes + ` LIMIT ?`
}

// Observations lists the observations f selects with their documents,
// ordered by indicator, entities, period and document (then value, unit,
// bound), with Conflict set among the returned observations that are not
// derived. Observations of removed documents are left out unless
// f.IncludeRemoved. Periods compare in byte order whatever the database's
// collation.
func (s *sqlStore) Observations(ctx context.Context, f Filter) ([]model.Record, error) {
	keys, total, err := s.groupKeys(ctx, f)
	if err != nil {
		return nil, err
	}
	// Sized once: grown by appending, a million records would pass
	// through copies of up to twice their size.
	recs := make([]model.Record, 0, total)
	for g, err := range s.groups(ctx, f, keys) {
		if err != nil {
			return nil, err
		}
		recs = append(recs, g...)
	}
	return recs, nil
}

// ObservationGroups ranges over what Observations lists, one indicator and
// entity group at a time, in the same order and with the same conflict
// flags. Rows are read a few thousand at a time, each read finished before
// its groups are yielded: memory holds one read, never every observation,
// and the caller may use the store while it ranges. A group's slice is the
// caller's to keep. An error ends the range as its last pair.
func (s *sqlStore) ObservationGroups(ctx context.Context, f Filter) iter.Seq2[[]model.Record, error] {
	return func(yield func([]model.Record, error) bool) {
		keys, _, err := s.groupKeys(ctx, f)
		if err != nil {
			yield(nil, err)
			return
		}
		for g, err := range s.groups(ctx, f, keys) {
			if !yield(g, err) || err != nil {
				return
			}
		}
	}
}

// groupKey is one indicator and entity group with its number of stored
// observations (removed documents' included).
type groupKey struct {
	indicator, entities string
	ents                []string
	n                   int
}

// groupRead is how many observations one read of ObservationGroups asks
// for at most, unless one group alone has more.
const groupRead = 8192

// groupKeys lists the indicator and entity groups f selects, in the order
// Observations returns them, and their total number of observations. The
// (indicator, entities) index answers it without reading a row.
func (s *sqlStore) groupKeys(ctx context.Context, f Filter) ([]groupKey, int, error) {
	q, args := groupKeysSQL(f)
	var keys []groupKey
	var k groupKey
	total := 0
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q), args...)
	if err := scanAll(rows, err, []any{&k.indicator, &k.entities, &k.n}, func() error {
		k.ents = splitEntities(k.entities)
		keys = append(keys, k)
		total += k.n
		return nil
	}); err != nil {
		return nil, 0, s.errorf("observations", err)
	}
	slices.SortFunc(keys, func(a, b groupKey) int {
		return cmp.Or(strings.Compare(a.indicator, b.indicator), slices.Compare(a.ents, b.ents))
	})
	return keys, total, nil
}

// groupKeysSQL is the query of groupKeys: every indicator and entities
// pair f selects and its number of observations, in no order.
func groupKeysSQL(f Filter) (string, []any) {
	q, args := `SELECT indicator, entities, count(*) FROM observations`, []any{}
	var where []string
	if f.Indicator != "" {
		where, args = append(where, "indicator = ?"), append(args, f.Indicator)
	}
	if len(f.Entities) > 0 {
		where, args = append(where, "entities = ?"), append(args, joinEntities(f.Entities))
	}
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	return q + " GROUP BY indicator, entities", args
}

// groups reads the observations of keys, consecutive groups of one
// indicator together up to groupRead rows, and yields each group sorted,
// with reviews applied and its conflicts marked.
func (s *sqlStore) groups(ctx context.Context, f Filter, keys []groupKey) iter.Seq2[[]model.Record, error] {
	return func(yield func([]model.Record, error) bool) {
		rd, err := s.newReading(ctx, f)
		if err == nil {
			keys, err = s.moveReviewed(ctx, f, rd, keys)
		}
		if err != nil {
			yield(nil, err)
			return
		}
		for len(keys) > 0 {
			n, rows := 1, keys[0].n
			for n < len(keys) && keys[n].indicator == keys[0].indicator && rows+keys[n].n <= groupRead {
				rows += keys[n].n
				n++
			}
			batch := keys[:n]
			keys = keys[n:]
			byEntities, err := s.readGroups(ctx, f, rd, batch, rows)
			if err != nil {
				yield(nil, err)
				return
			}
			for _, k := range batch {
				g := append(byEntities[k.entities], rd.movedIn[k.indicator+"\x00"+k.entities]...)
				g = sortRecords(since(g, f.Since))
				if len(g) == 0 {
					continue
				}
				model.MarkConflicts(g)
				if !yield(g, nil) {
					return
				}
			}
		}
	}
}

// reading is what one read of observations lays over the stored rows: the
// documents' fields, the latest review of each key, and the observations
// that corrections move into another group, by that group.
type reading struct {
	docs    map[string]*docFields
	reviews map[model.ReviewKey]model.Review
	movedIn map[string][]model.Record // by indicator "\x00" entities
}

// newReading reads the documents' fields and the reviews, once for a whole
// read of observations: joining documents to each row cost two B-tree
// lookups a row, and reviews are few.
func (s *sqlStore) newReading(ctx context.Context, f Filter) (*reading, error) {
	rd := &reading{docs: map[string]*docFields{}, movedIn: map[string][]model.Record{}}
	var d docFields
	rows, err := s.db.QueryContext(ctx, `SELECT path, hash, published, title, url, source, removed, corpus FROM documents`)
	if err := scanAll(rows, err, []any{&d.path, &d.hash, &d.published, &d.title, &d.url, &d.source, &d.removed, &d.corpus}, func() error {
		c := d
		rd.docs[c.path] = &c
		return nil
	}); err != nil {
		return nil, s.errorf("observations", err)
	}
	if !f.NoReviews {
		reviews, err := s.Reviews(ctx)
		if err != nil {
			return nil, err
		}
		rd.reviews = model.LatestReviews(reviews)
	}
	return rd, nil
}

// moveReviewed reads the observations that corrections move to another
// indicator or entity group into rd.movedIn and returns keys with the
// groups f selects that they move into.
func (s *sqlStore) moveReviewed(ctx context.Context, f Filter, rd *reading, keys []groupKey) ([]groupKey, error) {
	moves := false
	for _, rv := range rd.reviews {
		moves = moves || rv.Moves()
	}
	if !moves {
		return keys, nil
	}
	byHash := map[string]string{}
	for _, d := range rd.docs {
		byHash[d.hash] = d.path
	}
	var paths []string
	for k, rv := range rd.reviews {
		if p, ok := byHash[k.DocHash]; ok && rv.Moves() && !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	if len(paths) == 0 {
		return keys, nil
	}
	q := `SELECT ` + recordColumns + ` FROM observations WHERE doc ` + s.d.inValues + ` AND derived_from IS NULL`
	added := map[string]int{}
	err := s.readRecords(ctx, f, rd, q, []any{jsonArg(paths)}, func(rec model.Record, _ string) {
		if rec.Review == nil || !rec.Review.Moves() {
			return
		}
		ents := joinEntities(rec.Entities)
		if f.Indicator != "" && rec.Indicator != f.Indicator || len(f.Entities) > 0 && ents != joinEntities(f.Entities) {
			return
		}
		k := rec.Indicator + "\x00" + ents
		rd.movedIn[k] = append(rd.movedIn[k], rec)
		added[k]++
	})
	if err != nil {
		return nil, s.errorf("observations", err)
	}
	for i := range keys {
		k := keys[i].indicator + "\x00" + keys[i].entities
		keys[i].n += added[k]
		delete(added, k)
	}
	for k, n := range added {
		ind, ents, _ := strings.Cut(k, "\x00")
		keys = append(keys, groupKey{indicator: ind, entities: ents, ents: splitEntities(ents), n: n})
	}
	slices.SortFunc(keys, func(a, b groupKey) int {
		return cmp.Or(strings.Compare(a.indicator, b.indicator), slices.Compare(a.ents, b.ents))
	})
	return keys, nil
}

// recordColumns are the columns readRecords scans, in its order.
const recordColumns = `id, doc, doc_hash, indicator, entities, period, value, unit, approx, bound,
       lang, quote, span_start, span_end, speaker, mentions, derived_from, confidence, basis`

// readRecords runs q, which selects recordColumns, and calls each with
// every record f keeps, its document's fields and review applied, and the
// entities column as stored. Observations of removed documents are left
// out unless f.IncludeRemoved, those of documents published after f.AsOf
// (or undated, when f.AsOf is set), rejected ones unless f.Rejected, and
// those of a document the store does not hold.
func (s *sqlStore) readRecords(ctx context.Context, f Filter, rd *reading, q string, args []any, each func(rec model.Record, storedEntities string)) error {
	in := interner{}
	var r model.Record
	var entsCol string
	var df *string
	res, err := s.db.QueryContext(ctx, s.d.rebind(q), args...)
	return scanAll(res, err, []any{&r.ID, &r.Doc, &r.DocHash, &r.Indicator, &entsCol, &r.Period, &r.Value, &r.Unit,
		&r.Approx, &r.Bound, &r.Lang, &r.Quote, &r.Span[0], &r.Span[1], &r.Speaker, &r.Mentions, &df, &r.Confidence, &r.Basis}, func() error {
		d := rd.docs[r.Doc]
		if d == nil || d.removed && !f.IncludeRemoved || !f.publishedBy(d.published) {
			return nil
		}
		rec := r
		rec.Doc, rec.Published, rec.Title, rec.URL, rec.Source, rec.Removed, rec.Corpus = d.path, d.published, d.title, d.url, d.source, d.removed, d.corpus
		in.record(&rec)
		in.str(&entsCol)
		rec.Entities = in.entities(entsCol)
		var err error
		if rec.DerivedFrom, err = decodeDerivedFrom(df); err != nil {
			return fmt.Errorf("observation %d: %w", rec.ID, err)
		}
		if len(rd.reviews) > 0 && !rec.Derived() { // no key built for a row while there are no reviews
			if rv, ok := rd.reviews[model.KeyOf(rec)]; ok {
				model.ApplyReview(&rec, rv)
				if rec.Rejected() && !f.Rejected {
					return nil
				}
			}
		}
		each(rec, entsCol)
		return nil
	})
}

// readGroups reads the observations of the groups of one indicator in
// batch (about rows of them), by entities, as readRecords keeps them; those
// a correction moves to another group are left to moveReviewed.
func (s *sqlStore) readGroups(ctx context.Context, f Filter, rd *reading, batch []groupKey, rows int) (map[string][]model.Record, error) {
	ents := make([]string, len(batch))
	for i, k := range batch {
		ents[i] = k.entities
	}
	q, args := s.d.groupReadSQL(batch[0].indicator, ents)
	out := make(map[string][]model.Record, len(batch))
	err := s.readRecords(ctx, f, rd, q, args, func(rec model.Record, entsCol string) {
		if rec.Review != nil && rec.Review.Moves() {
			return
		}
		g := out[entsCol]
		if g == nil && len(batch) == 1 {
			g = make([]model.Record, 0, rows)
		}
		out[entsCol] = append(g, rec)
	})
	if err != nil {
		return nil, s.errorf("observations", err)
	}
	return out, nil
}

// SaveRun inserts or replaces the run with the given id. body must be a
// JSON object; it is stored compacted to one line. Runs are ordered by the
// body's "started" (RFC 3339), or by the time of the first save when it has
// none. It does not go through the run lock's connection, and retries for a
// while when the dialect says the connection to the server was lost, so a
// run that failed because the database went away is recorded when it is
// back.
func (s *sqlStore) SaveRun(ctx context.Context, id string, body json.RawMessage) error {
	if id == "" {
		return fmt.Errorf("store %s: save run: empty id", s.name)
	}
	if s.readOnly {
		return fmt.Errorf("store %s: save run %s: the store is read-only for this user", s.name, id)
	}
	compact, started, status, err := runMeta(body, s.now())
	if err != nil {
		return s.errorf("save run "+id, err)
	}
	q := s.d.rebind(`
INSERT INTO runs (id, started, status, body) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET started = excluded.started, status = excluded.status, body = excluded.body`)
	deadline := time.Now().Add(saveRunRetry)
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, 2*time.Second) {
		_, err = s.db.ExecContext(ctx, q, id, started, status, string(compact))
		if err == nil || s.d.retrySave == nil || !s.d.retrySave(err) || ctx.Err() != nil || time.Now().Add(wait).After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
	if err != nil {
		return s.errorf("save run "+id, err)
	}
	return nil
}

// saveRunRetry is how long SaveRun keeps retrying while the connection to
// the server is lost.
const saveRunRetry = 20 * time.Second

// Runs lists every run's run.json, oldest first.
func (s *sqlStore) Runs(ctx context.Context) ([]json.RawMessage, error) {
	type run struct{ started, id, body string }
	var out []run
	var r run
	rows, err := s.db.QueryContext(ctx, `SELECT started, id, body FROM runs`)
	if err := scanAll(rows, err, []any{&r.started, &r.id, &r.body}, func() error { out = append(out, r); return nil }); err != nil {
		return nil, s.errorf("runs", err)
	}
	slices.SortFunc(out, func(a, b run) int { return cmp.Or(strings.Compare(a.started, b.started), strings.Compare(a.id, b.id)) })
	bodies := make([]json.RawMessage, len(out))
	for i, r := range out {
		bodies[i] = json.RawMessage(r.body)
	}
	return bodies, nil
}

// load implements loader: documents the store does not have yet are
// inserted with their own times and flags, then the observations of those
// documents (through a temporary table, so that the insert skips any row a
// concurrent writer or an earlier copy stored), their events, and the runs
// the store does not have yet, and the review decisions it does not have.
func (s *sqlStore) load(ctx context.Context, docs []model.Document, recs []model.Record, events []indicators.Event, reviews []model.Review, runs []runRow) (CopyStats, error) {
	var st CopyStats
	err := s.inTx(ctx, "copy", func(tx txn) error {
		st = CopyStats{}
		row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(docColumns)), ", ") + ")"
		added := map[string]bool{}
		for batch := range slices.Chunk(docs, insertBatch) {
			var args []any
			for _, d := range batch {
				args = append(args, d.Path, d.Hash, d.Title, d.Lang, d.Published, d.Source, d.URL, d.Removed,
					formatTime(d.FirstSeen), formatTime(d.LastSeen), d.Corpus, d.SkipReason, formatSkippedSince(d.SkippedSince))
			}
			var p string
			rows, err := tx.query(ctx, `INSERT INTO documents (`+strings.Join(docColumns, ", ")+`) VALUES `+
				strings.TrimSuffix(strings.Repeat(row+", ", len(batch)), ", ")+` ON CONFLICT (path) DO NOTHING RETURNING path`, args...)
			if err := scanAll(rows, err, []any{&p}, func() error { added[p] = true; return nil }); err != nil {
				return fmt.Errorf("insert documents: %w", err)
			}
		}
		st.Documents, st.DocumentsKept = len(added), len(docs)-len(added)

		var obs []indicators.Observation
		var hashes []string
		for _, r := range recs {
			if added[r.Doc] {
				obs = append(obs, r.Observation)
				hashes = append(hashes, r.DocHash)
			}
		}
		const tmp = "econtrack_copy_obs"
		if _, err := tx.exec(ctx, `CREATE TEMP TABLE `+tmp+` AS SELECT `+strings.Join(obsColumns, ", ")+` FROM observations WHERE FALSE`); err != nil {
			return err
		}
		if err := s.insertObservations(ctx, tx, tmp, obs, func(i int, _ indicators.Observation) string { return hashes[i] }); err != nil {
			return err
		}
		// (WHERE TRUE: SQLite reads ON CONFLICT after a bare SELECT as a join.)
		res, err := tx.exec(ctx, `INSERT INTO observations (`+strings.Join(obsColumns, ", ")+`) SELECT `+strings.Join(obsColumns, ", ")+` FROM `+tmp+`
WHERE TRUE ON CONFLICT DO NOTHING`)
		if err != nil {
			return fmt.Errorf("insert observations: %w", err)
		}
		n, _ := res.RowsAffected()
		st.Observations = int(n)
		if _, err := tx.exec(ctx, `DROP TABLE `+tmp); err != nil {
			return err
		}
		evs := addedEvents(events, added)
		if err := insertEvents(ctx, tx, evs); err != nil {
			return err
		}
		st.Events = len(evs)
		if st.Reviews, err = insertNewReviews(ctx, tx, reviews); err != nil {
			return err
		}
		for _, r := range runs {
			compact, started, status, err := runMeta(r.body, s.now())
			if err != nil {
				return fmt.Errorf("run %s: %w", r.id, err)
			}
			res, err := tx.exec(ctx, `INSERT INTO runs (id, started, status, body) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
				r.id, started, status, string(compact))
			if err != nil {
				return fmt.Errorf("run %s: %w", r.id, err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				st.Runs++
			} else {
				st.RunsKept++
			}
		}
		return nil
	})
	return st, err
}

// setAfterBatch installs a hook writes call after each inserted batch;
// tests use it to interrupt a write part-way.
func (s *sqlStore) setAfterBatch(fn func(inserted int)) { s.afterBatch = fn }

package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store/dsn"
)

// Advisory lock classes: the first key of every two-key advisory lock
// econtrack takes. The second key is a hash of the current schema, so that
// trackers kept in different schemas of one database do not exclude each
// other.
const (
	lockClassRun     = 0x65637472 // "ectr": one run at a time
	lockClassMigrate = 0x65636d67 // "ecmg": one migrator at a time
	lockClassDerived = 0x65636476 // "ecdv": one ReplaceDerived at a time
)

// schemaKey is the SQL of the second advisory-lock key.
const schemaKey = `hashtext(coalesce(current_schema(), ''))`

// copyThreshold is the number of observations from which a write streams
// them with COPY rather than one INSERT of arrays.
const copyThreshold = 256

// copyHookEvery is how many rows a COPY sends between calls of the test
// hook set by setAfterBatch.
const copyHookEvery = 500

// defaultConnectTimeout bounds a connection attempt when the DSN sets no
// connect_timeout, so that a run never hangs on an unreachable server.
const defaultConnectTimeout = 10 * time.Second

// saveRunRetry is how long SaveRun keeps retrying while the connection to
// the server is lost, so that a run that failed because the database went
// away is still recorded when it comes back.
const saveRunRetry = 20 * time.Second

// Postgres is the shared back end: a PostgreSQL database reached through a
// pgx connection pool. It is safe for concurrent use by several goroutines,
// processes and machines: documents meet on their path and observations on
// their identity (unique keys written with ON CONFLICT), so two writers
// with overlapping corpora never store anything twice, and Lock excludes
// concurrent runs everywhere the database is shared.
type Postgres struct {
	pool *pgxpool.Pool
	dsn  string // redacted, for messages
	now  func() time.Time
	// afterBatch, when set (by tests), is called every copyHookEvery
	// observations a COPY sends, with the running total.
	afterBatch func(inserted int)

	// wmu guards lockConn and serialises its use.
	wmu sync.Mutex
	// lockConn, while a run lock is held, is the connection holding it;
	// every write goes through it, so a write can only commit while the
	// lock is held: when the connection is lost, lock and writes go
	// together.
	lockConn *pgxpool.Conn
}

var (
	_ Store           = (*Postgres)(nil)
	_ Locker          = (*Postgres)(nil)
	_ SchemaVersioner = (*Postgres)(nil)
)

// OpenPostgres connects to the PostgreSQL database conn names (a
// postgres:// or postgresql:// URL or a key=value string that pgx accepts)
// and applies pending migrations. Parameters of the DSN that PostgreSQL
// knows (search_path, application_name, …) are set on every connection;
// pool_max_conns and the other pgxpool parameters size the pool. Errors
// never show the password.
func OpenPostgres(ctx context.Context, conn string) (*Postgres, error) {
	return openPostgres(ctx, conn, true)
}

// openPostgres opens conn; without create, a database that has no econtrack
// schema yet is an error and nothing is created in it.
func openPostgres(ctx context.Context, conn string, create bool) (*Postgres, error) {
	red := dsn.Redact(conn)
	cfg, err := pgxpool.ParseConfig(conn)
	if err != nil {
		// pgx's parse errors may quote the DSN; keep only our redaction.
		return nil, fmt.Errorf("store %s: invalid PostgreSQL DSN: %w", red, redactedError{err, conn})
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = defaultConnectTimeout
	}
	if _, ok := cfg.ConnConfig.RuntimeParams["application_name"]; !ok {
		cfg.ConnConfig.RuntimeParams["application_name"] = "econtrack"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", red, redactedError{err, conn})
	}
	s := &Postgres{pool: pool, dsn: red, now: time.Now}
	if !create {
		var table *string
		if err := pool.QueryRow(ctx, `SELECT to_regclass('schema_version')::text`).Scan(&table); err != nil {
			pool.Close()
			return nil, fmt.Errorf("store %s: %w", red, redactedError{err, conn})
		}
		if table == nil {
			pool.Close()
			return nil, fmt.Errorf("store %s: no econtrack store in this database (check the DSN; `econtrack migrate` or `econtrack run` creates one)", red)
		}
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store %s: %w", red, redactedError{err, conn})
	}
	return s, nil
}

// redactedError wraps an error whose text might quote a DSN with its
// password, and shows it with the password removed.
type redactedError struct {
	err error
	dsn string
}

func (e redactedError) Error() string {
	msg := e.err.Error()
	if u := dsn.Redact(e.dsn); u != e.dsn {
		msg = strings.ReplaceAll(msg, e.dsn, u)
	}
	if i := strings.Index(e.dsn, "://"); i >= 0 {
		if at := strings.LastIndex(e.dsn, "@"); at > i {
			if _, pw, ok := strings.Cut(e.dsn[i+3:at], ":"); ok && pw != "" {
				msg = strings.ReplaceAll(msg, pw, "xxxxx")
			}
		}
	}
	for _, key := range []string{"password=", "password%3D"} {
		if j := strings.Index(e.dsn, key); j >= 0 {
			pw := e.dsn[j+len(key):]
			if k := strings.IndexAny(pw, "& "); k >= 0 {
				pw = pw[:k]
			}
			if pw != "" {
				msg = strings.ReplaceAll(msg, pw, "xxxxx")
			}
		}
	}
	return msg
}

func (e redactedError) Unwrap() error { return e.err }

// migrate applies the PostgreSQL migrations not applied yet, holding an
// advisory lock so that concurrent openers apply each version once.
func (s *Postgres) migrate(ctx context.Context) error {
	ms, err := loadMigrations(migrationFiles, "migrations/postgres")
	if err != nil {
		return err
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, `+schemaKey+`)`, lockClassMigrate); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	defer func() {
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock($1, `+schemaKey+`)`, lockClassMigrate); err != nil {
			_ = conn.Conn().Close(uctx) // never return a connection that may hold the lock
		}
	}()
	if _, err := conn.Exec(ctx, createSchemaVersion); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	cur, err := pgSchemaVersion(ctx, conn)
	if err != nil {
		return err
	}
	todo, err := pending(ms, cur)
	if err != nil {
		return err
	}
	for _, m := range todo {
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_version (version, name, applied) VALUES ($1, $2, $3)`,
				m.Version, path.Base(m.Name), formatTime(s.now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

type queryRower interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func pgSchemaVersion(ctx context.Context, q queryRower) (int, error) {
	var v *int
	if err := q.QueryRow(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}

// SchemaVersion returns the highest schema migration applied to the
// database.
func (s *Postgres) SchemaVersion(ctx context.Context) (int, error) {
	v, err := pgSchemaVersion(ctx, s.pool)
	if err != nil {
		return 0, fmt.Errorf("store %s: %w", s.dsn, err)
	}
	return v, nil
}

// DSN is the database's DSN with the password redacted.
func (s *Postgres) DSN() string { return s.dsn }

// Close releases a run lock still held and closes the pool.
func (s *Postgres) Close() error {
	s.wmu.Lock()
	if s.lockConn != nil {
		// Closing the session releases its advisory locks.
		_ = s.lockConn.Conn().Close(context.Background())
		s.lockConn.Release()
		s.lockConn = nil
	}
	s.wmu.Unlock()
	s.pool.Close()
	return nil
}

// Lock takes the run lock of the database (of its current schema): a
// session advisory lock every process and machine sharing the database
// sees. mode "fail" gives up at once; "wait" retries until it gets the
// lock, timeout passes (0: no limit) or ctx ends. holder describes the
// caller (run id, pid, host); a refused caller gets a *LockedError naming
// it. While the lock is held, every write of this Store goes through the
// connection holding it, so no write commits after the lock is lost. The
// returned unlock releases the lock; it may be called more than once.
func (s *Postgres) Lock(ctx context.Context, mode string, timeout time.Duration, holder string) (unlock func(), err error) {
	if mode != "fail" && mode != "wait" {
		return nil, fmt.Errorf("store %s: lock mode %q: want wait or fail", s.dsn, mode)
	}
	s.wmu.Lock()
	held := s.lockConn != nil
	s.wmu.Unlock()
	if held {
		return nil, fmt.Errorf("store %s: run lock already held by this process", s.dsn)
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("store %s: run lock: %w", s.dsn, err)
	}
	ok := false
	defer func() {
		if !ok {
			conn.Release()
		}
	}()
	// Label the session so that a refused runner can say who holds the lock.
	if _, err := conn.Exec(ctx, `SELECT set_config('application_name', $1, false)`, truncateUTF8("econtrack "+holder, 63)); err != nil {
		return nil, fmt.Errorf("store %s: run lock: %w", s.dsn, err)
	}
	var deadline time.Time
	if mode == "wait" && timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for wait := 50 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		var got bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, `+schemaKey+`)`, lockClassRun).Scan(&got); err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return nil, cerr
			}
			return nil, fmt.Errorf("store %s: run lock: %w", s.dsn, err)
		}
		if got {
			break
		}
		if mode == "fail" || (!deadline.IsZero() && time.Now().After(deadline)) {
			return nil, &LockedError{Store: s.dsn, Holder: s.lockHolder(ctx)}
		}
		if !deadline.IsZero() {
			wait = min(wait, time.Until(deadline)+time.Millisecond)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
	ok = true
	s.wmu.Lock()
	s.lockConn = conn
	s.wmu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			s.wmu.Lock()
			defer s.wmu.Unlock()
			if s.lockConn != conn {
				return // Close released it
			}
			s.lockConn = nil
			uctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_, err := conn.Exec(uctx, `SELECT pg_advisory_unlock($1, `+schemaKey+`)`, lockClassRun)
			if err == nil {
				_, err = conn.Exec(uctx, `RESET application_name`)
			}
			if err != nil {
				// Never hand a session that may still hold the lock back
				// to the pool.
				_ = conn.Conn().Close(uctx)
			}
			conn.Release()
		})
	}, nil
}

// lockHolder describes the session holding the run lock, best effort.
func (s *Postgres) lockHolder(ctx context.Context) string {
	var app, client string
	var since time.Time
	err := s.pool.QueryRow(ctx, `
SELECT a.application_name, coalesce(host(a.client_addr), 'local socket'), a.backend_start
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid = $1::int4::oid AND l.objid = (`+schemaKey+`)::oid AND l.objsubid = 2
LIMIT 1`, lockClassRun).Scan(&app, &client, &since)
	if err != nil {
		return "holder unknown"
	}
	return fmt.Sprintf("%s, connected from %s since %s", strings.TrimPrefix(app, "econtrack "), client, since.UTC().Format(time.RFC3339))
}

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for len(s) > 0 && s[len(s)-1]&0xc0 == 0x80 {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && s[len(s)-1] >= 0xc0 {
		s = s[:len(s)-1]
	}
	return s
}

// inTx runs fn in one transaction, committing when fn returns nil. While a
// run lock is held the transaction runs on the lock's connection.
func (s *Postgres) inTx(ctx context.Context, what string, fn func(pgx.Tx) error) (err error) {
	defer func() {
		if err != nil {
			// Report the cancellation, not what it broke.
			if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
				err = fmt.Errorf("%w: %w", cerr, err)
			}
			err = fmt.Errorf("store %s: %s: %w", s.dsn, what, err)
		}
	}()
	if err := ctx.Err(); err != nil {
		return err
	}
	s.wmu.Lock()
	var tx pgx.Tx
	if s.lockConn != nil {
		defer s.wmu.Unlock()
		if s.lockConn.Conn().IsClosed() {
			return errors.New("connection holding the run lock was lost; the lock is gone")
		}
		tx, err = s.lockConn.Begin(ctx)
	} else {
		s.wmu.Unlock()
		tx, err = s.pool.Begin(ctx)
	}
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			_ = tx.Rollback(rctx)
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Hashes returns the content hash of every current document of corpus (or
// of none) by path.
func (s *Postgres) Hashes(ctx context.Context, corpus string) (map[string]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT path, hash FROM documents WHERE NOT removed AND corpus IN ('', $1)`, corpus)
	if err != nil {
		return nil, fmt.Errorf("store %s: hashes: %w", s.dsn, err)
	}
	m := map[string]string{}
	var p, h string
	_, err = pgx.ForEachRow(rows, []any{&p, &h}, func() error { m[p] = h; return nil })
	if err != nil {
		return nil, fmt.Errorf("store %s: hashes: %w", s.dsn, err)
	}
	return m, nil
}

// upsertDocPG stores a document by path, as upsertDocSQL does for SQLite;
// it returns no row when the path belongs to another corpus.
const upsertDocPG = `
INSERT INTO documents (path, hash, title, lang, published, source, url, removed, first_seen, last_seen, corpus)
VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8, $8, $9)
ON CONFLICT (path) DO UPDATE SET
    first_seen = CASE WHEN documents.hash = excluded.hash THEN documents.first_seen ELSE excluded.first_seen END,
    hash = excluded.hash, title = excluded.title, lang = excluded.lang,
    published = excluded.published, source = excluded.source, url = excluded.url,
    removed = false, last_seen = excluded.last_seen, corpus = excluded.corpus,
    skip_reason = '', skipped_since = ''
WHERE documents.corpus IN ('', excluded.corpus)
RETURNING path`

// PutDocument stores doc as the current document at doc.Path and replaces
// every observation read from that path with obs, in one transaction, with
// the rules of SQLite.PutDocument. Two writers of one path queue on the
// document's row: the later one replaces the earlier one's observations, so
// neither document nor observation is ever stored twice.
func (s *Postgres) PutDocument(ctx context.Context, doc model.Document, obs []indicators.Observation, events []indicators.Event) error {
	if doc.Path == "" || doc.Hash == "" {
		return fmt.Errorf("store %s: put document: path %q and hash %q must not be empty", s.dsn, doc.Path, doc.Hash)
	}
	obs, err := prepareObservations(doc.Path, obs)
	if err == nil {
		events, err = prepareEvents(doc.Path, events)
	}
	if err != nil {
		return fmt.Errorf("store %s: put document %s: %w", s.dsn, doc.Path, err)
	}
	hash := func(int, indicators.Observation) string { return doc.Hash }
	return s.inTx(ctx, "put document "+doc.Path, func(tx pgx.Tx) error {
		// The upsert locks the document's row until commit: a concurrent
		// writer of the same path waits here.
		var stored string
		switch err := tx.QueryRow(ctx, upsertDocPG, doc.Path, doc.Hash, doc.Title, doc.Lang, doc.Published, doc.Source, doc.URL, formatTime(s.now()), doc.Corpus).Scan(&stored); {
		case errors.Is(err, pgx.ErrNoRows):
			var owner string
			if err := tx.QueryRow(ctx, `SELECT corpus FROM documents WHERE path = $1`, doc.Path).Scan(&owner); err != nil {
				return err
			}
			return &OtherCorpusError{Path: doc.Path, Corpus: owner}
		case err != nil:
			return err
		}
		b := &pgx.Batch{}
		b.Queue(`DELETE FROM observations WHERE doc = $1 AND derived_from IS NULL`, doc.Path)
		queueEvents(b, doc.Path, events, true)
		if len(obs) < copyThreshold {
			if err := queueInsert(b, obs, hash); err != nil {
				return err
			}
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
		if len(obs) >= copyThreshold {
			// Straight into the table: this transaction holds the
			// document's row and has just deleted its read observations, and
			// obs has no two of one identity, so no row can clash.
			return s.copyObservations(ctx, tx, "observations", obs, hash)
		}
		return nil
	})
}

// queueEvents queues the insert of events, first deleting the ones stored
// for doc when replace is set.
func queueEvents(b *pgx.Batch, doc string, events []indicators.Event, replace bool) {
	if replace {
		b.Queue(`DELETE FROM events WHERE doc = $1`, doc)
	}
	for _, e := range events {
		b.Queue(`INSERT INTO events (doc, indicator, entities, month, source) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
			e.Doc, e.Indicator, joinEntities(e.Entities), e.Month, e.Source)
	}
}

// Events implements Store.
func (s *Postgres) Events(ctx context.Context, includeRemoved bool) ([]indicators.Event, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+eventColumns+` FROM events e JOIN documents d ON d.path = e.doc
WHERE $1 OR NOT d.removed ORDER BY e.doc, e.indicator, e.entities, e.month, e.source`, includeRemoved)
	if err != nil {
		return nil, fmt.Errorf("store %s: events: %w", s.dsn, err)
	}
	defer rows.Close()
	var out []indicators.Event
	for rows.Next() {
		e, err := scanEvent(rows.Scan)
		if err != nil {
			return nil, fmt.Errorf("store %s: events: %w", s.dsn, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store %s: events: %w", s.dsn, err)
	}
	return out, nil
}

// obsArrays are the columns of a batch of observations, for unnest.
type obsArrays struct {
	doc, docHash, indicator, entities, period []string
	value                                     []float64
	unit                                      []string
	approx                                    []bool
	bound, lang, quote                        []string
	spanStart, spanEnd                        []int
	speaker                                   []string
	mentions                                  []int
	derivedFrom                               []*string
	confidence                                []float64
	basis                                     []string
}

// insertUnnestSQL inserts the observations of obsArrays in one statement;
// an observation already stored (same identity) is left as it is.
var insertUnnestSQL = `INSERT INTO observations (` + strings.Join(obsColumns, ", ") + `)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::bool[],
    $9::text[], $10::text[], $11::text[], $12::int4[], $13::int4[], $14::text[], $15::int4[], $16::text[], $17::float8[], $18::text[])
ON CONFLICT DO NOTHING`

// queueInsert queues one INSERT of obs on b.
func queueInsert(b *pgx.Batch, obs []indicators.Observation, hash hashFunc) error {
	if len(obs) == 0 {
		return nil
	}
	var a obsArrays
	for i, o := range obs {
		df, err := pgDerivedFrom(o)
		if err != nil {
			return err
		}
		a.doc = append(a.doc, o.Doc)
		a.docHash = append(a.docHash, hash(i, o))
		a.indicator = append(a.indicator, o.Indicator)
		a.entities = append(a.entities, joinEntities(o.Entities))
		a.period = append(a.period, o.Period)
		a.value = append(a.value, o.Value)
		a.unit = append(a.unit, o.Unit)
		a.approx = append(a.approx, o.Approx)
		a.bound = append(a.bound, o.Bound)
		a.lang = append(a.lang, o.Lang)
		a.quote = append(a.quote, o.Quote)
		a.spanStart = append(a.spanStart, o.Span[0])
		a.spanEnd = append(a.spanEnd, o.Span[1])
		a.speaker = append(a.speaker, o.Speaker)
		a.mentions = append(a.mentions, o.Mentions)
		a.derivedFrom = append(a.derivedFrom, df)
		a.confidence = append(a.confidence, o.Confidence)
		a.basis = append(a.basis, o.Basis)
	}
	b.Queue(insertUnnestSQL, a.doc, a.docHash, a.indicator, a.entities, a.period, a.value, a.unit, a.approx,
		a.bound, a.lang, a.quote, a.spanStart, a.spanEnd, a.speaker, a.mentions, a.derivedFrom, a.confidence, a.basis)
	return nil
}

// pgDerivedFrom is the derived_from column of o: a JSON array or NULL.
func pgDerivedFrom(o indicators.Observation) (*string, error) {
	df, err := encodeDerivedFrom(o.DerivedFrom)
	if err != nil {
		return nil, fmt.Errorf("observation %s of %s: %w", o.Indicator, o.Doc, err)
	}
	if df == nil {
		return nil, nil
	}
	str := df.(string)
	return &str, nil
}

// hashFunc gives the doc_hash column of the i-th observation o of a write.
type hashFunc func(i int, o indicators.Observation) string

// copyObservations streams obs into table with COPY.
func (s *Postgres) copyObservations(ctx context.Context, tx pgx.Tx, table string, obs []indicators.Observation, hash hashFunc) error {
	src := &obsSource{ctx: ctx, obs: obs, hash: hash, hook: s.afterBatch, i: -1}
	n, err := tx.CopyFrom(ctx, pgx.Identifier{table}, obsColumns, src)
	if err != nil {
		return fmt.Errorf("copy observations: %w", err)
	}
	if int(n) != len(obs) {
		return fmt.Errorf("copy observations: %d rows copied, want %d", n, len(obs))
	}
	return nil
}

// obsSource feeds observations to CopyFrom.
type obsSource struct {
	ctx  context.Context
	obs  []indicators.Observation
	hash hashFunc
	hook func(int)
	i    int
	err  error
}

func (o *obsSource) Next() bool {
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

func (o *obsSource) Values() ([]any, error) {
	ob := o.obs[o.i]
	df, err := pgDerivedFrom(ob)
	if err != nil {
		return nil, err
	}
	return []any{ob.Doc, o.hash(o.i, ob), ob.Indicator, joinEntities(ob.Entities), ob.Period, ob.Value, ob.Unit, ob.Approx,
		ob.Bound, ob.Lang, ob.Quote, ob.Span[0], ob.Span[1], ob.Speaker, ob.Mentions, df, ob.Confidence, ob.Basis}, nil
}

func (o *obsSource) Err() error { return o.err }

// Touch sets LastSeen to now for the documents of corpus at paths, claims
// them for corpus and clears their skip reason.
func (s *Postgres) Touch(ctx context.Context, corpus string, paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	return s.inTx(ctx, "touch", func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE documents SET last_seen = $1, corpus = $3, skip_reason = '', skipped_since = ''
WHERE path = ANY($2) AND corpus IN ('', $3)`, formatTime(s.now()), paths, corpus)
		return err
	})
}

// MarkSkipped records the reason a stored document of corpus could not be
// read, and since when; the document stays (or becomes again) current.
func (s *Postgres) MarkSkipped(ctx context.Context, corpus string, skipped map[string]string) error {
	if len(skipped) == 0 {
		return nil
	}
	paths := slices.Sorted(maps.Keys(skipped))
	reasons := make([]string, len(paths))
	for i, p := range paths {
		reasons[i] = skipped[p]
	}
	return s.inTx(ctx, "mark skipped", func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE documents d SET removed = false, skip_reason = s.reason,
    skipped_since = CASE WHEN d.skipped_since = '' THEN $3 ELSE d.skipped_since END
FROM unnest($1::text[], $2::text[]) AS s(path, reason)
WHERE d.path = s.path AND d.corpus IN ('', $4)`, paths, reasons, formatTime(s.now()), corpus)
		return err
	})
}

// MarkRemoved marks every current document whose path is not in present as
// removed, keeping its row and observations, and returns the paths it
// marked, sorted.
func (s *Postgres) MarkRemoved(ctx context.Context, corpus string, present []string) ([]string, error) {
	if present == nil {
		present = []string{}
	}
	var marked []string
	err := s.inTx(ctx, "mark removed", func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `UPDATE documents SET removed = true
WHERE NOT removed AND NOT (path = ANY($1))
  AND (corpus = $2 OR corpus = '' AND NOT EXISTS (SELECT 1 FROM documents WHERE corpus NOT IN ('', $2)))
RETURNING path`, present, corpus)
		if err != nil {
			return err
		}
		marked, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(marked)
	return marked, nil
}

// ReplaceDerived replaces every derived observation with obs, in one
// transaction, with the rules of SQLite.ReplaceDerived. Concurrent calls
// queue on an advisory lock.
func (s *Postgres) ReplaceDerived(ctx context.Context, obs []indicators.Observation) error {
	obs, err := prepareObservations("", obs)
	if err != nil {
		return fmt.Errorf("store %s: replace derived: %w", s.dsn, err)
	}
	return s.inTx(ctx, "replace derived", func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, `+schemaKey+`)`, lockClassDerived); err != nil {
			return err
		}
		hashes := map[string]string{}
		rows, err := tx.Query(ctx, `SELECT path, hash FROM documents`)
		if err != nil {
			return err
		}
		var p, h string
		if _, err := pgx.ForEachRow(rows, []any{&p, &h}, func() error { hashes[p] = h; return nil }); err != nil {
			return err
		}
		for _, o := range obs {
			if _, ok := hashes[o.Doc]; !ok {
				return fmt.Errorf("derived observation %s %s: document %q is not stored", o.Indicator, o.Period, o.Doc)
			}
		}
		if _, err := tx.Exec(ctx, `DELETE FROM observations WHERE derived_from IS NOT NULL`); err != nil {
			return err
		}
		hash := func(_ int, o indicators.Observation) string { return hashes[o.Doc] }
		b := &pgx.Batch{}
		if err := queueInsert(b, obs, hash); err != nil {
			return err
		}
		return tx.SendBatch(ctx, b).Close()
	})
}

// Documents lists every document, removed ones included, by path (byte
// order).
func (s *Postgres) Documents(ctx context.Context) ([]model.Document, error) {
	rows, err := s.pool.Query(ctx, `
SELECT path, hash, title, lang, published, source, url, removed, first_seen, last_seen, corpus, skip_reason, skipped_since
FROM documents ORDER BY path COLLATE "C"`)
	if err != nil {
		return nil, fmt.Errorf("store %s: documents: %w", s.dsn, err)
	}
	var docs []model.Document
	var d model.Document
	var first, last, since string
	_, err = pgx.ForEachRow(rows, []any{&d.Path, &d.Hash, &d.Title, &d.Lang, &d.Published, &d.Source, &d.URL, &d.Removed, &first, &last, &d.Corpus, &d.SkipReason, &since}, func() error {
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
		return nil, fmt.Errorf("store %s: documents: %w", s.dsn, err)
	}
	return docs, nil
}

// Observations lists the observations f selects with their documents, in
// the order and with the Conflict flags of SQLite.Observations. Periods
// compare in byte order whatever the database's collation.
func (s *Postgres) Observations(ctx context.Context, f Filter) ([]model.Record, error) {
	q, args := observationsSQL(f, "NOT d.removed", func(n int) string { return fmt.Sprintf("$%d", n) })
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store %s: observations: %w", s.dsn, err)
	}
	var recs []model.Record
	in := interner{}
	var r model.Record
	var ents string
	var df *string
	_, err = pgx.ForEachRow(rows, []any{&r.ID, &r.Doc, &r.DocHash, &r.Indicator, &ents, &r.Period, &r.Value, &r.Unit,
		&r.Approx, &r.Bound, &r.Lang, &r.Quote, &r.Span[0], &r.Span[1], &r.Speaker, &r.Mentions, &df, &r.Confidence, &r.Basis,
		&r.Published, &r.Title, &r.URL, &r.Source, &r.Removed, &r.Corpus}, func() error {
		rec := r
		in.record(&rec)
		rec.Entities = in.entities(ents)
		var err error
		if rec.DerivedFrom, err = decodeDerivedFrom(df); err != nil {
			return fmt.Errorf("observation %d: %w", rec.ID, err)
		}
		recs = append(recs, rec)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: observations: %w", s.dsn, err)
	}
	recs = sortRecords(since(recs, f.Since))
	model.MarkConflicts(recs)
	return recs, nil
}

// SaveRun inserts or replaces the run with the given id, with the rules of
// SQLite.SaveRun. It goes through the pool, not the run lock's connection,
// and retries for a while when the connection to the server is lost, so a
// run that failed because the database went away is recorded when it is
// back.
func (s *Postgres) SaveRun(ctx context.Context, id string, body json.RawMessage) error {
	if id == "" {
		return fmt.Errorf("store %s: save run: empty id", s.dsn)
	}
	compact, started, status, err := runMeta(body, s.now())
	if err != nil {
		return fmt.Errorf("store %s: save run %s: %w", s.dsn, id, err)
	}
	deadline := time.Now().Add(saveRunRetry)
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, 2*time.Second) {
		_, err = s.pool.Exec(ctx, `
INSERT INTO runs (id, started, status, body) VALUES ($1, $2, $3, $4)
ON CONFLICT (id) DO UPDATE SET started = excluded.started, status = excluded.status, body = excluded.body`,
			id, started, status, string(compact))
		if err == nil || !isConnError(err) || ctx.Err() != nil || time.Now().Add(wait).After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
	}
	if err != nil {
		return fmt.Errorf("store %s: save run %s: %w", s.dsn, id, err)
	}
	return nil
}

// isConnError reports whether err means the connection to the server was
// lost or could not be made, rather than that the statement was refused.
func isConnError(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		// connection_exception, admin_shutdown, crash_shutdown, cannot_connect_now
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03"
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	return pgconn.SafeToRetry(err) || errors.As(err, &ce) || errors.As(err, &ne) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		strings.Contains(err.Error(), "conn closed")
}

// Runs lists every run's run.json, oldest first.
func (s *Postgres) Runs(ctx context.Context) ([]json.RawMessage, error) {
	rows, err := s.pool.Query(ctx, `SELECT body FROM runs ORDER BY started COLLATE "C", id COLLATE "C"`)
	if err != nil {
		return nil, fmt.Errorf("store %s: runs: %w", s.dsn, err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (json.RawMessage, error) {
		var b string
		err := row.Scan(&b)
		return json.RawMessage(b), err
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: runs: %w", s.dsn, err)
	}
	return slices.Clip(out), nil
}

// setAfterBatch installs a hook COPY calls every copyHookEvery rows; tests
// use it to interrupt a write part-way.
func (s *Postgres) setAfterBatch(fn func(inserted int)) { s.afterBatch = fn }

package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

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

// defaultConnectTimeout bounds a connection attempt when the DSN sets no
// connect_timeout, so that a run never hangs on an unreachable server.
const defaultConnectTimeout = 10 * time.Second

// postgresDialect is PostgreSQL's: numbered placeholders, the JSON table
// functions of PostgreSQL, COPY for bulk writes, advisory locks for
// migrations and derived series, and retries of SaveRun while the server
// is away.
var postgresDialect = dialect{
	dollar:           true,
	jsonValues:       "json_array_elements_text(?::json)",
	jsonPairs:        "json_each_text(?::json)",
	inValues:         "= ANY (ARRAY(SELECT json_array_elements_text(?::json)))",
	jsonRows:         "json_array_elements(?::json) AS r(value)",
	jsonItem:         func(i int) string { return fmt.Sprintf("value->>%d", i) },
	bytes:            ` COLLATE "C"`,
	migrations:       "migrations/postgres",
	copyRows:         pgCopy,
	serializeDerived: fmt.Sprintf(`SELECT pg_advisory_xact_lock(%d, %s)`, lockClassDerived, schemaKey),
	lockMigrations:   pgLockMigrations,
	retrySave:        isConnError,
}

// Postgres is the shared back end: a PostgreSQL database reached through
// pgx's database/sql driver. It is safe for concurrent use by several
// goroutines, processes and machines: documents meet on their path and
// observations on their identity (unique keys written with ON CONFLICT),
// so two writers with overlapping corpora never store anything twice, and
// Lock excludes concurrent runs everywhere the database is shared.
type Postgres struct {
	*sqlStore
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
// pool_max_conns sizes the pool. Errors never show the password.
func OpenPostgres(ctx context.Context, conn string) (*Postgres, error) {
	return openPostgres(ctx, conn, true)
}

// openPostgres opens conn; without create, a database that has no econtrack
// schema yet is an error and nothing is created in it.
func openPostgres(ctx context.Context, conn string, create bool) (*Postgres, error) {
	red := dsn.Redact(conn)
	// pgxpool's parser also takes the pool parameters (pool_max_conns).
	cfg, err := pgxpool.ParseConfig(conn)
	if err != nil {
		// pgx's parse errors may quote the DSN; keep only our redaction.
		return nil, fmt.Errorf("store %s: invalid PostgreSQL DSN: %w", red, redactedError{err, conn})
	}
	cc := cfg.ConnConfig
	if cc.ConnectTimeout == 0 {
		cc.ConnectTimeout = defaultConnectTimeout
	}
	if _, ok := cc.RuntimeParams["application_name"]; !ok {
		cc.RuntimeParams["application_name"] = "econtrack"
	}
	db := stdlib.OpenDB(*cc)
	db.SetMaxOpenConns(int(cfg.MaxConns))
	db.SetMaxIdleConns(int(cfg.MaxConns))
	s := &Postgres{&sqlStore{db: db, name: red, d: &postgresDialect, now: time.Now}}
	fail := func(err error) (*Postgres, error) {
		_ = db.Close()
		return nil, fmt.Errorf("store %s: %w", red, redactedError{err, conn})
	}
	if !create {
		var table *string
		if err := db.QueryRowContext(ctx, `SELECT to_regclass('schema_version')::text`).Scan(&table); err != nil {
			return fail(err)
		}
		if table == nil {
			_ = db.Close()
			return nil, fmt.Errorf("store %s: no econtrack store in this database (check the DSN; `econtrack migrate` or `econtrack run` creates one)", red)
		}
	}
	ms, err := loadMigrations(migrationFiles, s.d.migrations)
	if err != nil {
		return fail(err)
	}
	if err := migrateSQL(ctx, db, s.d, ms, s.now); err != nil {
		return fail(err)
	}
	if err := s.prepare(ctx); err != nil {
		return fail(err)
	}
	return s, nil
}

// pgLockMigrations takes the migration lock on conn: concurrent openers
// apply each version once.
func pgLockMigrations(ctx context.Context, conn *sql.Conn) (func(), error) {
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1, `+schemaKey+`)`, lockClassMigrate); err != nil {
		return nil, err
	}
	return func() {
		uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := conn.ExecContext(uctx, `SELECT pg_advisory_unlock($1, `+schemaKey+`)`, lockClassMigrate); err != nil {
			discard(conn) // never return a connection that may hold the lock
		}
	}, nil
}

// discard closes conn's session instead of returning it to the pool.
func discard(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
}

// pgCopy streams rows into table with COPY, on the pgx connection under
// conn, inside the transaction open on it.
func pgCopy(ctx context.Context, conn *sql.Conn, table string, rows *obsRows) error {
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("COPY needs a pgx connection, not %T", dc)
		}
		n, err := c.Conn().CopyFrom(ctx, pgx.Identifier{table}, obsColumns, rows)
		if err != nil {
			return err
		}
		if int(n) != len(rows.obs) {
			return fmt.Errorf("%d rows copied, want %d", n, len(rows.obs))
		}
		return nil
	})
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

// DSN is the database's DSN with the password redacted.
func (s *Postgres) DSN() string { return s.name }

// Close releases a run lock still held and closes the database.
func (s *Postgres) Close() error {
	s.wmu.Lock()
	if s.lockConn != nil {
		// Closing the session releases its advisory locks.
		discard(s.lockConn)
		_ = s.lockConn.Close()
		s.lockConn = nil
	}
	s.wmu.Unlock()
	return s.close()
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
	_, unlock, err = s.lock(ctx, mode, timeout, holder, false)
	return unlock, err
}

// LockShared implements Cooperator: Lock, shared with other cooperating
// runs (a session advisory lock taken shared).
func (s *Postgres) LockShared(ctx context.Context, mode string, timeout time.Duration, holder string) (last func(context.Context) (bool, error), unlock func(), err error) {
	return s.lock(ctx, mode, timeout, holder, true)
}

// lock takes the run lock, shared or alone; last (for a shared lock)
// trades it for the lock alone when no other run holds it.
func (s *Postgres) lock(ctx context.Context, mode string, timeout time.Duration, holder string, shared bool) (last func(context.Context) (bool, error), unlock func(), err error) {
	try, release := `pg_try_advisory_lock`, `pg_advisory_unlock`
	if shared {
		try, release = `pg_try_advisory_lock_shared`, `pg_advisory_unlock_shared`
	}
	if mode != "fail" && mode != "wait" {
		return nil, nil, fmt.Errorf("store %s: lock mode %q: want wait or fail", s.name, mode)
	}
	s.wmu.Lock()
	held := s.lockConn != nil
	s.wmu.Unlock()
	if held {
		return nil, nil, fmt.Errorf("store %s: run lock already held by this process", s.name)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("store %s: run lock: %w", s.name, err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = conn.Close()
		}
	}()
	// Label the session so that a refused runner can say who holds the lock.
	if _, err := conn.ExecContext(ctx, `SELECT set_config('application_name', $1, false)`, truncateUTF8("econtrack "+holder, 63)); err != nil {
		return nil, nil, fmt.Errorf("store %s: run lock: %w", s.name, err)
	}
	var deadline time.Time
	if mode == "wait" && timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for wait := 50 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		var got bool
		if err := conn.QueryRowContext(ctx, `SELECT `+try+`($1, `+schemaKey+`)`, lockClassRun).Scan(&got); err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return nil, nil, cerr
			}
			return nil, nil, fmt.Errorf("store %s: run lock: %w", s.name, err)
		}
		if got {
			break
		}
		if mode == "fail" || (!deadline.IsZero() && time.Now().After(deadline)) {
			return nil, nil, &LockedError{Store: s.name, Holder: s.lockHolder(ctx)}
		}
		if !deadline.IsZero() {
			wait = min(wait, time.Until(deadline)+time.Millisecond)
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(wait):
		}
	}
	ok = true
	s.wmu.Lock()
	s.lockConn = conn
	s.wmu.Unlock()
	var once sync.Once
	unlock = func() {
		once.Do(func() {
			s.wmu.Lock()
			defer s.wmu.Unlock()
			if s.lockConn != conn {
				return // Close released it
			}
			s.lockConn = nil
			uctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_, err := conn.ExecContext(uctx, `SELECT `+release+`($1, `+schemaKey+`)`, lockClassRun)
			if err == nil {
				_, err = conn.ExecContext(uctx, `RESET application_name`)
			}
			if err != nil {
				// Never hand a session that may still hold the lock back
				// to the pool.
				discard(conn)
			}
			_ = conn.Close()
		})
	}
	last = func(ctx context.Context) (bool, error) {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		if !shared || s.lockConn != conn {
			return false, fmt.Errorf("store %s: run lock: not held shared", s.name)
		}
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_unlock_shared($1, `+schemaKey+`)`, lockClassRun); err != nil {
			return false, fmt.Errorf("store %s: run lock: %w", s.name, err)
		}
		var alone bool
		if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, `+schemaKey+`)`, lockClassRun).Scan(&alone); err != nil {
			return false, fmt.Errorf("store %s: run lock: %w", s.name, err)
		}
		if alone {
			release = `pg_advisory_unlock`
		} else {
			release = `pg_advisory_unlock_shared` // unlocking what is not held only warns
		}
		return alone, nil
	}
	return last, unlock, nil
}

// lockHolder describes the session holding the run lock, best effort.
func (s *Postgres) lockHolder(ctx context.Context) string {
	var app, client string
	var since time.Time
	err := s.db.QueryRowContext(ctx, `
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
	return pgconn.SafeToRetry(err) || errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, driver.ErrBadConn) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		strings.Contains(err.Error(), "conn closed")
}

var _ Cooperator = (*Postgres)(nil)

// Enqueue implements Cooperator.
func (s *Postgres) Enqueue(ctx context.Context, corpus string, docs []QueuedDocument) error {
	stale := formatTime(s.now().Add(-ClaimLease))
	// Rows are locked in path order (see Done).
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b QueuedDocument) int { return strings.Compare(a.Path, b.Path) })
	for len(docs) > 0 {
		n := min(len(docs), 1000)
		rows := make([][]string, n)
		for i, d := range docs[:n] {
			rows[i] = []string{d.Path, d.Hash, strconv.Itoa(d.Seq)}
		}
		docs = docs[n:]
		if err := s.inTx(ctx, "enqueue documents", func(tx txn) error {
			_, err := tx.exec(ctx, `INSERT INTO claims (corpus, path, hash, seq)
SELECT ?, value->>0, value->>1, (value->>2)::int FROM json_array_elements(?::json) AS r(value) ORDER BY (value->>0) COLLATE "C"
ON CONFLICT (corpus, path) DO UPDATE SET hash = excluded.hash, seq = excluded.seq, run = '', claimed = '', done = FALSE
WHERE claims.hash <> excluded.hash
   OR NOT claims.done AND claims.run <> '' AND (claims.claimed < ? OR claims.run IN (SELECT id FROM runs))`, corpus, jsonArg(rows), stale)
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// Claim implements Cooperator.
func (s *Postgres) Claim(ctx context.Context, corpus, run string, seq, n int) ([]string, error) {
	var paths []string
	err := s.inTx(ctx, "claim documents", func(tx txn) error {
		paths = paths[:0]
		var p string
		rows, err := tx.query(ctx, `UPDATE claims SET run = ?, claimed = ?
WHERE corpus = ? AND path IN (
    SELECT path FROM claims WHERE corpus = ? AND run = '' AND seq >= ?
    ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED)
RETURNING path`, run, formatTime(s.now()), corpus, corpus, seq, n)
		return scanAll(rows, err, []any{&p}, func() error { paths = append(paths, p); return nil })
	})
	return paths, err
}

// Done implements Cooperator.
func (s *Postgres) Done(ctx context.Context, corpus string, paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	return s.inTx(ctx, "documents done", func(tx txn) error {
		// Rows are locked in path order, as Enqueue locks them, so that
		// the two never wait for each other in a circle.
		_, err := tx.exec(ctx, `UPDATE claims SET done = TRUE WHERE corpus = ? AND path IN (
    SELECT path FROM claims WHERE corpus = ? AND path `+s.d.inValues+` ORDER BY path COLLATE "C" FOR UPDATE)`, corpus, corpus, jsonArg(paths))
		return err
	})
}

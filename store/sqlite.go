package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

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

// sqliteDialect is SQLite's: ? placeholders, json_each, and a write
// transaction that takes the database's write lock when it begins.
var sqliteDialect = dialect{
	jsonValues: "json_each(?)",
	jsonPairs:  "json_each(?)",
	inValues:   "IN (SELECT value FROM json_each(?))",
	jsonRows:   "json_each(?)",
	jsonItem:   func(i int) string { return fmt.Sprintf("json_extract(value, '$[%d]')", i) },
	migrations: "migrations/sqlite",
}

// SQLite is the embedded back end: one database file, opened through
// modernc.org/sqlite (pure Go). It is safe for concurrent use by several
// goroutines and by several processes on the same file.
type SQLite struct {
	*sqlStore
	path string
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
	s := &SQLite{sqlStore: &sqlStore{db: db, name: path, d: &sqliteDialect, now: time.Now, readOnly: readOnly}, path: path}
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
	ms, err := loadMigrations(migrationFiles, s.d.migrations)
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
	ms, err := loadMigrations(migrationFiles, s.d.migrations)
	if err != nil {
		return err
	}
	if err := migrateSQL(ctx, s.db, s.d, ms, s.now); err != nil {
		return err
	}
	return s.prepare(ctx)
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == 5 // SQLITE_BUSY and its extended codes
}

// Path is the database file.
func (s *SQLite) Path() string { return s.path }

// Close closes the database.
func (s *SQLite) Close() error { return s.close() }

package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

// migrationFiles holds the versioned schema of every dialect, one folder per
// dialect (migrations/sqlite, later migrations/postgres), each with files
// named NNNN_what.sql numbered from 0001 without gaps.
//
//go:embed migrations
var migrationFiles embed.FS

// SchemaVersioner is implemented by back ends that apply versioned schema
// migrations; SchemaVersion reports the highest applied version.
type SchemaVersioner interface {
	SchemaVersion(ctx context.Context) (int, error)
}

// migration is one versioned schema change.
type migration struct {
	Version int
	Name    string // file name, for messages
	SQL     string
}

// loadMigrations reads the migrations of dialect from fsys (a tree holding
// DIALECT/NNNN_what.sql), ordered by version. Versions must start at 1 and
// have no gaps or duplicates.
func loadMigrations(fsys fs.FS, dialect string) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, dialect)
	if err != nil {
		return nil, fmt.Errorf("migrations %s: %w", dialect, err)
	}
	var ms []migration
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		name := path.Join(dialect, e.Name())
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_what.sql", name)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", name, err)
		}
		ms = append(ms, migration{Version: v, Name: name, SQL: string(b)})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.Version - b.Version })
	for i, m := range ms {
		if m.Version != i+1 {
			return nil, fmt.Errorf("migration %s: version %d, want %d (versions start at 1 without gaps or duplicates)", m.Name, m.Version, i+1)
		}
	}
	if len(ms) == 0 {
		return nil, fmt.Errorf("migrations %s: none found", dialect)
	}
	return ms, nil
}

// createSchemaVersion is the one statement the runner issues itself; it is
// valid in every supported dialect.
const createSchemaVersion = `CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL PRIMARY KEY,
    name    TEXT    NOT NULL,
    applied TEXT    NOT NULL
)`

// migrateSQL applies every migration of ms that db has not applied yet, each
// in its own transaction together with its schema_version row, on one
// connection that holds the dialect's migration lock when it has one. A
// concurrent opener that applied a version first is detected inside the
// transaction and the version is skipped. It fails when the database was
// migrated by a newer econtrack than this one.
func migrateSQL(ctx context.Context, db *sql.DB, d *dialect, ms []migration, now func() time.Time) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if d.lockMigrations != nil {
		unlock, err := d.lockMigrations(ctx, conn)
		if err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		defer unlock()
	}
	if _, err := conn.ExecContext(ctx, createSchemaVersion); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	cur, err := schemaVersion(ctx, conn)
	if err != nil {
		return err
	}
	todo, err := pending(ms, cur)
	if err != nil {
		return err
	}
	for _, m := range todo {
		if err := applyMigration(ctx, conn, d, m, now()); err != nil {
			return err
		}
	}
	return nil
}

// pending returns the migrations of ms after version cur, or an error when
// the database was migrated by a newer econtrack than this one.
func pending(ms []migration, cur int) ([]migration, error) {
	if latest := ms[len(ms)-1].Version; cur > latest {
		return nil, fmt.Errorf("database schema version %d is newer than this econtrack supports (%d); upgrade econtrack", cur, latest)
	}
	return slices.DeleteFunc(slices.Clone(ms), func(m migration) bool { return m.Version <= cur }), nil
}

// applyMigration applies m and records it, in one transaction on conn.
func applyMigration(ctx context.Context, conn *sql.Conn, d *dialect, m migration, now time.Time) (err error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.Name, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	var n int
	if err := tx.QueryRowContext(ctx, d.rebind(`SELECT count(*) FROM schema_version WHERE version = ?`), m.Version).Scan(&n); err != nil {
		return fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if n > 0 { // another process applied it meanwhile
		return tx.Rollback()
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, d.rebind(`INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)`),
		m.Version, path.Base(m.Name), formatTime(now)); err != nil {
		return fmt.Errorf("migration %s: record version: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", m.Name, err)
	}
	return nil
}

// queryRower is a database or one of its connections.
type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// schemaVersion is the highest version schema_version records, 0 for none.
func schemaVersion(ctx context.Context, db queryRower) (int, error) {
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}

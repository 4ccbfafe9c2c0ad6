package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/econtrack/econtrack/store/dsn"
)

// Open opens the back end that the DSN name names (see dsn.Parse), creating it when
// it does not exist yet — an SQLite file and its parent folders, or the
// schema in a PostgreSQL database — and applies pending schema
// migrations. Only commands that write (run, migrate, the target of store
// copy) create a store. Errors never show a password the DSN holds.
func Open(ctx context.Context, name string) (Store, error) {
	return open(ctx, name, true)
}

// OpenExisting opens a store that must exist already, for commands that
// read: a missing SQLite file (a typo in a path) or a PostgreSQL database
// without econtrack's schema is an error, and nothing is created. An
// SQLite file the user cannot write is opened read-only.
func OpenExisting(ctx context.Context, name string) (Store, error) {
	return open(ctx, name, false)
}

func open(ctx context.Context, name string, create bool) (Store, error) {
	t, err := dsn.Parse(name)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	switch t.Kind {
	case dsn.KindPostgres:
		s, err := openPostgres(ctx, t.Conn, create)
		if err != nil {
			return nil, err // not a typed nil in a non-nil Store
		}
		return s, nil
	}
	if create || t.Path == ":memory:" {
		return OpenSQLite(ctx, t.Path)
	}
	fi, err := os.Stat(t.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store %s does not exist (check the path; `econtrack run` creates it)", t.Path)
	}
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", t.Path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("store %s: a folder, not a database file", t.Path)
	}
	s, err := openSQLite(ctx, t.Path, !writable(t.Path))
	if err != nil {
		return nil, err
	}
	return s, nil
}

// writable reports whether the current user may write the SQLite file and
// its folder (where SQLite keeps its write-ahead log).
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	probe, err := os.CreateTemp(filepath.Dir(path), ".econtrack-probe-*")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}

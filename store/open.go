package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// schemeRE matches a DSN that starts with a URL scheme.
var schemeRE = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*)://`)

// Open opens the back end that dsn names and applies its pending schema
// migrations:
//
//   - a plain file path, or sqlite://PATH, opens (creating it and its
//     parent folders if needed) an SQLite database;
//   - postgres://… or postgresql://… opens a PostgreSQL database through a
//     pgx connection pool (see OpenPostgres).
//
// An empty dsn is an error. Errors never show a password the DSN holds.
func Open(ctx context.Context, dsn string) (Store, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, errors.New("store: empty DSN: set store.dsn to a file path, sqlite://PATH or postgres://…")
	}
	m := schemeRE.FindStringSubmatch(dsn)
	if m == nil {
		return OpenSQLite(ctx, dsn)
	}
	switch strings.ToLower(m[1]) {
	case "sqlite":
		p := dsn[len(m[0]):]
		if p == "" {
			return nil, fmt.Errorf("store %q: no path after sqlite://", dsn)
		}
		return OpenSQLite(ctx, p)
	case "postgres", "postgresql":
		s, err := OpenPostgres(ctx, dsn)
		if err != nil {
			return nil, err // not a typed nil in a non-nil Store
		}
		return s, nil
	default:
		return nil, fmt.Errorf("store %s: unknown scheme %q: want a file path, sqlite://PATH or postgres://…", RedactDSN(dsn), m[1])
	}
}

// RedactDSN returns dsn with any password replaced by "xxxxx", for logs and
// messages. A DSN that is not a URL is returned unchanged.
func RedactDSN(dsn string) string {
	if !schemeRE.MatchString(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		// Do not echo what might be a malformed URL with a password in it.
		m := schemeRE.FindString(dsn)
		return m + "…"
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// Package dsn reads and redacts the DSN that names a store — an SQLite file
// or a PostgreSQL database — without loading any database driver, so that
// configuration checks and reports can use it. Package store opens what it
// names.
package dsn

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
)

// The back ends a DSN can name.
const (
	KindSQLite   = "sqlite"
	KindPostgres = "postgres"
)

// Target is what a store DSN names.
type Target struct {
	// Kind is KindSQLite or KindPostgres.
	Kind string
	// Path is the SQLite database file.
	Path string
	// Conn is the PostgreSQL connection string as written: a URL or libpq
	// key=value pairs.
	Conn string
}

var (
	// schemeRE matches a DSN that starts with a URL scheme.
	schemeRE = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*)://`)
	// keywordRE matches the first pair of a libpq key=value string.
	keywordRE = regexp.MustCompile(`^\s*([A-Za-z_]+)\s*=`)
)

// libpqKeywords are the connection parameters of a key=value DSN
// (PostgreSQL's libpq, as pgx reads them).
var libpqKeywords = map[string]bool{
	"host": true, "hostaddr": true, "port": true, "dbname": true, "user": true, "password": true, "passfile": true,
	"connect_timeout": true, "sslmode": true, "sslcert": true, "sslkey": true, "sslrootcert": true, "sslpassword": true,
	"sslsni": true, "application_name": true, "search_path": true, "target_session_attrs": true, "options": true,
	"service": true, "servicefile": true, "client_encoding": true, "min_read_buffer_size": true,
	"pool_max_conns": true, "pool_min_conns": true, "pool_max_conn_lifetime": true, "pool_max_conn_idle_time": true,
	"pool_health_check_period": true, "pool_max_conn_lifetime_jitter": true, "statement_cache_capacity": true,
	"default_query_exec_mode": true, "description_cache_capacity": true,
}

// Parse reads a store DSN, the one parser every command uses:
//
//   - postgres://… or postgresql://… (a URL), or libpq key=value pairs
//     ("host=db user=econ password=… dbname=econ"): PostgreSQL;
//   - sqlite://PATH, file://PATH or a plain file path: SQLite.
//
// A string that starts with key= is read as key=value pairs and its keys
// must be libpq's; a path never contains one (write sqlite://a=b.db for a
// file named so). Errors never show a password.
func Parse(dsn string) (Target, error) {
	if strings.TrimSpace(dsn) == "" {
		return Target{}, errors.New("empty DSN: want a file path, sqlite://PATH or a PostgreSQL URL or key=value string")
	}
	if m := schemeRE.FindStringSubmatch(dsn); m != nil {
		rest := dsn[len(m[0]):]
		switch strings.ToLower(m[1]) {
		case "sqlite":
			if rest == "" {
				return Target{}, errors.New("no path after sqlite://")
			}
			return sqlitePath(rest)
		case "file":
			u, err := url.Parse(dsn)
			if err != nil || u.Host+u.Path == "" {
				return Target{}, fmt.Errorf("%s: want file:///PATH", Redact(dsn))
			}
			return sqlitePath(u.Host + u.Path)
		case "postgres", "postgresql":
			authority := rest
			if i := strings.IndexAny(authority, "/?#"); i >= 0 {
				authority = authority[:i]
			}
			if strings.Count(authority, "@") > 1 {
				return Target{}, fmt.Errorf("%s: the user or password holds an unencoded '@': write it as %%40", Redact(dsn))
			}
			if _, err := url.Parse(dsn); err != nil {
				return Target{}, fmt.Errorf("%s: not a valid URL: %v", Redact(dsn), withoutURL(err))
			}
			return Target{Kind: KindPostgres, Conn: dsn}, nil
		default:
			return Target{}, fmt.Errorf("%s: unknown scheme %q: want a file path, sqlite://PATH, postgres://… or key=value pairs", Redact(dsn), m[1])
		}
	}
	if m := keywordRE.FindStringSubmatch(dsn); m != nil {
		for _, f := range strings.Fields(dsn) {
			key, _, ok := strings.Cut(f, "=")
			if ok && key != "" && !libpqKeywords[strings.ToLower(key)] {
				return Target{}, fmt.Errorf("%s: unknown PostgreSQL connection parameter %q", Redact(dsn), key)
			}
		}
		return Target{Kind: KindPostgres, Conn: dsn}, nil
	}
	return sqlitePath(dsn)
}

// sqlitePath checks a database file path.
func sqlitePath(p string) (Target, error) {
	if strings.ContainsAny(p, "?#\n") {
		return Target{}, fmt.Errorf("%s: an SQLite path must not contain '?', '#' or a line break", p)
	}
	if strings.HasSuffix(p, "/") {
		return Target{}, fmt.Errorf("%s: a folder, not a database file", p)
	}
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		return Target{}, fmt.Errorf("%s: a folder, not a database file", p)
	}
	return Target{Kind: KindSQLite, Path: p}, nil
}

// withoutURL drops the URL (and any password in it) from a url.Parse error.
func withoutURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Redacted replaces a password wherever a DSN is shown.
const Redacted = "xxxxx"

var (
	queryPassword   = regexp.MustCompile(`(?i)([?&](?:password|sslpassword)=)[^&#]*`)
	keywordPassword = regexp.MustCompile(`(?i)(\b(?:password|sslpassword)\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s]*)`)
)

// Redact returns dsn with any password replaced by xxxxx, in every form
// and also when the DSN is malformed: the password of a URL (everything
// between the user's ':' and the last '@' before the query, so an unencoded
// '@' or '/' leaks nothing), a password= or sslpassword= query parameter, or such
// a key of a key=value DSN. Everything else is kept as written.
func Redact(dsn string) string {
	if scheme, rest, ok := strings.Cut(dsn, "://"); ok && !strings.ContainsAny(scheme, " =") {
		end := len(rest)
		if i := strings.IndexAny(rest, "?#"); i >= 0 {
			end = i // an unencoded '/' in a password does not end it here
		}
		if at := strings.LastIndex(rest[:end], "@"); at >= 0 {
			if user, _, hasPw := strings.Cut(rest[:at], ":"); hasPw {
				rest = user + ":" + Redacted + rest[at:]
			}
		}
		return scheme + "://" + queryPassword.ReplaceAllString(rest, "${1}"+Redacted)
	}
	return keywordPassword.ReplaceAllString(dsn, "${1}"+Redacted)
}

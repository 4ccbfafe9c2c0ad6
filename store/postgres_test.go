package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// postgresEnv names the PostgreSQL database the PostgreSQL tests use; they
// skip when it is not set. .ci/postgres starts a throwaway server and sets
// it. Every test works in a schema of its own, dropped afterwards.
const postgresEnv = "ECONTRACK_TEST_POSTGRES_DSN"

// PostgresTestDSN returns a DSN of a new, empty schema in the database
// ECONTRACK_TEST_POSTGRES_DSN names, dropped when the test ends; the test
// is skipped when the variable is not set.
func postgresTestDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skip(postgresEnv + " is not set")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", RedactDSN(base), err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "econtrack_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		conn.Close(ctx)
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s must be a postgres:// URL: %v", postgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// openPostgresT opens dsn, closing it when the test ends.
func openPostgresT(t testing.TB, dsn string) *Postgres {
	t.Helper()
	s, err := OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatalf("OpenPostgres: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

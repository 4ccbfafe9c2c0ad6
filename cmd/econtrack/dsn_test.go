package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A libpq key=value DSN is PostgreSQL, never an SQLite file named after
// it, and its password shows nowhere.
func TestKeyValueDSNIsPostgres(t *testing.T) {
	dir := copySeeds(t)
	// Port 1 on the loopback: nothing listens, the connection is refused.
	t.Setenv("ECONTRACK_STORE_DSN", "host=127.0.0.1 port=1 user=econ password=s3cretpw dbname=econ connect_timeout=2")
	code, stdout, stderr := runCLI(t, dir, "", "run", "--log-level", "error")
	if code != exitFailure {
		t.Fatalf("run against an unreachable PostgreSQL: exit %d, want %d: %s", code, exitFailure, stderr)
	}
	runJSON, _ := os.ReadFile(filepath.Join(dir, "out", "run.json"))
	for what, text := range map[string]string{"stdout": stdout, "stderr": stderr, "run.json": string(runJSON)} {
		if strings.Contains(text, "s3cretpw") {
			t.Errorf("%s shows the password: %s", what, text)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "host=") || strings.Contains(e.Name(), "s3cret") {
			t.Errorf("the DSN became a file: %s", e.Name())
		}
	}
	if code, _, stderr := runCLI(t, dir, "", "config", "validate"); code != exitOK {
		t.Errorf("config validate of a key=value DSN: exit %d: %s", code, stderr)
	}
	t.Setenv("ECONTRACK_STORE_DSN", "host=db usr=econ password=s3cretpw")
	if code, _, stderr := runCLI(t, dir, "", "config", "validate"); code != exitUsage || !strings.Contains(stderr, `"usr"`) || strings.Contains(stderr, "s3cretpw") {
		t.Errorf("a misspelt key: exit %d: %s", code, stderr)
	}
	t.Setenv("ECONTRACK_STORE_DSN", "postgres://econ:pa@ss@db/econ")
	if code, _, stderr := runCLI(t, dir, "", "config", "validate"); code != exitUsage || strings.Contains(stderr, "pa@ss") || strings.Contains(stderr, "ss@db") {
		t.Errorf("an unencoded @ in the password: exit %d: %s", code, stderr)
	}
}

// Commands that read never create a store: a typo in a path is an error
// and leaves no folder or file behind.
func TestMissingStoreIsAnError(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nonexist", "x.db")
	t.Setenv("ECONTRACK_STORE_DSN", "")
	for _, args := range [][]string{
		{"store", "copy", "--from", missing, "--to", filepath.Join(dir, "copy.db")},
		{"runs", "--out", filepath.Join(dir, "typo")},
		{"export", "--out", filepath.Join(dir, "typo")},
		{"conflicts", "--out", filepath.Join(dir, "typo")},
	} {
		code, _, stderr := econtrack(t, args...)
		if code != exitFailure || !strings.Contains(stderr, "does not exist") {
			t.Errorf("%s: exit %d, want %d and \"does not exist\": %s", strings.Join(args, " "), code, exitFailure, stderr)
		}
	}
	for _, p := range []string{filepath.Join(dir, "nonexist"), filepath.Join(dir, "typo"), filepath.Join(dir, "copy.db")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("a read created %s", p)
		}
	}
}

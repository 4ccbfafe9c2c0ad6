package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/econtrack/econtrack/store"
	"github.com/econtrack/econtrack/store/dsn"
)

// testPostgresDSN returns a DSN of a new, empty schema in the database
// ECONTRACK_TEST_POSTGRES_DSN names (dropped when the test ends), or skips
// the test when the variable is not set.
func testPostgresDSN(t *testing.T) string {
	t.Helper()
	base := os.Getenv("ECONTRACK_TEST_POSTGRES_DSN")
	if base == "" {
		t.Skip("ECONTRACK_TEST_POSTGRES_DSN is not set")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "econtrack_cmdtest_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
		conn.Close(ctx)
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// econtrack runs the command line with a clean environment for its
// configuration and returns the exit status, stdout and stderr.
func econtrack(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, nil, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// seededOut runs econtrack on the seed article into a new out folder with
// the store dsn ("" for out/econtrack.db) and returns the corpus and out
// folders.
func seededOut(t *testing.T, dsn string) (corpus, out string) {
	t.Helper()
	corpus, out = filepath.Join(t.TempDir(), "corpus"), filepath.Join(t.TempDir(), "out")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	copySeed(t, corpus)
	t.Setenv("ECONTRACK_STORE_DSN", dsn)
	if code, _, stderr := econtrack(t, "run", "--corpus", corpus, "--out", out); code != exitOK {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	return corpus, out
}

func TestMigrateCommand(t *testing.T) {
	scheduleEnv(t, nil)
	dsns := map[string]string{"sqlite": ""}
	if os.Getenv("ECONTRACK_TEST_POSTGRES_DSN") != "" {
		dsns["postgres"] = testPostgresDSN(t)
	}
	for name, dsn := range dsns {
		t.Run(name, func(t *testing.T) {
			t.Setenv("ECONTRACK_STORE_DSN", dsn)
			out := t.TempDir()
			for range 2 { // the second time there is nothing to apply
				code, stdout, stderr := econtrack(t, "migrate", "--out", out)
				if code != exitOK || !strings.HasSuffix(stdout, ": schema version 11\n") {
					t.Fatalf("migrate: exit %d, stdout %q, stderr %q", code, stdout, stderr)
				}
			}
			if dsn == "" {
				if _, err := os.Stat(filepath.Join(out, "econtrack.db")); err != nil {
					t.Errorf("migrate did not create the SQLite store: %v", err)
				}
			}
		})
	}
	t.Setenv("ECONTRACK_STORE_DSN", "postgres://econ:s3cret@127.0.0.1:1/econ?connect_timeout=5")
	code, _, stderr := econtrack(t, "migrate")
	if code != exitFailure || strings.Contains(stderr, "s3cret") || !strings.Contains(stderr, "xxxxx") {
		t.Errorf("migrate of an unreachable database: exit %d, stderr %q; want 1 and the password hidden", code, stderr)
	}
}

func TestStoreCopyCommand(t *testing.T) {
	scheduleEnv(t, nil)
	_, out := seededOut(t, "")
	t.Setenv("ECONTRACK_STORE_DSN", "")
	src := filepath.Join(out, "econtrack.db")
	targets := map[string]string{"sqlite": filepath.Join(t.TempDir(), "copy.db")}
	if os.Getenv("ECONTRACK_TEST_POSTGRES_DSN") != "" {
		targets["postgres"] = testPostgresDSN(t)
	}
	for name, to := range targets {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := econtrack(t, "store", "copy", "--from", src, "--to", to)
			if code != exitOK || !strings.HasPrefix(stdout, "copied 1 documents, ") || !strings.Contains(stdout, " and 1 runs ") {
				t.Fatalf("first copy: exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			// --from defaults to the configured store.
			code, stdout, stderr = econtrack(t, "store", "copy", "--out", out, "--to", to)
			if code != exitOK || !strings.HasPrefix(stdout, "copied 0 documents, 0 observations, 0 events and 0 runs") || !strings.Contains(stdout, "kept 1 documents and 1 runs") {
				t.Fatalf("second copy: exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			checkSameStores(t, to, src)
		})
	}
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"no --to", []string{"store", "copy", "--from", src}},
		{"same store", []string{"store", "copy", "--from", src, "--to", "sqlite://" + src}},
		{"same store, another spelling", []string{"store", "copy", "--from", src, "--to", "file://" + filepath.Dir(src) + "/./econtrack.db"}},
		{"unknown scheme in --from", []string{"store", "copy", "--from", "mysql://db/econ", "--to", filepath.Join(t.TempDir(), "x.db")}},
		{"unknown scheme in --to", []string{"store", "copy", "--from", src, "--to", "mysql://db/econ"}},
		{"a folder as --to", []string{"store", "copy", "--from", src, "--to", t.TempDir()}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, stderr := econtrack(t, tt.args...); code != exitUsage {
				t.Errorf("exit %d (%s), want %d", code, stderr, exitUsage)
			}
		})
	}
}

// checkSameStores compares the documents, observations and runs of two
// stores.
func checkSameStores(t *testing.T, a, b string) {
	t.Helper()
	ctx := context.Background()
	dump := func(dsn string) string {
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		docs, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := s.Observations(ctx, store.Filter{IncludeRemoved: true})
		if err != nil {
			t.Fatal(err)
		}
		for i := range recs {
			recs[i].ID = 0
		}
		events, err := s.Events(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		runs, err := s.Runs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%+v\n%+v\n%+v\n%s", docs, recs, events, runs)
	}
	if da, db := dump(a), dump(b); da != db {
		t.Errorf("stores differ:\n%s\n%s", dsn.Redact(a), dsn.Redact(b))
	}
}

// A run against PostgreSQL takes the database's run lock: while another
// holder (another machine) has it, a run in fail mode is refused at once
// and a waiting run gives up after run.lock_timeout; both write nothing.
func TestPostgresRunLockExcludesSecondRunner(t *testing.T) {
	scheduleEnv(t, nil)
	dsn := testPostgresDSN(t)
	corpus, out := seededOut(t, dsn)
	before, err := os.ReadFile(filepath.Join(out, "run.json"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	other, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	unlock, err := other.Lock(ctx, "fail", 0, "run other, pid 1 on machine-b")
	if err != nil {
		t.Fatal(err)
	}
	for _, env := range []map[string]string{
		{"ECONTRACK_RUN_LOCK": "fail"},
		{"ECONTRACK_RUN_LOCK": "wait", "ECONTRACK_RUN_LOCK_TIMEOUT": "300ms"},
	} {
		for k, v := range env {
			t.Setenv(k, v)
		}
		code, _, stderr := econtrack(t, "run", "--corpus", corpus, "--out", t.TempDir()) // another machine's out folder
		if code != exitFailure || !strings.Contains(stderr, "another run holds") || !strings.Contains(stderr, "machine-b") {
			t.Errorf("run while another holds the lock (%v): exit %d, stderr %q", env, code, stderr)
		}
	}
	if after, _ := os.ReadFile(filepath.Join(out, "run.json")); !bytes.Equal(after, before) {
		t.Error("a refused run changed run.json")
	}
	unlock()
	t.Setenv("ECONTRACK_RUN_LOCK", "fail")
	if code, _, stderr := econtrack(t, "run", "--corpus", corpus, "--out", out); code != exitOK {
		t.Errorf("run after the lock was released: exit %d: %s", code, stderr)
	}
}

// A run whose database connection is killed part-way fails cleanly: the
// previous artefacts are intact, the failed run is recorded (the pool
// reconnects), and the next run completes.
func TestPostgresRunConnectionKilled(t *testing.T) {
	scheduleEnv(t, nil)
	dsn := testPostgresDSN(t)
	corpus, out := seededOut(t, dsn)
	artefacts := map[string][]byte{}
	_ = filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") && d.Name() != "run.json" {
			artefacts[p], _ = os.ReadFile(p)
		}
		return nil
	})
	if len(artefacts) == 0 {
		t.Fatal("the first run wrote no artefacts")
	}
	// Many new documents, so the run is killed while storing them.
	txt, err := os.ReadFile(filepath.Join(corpus, seedArticle+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	meta, err := os.ReadFile(filepath.Join(corpus, seedArticle+".meta.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const extra = 300
	for i := range extra {
		name := filepath.Join(corpus, fmt.Sprintf("copy%03d", i))
		if err := os.WriteFile(name+".txt", append(append([]byte{}, txt...), fmt.Sprintf("\n\nنسخة %d\n", i)...), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name+".meta.yaml", meta, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	killed := make(chan int, 1)
	go func() {
		// Once the run has stored a few new documents, terminate the
		// session holding its run lock (every write goes through it).
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			var docs int
			if err := admin.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&docs); err == nil && docs >= 5 {
				var n int
				_ = admin.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_locks
WHERE locktype = 'advisory' AND classid = $1::int4::oid AND objid = hashtext(current_schema())::oid AND objsubid = 2`, 0x65637472).Scan(&n)
				killed <- n
				return
			}
			time.Sleep(time.Millisecond)
		}
		killed <- 0
	}()
	code, _, stderr := econtrack(t, "run", "--corpus", corpus, "--out", out)
	if n := <-killed; n != 1 {
		t.Fatalf("terminated %d backends, want the run lock's 1 (run exit %d: %s)", n, code, stderr)
	}
	if code != exitFailure {
		t.Fatalf("run with its connection killed: exit %d, want 1: %s", code, stderr)
	}
	rj, _ := os.ReadFile(filepath.Join(out, "run.json"))
	if !strings.Contains(string(rj), `"status": "failed"`) {
		t.Errorf("run.json after the kill: %s", rj)
	}
	for p, b := range artefacts {
		if got, err := os.ReadFile(p); err != nil || !bytes.Equal(got, b) {
			t.Errorf("artefact %s changed by the failed run (%v)", p, err)
		}
	}
	code, stdout, _ := econtrack(t, "runs", "--out", out)
	if code != exitOK || strings.Count(stdout, "\n") != 2 || !strings.Contains(stdout, `"status":"failed"`) {
		t.Errorf("runs after the kill: exit %d:\n%s\nwant the ok run and the failed one", code, stdout)
	}
	// The next run completes with every document.
	if code, _, stderr := econtrack(t, "run", "--corpus", corpus, "--out", out); code != exitOK {
		t.Fatalf("run after the kill: exit %d: %s", code, stderr)
	}
	var docs int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&docs); err != nil || docs != extra+1 {
		t.Errorf("%d documents stored after the rerun (%v), want %d", docs, err, extra+1)
	}
}

// Two analysts with two corpora on one store (SQLite, and PostgreSQL when
// the CI provides one): neither run removes the other's documents and the
// export shows both.
func TestTwoCorporaShareAStore(t *testing.T) {
	dsns := map[string]string{"sqlite": filepath.Join(t.TempDir(), "shared.db")}
	if os.Getenv("ECONTRACK_TEST_POSTGRES_DSN") != "" {
		dsns["postgres"] = testPostgresDSN(t)
	}
	for name, dsn := range dsns {
		t.Run(name, func(t *testing.T) {
			t.Setenv("ECONTRACK_STORE_DSN", dsn)
			alice, bob := filepath.Join(t.TempDir(), "alice"), filepath.Join(t.TempDir(), "bob")
			for _, c := range []string{alice, bob} {
				if err := os.Mkdir(c, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			copySeed(t, alice)
			if err := os.WriteFile(filepath.Join(bob, "uk.md"), []byte("---\npublished: 2025-05-15\n---\nThe unemployment rate in Britain rose to 4.5% in the three months to March.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			for i, c := range []string{alice, bob, alice, bob} {
				out := c + "-out"
				if code, _, stderr := econtrack(t, "run", "--corpus", c, "--out", out, "--log-level", "error"); code != exitOK {
					t.Fatalf("run %d: exit %d: %s", i+1, code, stderr)
				}
				var rep struct {
					Documents struct{ New, Unchanged, Removed int }
				}
				b, _ := os.ReadFile(filepath.Join(out, "run.json"))
				if err := json.Unmarshal(b, &rep); err != nil || rep.Documents.Removed != 0 || i >= 2 && rep.Documents.New != 0 {
					t.Fatalf("run %d over %s: %s", i+1, filepath.Base(c), b)
				}
			}
			code, out, stderr := econtrack(t, "export", "--format", "jsonl", "--out", alice+"-out")
			if code != exitOK || !strings.Contains(out, `"doc":"uk.md"`) || !strings.Contains(out, `"doc":"`+seedArticle+`.txt"`) {
				t.Fatalf("export: exit %d, %s\n%s", code, stderr, out)
			}
		})
	}
}

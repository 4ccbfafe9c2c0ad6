package store

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
)

func openSQLiteT(t *testing.T, path string) *SQLite {
	t.Helper()
	s, err := OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatalf("OpenSQLite(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestSQLiteSuite(t *testing.T) {
	runSuite(t, func(t *testing.T) Store {
		return openSQLiteT(t, filepath.Join(t.TempDir(), "econtrack.db"))
	})
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		dsn     string
		file    string // the database file it must create
		wantErr string // substring of the error; "" for success
	}{
		{"plain path with new parent folders", filepath.Join(dir, "a", "b", "x.db"), filepath.Join(dir, "a", "b", "x.db"), ""},
		{"sqlite URL", "sqlite://" + filepath.Join(dir, "c", "y.db"), filepath.Join(dir, "c", "y.db"), ""},
		{"empty", "", "", "empty DSN"},
		{"blank", "  ", "", "empty DSN"},
		{"sqlite URL without path", "sqlite://", "", "no path"},
		// Nothing listens on port 1: PostgreSQL is chosen, the connection fails.
		{"postgres", "postgres://econ:s3cret@127.0.0.1:1/econ?connect_timeout=5", "", "postgres://econ:xxxxx@127.0.0.1:1/econ"},
		{"postgresql", "postgresql://econ@127.0.0.1:1/econ?password=s3cret&connect_timeout=5", "", "127.0.0.1"},
		{"unknown scheme", "mysql://u:s3cret@h/db", "", `unknown scheme "mysql"`},
		{"query in path", filepath.Join(dir, "x.db?mode=ro"), "", "must not contain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.dsn)
			if tt.wantErr != "" {
				if err == nil {
					s.Close()
					t.Fatalf("Open(%q) succeeded, want an error containing %q", tt.dsn, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Open(%q) = %v, want an error containing %q", tt.dsn, err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "s3cret") {
					t.Errorf("error shows the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open(%q): %v", tt.dsn, err)
			}
			defer s.Close()
			if _, err := os.Stat(tt.file); err != nil {
				t.Errorf("database file: %v", err)
			}
			if _, ok := s.(SchemaVersioner); !ok {
				t.Errorf("%T does not report its schema version", s)
			}
		})
	}
}

func TestSQLitePragmas(t *testing.T) {
	s := openSQLiteT(t, filepath.Join(t.TempDir(), "x.db"))
	for pragma, want := range map[string]string{"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "10000"} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	ms, err := loadMigrations(migrationFiles, "migrations/sqlite")
	if err != nil {
		t.Fatal(err)
	}
	latest := ms[len(ms)-1].Version

	for i := range 3 {
		s, err := OpenSQLite(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil || v != latest {
			t.Errorf("open %d: SchemaVersion = %d, %v; want %d", i, v, err, latest)
		}
		var rows int
		if err := s.db.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&rows); err != nil || rows != latest {
			t.Errorf("open %d: %d schema_version rows (%v), want %d", i, rows, err, latest)
		}
		if i == 0 {
			mustPut(t, s, doc("a.txt", "ha"), ob("a.txt", "policy_rate", "2024", 16, "RU"))
		} else if n := len(mustObs(t, s, Filter{})); n != 1 {
			t.Errorf("open %d: %d observations, want the 1 stored before", i, n)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}

	// Openers racing on a new file apply each migration once.
	path = filepath.Join(t.TempDir(), "race.db")
	openConcurrently(t, 4, func() (Store, error) { return OpenSQLite(ctx, path) })
	s := openSQLiteT(t, path)
	if v, err := s.SchemaVersion(ctx); err != nil || v != latest {
		t.Errorf("after concurrent opens: SchemaVersion = %d, %v", v, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	s := openSQLiteT(t, path)
	if _, err := s.db.Exec(`INSERT INTO schema_version (version, name, applied) VALUES (999, '0999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	_, err := OpenSQLite(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "newer") || !strings.Contains(err.Error(), path) {
		t.Errorf("opening a database from a newer econtrack: %v, want an error naming the file and the newer version", err)
	}
}

func TestLoadMigrations(t *testing.T) {
	f := func(names ...string) fstest.MapFS {
		m := fstest.MapFS{}
		for _, n := range names {
			m["d/"+n] = &fstest.MapFile{Data: []byte("-- " + n)}
		}
		return m
	}
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		want    []int
		wantErr string
	}{
		{"ordered", f("0002_b.sql", "0001_a.sql", "README.md"), []int{1, 2}, ""},
		{"unpadded", f("10_j.sql", "1_a.sql", "2_b.sql", "3.sql_", "3_c.sql", "4_d.sql", "5_e.sql", "6_f.sql", "7_g.sql", "8_h.sql", "9_i.sql"), []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, ""},
		{"gap", f("0001_a.sql", "0003_c.sql"), nil, "0003_c.sql: version 3, want 2"},
		{"duplicate", f("0001_a.sql", "0001_b.sql"), nil, "version 1, want 2"},
		{"bad name", f("0001_a.sql", "init.sql"), nil, "init.sql: name must be"},
		{"zero", f("0000_a.sql"), nil, "name must be"},
		{"empty", fstest.MapFS{"d/x.txt": {}}, nil, "none found"},
		{"missing", fstest.MapFS{}, nil, "migrations d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := loadMigrations(tt.fsys, "d")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, m := range ms {
				got = append(got, m.Version)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("versions %v, want %v", got, tt.want)
			}
		})
	}
}

// Two handles on one file stand for two processes: their writers must
// queue, not fail with "database is locked".
func TestSQLiteTwoHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	a, b := openSQLiteT(t, path), openSQLiteT(t, path)
	var wg sync.WaitGroup
	errs := make(chan error, 400)
	for i, s := range []*SQLite{a, b} {
		wg.Go(func() {
			for j := range 100 {
				p := fmt.Sprintf("h%d/%03d.txt", i, j)
				if err := s.PutDocument(ctx, doc(p, "x"), []indicators.Observation{ob(p, "policy_rate", "2024", float64(j), "RU")}, nil); err != nil {
					errs <- err
				}
				if _, err := s.MarkRemoved(ctx, "", []string{"none"}); err != nil && j%10 == 0 {
					errs <- err
				}
				if _, err := s.Hashes(ctx, ""); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// crashEnv names the database a re-executed test binary writes to in a loop
// until it is killed.
const crashEnv = "ECONTRACK_STORE_CRASH_DB"

// crashDoc is the content the writer stores at path in round r: n
// observations whose count is written into the hash, so that a reader can
// tell whether a document has all of its observations.
func crashDoc(path string, r, n int) (model.Document, []indicators.Observation) {
	d := doc(path, fmt.Sprintf("r%d-n%d", r, n))
	obs := make([]indicators.Observation, n)
	for i := range obs {
		obs[i] = ob(path, "inflation_rate", fmt.Sprintf("p%05d", i), float64(r), "RU")
		obs[i].Quote = arabicQuote
	}
	return d, obs
}

// TestCrashWriter is the child of TestKilledWriterLeavesStoreConsistent; it
// does nothing unless crashEnv is set.
func TestCrashWriter(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("helper process: runs only when " + crashEnv + " is set")
	}
	ctx := context.Background()
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(3)
	}
	for r := 0; ; r++ {
		for i := range 4 {
			d, obs := crashDoc(fmt.Sprintf("doc%d.txt", i), r, 2000+(r*7+i*13)%3000)
			if err := s.PutDocument(ctx, d, obs, nil); err != nil {
				fmt.Println("error:", err)
				os.Exit(3)
			}
			fmt.Println("committed", d.Path, d.Hash)
		}
		if _, err := s.MarkRemoved(ctx, "", []string{"doc0.txt", "doc1.txt", "doc2.txt", "doc3.txt"}); err != nil {
			fmt.Println("error:", err)
			os.Exit(3)
		}
	}
}

func TestKilledWriterLeavesStoreConsistent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	for round, delay := range []time.Duration{0, 37 * time.Millisecond, 111 * time.Millisecond} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until the child has committed a few documents, then kill it
		// part-way through a later write.
		sc := bufio.NewScanner(out)
		committed := 0
		for committed < 3 && sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "committed") {
				committed++
			} else if strings.HasPrefix(line, "error") {
				t.Fatalf("child: %s", line)
			}
		}
		time.Sleep(delay)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		go func() { // drain so the child never blocks on a full pipe
			for sc.Scan() {
			}
		}()
		_ = cmd.Wait()
		if committed < 3 {
			t.Fatalf("round %d: child committed %d documents before exiting", round, committed)
		}
		checkCrashConsistent(t, path)
	}
}

func checkCrashConsistent(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	s := openSQLiteT(t, path)
	var integrity string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity_check = %q, %v", integrity, err)
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&fk); err != nil || fk != 0 {
		t.Errorf("foreign_key_check: %d violations, %v", fk, err)
	}
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("no documents survived")
	}
	recs := mustObs(t, s, Filter{IncludeRemoved: true})
	byDoc := map[string][]model.Record{}
	for _, r := range recs {
		byDoc[r.Doc] = append(byDoc[r.Doc], r)
	}
	for _, d := range docs {
		var round, n int
		if _, err := fmt.Sscanf(d.Hash, "r%d-n%d", &round, &n); err != nil {
			t.Fatalf("document %s: hash %q: %v", d.Path, d.Hash, err)
		}
		got := byDoc[d.Path]
		if len(got) != n {
			t.Errorf("document %s (%s): %d observations, want all %d", d.Path, d.Hash, len(got), n)
			continue
		}
		for _, r := range got {
			if r.DocHash != d.Hash || r.Value != float64(round) || r.Quote != arabicQuote {
				t.Errorf("document %s (%s): observation from another version: hash %s value %v", d.Path, d.Hash, r.DocHash, r.Value)
				break
			}
		}
	}
	t.Logf("after kill: %d documents, %d observations, hashes %s", len(docs), len(recs), hashList(docs))
}

func hashList(docs []model.Document) string {
	var s []string
	for _, d := range docs {
		s = append(s, d.Path+"="+d.Hash+"/removed="+strconv.FormatBool(d.Removed))
	}
	return strings.Join(s, " ")
}

// A store the user cannot write can still be queried; a missing one is an
// error that creates nothing.
func TestOpenExisting(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "econtrack.db")
	if _, err := OpenExisting(ctx, path); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("OpenExisting of a missing file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "sub")); err == nil {
		t.Fatal("OpenExisting created the folder")
	}
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, doc("a.txt", "ha"), ob("a.txt", "gdp_growth", "2023", 3.6, "RU"))
	s.Close()

	ro, err := openSQLite(ctx, path, true)
	if err != nil {
		t.Fatalf("read-only open: %v", err)
	}
	defer ro.Close()
	if recs := mustObs(t, ro, Filter{}); len(recs) != 1 || recs[0].Value != 3.6 {
		t.Fatalf("read-only query: %v", summary(recs))
	}
	if err := ro.PutDocument(ctx, doc("b.txt", "hb"), nil, nil); err == nil {
		t.Error("a read-only store accepted a write")
	}
	if os.Geteuid() != 0 { // root writes everywhere
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(filepath.Dir(path), 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(filepath.Dir(path), 0o755)
		st, err := OpenExisting(ctx, path)
		if err != nil {
			t.Fatalf("OpenExisting of a read-only store: %v", err)
		}
		defer st.Close()
		if recs := mustObs(t, st, Filter{}); len(recs) != 1 {
			t.Fatalf("query of a read-only store: %v", summary(recs))
		}
	}
}

// TestEventsMigrateFromObservations checks that migration 0004 moves the
// meetings stored as "<indicator>.event" observations into the events
// table.
func TestEventsMigrateFromObservations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	ms, err := loadMigrations(migrationFiles, "migrations/sqlite")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateSQL(ctx, db, &sqliteDialect, ms[:3], time.Now); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO documents (path, hash, first_seen, last_seen) VALUES ('a.txt', 'h', 'x', 'x')`,
		`INSERT INTO observations (doc, doc_hash, indicator, entities, period, value, unit, approx, bound, lang, quote, span_start, span_end, speaker, mentions)
		 VALUES ('a.txt', 'h', 'regular_meeting_interval.event', 'CN,RU', '2024-08', 0, 'event', 0, '', '', 'a.txt#event#2024-08', 0, 0, '', 1),
		        ('a.txt', 'h', 'policy_rate', 'RU', '2024', 16, 'percent', 0, '', 'en', 'q', 1, 3, '', 1)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s := openSQLiteT(t, path)
	evs, err := s.Events(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Indicator != "regular_meeting_interval" || evs[0].Month != "2024-08" || evs[0].Source != "a.txt#event#2024-08" || strings.Join(evs[0].Entities, ",") != "CN,RU" {
		t.Errorf("events after migration %+v, want the meeting of 2024-08", evs)
	}
	recs := mustObs(t, s, Filter{})
	if len(recs) != 1 || recs[0].Indicator != "policy_rate" {
		t.Errorf("observations after migration %+v, want only policy_rate", recs)
	}
}

// TestHotQueriesUseIndexes checks, with EXPLAIN QUERY PLAN, that the
// queries a run makes for every document and every artefact read through
// an index instead of scanning the observations table.
func TestHotQueriesUseIndexes(t *testing.T) {
	s := openSQLiteT(t, filepath.Join(t.TempDir(), "x.db"))
	keys, keysArgs := groupKeysSQL(Filter{})
	read, readArgs := sqliteDialect.groupReadSQL("inflation_rate", []string{"EG", "EG,SA"})
	tests := []struct {
		name, sql string
		args      []any
		want      string // part of the plan
	}{
		{"the series", keys, keysArgs, "USING COVERING INDEX observations_series"},
		{"a page of documents", sqliteDialect.documentPageSQL(), []any{"a.txt", 10}, "USING INDEX sqlite_autoindex_documents_1 (path>?)"},
		{"a read of series", read, readArgs, "USING INDEX observations_series"},
		{"replacing a document's observations", sqliteDialect.deleteReadSQL(), []any{`["a.txt"]`}, "USING INDEX sqlite_autoindex_observations_1 (doc=?)"},
	}
	for _, tt := range tests {
		rows, err := s.db.Query("EXPLAIN QUERY PLAN "+tt.sql, tt.args...)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, notUsed int
			var detail string
			if err := rows.Scan(&id, &parent, &notUsed, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if p := strings.Join(plan, "; "); !strings.Contains(p, tt.want) {
			t.Errorf("%s: plan %q, want %q", tt.name, p, tt.want)
		}
	}
}

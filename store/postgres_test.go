package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store/dsn"
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
		t.Fatalf("connect to %s: %v", dsn.Redact(base), err)
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

// countRows returns the number of rows of a query's single count column.
func countRows(t *testing.T, s *Postgres, q string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRowContext(context.Background(), q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// Two pools on one database stand for two machines running econtrack on
// overlapping corpora at the same time: neither documents nor observations
// may be stored twice, and every write must succeed.
func TestPostgresRacingPools(t *testing.T) {
	dsn := postgresTestDSN(t)
	a, b := openPostgresT(t, dsn), openPostgresT(t, dsn)
	ctx := context.Background()
	const docs, perDoc = 30, 300 // above copyThreshold: COPY races too
	content := func(i int) (model.Document, []indicators.Observation) {
		p := fmt.Sprintf("shared/%02d.txt", i)
		n := 3
		if i%3 == 0 {
			n = perDoc
		}
		obs := make([]indicators.Observation, n)
		for k := range obs {
			obs[k] = ob(p, "inflation_rate", fmt.Sprintf("%04d", k), float64(i), "RU")
		}
		return doc(p, fmt.Sprintf("h%02d", i)), obs
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*docs*3)
	for w, s := range []*Postgres{a, b, a, b} {
		wg.Go(func() {
			for round := range 3 {
				for j := range docs {
					i := j
					if w%2 == 1 {
						i = docs - 1 - j // the other machine reads the corpus in another order
					}
					d, obs := content(i)
					if err := s.PutDocument(ctx, d, obs, nil); err != nil {
						errs <- err
					}
				}
				if err := s.ReplaceDerived(ctx, []indicators.Observation{{Doc: "shared/00.txt", Indicator: "regular_meeting_interval",
					Entities: []string{"CN", "RU"}, Period: "2024-08", Value: float64(round), Unit: "months", Mentions: 1, DerivedFrom: []string{"x"}}}); err != nil {
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
	wantObs := 0
	for i := range docs {
		_, obs := content(i)
		wantObs += len(obs)
	}
	if n := countRows(t, a, `SELECT count(*) FROM documents`); n != docs {
		t.Errorf("%d documents stored, want %d", n, docs)
	}
	if n := countRows(t, a, `SELECT count(*) FROM observations WHERE derived_from IS NULL`); n != wantObs {
		t.Errorf("%d read observations stored, want %d", n, wantObs)
	}
	if n := countRows(t, a, `SELECT count(*) FROM observations WHERE derived_from IS NOT NULL`); n != 1 {
		t.Errorf("%d derived observations stored, want 1", n)
	}
	if n := countRows(t, a, `SELECT count(*) FROM (SELECT DISTINCT doc, indicator, entities, period, value, unit, bound FROM observations) x`); n != wantObs+1 {
		t.Errorf("%d distinct observations, want %d", n, wantObs+1)
	}
	if recs := mustObs(t, b, Filter{}); len(recs) != wantObs+1 {
		t.Errorf("Observations returned %d records, want %d", len(recs), wantObs+1)
	}
}

func TestPostgresRunLock(t *testing.T) {
	dsn := postgresTestDSN(t)
	a, b := openPostgresT(t, dsn), openPostgresT(t, dsn)
	ctx := context.Background()

	unlockA, err := a.Lock(ctx, "fail", 0, "run A, pid 1 on host-a")
	if err != nil {
		t.Fatalf("first Lock: %v", err)
	}
	// fail: refused at once, naming the holder.
	_, err = b.Lock(ctx, "fail", 0, "run B")
	var le *LockedError
	if !errors.As(err, &le) || !strings.Contains(le.Holder, "run A, pid 1 on host-a") {
		t.Fatalf("second Lock in fail mode = %v, want a LockedError naming run A", err)
	}
	// wait: refused after the timeout.
	t0 := time.Now()
	_, err = b.Lock(ctx, "wait", 300*time.Millisecond, "run B")
	if !errors.As(err, &le) || time.Since(t0) < 300*time.Millisecond {
		t.Fatalf("second Lock in wait mode = %v after %v, want a LockedError after the 300ms timeout", err, time.Since(t0))
	}
	// wait: cancelled with its context.
	cctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	_, err = b.Lock(cctx, "wait", 0, "run B")
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Lock with an ending context = %v, want context.DeadlineExceeded", err)
	}
	// wait: granted once the holder lets go.
	go func() { time.Sleep(150 * time.Millisecond); unlockA() }()
	unlockB, err := b.Lock(ctx, "wait", 10*time.Second, "run B")
	if err != nil {
		t.Fatalf("Lock after the holder unlocked: %v", err)
	}
	unlockA() // a second call does nothing
	if _, err := a.Lock(ctx, "fail", 0, "run A again"); !errors.As(err, &le) {
		t.Fatalf("Lock while B holds it = %v, want a LockedError", err)
	}
	// Writes of the holder go through its lock's connection; B still writes.
	mustPut(t, b, doc("b.txt", "hb"), ob("b.txt", "policy_rate", "2024", 16, "RU"))
	unlockB()
	if unlock, err := a.Lock(ctx, "fail", 0, "run A"); err != nil {
		t.Fatalf("Lock after B unlocked: %v", err)
	} else {
		unlock()
	}
	// Another schema is another tracker: its lock is its own.
	c := openPostgresT(t, postgresTestDSN(t))
	unlockA, err = a.Lock(ctx, "fail", 0, "run A")
	if err != nil {
		t.Fatal(err)
	}
	defer unlockA()
	if unlock, err := c.Lock(ctx, "fail", 0, "run C"); err != nil {
		t.Errorf("Lock of another schema: %v", err)
	} else {
		unlock()
	}
}

// A run whose connection is killed (pg_terminate_backend) loses its lock
// and can no longer write: nothing after the kill commits, another runner
// gets the lock, and the run can still be recorded.
func TestPostgresLockLostWithConnection(t *testing.T) {
	dsn := postgresTestDSN(t)
	a, b := openPostgresT(t, dsn), openPostgresT(t, dsn)
	ctx := context.Background()
	unlock, err := a.Lock(ctx, "fail", 0, "run A")
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	mustPut(t, a, doc("a.txt", "v1"), ob("a.txt", "policy_rate", "2024", 16, "RU"))
	var killed int
	if err := b.db.QueryRowContext(ctx, `
SELECT count(pg_terminate_backend(l.pid)) FROM pg_locks l
WHERE l.locktype = 'advisory' AND l.classid = $1::int4::oid AND l.objid = (`+schemaKey+`)::oid AND l.objsubid = 2`, lockClassRun).Scan(&killed); err != nil || killed != 1 {
		t.Fatalf("terminated %d backends: %v", killed, err)
	}
	if err := a.PutDocument(ctx, doc("a.txt", "v2"), []indicators.Observation{ob("a.txt", "policy_rate", "2024", 17, "RU")}, nil); err == nil {
		t.Fatal("PutDocument after the lock's connection was killed succeeded")
	}
	if err := a.PutDocument(ctx, doc("c.txt", "c1"), nil, nil); err == nil {
		t.Fatal("a second PutDocument after the kill succeeded")
	}
	if h := mustHashes(t, b); len(h) != 1 || h["a.txt"] != "v1" {
		t.Errorf("after the kill: Hashes = %v, want only a.txt v1", h)
	}
	if err := a.SaveRun(ctx, "r1", json.RawMessage(`{"id":"r1","status":"failed"}`)); err != nil {
		t.Errorf("SaveRun after the kill: %v", err)
	}
	// The terminated backend releases its locks as it exits, a moment
	// after pg_terminate_backend returns.
	unlockB, err := b.Lock(ctx, "wait", 10*time.Second, "run B")
	if err != nil {
		t.Fatalf("Lock after the holder's connection died: %v", err)
	}
	unlockB()
	unlock()
	// Unlocked, a's pool writes again.
	mustPut(t, a, doc("a.txt", "v3"))
}

func TestPostgresMigrate(t *testing.T) {
	ctx := context.Background()
	dsn := postgresTestDSN(t)
	ms, err := loadMigrations(migrationFiles, "migrations/postgres")
	if err != nil {
		t.Fatal(err)
	}
	latest := ms[len(ms)-1].Version
	// Openers racing on a new schema apply each migration once.
	openConcurrently(t, 4, func() (Store, error) { return OpenPostgres(ctx, dsn) })
	s := openPostgresT(t, dsn)
	if v, err := s.SchemaVersion(ctx); err != nil || v != latest {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, latest)
	}
	if n := countRows(t, s, `SELECT count(*) FROM schema_version`); n != latest {
		t.Errorf("%d schema_version rows, want %d", n, latest)
	}
	// The SQLite and PostgreSQL migrations are the same versions.
	sq, err := loadMigrations(migrationFiles, "migrations/sqlite")
	if err != nil {
		t.Fatal(err)
	}
	for i := range max(len(sq), len(ms)) {
		if i >= len(sq) || i >= len(ms) || path.Base(sq[i].Name) != path.Base(ms[i].Name) {
			t.Errorf("migration %d differs between dialects: sqlite %v, postgres %v", i+1, sq, ms)
			break
		}
	}
	// The series index exists. (Its definition is read only once the row is
	// found: pg_indexes decodes every schema's indexes, and another test's
	// schema may be dropped meanwhile — "could not open relation".)
	if n := countRows(t, s, `WITH ix AS MATERIALIZED (
  SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relname = 'observations_series' AND c.relkind = 'i')
SELECT count(*) FROM ix WHERE pg_get_indexdef(ix.oid) LIKE '%(indicator, entities)%'`); n != 1 {
		t.Errorf("index observations_series on (indicator, entities) missing")
	}
	// A database from a newer econtrack is refused, naming the version.
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_version (version, name, applied) VALUES (999, '0999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenPostgres(ctx, dsn); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("opening a database from a newer econtrack: %v", err)
	}
}

func TestPostgresOpenErrorsHidePassword(t *testing.T) {
	for _, conn := range []string{
		"postgres://econ:s3cret@127.0.0.1:1/econ?connect_timeout=5",
		"postgres://econ@127.0.0.1:1/econ?password=s3cret&connect_timeout=5",
		"postgres://econ:s3cret@127.0.0.1:notaport/econ",
	} {
		_, err := Open(context.Background(), conn)
		if err == nil || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Open(%s) = %v, want an error without the password", dsn.Redact(conn), err)
		}
	}
}

// seedStore fills s with what a few runs leave: documents (one removed),
// read and derived observations, runs.
func seedStore(t *testing.T, s Store) {
	t.Helper()
	ctx := context.Background()
	mustPut(t, s, doc("ar/a.txt", "ha"), ob("ar/a.txt", "inflation_rate", "2024-03", 7.7, "RU"), ob("ar/a.txt", "regular_meeting_ordinal", "2024-08", 29, "CN", "RU"))
	big := make([]indicators.Observation, 400) // COPY-sized
	for i := range big {
		big[i] = ob("en/b.txt", "gdp_growth", fmt.Sprintf("%04d", i), float64(i)/3, "CN")
		big[i].Quote = arabicQuote
	}
	mustPut(t, s, doc("en/b.txt", "hb"), big...)
	mustPut(t, s, doc("ru/c.txt", "hc"), ob("ru/c.txt", "inflation_rate", "2024-03", 7.8, "RU"))
	v := 7.9
	if _, err := s.PutReviews(ctx, []model.Review{{ReviewKey: model.ReviewKey{DocHash: "hc", Indicator: "inflation_rate", Span: [2]int{1, 3}},
		Doc: "ru/c.txt", Action: model.ReviewCorrect, Value: &v, Note: "misread", By: "a", At: time.Date(2025, 11, 5, 8, 0, 0, 0, time.UTC)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MarkRemoved(ctx, "", []string{"ar/a.txt", "en/b.txt"}); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceDerived(ctx, []indicators.Observation{{Doc: "ar/a.txt", Indicator: "regular_meeting_interval", Entities: []string{"CN", "RU"},
		Period: "2024-08", Value: 12, Unit: "months", Mentions: 1, DerivedFrom: []string{"ar/a.txt|x", "y"}}}); err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{
		`{"id":"20251103T060000Z-aaaa","started":"2025-11-03T06:00:00Z","status":"ok"}`,
		`{"id":"20251104T060000Z-bbbb","started":"2025-11-04T06:00:00Z","status":"failed","error":"x"}`,
	} {
		var meta struct{ ID string }
		_ = json.Unmarshal([]byte(r), &meta)
		if err := s.SaveRun(ctx, meta.ID, json.RawMessage(r)); err != nil {
			t.Fatal(err)
		}
	}
}

// snapshot is everything a store holds, without store-assigned ids.
func snapshot(t *testing.T, s Store) (docs []model.Document, recs []model.Record, runs []string) {
	t.Helper()
	ctx := context.Background()
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	recs = mustObs(t, s, Filter{IncludeRemoved: true})
	for i := range recs {
		recs[i].ID = 0
	}
	rs, err := s.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		runs = append(runs, string(r))
	}
	reviews, err := s.Reviews(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, rv := range reviews {
		b, _ := json.Marshal(rv)
		runs = append(runs, string(b))
	}
	return docs, recs, runs
}

func checkSameContent(t *testing.T, what string, got, want Store) {
	t.Helper()
	gd, gr, gru := snapshot(t, got)
	wd, wr, wru := snapshot(t, want)
	if !reflect.DeepEqual(gd, wd) {
		t.Errorf("%s: documents differ:\ngot  %+v\nwant %+v", what, gd, wd)
	}
	if !reflect.DeepEqual(gr, wr) {
		t.Errorf("%s: observations differ (%d vs %d)", what, len(gr), len(wr))
	}
	if !slices.Equal(gru, wru) {
		t.Errorf("%s: runs differ:\ngot  %q\nwant %q", what, gru, wru)
	}
}

func TestStoreCopyPostgres(t *testing.T) {
	ctx := context.Background()
	pg := openPostgresT(t, postgresTestDSN(t))
	src := openSQLiteT(t, filepath.Join(t.TempDir(), "econtrack.db"))
	seedStore(t, src)

	st, err := Copy(ctx, pg, src)
	want := CopyStats{Documents: 3, Observations: 404, Reviews: 1, Runs: 2}
	if err != nil || st != want {
		t.Fatalf("first copy = %+v, %v; want %+v", st, err, want)
	}
	checkSameContent(t, "SQLite → PostgreSQL", pg, src)

	st, err = Copy(ctx, pg, src)
	want = CopyStats{DocumentsKept: 3, RunsKept: 2}
	if err != nil || st != want {
		t.Fatalf("second copy = %+v, %v; want %+v (nothing copied twice)", st, err, want)
	}
	checkSameContent(t, "after copying twice", pg, src)

	// And back, into a new SQLite file.
	back := openSQLiteT(t, filepath.Join(t.TempDir(), "back.db"))
	if st, err := Copy(ctx, back, pg); err != nil || st.Documents != 3 || st.Observations != 404 || st.Reviews != 1 || st.Runs != 2 {
		t.Fatalf("PostgreSQL → SQLite = %+v, %v", st, err)
	}
	checkSameContent(t, "PostgreSQL → SQLite", back, src)

	// A target that already has a document keeps its version.
	pg2 := openPostgresT(t, postgresTestDSN(t))
	mustPut(t, pg2, doc("ru/c.txt", "newer"), ob("ru/c.txt", "inflation_rate", "2024-04", 8, "RU"))
	st, err = Copy(ctx, pg2, src)
	if err != nil || st.Documents != 2 || st.DocumentsKept != 1 || st.Observations != 403 {
		t.Fatalf("copy into a target with one document = %+v, %v", st, err)
	}
	if h := mustHashes(t, pg2); h["ru/c.txt"] != "newer" {
		t.Errorf("the target's document was replaced: %v", h)
	}
	if recs := mustObs(t, pg2, Filter{Indicator: "inflation_rate", IncludeRemoved: true}); len(recs) != 2 || recs[1].Value != 8 {
		t.Errorf("inflation_rate after copy: %q", summary(recs))
	}
}

func TestStoreCopySQLite(t *testing.T) {
	ctx := context.Background()
	src := openSQLiteT(t, filepath.Join(t.TempDir(), "a.db"))
	seedStore(t, src)
	dst := openSQLiteT(t, filepath.Join(t.TempDir(), "b.db"))
	for i, want := range []CopyStats{{Documents: 3, Observations: 404, Reviews: 1, Runs: 2}, {DocumentsKept: 3, RunsKept: 2}} {
		st, err := Copy(ctx, dst, src)
		if err != nil || st != want {
			t.Fatalf("copy %d = %+v, %v; want %+v", i+1, st, err, want)
		}
		checkSameContent(t, fmt.Sprintf("after copy %d", i+1), dst, src)
	}
}

// TestPostgresHotQueriesUseIndexes is TestHotQueriesUseIndexes for
// PostgreSQL: the statements both back ends share read a series and
// replace a document's observations through an index (with sequential
// scans priced out, as on a table of millions of rows).
func TestPostgresHotQueriesUseIndexes(t *testing.T) {
	s := openPostgresT(t, postgresTestDSN(t))
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SET enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	read, readArgs := postgresDialect.groupReadSQL("inflation_rate", []string{"EG", "EG,SA"})
	tests := []struct {
		name, sql string
		args      []any
		want      string // part of the plan
	}{
		{"a page of documents", postgresDialect.documentPageSQL(), []any{"a.txt", 10}, "documents_path_bytes"},
		{"a read of series", read, readArgs, "observations_series"},
		{"replacing a document's observations", postgresDialect.deleteReadSQL(), []any{`["a.txt"]`}, "observations_doc_indicator_entities_period_value_unit_bound_key"},
	}
	for _, tt := range tests {
		var plan []string
		var line string
		rows, err := conn.QueryContext(ctx, "EXPLAIN "+postgresDialect.rebind(tt.sql), tt.args...)
		if err := scanAll(rows, err, []any{&line}, func() error { plan = append(plan, line); return nil }); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if p := strings.Join(plan, "; "); !strings.Contains(p, tt.want) || strings.Contains(p, "Seq Scan") {
			t.Errorf("%s: plan %q, want %q and no sequential scan", tt.name, p, tt.want)
		}
	}
}

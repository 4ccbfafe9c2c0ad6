package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// TestMain lets a test start this test binary as the econtrack command:
// with ECONTRACK_TEST_MAIN=1 it runs the command line it was given.
func TestMain(m *testing.M) {
	if os.Getenv("ECONTRACK_TEST_MAIN") == "1" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// Three econtrack processes with run.cooperate read one corpus through one
// PostgreSQL store at the same time: every document is extracted by exactly
// one of them, every one is stored once, and the artefacts are written by
// the last to finish (by one only, when all three overlapped).
func TestCooperatingRunsShareACorpus(t *testing.T) {
	dsn := testPostgresDSN(t)
	const docs = 600
	corpus := filepath.Join(t.TempDir(), "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	countries := []string{"Egypt", "Jordan", "Morocco", "Tunisia", "Algeria", "Iraq"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i := range docs {
		year, month := 2015+i/60, i/5%12+1
		text := fmt.Sprintf("%s's annual inflation rate was %d.%d%% in %s %d, the statistics agency said.\n",
			countries[i%len(countries)], 3+i%20, i%10, months[month-1], year)
		meta := fmt.Sprintf("published: %d-%02d-20\nlang: en\n", year, month)
		name := fmt.Sprintf("doc_%04d", i)
		if err := os.WriteFile(filepath.Join(corpus, name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpus, name+".meta.yaml"), []byte(meta), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	config := t.TempDir()
	outs := make([]string, 3)
	errs := make([]error, 3)
	output := make([][]byte, 3)
	var wg sync.WaitGroup
	for i := range outs {
		outs[i] = filepath.Join(t.TempDir(), "out")
		cmd := exec.CommandContext(ctx, os.Args[0], "run", "--corpus", corpus, "--out", outs[i])
		cmd.Env = append(os.Environ(), "ECONTRACK_TEST_MAIN=1", "XDG_CONFIG_HOME="+config,
			"ECONTRACK_STORE_DSN="+dsn, "ECONTRACK_RUN_COOPERATE=true")
		wg.Go(func() { output[i], errs[i] = cmd.CombinedOutput() })
	}
	wg.Wait()
	type report struct {
		Started, Finished time.Time
		Status            string
		Documents         struct{ New, Unchanged, Elsewhere int }
		Artefacts         []string
		Elsewhere         bool `json:"artefacts_elsewhere"`
	}
	reps := make([]report, 3)
	newDocs, writers := 0, 0
	for i, out := range outs {
		if errs[i] != nil {
			t.Fatalf("run %d: %v\n%s", i, errs[i], output[i])
		}
		b, err := os.ReadFile(filepath.Join(out, "run.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &reps[i]); err != nil {
			t.Fatal(err)
		}
		r := reps[i]
		t.Logf("run %d: new %d, read by another run %d, unchanged %d, artefacts %d", i, r.Documents.New, r.Documents.Elsewhere, r.Documents.Unchanged, len(r.Artefacts))
		if r.Status != "ok" {
			t.Errorf("run %d: status %q", i, r.Status)
		}
		if r.Documents.New+r.Documents.Elsewhere+r.Documents.Unchanged != docs {
			t.Errorf("run %d accounts for %d documents, want %d", i, r.Documents.New+r.Documents.Elsewhere+r.Documents.Unchanged, docs)
		}
		if r.Elsewhere == (len(r.Artefacts) > 0) {
			t.Errorf("run %d: %d artefacts with artefacts_elsewhere %t", i, len(r.Artefacts), r.Elsewhere)
		}
		newDocs += r.Documents.New
		if len(r.Artefacts) > 0 {
			writers++
		}
	}
	if newDocs != docs {
		t.Errorf("the runs extracted %d documents in all, want each of the %d exactly once", newDocs, docs)
	}
	overlapped := true
	for _, a := range reps {
		for _, b := range reps {
			overlapped = overlapped && a.Started.Before(b.Finished)
		}
	}
	if writers == 0 || overlapped && writers != 1 {
		t.Errorf("%d runs wrote artefacts (overlapping: %t), want the last one only", writers, overlapped)
	}
	// Every document once in the store, with its one observation.
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var nDocs, nObs, nPaths int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM observations WHERE derived_from IS NULL), (SELECT count(DISTINCT doc) FROM observations)`).Scan(&nDocs, &nObs, &nPaths); err != nil {
		t.Fatal(err)
	}
	if nDocs != docs || nObs != docs || nPaths != docs {
		t.Errorf("store: %d documents, %d observations of %d documents; want %d of each", nDocs, nObs, nPaths, docs)
	}
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/econtrack/econtrack/store"
)

// TestKilledRunChild is not a test on its own: TestRunKilledMidway and
// TestRunStopsOnSIGTERM run the test binary again with
// ECONTRACK_TEST_RUN_CHILD set, and this runs econtrack in that child
// process, with the SIGTERM handling of main.
func TestKilledRunChild(t *testing.T) {
	args := os.Getenv("ECONTRACK_TEST_RUN_CHILD")
	if args == "" {
		t.Skip("helper process for TestRunKilledMidway and TestRunStopsOnSIGTERM")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, strings.Fields(args), strings.NewReader(""), os.Stdout, os.Stderr))
}

// TestRunKilledMidway kills `econtrack run` with SIGKILL at several moments of
// a run over a few hundred documents: the store stays consistent, the previous
// run's artefacts stay intact, and the next run completes.
func TestRunKilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	dir := copySeeds(t)
	corpus := filepath.Join(dir, "seeds")
	out := filepath.Join(dir, "out")
	args := fmt.Sprintf("--corpus %s --out %s --log-level error run", corpus, out)
	// A first, complete run whose artefacts must survive.
	if code, _, stderr := runCLI(t, dir, "", strings.Fields(args)...); code != exitOK {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	before := snapshot(t, out)

	interrupted := 0
	seed, err := os.ReadFile(filepath.Join(corpus, "000_52f58f8fcdcb1fb8.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for round, delay := range []time.Duration{150 * time.Millisecond, 400 * time.Millisecond, 900 * time.Millisecond} {
		// New documents for this round, so the run has work to do.
		for i := 0; i < 150; i++ {
			name := fmt.Sprintf("r%d_%03d", round, i)
			text := strings.ReplaceAll(string(seed), "99%", fmt.Sprintf("%d%%", 50+i%40))
			if err := os.WriteFile(filepath.Join(corpus, name+".txt"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(corpus, name+".meta.yaml"), []byte(fmt.Sprintf("published: 2025-%02d-04\n", 1+i%11)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledRunChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "ECONTRACK_TEST_RUN_CHILD="+args)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		// The artefacts are the previous complete run's, byte for byte, or a
		// complete newer set if the child finished first; never a torn file.
		if checkArtefacts(t, out, before) {
			interrupted++
		} else {
			before = snapshot(t, out) // the child finished: its artefacts are the new reference
		}
		checkStore(t, filepath.Join(out, "econtrack.db"))
	}
	if interrupted == 0 {
		t.Fatal("no run was interrupted: the test proved nothing")
	}
	if code, _, stderr := runCLI(t, dir, "", strings.Fields(args)...); code != exitOK {
		t.Fatalf("run after the kills: exit %d: %s", code, stderr)
	}
	var rep struct {
		Status    string
		Documents struct{ Read int }
	}
	b, _ := os.ReadFile(filepath.Join(out, "run.json"))
	if err := json.Unmarshal(b, &rep); err != nil || rep.Status != "ok" || rep.Documents.Read != 451 {
		t.Fatalf("final run.json: %s (%v)", b, err)
	}
}

func snapshot(t *testing.T, out string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, p := range []string{"run.json", "econtrack.xlsx", "charts/overview.png"} {
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		files[p] = b
	}
	return files
}

// checkArtefacts checks that out/ holds complete artefacts and reports
// whether they are still the previous run's, byte for byte (the killed run
// changed nothing).
func checkArtefacts(t *testing.T, out string, before map[string][]byte) bool {
	t.Helper()
	now := map[string][]byte{}
	for p := range before {
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatalf("%s after a kill: %v", p, err)
		}
		now[p] = b
	}
	var v map[string]any
	if err := json.Unmarshal(now["run.json"], &v); err != nil {
		t.Fatalf("run.json torn: %v", err)
	}
	f, err := excelize.OpenFile(filepath.Join(out, "econtrack.xlsx"))
	if err != nil {
		t.Fatalf("workbook torn: %v", err)
	}
	f.Close()
	if string(now["run.json"]) != string(before["run.json"]) {
		return false // a newer run completed before the kill
	}
	for p, b := range before {
		if string(now[p]) != string(b) {
			t.Errorf("%s changed although the run that wrote it was killed", p)
		}
	}
	return true
}

func checkStore(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("store after a kill: %v", err)
	}
	defer st.Close()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := st.Observations(ctx, store.Filter{IncludeRemoved: true})
	if err != nil {
		t.Fatal(err)
	}
	// Every stored document has all of its observations: each seed copy
	// claims the settlement share.
	have := map[string]bool{}
	for _, r := range recs {
		if r.Indicator == "settlement_share_national_currencies" {
			have[r.Doc] = true
		}
	}
	for _, d := range docs {
		if !have[d.Path] {
			t.Errorf("document %s stored without its observations", d.Path)
		}
	}
}

package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/internal/atomicfile"
	"github.com/econtrack/econtrack/store"
)

// newRunner makes a runner over a fresh copy of files in a temp corpus, with
// the built-in configuration, writing to a temp out/.
func newRunner(t *testing.T, files map[string]string, stages ...Stage) (*Runner, string) {
	t.Helper()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Corpus.Path = corpus
	cfg.Out = filepath.Join(dir, "out")
	cfg.Store.DSN = ""
	return &Runner{Config: cfg, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Stages: stages}, corpus
}

func seed(t *testing.T) (string, string) {
	t.Helper()
	txt, err := os.ReadFile("../seeds/000_52f58f8fcdcb1fb8.txt")
	if err != nil {
		t.Fatal(err)
	}
	meta, err := os.ReadFile("../seeds/000_52f58f8fcdcb1fb8.meta.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(txt), string(meta)
}

func goodFiles(t *testing.T) map[string]string {
	txt, meta := seed(t)
	return map[string]string{
		"seed.txt":       txt,
		"seed.meta.yaml": meta,
		"uk.md":          "---\npublished: 2025-05-15\nlang: en\n---\nThe unemployment rate in Britain rose to 4.5% in the three months to March.\n",
	}
}

func readReport(t *testing.T, out string) Report {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "run.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatalf("run.json: %v", err)
	}
	return rep
}

func TestRunIsIncremental(t *testing.T) {
	ctx := context.Background()
	r, corpus := newRunner(t, goodFiles(t))
	rep, err := r.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != "ok" || rep.Documents.Read != 2 || rep.Documents.New != 2 || rep.Observations.Extracted == 0 {
		t.Fatalf("first run: %+v", rep)
	}
	if got := readReport(t, r.Config.Out); got.ID != rep.ID || got.Status != "ok" {
		t.Fatalf("run.json = %+v, want the run %s", got, rep.ID)
	}
	stored := rep.Observations.Stored

	// A second run over the unchanged corpus extracts nothing.
	rep2, err := r.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Documents.Unchanged != 2 || rep2.Documents.New != 0 || rep2.Observations.Extracted != 0 || rep2.Observations.Stored != stored {
		t.Fatalf("second run: %+v", rep2.Documents)
	}

	// Editing one file re-extracts that file only.
	if err := os.WriteFile(filepath.Join(corpus, "uk.md"), []byte("---\npublished: 2025-05-15\nlang: en\n---\nThe unemployment rate in Britain rose to 4.6% in the three months to March.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep3, err := r.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep3.Documents.Changed != 1 || rep3.Documents.Unchanged != 1 || rep3.Observations.Extracted != 1 {
		t.Fatalf("after an edit: documents %+v, extracted %d", rep3.Documents, rep3.Observations.Extracted)
	}
	st, err := store.Open(ctx, r.Config.StoreDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	recs, err := st.Observations(ctx, store.Filter{Indicator: "unemployment_rate"})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Value != 4.6 {
		t.Fatalf("unemployment after the edit = %+v, want the one value 4.6", recs)
	}
	runs, err := st.Runs(ctx)
	if err != nil || len(runs) != 3 {
		t.Fatalf("runs in the store: %d, %v", len(runs), err)
	}
}

func TestBadDocumentsAreSkippedAndGoodOnesStored(t *testing.T) {
	files := goodFiles(t)
	files["empty.txt"] = ""
	files["latin1.txt"] = "caf\xe9 99%"
	files["binary.txt"] = "abc\x00def"
	files["badmeta.txt"] = "text"
	files["badmeta.meta.yaml"] = "published: [unclosed\n"
	r, _ := newRunner(t, files)
	rep, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Status != "ok" || rep.Documents.New != 2 {
		t.Fatalf("status %s, new %d; want ok and the 2 good documents stored", rep.Status, rep.Documents.New)
	}
	reasons := map[string]string{}
	for _, s := range rep.Documents.Skipped {
		reasons[s.File] = s.Reason
	}
	for file, want := range map[string]string{"empty.txt": "empty", "latin1.txt": "UTF-8", "binary.txt": "", "badmeta.txt": "meta"} {
		got, ok := reasons[file]
		if !ok || !strings.Contains(got, want) {
			t.Errorf("%s: skipped=%v reason %q, want one mentioning %q", file, ok, got, want)
		}
	}
	if got := readReport(t, r.Config.Out); len(got.Documents.Skipped) != 4 {
		t.Errorf("run.json lists %d skipped documents, want 4", len(got.Documents.Skipped))
	}
}

// failingStage fails after another stage has written its artefacts.
type failingStage struct{}

func (failingStage) Name() string { return "failing" }
func (failingStage) Write(context.Context, Input) ([]string, error) {
	return nil, errors.New("disk full")
}

// fileStage writes one artefact atomically.
type fileStage struct{ content string }

func (fileStage) Name() string { return "file" }
func (s fileStage) Write(_ context.Context, in Input) ([]string, error) {
	p := filepath.Join(in.Config.Out, "artefact.txt")
	return []string{p}, atomicfile.WriteFile(p, []byte(s.content))
}

func TestFailedRunKeepsPreviousArtefacts(t *testing.T) {
	r, _ := newRunner(t, goodFiles(t), fileStage{"first"})
	if _, err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The file stage succeeds before the failing one: its output must not
	// replace the previous run's either.
	r.Stages = []Stage{fileStage{"second"}, failingStage{}}
	rep, err := r.Run(context.Background())
	if err == nil || rep.Status != "failed" || !strings.Contains(rep.Error, "disk full") {
		t.Fatalf("err %v, report %+v; want a failed run naming the error", err, rep)
	}
	b, _ := os.ReadFile(filepath.Join(r.Config.Out, "artefact.txt"))
	if string(b) != "first" {
		t.Fatalf("artefact = %q, want the previous run's", b)
	}
	if got := readReport(t, r.Config.Out); got.Status != "failed" {
		t.Fatalf("run.json status %q, want failed", got.Status)
	}
	leftovers, _ := filepath.Glob(filepath.Join(r.Config.Out, ".*[st][ta][mg]*"))
	if len(leftovers) > 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
}

func TestCancelledRunLeavesStoreConsistent(t *testing.T) {
	files := goodFiles(t)
	r, _ := newRunner(t, files)
	ctx, cancel := context.WithCancel(context.Background())
	ticks := 0
	r.Progress = func(int) func() {
		return func() {
			if ticks++; ticks == 2 {
				cancel() // cancel while the second document is being read
			}
		}
	}
	if _, err := r.Run(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	// The store is readable, and a new run completes and stores everything.
	r.Progress = nil
	rep, err := r.Run(context.Background())
	if err != nil || rep.Status != "ok" {
		t.Fatalf("run after a cancelled one: %v %+v", err, rep)
	}
	if rep.Documents.New+rep.Documents.Unchanged != 2 {
		t.Fatalf("documents %+v, want both stored", rep.Documents)
	}
}

func TestSecondRunOnSameOutFailsWhenLockHeld(t *testing.T) {
	r, _ := newRunner(t, goodFiles(t))
	if err := os.MkdirAll(r.Config.Out, 0o755); err != nil {
		t.Fatal(err)
	}
	held, err := acquireLock(context.Background(), filepath.Join(r.Config.Out, ".econtrack.lock"), "fail", 0, "holder-run")
	if err != nil {
		t.Fatal(err)
	}
	defer held.release()
	r.Config.Run.Lock = "fail"
	_, err = r.Run(context.Background())
	var le *LockedError
	if !errors.As(err, &le) || !strings.Contains(le.Error(), "holder-run") {
		t.Fatalf("err = %v, want a LockedError naming the holder", err)
	}
	if _, err := os.Stat(filepath.Join(r.Config.Out, "run.json")); err == nil {
		t.Fatal("a run that did not get the lock wrote run.json")
	}
	// In wait mode the second run waits and gives up after the timeout.
	r.Config.Run.Lock, r.Config.Run.LockTimeout = "wait", 200*time.Millisecond
	start := time.Now()
	if _, err := r.Run(context.Background()); !errors.As(err, &le) || time.Since(start) < 200*time.Millisecond {
		t.Fatalf("wait mode: err %v after %v", err, time.Since(start))
	}
}

func TestPanicInAStageIsAFailedRun(t *testing.T) {
	r, _ := newRunner(t, goodFiles(t), panicStage{})
	rep, err := r.Run(context.Background())
	if err == nil || rep == nil || rep.Status != "failed" || !strings.Contains(rep.Error, "panic") {
		t.Fatalf("err %v, report %+v", err, rep)
	}
}

type panicStage struct{}

func (panicStage) Name() string                                   { return "panic" }
func (panicStage) Write(context.Context, Input) ([]string, error) { panic("boom") }

// A change of the catalog (or of the rules or language data) makes stored
// observations stale: the next run reads every document again.
func TestChangedRulesReadEveryDocumentAgain(t *testing.T) {
	ctx := context.Background()
	r, _ := newRunner(t, goodFiles(t))
	rep, err := r.Run(ctx)
	if err != nil || rep.Extractor == "" {
		t.Fatalf("first run: %v, extractor %q", err, rep.Extractor)
	}
	in := r.Config.Indicators.Catalog["unemployment_rate"]
	in.Cues = map[string][]string{"en": {"jobless rate"}}
	r.Config.Indicators.Catalog["unemployment_rate"] = in
	rep2, err := r.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Extractor == rep.Extractor || rep2.Documents.Unchanged != 0 || rep2.Documents.Changed != 2 {
		t.Fatalf("after a catalog change: extractor %q (was %q), documents %+v", rep2.Extractor, rep.Extractor, rep2.Documents)
	}
	if rep2.Observations.Stored >= rep.Observations.Stored {
		t.Fatalf("stored %d observations, want fewer than %d: the unemployment figure has no cue any more", rep2.Observations.Stored, rep.Observations.Stored)
	}
	rep3, err := r.Run(ctx)
	if err != nil || rep3.Documents.Unchanged != 2 {
		t.Fatalf("third run: %v, documents %+v", err, rep3.Documents)
	}
}

// charts.min_confidence keeps doubtful observations out of the series the
// charts draw, not out of the records the workbook lists.
func TestMinConfidenceKeepsRecordsOutOfSeriesOnly(t *testing.T) {
	var in seenInput
	r, _ := newRunner(t, goodFiles(t), seeingStage{&in})
	r.Config.Charts.MinConfidence = 0.92 // the seed's settlement share is 0.9
	if _, err := r.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	below := 0
	for _, rec := range in.Records {
		if rec.Confidence < 0.92 {
			below++
		}
	}
	if below == 0 || below == len(in.Records) {
		t.Fatalf("%d of %d records below the floor; the test needs some of each", below, len(in.Records))
	}
	charted := 0
	for _, s := range in.Series {
		for _, p := range s.Points {
			for _, rec := range p.Records {
				charted++
				if rec.Confidence < 0.92 {
					t.Errorf("series %s charts %s %v at confidence %v", s.Key(), rec.Period, rec.Value, rec.Confidence)
				}
			}
		}
	}
	if charted != len(in.Records)-below {
		t.Errorf("series chart %d records, want the %d at or above the floor", charted, len(in.Records)-below)
	}
}

package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
)

// storeState opens the run's store and returns its documents by path and
// the paths of the documents with current observations.
func storeState(t *testing.T, dsn string) (map[string]model.Document, []string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]model.Document{}
	for _, d := range docs {
		byPath[d.Path] = d
	}
	recs, err := st.Observations(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var with []string
	for _, r := range recs {
		if !slices.Contains(with, r.Doc) {
			with = append(with, r.Doc)
		}
	}
	slices.Sort(with)
	return byPath, with
}

// Two analysts, two corpora, one store: each run keeps the other's
// documents, and the artefacts show both.
func TestCorporaShareAStore(t *testing.T) {
	ctx := context.Background()
	txt, meta := seed(t)
	alice, _ := newRunner(t, map[string]string{"alice.txt": txt, "alice.meta.yaml": meta})
	bob, _ := newRunner(t, map[string]string{"bob.md": "---\npublished: 2025-05-15\nlang: en\n---\nThe unemployment rate in Britain rose to 4.5% in the three months to March.\n"})
	shared := filepath.Join(t.TempDir(), "shared.db")
	alice.Config.Store.DSN, bob.Config.Store.DSN = shared, shared
	var seen seenInput
	bob.Stages = []Stage{seeingStage{&seen}}

	for i, r := range []*Runner{alice, bob, alice, bob} {
		rep, err := r.Run(ctx)
		if err != nil {
			t.Fatalf("run %d: %v", i+1, err)
		}
		if rep.Documents.Removed != 0 || i >= 2 && (rep.Documents.Unchanged != 1 || rep.Documents.New != 0) {
			t.Fatalf("run %d (%s): %+v; want the other corpus left alone and nothing read again", i+1, rep.CorpusID, rep.Documents)
		}
	}
	docs, with := storeState(t, shared)
	if !slices.Equal(with, []string{"alice.txt", "bob.md"}) {
		t.Fatalf("documents with current observations: %q", with)
	}
	if docs["alice.txt"].Corpus != alice.Config.CorpusID() || docs["bob.md"].Corpus != bob.Config.CorpusID() || alice.Config.CorpusID() == bob.Config.CorpusID() {
		t.Fatalf("corpora: %q %q", docs["alice.txt"].Corpus, docs["bob.md"].Corpus)
	}
	if len(seen.Documents) != 2 {
		t.Fatalf("bob's artefacts show %d documents, want both corpora's", len(seen.Documents))
	}

	// report.corpora narrows the artefacts to the corpora listed.
	bob.Config.Report.Corpora = []string{bob.Config.CorpusID()}
	if _, err := bob.Run(ctx); err != nil {
		t.Fatal(err)
	}
	for _, r := range seen.Records {
		if r.Doc != "bob.md" {
			t.Fatalf("report.corpora = [bob] but the artefacts show %s", r.Doc)
		}
	}
	if len(seen.Documents) != 1 || seen.Documents[0].Path != "bob.md" {
		t.Fatalf("report.corpora = [bob]: documents %+v", seen.Documents)
	}
}

// A file present but skipped keeps its observations; when every document
// is skipped the run is degraded and publishes nothing.
func TestSkippedDocumentsKeepTheirData(t *testing.T) {
	ctx := context.Background()
	files := goodFiles(t)
	r, corpus := newRunner(t, files, ChartsStage{})
	if _, err := r.Run(ctx); err != nil {
		t.Fatal(err)
	}
	_, before := storeState(t, r.Config.StoreDSN())
	chart := filepath.Join(r.Config.Out, "charts", "overview.png")
	chartBefore, err := os.ReadFile(chart)
	if err != nil {
		t.Fatal(err)
	}

	// One file grows past corpus.max_bytes: skipped, not removed.
	r.Config.Corpus.MaxBytes = int64(len(files["uk.md"]) + 10)
	rep, err := r.Run(ctx)
	if err != nil || rep.Status != "ok" || rep.Documents.Removed != 0 || len(rep.Documents.Skipped) != 1 {
		t.Fatalf("one file too large: %v, %+v", err, rep.Documents)
	}
	docs, with := storeState(t, r.Config.StoreDSN())
	if !slices.Equal(with, before) || docs["seed.txt"].SkipReason == "" || docs["seed.txt"].Removed {
		t.Fatalf("after skipping seed.txt: observations of %q (want %q), document %+v", with, before, docs["seed.txt"])
	}

	// A broken manifest skips every file: degraded, exit 1, nothing lost.
	r.Config.Corpus.MaxBytes = 10 << 20
	if err := os.WriteFile(filepath.Join(corpus, "manifest.yaml"), []byte("seed.txt: [unclosed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err = r.Run(ctx)
	if !errors.Is(err, ErrDegraded) || rep.Status != "degraded" || rep.Documents.Removed != 0 {
		t.Fatalf("broken manifest: err %v, status %s, documents %+v", err, rep.Status, rep.Documents)
	}
	if got := readReport(t, r.Config.Out); got.Status != "degraded" {
		t.Fatalf("run.json status %q, want degraded", got.Status)
	}
	if _, with := storeState(t, r.Config.StoreDSN()); !slices.Equal(with, before) {
		t.Fatalf("after a broken manifest: observations of %q, want %q", with, before)
	}
	if b, err := os.ReadFile(chart); err != nil || string(b) != string(chartBefore) {
		t.Fatalf("a degraded run changed the charts (%v)", err)
	}

	// Fixed: everything is read again as unchanged, not new.
	if err := os.Remove(filepath.Join(corpus, "manifest.yaml")); err != nil {
		t.Fatal(err)
	}
	rep, err = r.Run(ctx)
	if err != nil || rep.Documents.Unchanged != 2 || rep.Documents.New != 0 {
		t.Fatalf("after the fix: %v, %+v", err, rep.Documents)
	}
	if docs, _ := storeState(t, r.Config.StoreDSN()); docs["seed.txt"].SkipReason != "" {
		t.Fatalf("skip reason not cleared: %+v", docs["seed.txt"])
	}
}

// seenInput is what the artefact stages were given, read while they ran
// (the store is closed after the run).
type seenInput struct {
	Documents []model.Document
	Records   []model.Record
	Series    []model.Series
}

// seeingStage reads its input into *s.
type seeingStage struct{ s *seenInput }

func (seeingStage) Name() string { return "look" }

func (st seeingStage) Write(_ context.Context, in Input) ([]string, error) {
	*st.s = seenInput{}
	for d, err := range in.Documents {
		if err != nil {
			return nil, err
		}
		st.s.Documents = append(st.s.Documents, d)
	}
	for r, err := range in.Records() {
		if err != nil {
			return nil, err
		}
		st.s.Records = append(st.s.Records, r)
	}
	for s, err := range in.Series() {
		if err != nil {
			return nil, err
		}
		st.s.Series = append(st.s.Series, s)
	}
	return nil, nil
}

// A run's artefacts replace the previous run's: the chart of a series that
// lost its data goes, and staging folders of killed runs are cleaned up.
func TestStaleArtefactsGo(t *testing.T) {
	ctx := context.Background()
	r, corpus := newRunner(t, goodFiles(t), ChartsStage{})
	killed := filepath.Join(r.Config.Out, ".staging-killed")
	if err := os.MkdirAll(killed, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(killed, "overview.png"), []byte("half"), 0o644); err != nil {
		t.Fatal(err)
	}
	first, err := r.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(killed); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a killed run's staging folder survived a run: %v", err)
	}
	var unemployment []string
	for _, p := range first.Artefacts {
		if strings.Contains(filepath.Base(p), "unemployment_rate") {
			unemployment = append(unemployment, p)
		}
	}
	if len(unemployment) == 0 {
		t.Fatalf("no unemployment chart in %q", first.Artefacts)
	}
	if err := os.Remove(filepath.Join(corpus, "uk.md")); err != nil {
		t.Fatal(err)
	}
	second, err := r.Run(ctx)
	if err != nil || second.Documents.Removed != 1 {
		t.Fatalf("after removing uk.md: %v, %+v", err, second.Documents)
	}
	for _, p := range unemployment {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("stale chart %s is still there", p)
		}
		if slices.Contains(second.Artefacts, p) {
			t.Errorf("run.json lists the stale chart %s", p)
		}
	}
	for _, p := range second.Artefacts {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("artefact %s: %v", p, err)
		}
	}
}

// An out/ the user cannot write is reported as such, not as a lock held by
// another run.
func TestUnwritableOutIsNotAHeldLock(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes everywhere")
	}
	r, _ := newRunner(t, goodFiles(t))
	if err := os.MkdirAll(r.Config.Out, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(r.Config.Out, 0o755)
	_, err := r.Run(context.Background())
	var held *LockedError
	if err == nil || errors.As(err, &held) || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("run into a read-only out/: %v; want a permission error, not a held lock", err)
	}
}

package pipeline

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
)

// BenchmarkExtractPool measures extraction through the run's ordered worker
// pool, one worker per core: compare -cpu 1 with -cpu 2 for the speed-up
// on two cores (issue 13: ≥ 1.8×), each in its own go test command (in a
// list such as -cpu 1,2 the first entry was measured with the wrong
// number of cores here).
func BenchmarkExtractPool(b *testing.B) {
	cfg, err := config.Default()
	if err != nil {
		b.Fatal(err)
	}
	x, err := indicators.NewExtractor(cfg.Catalog())
	if err != nil {
		b.Fatal(err)
	}
	// (Relative to the package directory, where go test runs a test
	// binary; one started elsewhere finds no corpus and says so.)
	files, _ := filepath.Glob("../indicators/testdata/corpus/*.txt")
	if len(files) == 0 {
		b.Fatal("no documents in ../indicators/testdata/corpus: run the benchmark from the pipeline directory")
	}
	var docs []indicators.Doc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, indicators.Doc{Path: filepath.Base(f), Text: string(raw), Published: time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)})
	}
	// The variants are made before the clock starts: replacing text is the
	// benchmark's work, not extraction's, and it would run serially in the
	// goroutine that feeds the pool.
	const n = 2000
	varied := make([]indicators.Doc, n)
	for i := range varied {
		varied[i] = docs[i%len(docs)]
		varied[i].Text = strings.ReplaceAll(varied[i].Text, "2024", "20"+string(rune('1'+i%9))+"4")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		stored := 0
		p := newOrderedPool(context.Background(), runtime.GOMAXPROCS(0), func(ctx context.Context, d indicators.Doc) error {
			_, err := x.Extract(ctx, d)
			return err
		}, func(_ indicators.Doc, err error) error {
			stored++
			return err
		})
		for _, d := range varied {
			if err := p.Put(d); err != nil {
				b.Fatal(err)
			}
		}
		if err := p.Close(); err != nil || stored != n {
			b.Fatalf("stored %d of %d: %v", stored, n, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkRunOverStore runs econtrack's artefact stages over a store of
// n observations (10 a document, 280 series, a conflict in every 50th),
// reading one unchanged document: what a scheduled run over a grown
// tracker costs. peak-RSS-MB is the process's peak resident memory during
// the runs (issue 13: ≤ 300 MB at 1M, flat as the store grows); compare
// the sizes. Run it alone: go test -run '^$' -bench RunOverStore -benchtime 1x ./pipeline
func BenchmarkRunOverStore(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("obs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			db := filepath.Join(dir, "store.db")
			writeBenchStore(b, db, n)
			corpus := filepath.Join(dir, "corpus")
			if err := os.MkdirAll(corpus, 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(corpus, "note.txt"), []byte("Inflation in Egypt slowed to 12.5% in October 2025."), 0o644); err != nil {
				b.Fatal(err)
			}
			cfg, err := config.Default()
			if err != nil {
				b.Fatal(err)
			}
			cfg.Corpus.Path, cfg.Out, cfg.Store.DSN = corpus, filepath.Join(dir, "out"), db
			r := &Runner{Config: cfg, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Stages: []Stage{ChartsStage{}, WorkbookStage{}}}
			runtime.GC()
			resetPeakRSS(b)
			for b.Loop() {
				if _, err := r.Run(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "obs/s")
			b.ReportMetric(peakRSSMB(b), "peak-RSS-MB")
		})
	}
}

// writeBenchStore writes n observations to a new SQLite store at path, in
// documents of 10 spread over 8 indicators and 40 countries.
func writeBenchStore(b *testing.B, path string, n int) {
	ctx := context.Background()
	s, err := store.OpenSQLite(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	inds := []string{"inflation_rate", "gdp_growth", "unemployment_rate", "policy_rate", "bilateral_trade_volume", "settlement_share_national_currencies", "visit_duration", "regular_meeting_ordinal"}
	ccs := strings.Fields("EG SA AE QA KW OM BH JO LB SY IQ YE MA DZ TN LY SD TR IR RU CN IN US GB DE FR JP BR KZ UZ BY AM AZ KG TJ NG KE ZA ID MY")
	const per = 10
	var batch []store.DocumentWrite
	for d := range n / per {
		obs := make([]indicators.Observation, per)
		for i := range obs {
			k := d*per + i
			ind, c := inds[k%len(inds)], ccs[(k/7)%len(ccs)]
			ents, unit := []string{c}, "percent"
			if ind == "bilateral_trade_volume" {
				ents, unit = []string{c, ccs[(k/7+1)%len(ccs)]}, "USD"
				slices.Sort(ents)
			}
			m := (k * 7919) % 372
			period := fmt.Sprintf("%04d-%02d", 1995+m/12, m%12+1)
			v := float64((len(ind)*31+(k/7)%len(ccs)*17+m*3)%200)/10 + 1
			if k%50 == 0 {
				v += 0.3 // a conflicting claim
			}
			q := fmt.Sprintf("Officials said on %s that the figure for %s stood at %.1f, according to the statistics office, which publishes it every month with revisions (doc %d).", period, c, v, d)
			obs[i] = indicators.Observation{Indicator: ind, Entities: ents, Period: period, Value: v, Unit: unit, Lang: "en", Quote: q, Span: [2]int{40, 44}, Mentions: 1, Confidence: 0.9}
		}
		p := fmt.Sprintf("stored/%06d.txt", d)
		batch = append(batch, store.DocumentWrite{Doc: model.Document{Path: p, Hash: fmt.Sprintf("%064x", d), Title: "Title of " + p, Lang: "en", Published: "2024-05-16", Source: "Example News", URL: "https://example.org/" + p, Corpus: "archive"}, Observations: obs})
		if len(batch) == 256 || d == n/per-1 {
			if _, err := s.PutDocuments(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
}

// resetPeakRSS resets the process's peak resident memory (Linux); the
// benchmark is skipped where that cannot be done.
func resetPeakRSS(b *testing.B) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Skipf("cannot reset the peak resident memory here: %v", err)
	}
}

// peakRSSMB is the process's peak resident memory since resetPeakRSS, MB.
func peakRSSMB(b *testing.B) float64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.Lines(string(status)) {
		if kb, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(kb), " kB"), 64)
			if err != nil {
				b.Fatal(err)
			}
			return v / 1024
		}
	}
	b.Fatal("no VmHWM in /proc/self/status")
	return 0
}

package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/indicators"
)

// BenchmarkExtractPool measures extraction through the run's ordered worker
// pool, one worker per core: compare -cpu 1,2 for the speed-up on two
// cores (issue 13: ≥ 1.8×).
func BenchmarkExtractPool(b *testing.B) {
	cfg, err := config.Default()
	if err != nil {
		b.Fatal(err)
	}
	x, err := indicators.NewExtractor(cfg.Catalog())
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../indicators/testdata/corpus/*.txt")
	var docs []indicators.Doc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, indicators.Doc{Path: filepath.Base(f), Text: string(raw), Published: time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)})
	}
	const n = 2000
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
		for i := range n {
			d := docs[i%len(docs)]
			d.Text = strings.ReplaceAll(d.Text, "2024", "20"+string(rune('1'+i%9))+"4")
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

package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
)

// BenchmarkPutObservations stores 1,000,000 observations into a new SQLite
// database per iteration, as 1,000 documents of 1,000 observations (one
// PutDocument, so one transaction, per document). It reports rows/s for the
// writes and, measured separately, read-rows/s for reading them all back
// with Observations.
//
//	go test -run '^$' -bench PutObservations -benchtime 1x ./store/
func BenchmarkPutObservations(b *testing.B) {
	const docs, perDoc = 1000, 1000
	ctx := context.Background()
	tmpl := make([]indicators.Observation, perDoc)
	for i := range tmpl {
		tmpl[i] = indicators.Observation{
			Indicator: "bilateral_trade_volume", Entities: []string{"CN", "RU"},
			Period: fmt.Sprintf("%04d-%02d", 1000+i/12, i%12+1), Value: 240e9 + float64(i), Unit: "USD",
			Approx: i%2 == 0, Lang: "ar", Quote: arabicQuote, Span: [2]int{74, 81}, Speaker: "ألكسندر نوفاك", Mentions: 1,
		}
	}
	var readTime time.Duration
	var readRows int
	for b.Loop() {
		b.StopTimer()
		s, err := OpenSQLite(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for d := range docs {
			p := fmt.Sprintf("corpus/%04d.txt", d)
			if err := s.PutDocument(ctx, doc(p, fmt.Sprintf("%064x", d)), tmpl); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		t0 := time.Now()
		recs, err := s.Observations(ctx, Filter{})
		if err != nil {
			b.Fatal(err)
		}
		readTime += time.Since(t0)
		readRows += len(recs)
		if len(recs) != docs*perDoc {
			b.Fatalf("read %d observations, want %d", len(recs), docs*perDoc)
		}
		recs = nil
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*docs*perDoc)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(readRows)/readTime.Seconds(), "read-rows/s")
}

package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/econtrack/econtrack/indicators"
)

// BenchmarkPutObservationsPostgres is BenchmarkPutObservations against the
// PostgreSQL database ECONTRACK_TEST_POSTGRES_DSN names (a new schema per
// iteration); it skips when the variable is not set. Documents of 1,000
// observations go through COPY, documents of 10 through one INSERT of
// arrays, each document in one transaction.
//
//	go test -run '^$' -bench PutObservationsPostgres -benchtime 1x ./store/
func BenchmarkPutObservationsPostgres(b *testing.B) {
	const total = 1_000_000
	for _, perDoc := range []int{1000, 10} {
		b.Run(fmt.Sprintf("docs=%d/per_doc=%d", total/perDoc, perDoc), func(b *testing.B) {
			benchmarkPutPostgres(b, total/perDoc, perDoc)
		})
	}
}

func benchmarkPutPostgres(b *testing.B, docs, perDoc int) {
	ctx := context.Background()
	obs := make([]indicators.Observation, perDoc)
	var readTime time.Duration
	var readRows int
	for b.Loop() {
		b.StopTimer()
		s := openPostgresT(b, postgresTestDSN(b))
		b.StartTimer()
		for d := range docs {
			for i := range obs {
				obs[i] = benchObservation(d*perDoc + i)
			}
			p := fmt.Sprintf("corpus/%06d.txt", d)
			if err := s.PutDocument(ctx, doc(p, fmt.Sprintf("%064x", d)), obs, nil); err != nil {
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
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*docs*perDoc)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(readRows)/readTime.Seconds(), "read-rows/s")
}

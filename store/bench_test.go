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
// database per iteration in two shapes, 1,000 documents of 1,000
// observations (bulk batches) and 100,000 documents of 10 (a news
// corpus), each written one document per transaction (PutDocument) and as
// a run writes them, many documents per transaction (PutDocuments, in
// batches of at most 256 documents or 4,096 observations). Observations
// spread over 9 indicators and 1,440 months. It reports rows/s for the
// writes and, measured outside the timer, read-rows/s for reading them
// all back with Observations.
//
//	go test -run '^$' -bench PutObservations -benchtime 1x ./store/
func BenchmarkPutObservations(b *testing.B) {
	const total = 1_000_000
	for _, perDoc := range []int{1000, 10} {
		for _, batched := range []bool{false, true} {
			b.Run(fmt.Sprintf("docs=%d/per_doc=%d/batched=%t", total/perDoc, perDoc, batched), func(b *testing.B) {
				benchmarkPut(b, func(b *testing.B) Store {
					s, err := OpenSQLite(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
					if err != nil {
						b.Fatal(err)
					}
					return s
				}, total/perDoc, perDoc, batched)
			})
		}
	}
}

// benchmarkPut writes docs documents of perDoc observations into a store
// open makes per iteration, one per transaction or batched as a run does.
func benchmarkPut(b *testing.B, open func(b *testing.B) Store, docs, perDoc int, batched bool) {
	ctx := context.Background()
	var readTime time.Duration
	var readRows int
	for b.Loop() {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		var batch []DocumentWrite
		rows := 0
		for d := range docs {
			obs := make([]indicators.Observation, perDoc)
			for i := range obs {
				obs[i] = benchObservation(d*perDoc + i)
			}
			w := DocumentWrite{Doc: doc(fmt.Sprintf("corpus/%06d.txt", d), fmt.Sprintf("%064x", d)), Observations: obs}
			if !batched {
				if err := s.PutDocument(ctx, w.Doc, w.Observations, nil); err != nil {
					b.Fatal(err)
				}
				continue
			}
			batch, rows = append(batch, w), rows+perDoc
			if len(batch) >= 256 || rows >= 4096 || d == docs-1 {
				if _, err := s.PutDocuments(ctx, batch); err != nil {
					b.Fatal(err)
				}
				batch, rows = batch[:0], 0
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
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*docs*perDoc)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(readRows)/readTime.Seconds(), "read-rows/s")
}

// BenchmarkReadObservations reads back 100,000 stored observations (of 1,000
// documents) with Observations, as a run's artefact stages do.
func BenchmarkReadObservations(b *testing.B) {
	ctx := context.Background()
	s, err := OpenSQLite(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const docs, perDoc = 1000, 100
	obs := make([]indicators.Observation, perDoc)
	for d := range docs {
		for i := range obs {
			obs[i] = benchObservation(d*perDoc + i)
		}
		if err := s.PutDocument(ctx, doc(fmt.Sprintf("corpus/%06d.txt", d), fmt.Sprintf("%064x", d)), obs, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		recs, err := s.Observations(ctx, Filter{})
		if err != nil || len(recs) != docs*perDoc {
			b.Fatalf("read %d: %v", len(recs), err)
		}
	}
	b.ReportMetric(float64(b.N*docs*perDoc)/b.Elapsed().Seconds(), "rows/s")
}

// benchObservation is the k-th observation the benchmarks store: 9
// indicators over 1,440 months, with an Arabic quote.
func benchObservation(k int) indicators.Observation {
	return indicators.Observation{
		Indicator: fmt.Sprintf("indicator_%d", k%9), Entities: []string{"CN", "RU"},
		Period: fmt.Sprintf("%04d-%02d", 1900+(k*7919)%120, k%12+1), Value: float64(k), Unit: "USD",
		Approx: k%2 == 0, Lang: "ar", Quote: arabicQuote, Span: [2]int{74, 81}, Speaker: "ألكسندر نوفاك", Mentions: 1,
	}
}

// BenchmarkDriverInsert is the anchor BenchmarkPutObservations is read
// against: the same 1,000,000 observations of 1,000 documents written into
// the same migrated schema in one transaction, through the driver's fastest
// path and nothing of the store's (no upsert of documents, no delete of a
// document's old rows, no checks, no batching into transactions): SQLite's
// prepared multi-row INSERT, PostgreSQL's COPY. The PostgreSQL case skips
// when ECONTRACK_TEST_POSTGRES_DSN is not set.
//
//	go test -run '^$' -bench DriverInsert -benchtime 1x ./store/
func BenchmarkDriverInsert(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) {
		benchmarkDriverInsert(b, func(b *testing.B) *sqlStore {
			s, err := OpenSQLite(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			return s.sqlStore
		})
	})
	b.Run("postgres", func(b *testing.B) {
		benchmarkDriverInsert(b, func(b *testing.B) *sqlStore { return openPostgresT(b, postgresTestDSN(b)).sqlStore })
	})
}

// benchmarkDriverInsert writes the observations of BenchmarkPutObservations'
// bulk shape into a store open makes per iteration, straight through the
// dialect's insert path in one transaction.
func benchmarkDriverInsert(b *testing.B, open func(b *testing.B) *sqlStore) {
	const docs, perDoc = 1000, 1000
	ctx := context.Background()
	obs := make([]indicators.Observation, docs*perDoc)
	docRows := make([][]string, docs)
	for d := range docs {
		docRows[d] = []string{fmt.Sprintf("corpus/%06d.txt", d), fmt.Sprintf("%064x", d), "", "en", "", "", "", ""}
		for i := range perDoc {
			o := benchObservation(d*perDoc + i)
			o.Doc = docRows[d][0]
			obs[d*perDoc+i] = o
		}
	}
	for b.Loop() {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		err := s.inTx(ctx, "driver insert", func(tx txn) error {
			now := formatTime(s.now())
			if _, err := tx.StmtContext(ctx, s.upsertDoc).ExecContext(ctx, now, now, jsonArg(docRows)); err != nil {
				return err
			}
			return s.insertObservations(ctx, tx, "observations", obs, func(i int, _ indicators.Observation) string { return docRows[i/perDoc][1] })
		})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := s.close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*docs*perDoc)/b.Elapsed().Seconds(), "rows/s")
}

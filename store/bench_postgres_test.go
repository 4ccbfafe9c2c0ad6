package store

import (
	"fmt"
	"testing"
)

// BenchmarkPutObservationsPostgres is BenchmarkPutObservations against the
// PostgreSQL database ECONTRACK_TEST_POSTGRES_DSN names (a new schema per
// iteration); it skips when the variable is not set. Writes of 256
// observations or more go through COPY, smaller ones through multi-row
// INSERTs.
//
//	go test -run '^$' -bench PutObservationsPostgres -benchtime 1x ./store/
func BenchmarkPutObservationsPostgres(b *testing.B) {
	const total = 1_000_000
	for _, perDoc := range []int{1000, 10} {
		for _, batched := range []bool{false, true} {
			b.Run(fmt.Sprintf("docs=%d/per_doc=%d/batched=%t", total/perDoc, perDoc, batched), func(b *testing.B) {
				benchmarkPut(b, func(b *testing.B) Store { return openPostgresT(b, postgresTestDSN(b)) }, total/perDoc, perDoc, batched)
			})
		}
	}
}

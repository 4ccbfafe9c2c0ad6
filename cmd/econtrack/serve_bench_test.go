package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/econtrack/econtrack/config"
	"github.com/econtrack/econtrack/indicators"
	"github.com/econtrack/econtrack/model"
	"github.com/econtrack/econtrack/store"
)

// BenchmarkServeOverview renders econtrack serve's overview of an SQLite
// store of 100,000 observations (10 a document, 280 series): cold, with
// nothing computed yet (every observation is read and grouped: what
// serve does once before it listens, and in the background after the
// store changes), and warm, every request (one stamp query). Issue 15 asks
// for under 300 ms.
//
//	go test -run '^$' -bench ServeOverview -benchtime 5x ./cmd/econtrack
func BenchmarkServeOverview(b *testing.B) {
	ctx := context.Background()
	db := filepath.Join(b.TempDir(), "store.db")
	st, err := store.OpenSQLite(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	inds := []string{"inflation_rate", "gdp_growth", "unemployment_rate", "policy_rate", "settlement_share_national_currencies", "visit_duration", "regular_meeting_ordinal"}
	var batch []store.DocumentWrite
	for d := range 10_000 {
		obs := make([]indicators.Observation, 10)
		for i := range obs {
			k := d*10 + i
			m := (k * 7919) % 372
			obs[i] = indicators.Observation{Indicator: inds[k%len(inds)], Entities: []string{fmt.Sprintf("%c%c", 'A'+k%8, 'A'+k/8%5)},
				Period: fmt.Sprintf("%04d-%02d", 1995+m/12, m%12+1), Value: float64(k%200) / 10, Unit: "percent", Lang: "en",
				Quote: "Officials said the figure stood where the statistics office put it.", Span: [2]int{k % 50, k%50 + 4}, Mentions: 1, Confidence: 0.9}
		}
		batch = append(batch, store.DocumentWrite{Doc: model.Document{Path: fmt.Sprintf("d/%06d.txt", d), Hash: fmt.Sprintf("%064x", d), Published: "2025-01-01"}, Observations: obs})
		if len(batch) == 256 || d == 9_999 {
			if _, err := st.PutDocuments(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	cfg, err := config.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, warm := range []bool{false, true} {
		b.Run(fmt.Sprintf("warm=%t", warm), func(b *testing.B) {
			srv, err := newReviewServer(cfg, st, serveOptions{}, "", slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				b.Fatal(err)
			}
			get := func() {
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/", nil))
				if w.Code != http.StatusOK {
					b.Fatal(w.Code, w.Body.String())
				}
			}
			if warm {
				get()
			}
			for b.Loop() {
				if !warm {
					b.StopTimer()
					srv, _ = newReviewServer(cfg, st, serveOptions{}, "", slog.New(slog.NewTextHandler(io.Discard, nil)))
					b.StartTimer()
				}
				get()
			}
		})
	}
}
